import type { CountryCodes } from '../api/schemas';
import type { RegexJudge } from '../api/untrusted-regex';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/use-t';
import { areaName, selectedAreaCode } from './area-codes';
import type { PhoneValue } from './PhoneNumberField';
import { checkMobile, type PhoneLib } from './validate';

export type PhoneProblem = 'empty' | 'too-long' | 'invalid' | 'codes-missing';

export type PhoneCheck = { ok: true; wire: string } | { ok: false; problem: PhoneProblem };

/** A phone field's value as the tenant wants it (`+86-138…`), or what is wrong with it. */
export function checkPhone(codes: CountryCodes | undefined, value: PhoneValue, lib: PhoneLib | undefined, judge: RegexJudge): PhoneCheck {
  const definition = selectedAreaCode(codes, value.countryCode);
  if (!definition) return { ok: false, problem: 'codes-missing' };
  const check = checkMobile(definition, value.number, lib, judge);
  if (check.ok) return { ok: true, wire: check.wire };
  return { ok: false, problem: check.reason };
}

/** What to tell the user about a phone problem, naming the chosen country and its area code. */
export function phoneProblemText(problem: PhoneProblem, t: Translate, locale: Locale, codes: CountryCodes | undefined, value: PhoneValue): string {
  switch (problem) {
    case 'empty':
      return t('phone.error.required');
    case 'too-long':
      return t('phone.error.tooLong');
    case 'codes-missing':
      return t('phone.loadFailed');
    case 'invalid': {
      const definition = selectedAreaCode(codes, value.countryCode);
      return t('phone.error.invalid', { country: definition ? areaName(definition, locale) : '', code: definition?.areaCode ?? '' });
    }
  }
}
