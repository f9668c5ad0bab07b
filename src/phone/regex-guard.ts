/**
 * Tenant `mobileRegex` values are untrusted: they may not compile, may be unanchored, may backtrack
 * catastrophically. The guard bounds the input before any regex sees it.
 */

/** Longest raw phone input accepted at all (quality.md: phone ≤ 20). */
export const MAX_PHONE_INPUT = 20;
/** E.164 allows at most 15 digits; national numbers are never longer. */
export const MAX_NATIONAL_DIGITS = 15;

/**
 * Tests the wire form (`+852-51234567`) and the bare national number: tenants' regexes expect one
 * or the other (HK requires the prefix, CN makes it optional, AF requires the dash). `national`
 * must already be digits only and at most MAX_NATIONAL_DIGITS long.
 */
export function matchesTenantRegex(regex: RegExp, areaCode: string, national: string): boolean {
  if (!/^\d+$/.test(national) || national.length > MAX_NATIONAL_DIGITS) return false;
  return [`+${areaCode}-${national}`, national].some((candidate) => regex.test(candidate));
}
