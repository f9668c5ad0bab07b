/**
 * Tenant `mobileRegex` values are untrusted: they may not compile, may be unanchored, may backtrack
 * catastrophically. They run in a worker with a time budget (api/untrusted-regex.ts); the guard
 * also bounds the input, so that a slow pattern has little to work on even there.
 */

/** Longest raw phone input accepted at all (docs/quality.md, "Security": phone ≤ 20). */
export const MAX_PHONE_INPUT = 20;
/** E.164 allows at most 15 digits; national numbers are never longer. */
export const MAX_NATIONAL_DIGITS = 15;

/**
 * What the tenant's regex is tried on: the wire form (`+852-51234567`) and the bare national
 * number, as tenants' regexes expect one or the other (HK requires the prefix, CN makes it
 * optional, AF requires the dash). Nothing when `national` is not 1–15 digits.
 */
export function tenantRegexCandidates(areaCode: string, national: string): string[] {
  if (!/^\d+$/.test(national) || national.length > MAX_NATIONAL_DIGITS) return [];
  return [`+${areaCode}-${national}`, national];
}
