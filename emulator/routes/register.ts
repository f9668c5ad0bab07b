import type { ApiArea, ApiCall } from '../context.ts';
import { policyViolation } from '../policy.ts';
import { loginResult } from '../sessions.ts';
import { normaliseMobile } from '../tenant.ts';
import { registeredUser } from '../users.ts';
import { checkSmsCode, requiredMobile } from './sms.ts';

/** Free-text profile fields of `registUserByPhone` (docs/product.md, "Registration profile") and their longest accepted value. */
const TEXT_FIELDS = {
  name: 64,
  attr_nick_name: 64,
  mailing_address: 255,
  zip_code: 16,
  first_name: 64,
  middle_name: 64,
  last_name: 64,
  industry: 64,
} as const;
/** Fields kept as the user's profile (the others are account fields). */
const PROFILE_FIELDS = ['head_img', 'attr_gender', 'attr_birthday', 'attr_nick_name', 'mailing_address', 'zip_code', 'first_name', 'middle_name', 'last_name', 'industry'] as const;
const GENDERS: readonly string[] = ['female', 'male', 'unknow'];
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;
const MAX_EXTENSION_VALUE = 255;

function body(call: ApiCall): Record<string, unknown> {
  const value = call.req.body;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** An optional string field: undefined when absent or "", COMMON.1007 when not a string. */
function optionalString(call: ApiCall, field: string): string | undefined {
  const value = body(call)[field];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw call.error('COMMON.1007', field);
  return value;
}

function isEmail(value: string): boolean {
  return value.length <= 254 && /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(value);
}

function isHttpUrl(value: string): boolean {
  if (value.length > 2048) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** `yyyy-MM-dd`, a real calendar date, and not after today anywhere on Earth (UTC+14). */
function isBirthday(value: string, now: number): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  const latestToday = new Date(now + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return value <= latestToday;
}

/** `extension`: an object of the tenant's extension attributes, string values (number attributes: digits only). */
function extension(call: ApiCall): Record<string, string> {
  const value = body(call).extension;
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw call.error('COMMON.1006', 'extension');
  const out: Record<string, string> = {};
  for (const [key, attribute] of Object.entries(value as Record<string, unknown>)) {
    const definition = call.tenant.extensionAttributes.find((a) => a.key === key);
    if (!definition || typeof attribute !== 'string') throw call.error('COMMON.1006', 'extension');
    const valid = definition.type === 'number' ? /^\d{1,15}$/.test(attribute) : attribute.length <= MAX_EXTENSION_VALUE && !CONTROL.test(attribute);
    if (!valid) throw call.error('COMMON.1002', `extension.${key}`);
    out[key] = attribute;
  }
  return out;
}

/**
 * Registration by mobile + REGISTER_SMS code (`registUserByPhone`); success is a login. Formats are
 * checked first, then the code (without using it up), then duplicates and the password policy, so
 * the user can correct a field and send again with the same code, up to the code's tries (each
 * refusal counts as a wrong code would); the code is used up on success.
 * A duplicate mobile can only be learnt by whoever holds a code sent to that number.
 */
function register(call: ApiCall): ReturnType<typeof loginResult> {
  const { tenant } = call;
  const mobile = requiredMobile(call);
  const verifyCode = call.requiredString('verify_code');

  const userName = optionalString(call, 'user_name');
  // A user name that reads as a phone number would shadow that number at /login/auth.
  if (userName !== undefined && (!/^[A-Za-z0-9_.-]{2,64}$/.test(userName) || normaliseMobile(userName) !== undefined)) {
    throw call.error('COMMON.1002', 'user_name');
  }
  const email = optionalString(call, 'email');
  if (email !== undefined && !isEmail(email)) throw call.error('COMMON.1002', 'email');
  const password = optionalString(call, 'pwd');
  const text: Record<string, string> = {};
  for (const [field, max] of Object.entries(TEXT_FIELDS)) {
    const value = optionalString(call, field);
    if (value === undefined) continue;
    if (value.length > max || CONTROL.test(value)) throw call.error('COMMON.1002', field);
    text[field] = value;
  }
  const headImg = optionalString(call, 'head_img');
  if (headImg !== undefined && !isHttpUrl(headImg)) throw call.error('COMMON.1002', 'head_img');
  const gender = optionalString(call, 'attr_gender');
  if (gender !== undefined && !GENDERS.includes(gender)) throw call.error('COMMON.1002', 'attr_gender');
  const birthday = optionalString(call, 'attr_birthday');
  if (birthday !== undefined && !isBirthday(birthday, call.now)) throw call.error('COMMON.1002', 'attr_birthday');
  const extensionValues = extension(call);

  const useCode = checkSmsCode(call, mobile, 'REGISTER_SMS', verifyCode);
  // Each refusal below tells something (which user names and emails exist): it costs the code a try.
  const refuse = (error: Error) => {
    useCode.refused();
    return error;
  };

  if (tenant.userByMobile(mobile)) throw refuse(call.error('COMMON.1006', 'mobile'));
  if (userName !== undefined && tenant.userByName(userName)) throw refuse(call.error('COMMON.1006', 'user_name'));
  if (email !== undefined && tenant.userByEmail(email)) throw refuse(call.error('COMMON.1006', 'email'));
  const finalUserName = userName ?? tenant.freeUserName(mobile);
  if (password !== undefined) {
    const violation = policyViolation(password, { userName: finalUserName, mobile, ...(email === undefined ? {} : { email }) });
    if (violation) throw refuse(call.error(violation));
  }

  useCode();
  const all: Record<string, string | undefined> = { ...text, head_img: headImg, attr_gender: gender, attr_birthday: birthday };
  const profile: Record<string, string> = {};
  for (const field of PROFILE_FIELDS) {
    const value = all[field];
    if (value !== undefined) profile[field] = value;
  }
  const user = registeredUser(
    {
      userName: finalUserName,
      name: text.name ?? '',
      mobile,
      ...(email === undefined ? {} : { email }),
      ...(password === undefined ? {} : { password }),
      profile,
      extension: extensionValues,
    },
    call.now,
  );
  tenant.users.push(user);
  return loginResult(call, user);
}

export const registerArea: ApiArea = {
  routes: [['POST', '/api/v2/sdk/register/mobile-verify-code', register]],
};
