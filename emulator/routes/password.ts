import type { ApiArea, ApiCall } from '../context.ts';
import { policyViolation } from '../policy.ts';
import { successResult } from '../sessions.ts';
import type { StateTokenRecord } from '../tenant.ts';
import { passwordMatches, setPassword, wasUsedBefore, type TenantUser } from '../users.ts';

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
        const violation = policyViolation(newPassword, user);
        if (violation) throw call.error(violation);
        if (wasUsedBefore(user, newPassword)) throw call.error('PWD.1005');
        setPassword(user, newPassword, call.now);
        call.tenant.stateTokens.delete(token);
        return successResult(call, user);
      },
    ],
  ],
};
