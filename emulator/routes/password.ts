import type { ApiArea, ApiCall } from '../context.ts';
import { policyViolation } from '../policy.ts';
import { successResult } from '../sessions.ts';
import type { StateTokenRecord } from '../tenant.ts';
import { passwordMatches, setPassword, unlock, wasUsedBefore, type TenantUser } from '../users.ts';
import { checkSmsCode, requiredMobile } from './sms.ts';

/** Refuses a new password the policy forbids (PWD.1001–1008) or one the user had before (PWD.1005). */
export function checkNewPassword(call: ApiCall, user: TenantUser, password: string): void {
  const violation = policyViolation(password, user);
  if (violation) throw call.error(violation);
  if (wasUsedBefore(user, password)) throw call.error('PWD.1005');
}

/** The user behind a live `X-state-token`, or COMMON.1001 (missing) / COMMON.1005 (unknown or expired). */
function stateTokenUser(call: ApiCall): { token: string; record: StateTokenRecord; user: TenantUser } {
  const token = call.requiredHeader('X-state-token');
  const record = call.tenant.stateTokens.get(token);
  const user = record && record.expiresAt > call.now ? call.tenant.userById(record.userId) : undefined;
  if (!record || !user) {
    call.tenant.stateTokens.delete(token);
    throw call.error('COMMON.1005', 'state_token');
  }
  return { token, record, user };
}

export const passwordArea: ApiArea = {
  routes: [
    [
      'GET',
      '/api/v2/sdk/pwd/skip-update',
      (call) => {
        const { token, record, user } = stateTokenUser(call);
        // Only a password that is about to expire may be kept; an expired one must be changed.
        if (record.status !== 'PASSWORD_WARN') throw call.error('COMMON.1006', 'state_token');
        call.tenant.stateTokens.delete(token);
        return successResult(call, user);
      },
    ],
    [
      'POST',
      '/api/v2/sdk/pwd/update',
      (call) => {
        const { token, record, user } = stateTokenUser(call);
        if (record.status === 'MFA_AUTH') throw call.error('COMMON.1006', 'state_token');
        const oldPassword = call.requiredString('old_password');
        const newPassword = call.requiredString('new_password');
        if (!passwordMatches(oldPassword, user.password)) throw call.error('COMMON.1006', 'old_password');
        checkNewPassword(call, user, newPassword);
        setPassword(user, newPassword, call.now);
        call.tenant.stateTokens.delete(token);
        return successResult(call, user);
      },
    ],
    [
      'POST',
      '/api/v2/sdk/pwd/update-by-mobile',
      (call) => {
        // Forgot password: a FORGET_PWD_SMS code proves the number. Codes only go to numbers with an
        // account, so "no account" is the same SMS.1005 as a wrong code.
        const mobile = requiredMobile(call);
        const useCode = checkSmsCode(call, mobile, 'FORGET_PWD_SMS', call.requiredString('verify_code'));
        const password = call.requiredString('password');
        const { tenant } = call;
        const user = tenant.userByMobile(mobile);
        if (!user) throw call.error('SMS.1005');
        // A refused password leaves the code usable, so the user can pick another one.
        checkNewPassword(call, user, password);
        useCode();
        setPassword(user, password, call.now);
        unlock(user);
        // Password-expiry flows started with the old password are over.
        for (const [token, record] of tenant.stateTokens) if (record.userId === user.id) tenant.stateTokens.delete(token);
        return { status: 200 };
      },
    ],
  ],
};
