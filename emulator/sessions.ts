import type { ApiCall } from './context.ts';
import { json, type EmulatorResponse } from './http.ts';
import { issueIdToken, randomToken } from './keys.ts';
import { policyData } from './policy.ts';
import type { SessionRecord } from './tenant.ts';
import { passwordState, type TenantUser } from './users.ts';

export function issuerFor(call: ApiCall): string {
  return `${call.req.origin}/api/v1/oauth2`;
}

export interface SessionAnswer {
  session_token: string;
  id_token: string;
  expire: number;
}

/** A fresh id_token for `user`, living the tenant's `idTokenTtlSeconds` from now. */
function newIdToken(call: ApiCall, user: TenantUser): Promise<string> {
  return issueIdToken(
    call.keys,
    { id: user.id, userName: user.userName, name: user.name, mobile: user.mobile ?? '', email: user.email ?? '' },
    { issuer: issuerFor(call), audience: call.tenant.clientId, ttlSeconds: call.tenant.settings.idTokenTtlSeconds, now: call.now, dates: call.tenant.idTokenDates },
  );
}

/**
 * `expire` of an answer: the id_token's lifetime (seed profile), or the seconds the session_token
 * has left (live: "the validity period of the session_token", docs/tenant-api.md).
 */
function expireOf(call: ApiCall, sessionExpiresAt: number): number {
  if (call.tenant.behaviour.expire === 'id-token') return call.tenant.settings.idTokenTtlSeconds;
  // Rounded: the milliseconds between reading the clock here and when the session was opened are no second.
  return Math.max(0, Math.round((sessionExpiresAt - call.now) / 1000));
}

/** Opens a session for `user`: what a SUCCESS login result carries. */
export async function openSession(call: ApiCall, user: TenantUser): Promise<SessionAnswer> {
  const { tenant } = call;
  const sessionToken = randomToken();
  const expiresAt = call.now + tenant.settings.sessionTtlSeconds * 1000;
  tenant.sessions.set(sessionToken, { userId: user.id, expiresAt });
  return { session_token: sessionToken, id_token: await newIdToken(call, user), expire: expireOf(call, expiresAt) };
}

/**
 * A new id_token for a live session. With rotation (the seed profile, or "automatic refresh of
 * session_token" configured) a new session_token with a full lifetime replaces the old one, which
 * stops working; without it, the same session_token comes back and keeps its end.
 */
export async function refreshSession(call: ApiCall, sessionToken: string, session: SessionRecord, user: TenantUser): Promise<SessionAnswer> {
  if (call.tenant.behaviour.rotateSessionToken) {
    call.tenant.sessions.delete(sessionToken);
    return openSession(call, user);
  }
  return { session_token: sessionToken, id_token: await newIdToken(call, user), expire: expireOf(call, session.expiresAt) };
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
  return json({ status, state_token: newStateToken(call, user, status), data: policyData(call.lang, call.tenant.rules.passwordPolicy) });
}

function newStateToken(call: ApiCall, user: TenantUser, status: 'PASSWORD_WARN' | 'PASSWORD_EXPIRED' | 'MFA_AUTH'): string {
  const token = randomToken(32);
  call.tenant.stateTokens.set(token, { userId: user.id, status, expiresAt: call.now + call.tenant.settings.stateTokenTtlSeconds * 1000 });
  return token;
}
