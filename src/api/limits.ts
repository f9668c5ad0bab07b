/** Longest password sent (quality.md): passwords go byte-exact, never trimmed or truncated. */
export const MAX_PASSWORD_LENGTH = 128;
