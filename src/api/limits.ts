/** Longest password sent (docs/quality.md, "Security"): passwords go byte-exact, never trimmed or truncated. */
export const MAX_PASSWORD_LENGTH = 128;
