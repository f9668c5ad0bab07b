import { randomInt, timingSafeEqual } from 'node:crypto';
import type { ApiArea, ApiCall } from '../context.ts';
import { normaliseMobile } from '../tenant.ts';
import { codeKey, isSmsType, verificationRules, type SmsType } from '../verification.ts';

/** Scenarios that only make sense for an existing account: to a number without one, nothing is sent (and 200 is answered). */
const NEEDS_ACCOUNT: ReadonlySet<SmsType> = new Set(['LOGIN_SMS', 'FORGET_PWD_SMS', 'UPDATE_PWD_SMS']);

/** The `mobile` field in wire form, or COMMON.1001 (missing) / COMMON.1002 (not a phone number). */
export function requiredMobile(call: ApiCall, field = 'mobile'): string {
  const mobile = normaliseMobile(call.requiredString(field));
  if (mobile === undefined) throw call.error('COMMON.1002', field);
  return mobile;
}

function sameCode(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Checks an SMS code for (mobile, type) WITHOUT using it up, so that a request refused for another
 * reason (a weak password, a taken user name) can be corrected and sent again with the same code.
 * Returns the function that uses it up. A wrong code, no code, or a code burnt by 5 wrong tries is
 * SMS.1005; the right code after its 5 minutes is COMMON.1005 `verify_code` (a wrong one stays
 * SMS.1005, so an expired code reveals nothing to someone who does not hold it).
 */
/**
 * Checks a code without using it up: the result uses it up; its `refused()` counts a request the
 * code let through but the tenant refused (a taken user name) as a wrong try, so that one code
 * cannot ask without end.
 */
export function checkSmsCode(call: ApiCall, mobile: string, type: SmsType, verifyCode: string): (() => void) & { refused(): void } {
  const { codes } = call.tenant.verification;
  const key = codeKey(mobile, type);
  const record = codes.get(key);
  if (!record) throw call.error('SMS.1005');
  const matches = sameCode(verifyCode.trim(), record.code);
  if (record.expiresAt <= call.now) throw matches ? call.error('COMMON.1005', 'verify_code') : call.error('SMS.1005');
  const fail = () => {
    record.failures += 1;
    if (record.failures >= verificationRules.maxCodeTries && codes.get(key) === record) codes.delete(key);
  };
  if (!matches) {
    fail();
    throw call.error('SMS.1005');
  }
  return Object.assign(
    () => {
      if (codes.get(key) === record) codes.delete(key);
    },
    { refused: fail },
  );
}

/**
 * `sms/send`: needs the captcha_token of a slider solved for this very number. One SMS per number
 * per 60 s; the code goes to the tenant's outbox (no gateway). Login and password codes to a number
 * without an account answer the same 200 but send nothing, so the endpoint enumerates nobody.
 */
export const smsArea: ApiArea = {
  routes: [
    [
      'POST',
      '/api/v2/sdk/sms/send',
      (call) => {
        const mobile = requiredMobile(call);
        const type = call.requiredString('type');
        const captchaToken = call.requiredString('captcha_token');
        if (!isSmsType(type)) throw call.error('SMS.1007');
        const { tenant } = call;
        const { verification } = tenant;
        const now = call.now;
        const grant = verification.captchaTokens.get(captchaToken);
        if (grant && grant.expiresAt <= now) verification.captchaTokens.delete(captchaToken);
        if (!grant || grant.expiresAt <= now || grant.mobile !== mobile) throw call.error('SMS.1004');
        // The throttle is checked before the token is used up, so a throttled send can be retried with it.
        const lastSendAt = verification.lastSendAt.get(mobile);
        if (lastSendAt !== undefined && now - lastSendAt < verificationRules.sendIntervalMs) throw call.error('SMS.1008');
        verification.captchaTokens.delete(captchaToken);
        verification.lastSendAt.set(mobile, now);
        const autoRegisters = type === 'LOGIN_SMS' && tenant.behaviour.smsAutoRegister;
        if (NEEDS_ACCOUNT.has(type) && !autoRegisters && !tenant.userByMobile(mobile)) return { status: 200 };
        const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
        verification.codes.set(codeKey(mobile, type), { code, expiresAt: now + verificationRules.codeTtlMs, failures: 0 });
        verification.record({ mobile, type, code, sentAt: now });
        return { status: 200 };
      },
    ],
  ],
};
