import type { PasswordMode } from '../../config/config';
import { isEmailAddress } from '../../api/login';
import type { CountryCodes } from '../../api/schemas';
import type { RegexJudge } from '../../api/untrusted-regex';
import { checkPhone, type PhoneProblem } from '../../phone/phone-check';
import type { PhoneValue } from '../../phone/PhoneNumberField';
import type { PhoneLib } from '../../phone/validate';
import { MAX_PASSWORD_LENGTH } from '../../api/limits';

export interface LoginForm {
  unified: string;
  username: string;
  email: string;
  phone: PhoneValue;
  password: string;
}

export type IdentifierProblem = 'required' | 'email-invalid' | 'phone-empty' | 'phone-invalid' | 'phone-too-long' | 'codes-missing';
export type PasswordProblem = 'required' | 'too-long';

const phoneProblems: Record<PhoneProblem, IdentifierProblem> = {
  empty: 'phone-empty',
  'too-long': 'phone-too-long',
  invalid: 'phone-invalid',
  'codes-missing': 'codes-missing',
};

export type LoginValidation =
  | { ok: true; identifier: string }
  | { ok: false; identifier?: IdentifierProblem | undefined; password?: PasswordProblem | undefined };

/** What must be fixed before a login request is worth sending. Identifiers are trimmed; passwords never. */
export function validateLogin(mode: PasswordMode, form: LoginForm, codes: CountryCodes | undefined, lib: PhoneLib | undefined, judge: RegexJudge): LoginValidation {
  let identifier: string | undefined;
  let identifierProblem: IdentifierProblem | undefined;
  if (mode === 'phone') {
    const check = checkPhone(codes, form.phone, lib, judge);
    if (check.ok) identifier = check.wire;
    else identifierProblem = phoneProblems[check.problem];
  } else {
    const value = form[mode].trim();
    if (value === '') identifierProblem = 'required';
    else if (mode === 'email' && !isEmailAddress(value)) identifierProblem = 'email-invalid';
    else identifier = value;
  }
  const passwordProblem: PasswordProblem | undefined =
    form.password === '' ? 'required' : form.password.length > MAX_PASSWORD_LENGTH ? 'too-long' : undefined;
  if (identifier !== undefined && passwordProblem === undefined) return { ok: true, identifier };
  return { ok: false, identifier: identifierProblem, password: passwordProblem };
}
