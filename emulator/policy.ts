import type { TenantErrorKey, TenantLanguage } from './messages.ts';

/** The password policy of the SDK documents' PASSWORD_WARN / PASSWORD_EXPIRED examples, verbatim (docs/product.md, "Sources"). */
export const seedPasswordPolicy = {
  maxLength: 18,
  minLength: 8,
  regEx:
    '^(?![a-zA-Z]+$)(?![A-Z0-9]+$)(?![A-Z~!#$%&+\\-,*:;<=>@_?^、`~\\./]+$)(?![a-z0-9]+$)(?![a-z~!#$%&+\\-,*:;<=>@_?^、`~\\./]+$)(?![0-9~!#$%&+\\-,*:;<=>@_?^、`~\\./]+$)[a-zA-Z0-9~!#$%&+\\-,*:;<=>@_?^、`~\\./]{1,}$',
  tip: {
    zh: '至少包含数字、大写字母、小写字母和特殊字符中的3种',
    en: 'At least include 3 types from numbers, uppercase letters, lowercase letters, and special characters',
  },
} as const;

/**
 * The `data` string of a password-expiry answer: the policy as a JSON string, tip in the caller's
 * language; `advertised` (test control) replaces fields of what is told, not what is enforced.
 */
export function policyData(lang: TenantLanguage, advertised: { minLength?: number; maxLength?: number; regEx?: string } = {}): string {
  const { maxLength, minLength, regEx, tip } = seedPasswordPolicy;
  return JSON.stringify({ maxLength, minLength, regEx, tip: tip[lang], ...advertised });
}

export interface PasswordOwner {
  userName: string;
  mobile?: string;
  email?: string;
}

const complexity = new RegExp(seedPasswordPolicy.regEx);

/** The server-side checks a new password must pass, in the order a tenant applies them. */
export function policyViolation(password: string, owner: PasswordOwner): TenantErrorKey | undefined {
  const { minLength, maxLength } = seedPasswordPolicy;
  if (password.length < minLength || password.length > maxLength) return 'PWD.1001';
  const lower = password.toLowerCase();
  const userName = owner.userName.toLowerCase();
  if (lower === userName) return 'PWD.1002';
  if (!complexity.test(password)) return 'PWD.1003';
  if (lower === [...userName].reverse().join('')) return 'PWD.1006';
  const personal = [
    userName,
    owner.mobile?.replace(/^\+\d+-/, ''),
    owner.email?.split('@')[0]?.toLowerCase(),
  ].filter((part): part is string => part !== undefined && part.length >= 4);
  if (personal.some((part) => lower.includes(part))) return 'PWD.1008';
  return undefined;
}
