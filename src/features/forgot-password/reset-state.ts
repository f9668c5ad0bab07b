import type { PhoneValue } from '../../phone/PhoneNumberField';

/** What the sign-in page is told after a password reset (router history state: data, checked on read). */
export interface PasswordResetState {
  passwordReset: { countryCode: string | undefined; number: string };
}

export function passwordResetState(phone: PhoneValue): PasswordResetState {
  return { passwordReset: { countryCode: phone.countryCode, number: phone.number } };
}

/** The phone of a just-finished reset, if the location state says so (anything else is ignored). */
export function readPasswordReset(state: unknown): PhoneValue | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const reset = (state as Record<string, unknown>).passwordReset;
  if (typeof reset !== 'object' || reset === null) return undefined;
  const { countryCode, number } = reset as Record<string, unknown>;
  if (typeof number !== 'string' || number.length > 32) return undefined;
  if (countryCode !== undefined && (typeof countryCode !== 'string' || !/^[A-Z]{2}$/.test(countryCode))) return undefined;
  return { countryCode, number };
}
