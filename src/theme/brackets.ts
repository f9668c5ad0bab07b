/** The vendor brackets around the carrier's agreement (`privacyOperatorPreText` / `SufText`), each with its partner. */
export const BRACKETS = ['‹', '(', '[', '《', '（', '【', '『'] as const;
export const BRACKET_PAIRS: Record<(typeof BRACKETS)[number], string> = { '‹': '›', '(': ')', '[': ']', '《': '》', '（': '）', '【': '】', '『': '』' };
