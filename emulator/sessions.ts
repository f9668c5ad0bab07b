import type { ApiCall } from './context.ts';
import { json, type EmulatorResponse } from './http.ts';
import { issueIdToken, randomToken } from './keys.ts';
import { policyData } from './policy.ts';
import { passwordState, type TenantUser } from './users.ts';

export function issuerFor(call: ApiCall): string {
  return `${call.req.origin}/api/v1/oauth2`;
}

/** Opens a session for `user` and answers with the SUCCESS login result (or a refresh answer). */
export async function openSession(call: ApiCall, user: TenantUser): Promise<{ session_token: string; id_token: string; expire: number }> {
  const { tenant } = call;
  const sessionToken = randomToken();
  tenant.sessions.set(sessionToken, { userId: user.id, expiresAt: call.now + tenant.settings.sessionTtlSeconds * 1000 });
  const idToken = await issueIdToken(
    call.keys,
    { id: user.id, userName: user.userName, name: user.name, mobile: user.mobile ?? '', email: user.email ?? '' },
    { issuer: issuerFor(call), audience: tenant.clientId, ttlSeconds: tenant.settings.idTokenTtlSeconds, now: call.now },
  );
  return { session_token: sessionToken, id_token: idToken, expire: tenant.settings.idTokenTtlSeconds };
}

export async function successResult(call: ApiCall, user: TenantUser): Promise<EmulatorResponse> {
  return json({ status: 'SUCCESS', ...(await openSession(call, user)) });
}

/**
 * What a tenant answers once a user has proven who they are (password, SMS code, carrier token,
 * registration): SUCCESS, or the password-expiry flow with a state_token and the policy.
 */
export async function loginResult(call: ApiCall, user: TenantUser): Promise<EmulatorResponse> {
  const { tenant } = call;
  if (tenant.scenario === 'access-denied') return json({ status: 'ACCESS_DENIED' });
  if (tenant.scenario === 'mfa-required') return json({ status: 'MFA_AUTH', state_token: newStateToken(call, user, 'MFA_AUTH') });
  const state = passwordState(user, call.now);
  if (state === 'ok') return successResult(call, user);
  const status = state === 'warn' ? 'PASSWORD_WARN' : 'PASSWORD_EXPIRED';
  return json({ status, state_token: newStateToken(call, user, status), data: policyData(call.lang) });
}

function newStateToken(call: ApiCall, user: TenantUser, status: 'PASSWORD_WARN' | 'PASSWORD_EXPIRED' | 'MFA_AUTH'): string {
  const token = randomToken(32);
  call.tenant.stateTokens.set(token, { userId: user.id, status, expiresAt: call.now + call.tenant.settings.stateTokenTtlSeconds * 1000 });
  return token;
}
