import { hasOwn } from '../platform/has-own';
/**
 * What a tenant's error answer means for the user, whichever family its code comes from: the
 * SDK documents' `<AREA>.1xxx` (sent as `IDAAS.SDK.…` or, by live tenants, `SDK.…`) or the reference's
 * `PARAM.*` / `CAPTCHA.*` (docs/tenant-api.md, "Error codes"). Pages route failures by meaning
 * (to a field, a step or the page's alert), never by a code; the error catalogs in i18n/errors/
 * word every code of this table in zh-CN, zh-TW and en.
 */
export type ErrorMeaning =
  /** Unknown user or wrong password (the same, so nothing is enumerable). */
  | 'wrong-credentials'
  | 'locked'
  /** The slider answer was refused: a new puzzle. */
  | 'wrong-slider'
  /** The puzzle outlived its 120 s: a new puzzle. */
  | 'puzzle-expired'
  /** The slider's captcha_token was refused when the code was to be sent: solve the slider again. */
  | 'slider-refused'
  | 'wrong-code'
  | 'code-expired'
  | 'code-missing'
  /** The password-expiry (or MFA) step's state_token is dead: start again at sign-in. */
  | 'state-expired'
  /** Something of this step has expired, the tenant did not say what: the step's own reading decides (a new puzzle, start again). */
  | 'expired'
  /** The session_token (or id_token) is dead: sign in again. */
  | 'session-expired'
  /** The tenant could not send the code (gateway failure or too many sends). */
  | 'send-failed'
  /** A new password the tenant's policy refuses. */
  | 'password-rejected'
  | 'password-reused'
  | 'wrong-old-password'
  /** A value refused for the field the error names (at registration: taken). */
  | 'value-rejected'
  /** A value missing for the field the error names. */
  | 'value-missing'
  /** A value malformed for the field the error names. */
  | 'value-invalid'
  | 'busy'
  | 'device-info'
  /** The tenant or application is set up wrongly: only an administrator can fix it. */
  | 'misconfigured'
  | 'not-linked'
  /** One-click: the carrier's token could not be used. */
  | 'carrier-refused'
  | 'social-link'
  | 'mfa-mobile-mismatch'
  /** A code this table does not know: the tenant's own message is shown. */
  | 'unknown';

/** A meaning, or one per tenant parameter named by the message's `{0}` (`*` for any other). */
type Rule = ErrorMeaning | Readonly<Record<string, ErrorMeaning> & { '*': ErrorMeaning }>;

export const TENANT_ERROR_CODES = {
  'COMMON.1001': { verify_code: 'code-missing', '*': 'value-missing' },
  'COMMON.1002': 'value-invalid',
  'COMMON.1003': 'device-info',
  'COMMON.1004': 'misconfigured',
  'COMMON.1005': {
    state_token: 'state-expired',
    session_token: 'session-expired',
    verify_code: 'code-expired',
    token: 'puzzle-expired',
    captcha_token: 'slider-refused',
    '*': 'expired',
  },
  'COMMON.1006': { old_password: 'wrong-old-password', state_token: 'state-expired', '*': 'value-rejected' },
  // Live tenants send "state_token parameter error" under this number (docs/tenant-api.md).
  'COMMON.1007': { state_token: 'state-expired', '*': 'value-invalid' },
  'COMMON.1008': 'busy',
  'COMMON.1009': 'misconfigured',
  'COMMON.1010': 'misconfigured',
  'COMMON.1011': 'misconfigured',
  'COMMON.1012': 'misconfigured',
  'COMMON.1013': 'wrong-credentials',
  'COMMON.1014': 'misconfigured',
  'LOGIN.1001': 'carrier-refused',
  'LOGIN.1002': 'not-linked',
  'LOGIN.1003': 'locked',
  'LOGIN.1004': 'misconfigured',
  'LOGIN.1005': 'wrong-credentials',
  'LOGIN.1006': 'misconfigured',
  'LOGIN.1007': 'misconfigured',
  'LOGIN.1008': 'misconfigured',
  'SMS.1001': 'misconfigured',
  'SMS.1002': 'wrong-slider',
  'SMS.1003': 'wrong-slider',
  'SMS.1004': 'slider-refused',
  'SMS.1005': 'wrong-code',
  'SMS.1006': 'wrong-code',
  'SMS.1007': 'misconfigured',
  'SMS.1008': 'send-failed',
  'SOCIAL.1001': 'social-link',
  'SOCIAL.1002': 'social-link',
  'PWD.1001': 'password-rejected',
  'PWD.1002': 'password-rejected',
  'PWD.1003': 'password-rejected',
  'PWD.1004': 'password-rejected',
  'PWD.1005': 'password-reused',
  'PWD.1006': 'password-rejected',
  'PWD.1007': 'password-rejected',
  'PWD.1008': 'password-rejected',
  'MFA.1001': 'mfa-mobile-mismatch',
  'MFA.1002': 'misconfigured',
  'MFA.1003': 'misconfigured',
  'PARAM.0001': 'device-info',
  'PARAM.0002': 'misconfigured',
  'PARAM.0003': 'misconfigured',
  'PARAM.0009': 'code-missing',
  'PARAM.0014': 'state-expired',
  'PARAM.0016': 'session-expired',
  'PARAM.0023': 'session-expired',
  // Refused at captcha/verify, or the captcha_token refused at sms/send: either way, solve it again.
  'CAPTCHA.0002': 'wrong-slider',
  'CAPTCHA.0006': 'send-failed',
  'CAPTCHA.0007': 'wrong-code',
} as const satisfies Record<string, Rule>;

export type TenantErrorCode = keyof typeof TENANT_ERROR_CODES;

/** The meaning of a normalised code (`LOGIN.1005`, `PARAM.0014`) whose message named `param` as its `{0}`. */
export function meaningOf(code: string | undefined, param: string | undefined): ErrorMeaning {
  if (code === undefined || !hasOwn(TENANT_ERROR_CODES, code)) return 'unknown';
  const rule: Rule = TENANT_ERROR_CODES[code as TenantErrorCode];
  if (typeof rule === 'string') return rule;
  return param !== undefined && hasOwn(rule, param) ? rule[param]! : rule['*'];
}
