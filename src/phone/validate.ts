import type { AreaCodeDefinition } from '../api/schemas';
import type { RegexJudge, RegexReading } from '../api/untrusted-regex';
import { MAX_NATIONAL_DIGITS, MAX_PHONE_INPUT, tenantRegexCandidates } from './regex-guard';

/** libphonenumber-js (phone-lib.ts), loaded lazily by use-phone-lib.ts. */
export type PhoneLib = typeof import('./phone-lib');

export type MobileCheck =
  | { ok: true; wire: string; national: string }
  | { ok: false; reason: 'empty' | 'too-long' | 'invalid' };

/**
 * The national digits of what was typed: separators dropped, and a typed `+852` / `00852`
 * prefix of the selected area code removed. Undefined when anything else is left.
 */
export function nationalDigits(raw: string, areaCode: string): string | undefined {
  let value = raw.replace(/[\s\-().]/g, '');
  for (const prefix of [`+${areaCode}`, `00${areaCode}`]) {
    if (value.startsWith(prefix) && value.length > prefix.length) value = value.slice(prefix.length);
  }
  return /^\d+$/.test(value) ? value : undefined;
}

/** The tenant regex's say on a number: a match on either form, no match on both, or nothing yet / ever. */
function regexReading(judge: RegexJudge, source: string | undefined, candidates: string[]): RegexReading {
  if (!source || judge.refuses(source)) return 'refused';
  const readings = candidates.map((candidate) => judge.verdict(source, candidate));
  if (readings.includes('match')) return 'match';
  if (readings.length > 0 && readings.every((reading) => reading === 'no-match')) return 'no-match';
  return readings.includes('pending') ? 'pending' : 'refused';
}

/**
 * Validates a national number for an area code: the input is capped first (MAX_PHONE_INPUT), then
 * the tenant's regex decides; libphonenumber-js decides when the regex is missing, does not compile,
 * ran out of time or has not answered yet.
 */
export function checkMobile(definition: AreaCodeDefinition, raw: string, lib: PhoneLib | undefined, judge: RegexJudge): MobileCheck {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (trimmed.length > MAX_PHONE_INPUT) return { ok: false, reason: 'too-long' };
  const national = nationalDigits(trimmed, definition.areaCode);
  if (national === undefined) return { ok: false, reason: 'invalid' };
  if (national.length > MAX_NATIONAL_DIGITS) return { ok: false, reason: 'too-long' };
  const reading = regexReading(judge, definition.mobileRegex, tenantRegexCandidates(definition.areaCode, national));
  const valid =
    reading === 'match' || reading === 'no-match'
      ? reading === 'match'
      : lib
        ? lib.isValidNational(definition.countryCode, national)
        : national.length >= 6;
  return valid ? { ok: true, wire: `+${definition.areaCode}-${national}`, national } : { ok: false, reason: 'invalid' };
}
