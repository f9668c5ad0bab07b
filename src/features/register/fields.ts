import type { RegistrationField } from '../../config/config';
import { isEmailAddress } from '../../api/login';
import type { MessageKey } from '../../i18n/messages/zh-CN';
import { isHttpsUrl } from '../../platform/url-safety';

/** How each registration field is asked for and checked (docs/product.md, "Registration profile"). */
export interface FieldSpec {
  label: MessageKey;
  kind: 'text' | 'email' | 'url' | 'date' | 'password' | 'gender';
  autoComplete: string;
  maxLength: number;
  /** The message for a value the tenant would refuse, or undefined when it is fine. */
  check?: (value: string) => RegisterProblem | undefined;
}

/** What can be wrong with a registration field, each code its message key (which names the field with `{label}`). */
export type RegisterProblem =
  | 'register.error.required'
  | 'register.error.tooLong'
  | 'register.error.format'
  | 'register.error.taken'
  | 'register.error.number'
  | 'register.error.userName'
  | 'register.error.url'
  | 'register.error.birthday'
  | 'common.error.emailInvalid'
  | 'change.error.policy'
  | 'change.error.mismatch'
  | 'change.error.confirmRequired';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `yyyy-MM-dd`, a real day, not after today. */
export function isPastOrToday(value: string, today = new Date()): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return year >= 1900 && date.getTime() <= todayUtc;
}

export const fieldSpecs: Record<RegistrationField, FieldSpec> = {
  user_name: {
    label: 'register.field.user_name',
    kind: 'text',
    autoComplete: 'username',
    maxLength: 64,
    check: (v) => (/^[A-Za-z0-9_.-]{2,64}$/.test(v) ? undefined : 'register.error.userName'),
  },
  name: { label: 'register.field.name', kind: 'text', autoComplete: 'name', maxLength: 64 },
  email: { label: 'register.field.email', kind: 'email', autoComplete: 'email', maxLength: 254, check: (v) => (isEmailAddress(v) ? undefined : 'common.error.emailInvalid') },
  pwd: { label: 'register.field.pwd', kind: 'password', autoComplete: 'new-password', maxLength: 128 },
  head_img: { label: 'register.field.head_img', kind: 'url', autoComplete: 'photo', maxLength: 2048, check: (v) => (isHttpsUrl(v) ? undefined : 'register.error.url') },
  attr_gender: { label: 'register.field.attr_gender', kind: 'gender', autoComplete: 'sex', maxLength: 8 },
  attr_birthday: { label: 'register.field.attr_birthday', kind: 'date', autoComplete: 'bday', maxLength: 10, check: (v) => (isPastOrToday(v) ? undefined : 'register.error.birthday') },
  attr_nick_name: { label: 'register.field.attr_nick_name', kind: 'text', autoComplete: 'nickname', maxLength: 64 },
  mailing_address: { label: 'register.field.mailing_address', kind: 'text', autoComplete: 'street-address', maxLength: 255 },
  zip_code: { label: 'register.field.zip_code', kind: 'text', autoComplete: 'postal-code', maxLength: 16 },
  first_name: { label: 'register.field.first_name', kind: 'text', autoComplete: 'given-name', maxLength: 64 },
  middle_name: { label: 'register.field.middle_name', kind: 'text', autoComplete: 'additional-name', maxLength: 64 },
  last_name: { label: 'register.field.last_name', kind: 'text', autoComplete: 'family-name', maxLength: 64 },
  industry: { label: 'register.field.industry', kind: 'text', autoComplete: 'organization-title', maxLength: 64 },
};

export const GENDERS = ['female', 'male', 'unknow'] as const;
