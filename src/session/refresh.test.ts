import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdaasError } from '../api/errors';
import { tenantFailure } from '../api/transport';
import type { SessionTokens } from '../api/schemas';
import { expireMayBeIdTokens, idTokenLifetime, MIN_REFRESH_INTERVAL, REFRESH_AHEAD, refreshDueAt, refreshSession, retryDelay, sessionEndsAt } from './refresh';
import { useSession } from './store';
import { deferred } from '../test/deferred';

const NOW = 1_700_000_000_000;
const first: SessionTokens = { sessionToken: 'session-1', idToken: 'id-1', expire: 7200 };
const rotated: SessionTokens = { sessionToken: 'session-2', idToken: 'id-2', expire: 3600 };

function fakeClient() {
  return { refreshIdToken: vi.fn<(sessionToken: string) => Promise<SessionTokens>>() };
}

const expired = () => tenantFailure('IDAAS.SDK.COMMON.1005', 'session_token 已失效');

beforeEach(() => {
  useSession.setState({ session: undefined, ended: undefined });
  vi.spyOn(Date, 'now').mockReturnValue(NOW);
});

afterEach(() => {
  useSession.setState({ session: undefined, ended: undefined });
  vi.restoreAllMocks();
});

describe('refreshSession', () => {
  it('replaces the tokens with the rotated ones', async () => {
    useSession.getState().signIn(first);
    const client = fakeClient();
    client.refreshIdToken.mockResolvedValue(rotated);
    vi.mocked(Date.now).mockReturnValue(NOW + 5000);

    await expect(refreshSession(client)).resolves.toEqual({ ok: true });

    expect(client.refreshIdToken).toHaveBeenCalledTimes(1);
    expect(client.refreshIdToken).toHaveBeenCalledWith('session-1');
    expect(useSession.getState().session).toEqual({ ...rotated, receivedAt: NOW + 5000 });
    expect(useSession.getState().ended).toBeUndefined();
  });

  it('does nothing without a session', async () => {
    const client = fakeClient();
    await expect(refreshSession(client)).resolves.toEqual({ ok: false, superseded: true });
    expect(client.refreshIdToken).not.toHaveBeenCalled();
  });

  it('shares one request between concurrent calls, then sends the new session_token', async () => {
    useSession.getState().signIn(first);
    const client = fakeClient();
    const answer = deferred<SessionTokens>();
    client.refreshIdToken.mockReturnValueOnce(answer.promise);

    const scheduled = refreshSession(client);
    const clicked = refreshSession(client);

    expect(clicked).toBe(scheduled);
    expect(client.refreshIdToken).toHaveBeenCalledTimes(1);

    answer.resolve(rotated);
    await expect(Promise.all([scheduled, clicked])).resolves.toEqual([{ ok: true }, { ok: true }]);
    expect(useSession.getState().session).toMatchObject(rotated);

    client.refreshIdToken.mockResolvedValueOnce({ sessionToken: 'session-3', idToken: 'id-3', expire: 7200 });
    const later = refreshSession(client);
    expect(later).not.toBe(scheduled);
    await expect(later).resolves.toEqual({ ok: true });

    expect(client.refreshIdToken.mock.calls).toEqual([['session-1'], ['session-2']]);
    expect(useSession.getState().session).toMatchObject({ sessionToken: 'session-3', idToken: 'id-3' });
  });

  it('sends a new request after a failed one', async () => {
    useSession.getState().signIn(first);
    const client = fakeClient();
    client.refreshIdToken.mockRejectedValueOnce(new IdaasError({ kind: 'offline' })).mockResolvedValueOnce(rotated);

    await expect(refreshSession(client)).resolves.toMatchObject({ ok: false, signedOut: false });
    await expect(refreshSession(client)).resolves.toEqual({ ok: true });

    expect(client.refreshIdToken.mock.calls).toEqual([['session-1'], ['session-1']]);
  });

  it.each([
    ['seed', () => expired()],
    ['live', () => tenantFailure('IDAAS.SDK.PARAM.0023', 'Invalid or expired session token')],
  ])('signs out when the tenant refuses the session_token (%s codes)', async (_family, refusal) => {
    useSession.getState().signIn(first);
    const client = fakeClient();
    const error = refusal();
    client.refreshIdToken.mockRejectedValue(error);

    const result = await refreshSession(client);

    expect(result).toEqual({ ok: false, error, signedOut: true });
    expect(useSession.getState().session).toBeUndefined();
    expect(useSession.getState().ended).toEqual({ reason: 'refresh-failed', error });
    expect(useSession.getState().ended).toMatchObject({ error: { kind: 'tenant', meaning: 'session-expired' } });
  });

  it.each<[string, IdaasError]>([
    ['network', new IdaasError({ kind: 'network', detail: 'Failed to fetch' })],
    ['offline', new IdaasError({ kind: 'offline' })],
    ['timeout', new IdaasError({ kind: 'timeout' })],
    ['a 503 from a proxy', new IdaasError({ kind: 'http', status: 503 })],
    ['the tenant’s retryable COMMON.1008', tenantFailure('IDAAS.SDK.COMMON.1008', 'busy', 500)],
  ])('keeps the session on a passing failure (%s)', async (_label, error) => {
    useSession.getState().signIn(first);
    const client = fakeClient();
    client.refreshIdToken.mockRejectedValue(error);

    await expect(refreshSession(client)).resolves.toEqual({ ok: false, error, signedOut: false });

    expect(useSession.getState().session).toEqual({ ...first, receivedAt: NOW });
    expect(useSession.getState().ended).toBeUndefined();
  });

  it('wraps a non-IdaasError failure as a network error and keeps the session', async () => {
    useSession.getState().signIn(first);
    const client = fakeClient();
    client.refreshIdToken.mockRejectedValue(new TypeError('Failed to fetch'));

    const result = await refreshSession(client);

    expect(result).toMatchObject({ ok: false, signedOut: false, error: { kind: 'network' } });
    expect(result).toHaveProperty('error', expect.any(IdaasError));
    expect(useSession.getState().session).toMatchObject(first);
  });

  it('signs out on a final HTTP failure (401 from a proxy)', async () => {
    useSession.getState().signIn(first);
    const client = fakeClient();
    const error = new IdaasError({ kind: 'http', status: 401 });
    client.refreshIdToken.mockRejectedValue(error);

    await expect(refreshSession(client)).resolves.toEqual({ ok: false, error, signedOut: true });
    expect(useSession.getState().ended).toEqual({ reason: 'refresh-failed', error });
  });

  it('is superseded by a sign-out during the request, and does not resurrect the session', async () => {
    useSession.getState().signIn(first);
    const client = fakeClient();
    const answer = deferred<SessionTokens>();
    client.refreshIdToken.mockReturnValueOnce(answer.promise);

    const result = refreshSession(client);
    useSession.getState().signOut();
    answer.resolve(rotated);

    await expect(result).resolves.toEqual({ ok: false, superseded: true });
    expect(useSession.getState().session).toBeUndefined();
    expect(useSession.getState().ended).toBeUndefined();
  });

  it('a refusal after the user signed out does not record a refresh failure', async () => {
    useSession.getState().signIn(first);
    const client = fakeClient();
    const answer = deferred<SessionTokens>();
    client.refreshIdToken.mockReturnValueOnce(answer.promise);

    const result = refreshSession(client);
    useSession.getState().signOut();
    answer.reject(expired());

    await expect(result).resolves.toEqual({ ok: false, superseded: true });
    expect(useSession.getState().session).toBeUndefined();
    expect(useSession.getState().ended).toBeUndefined();
  });

  it('is superseded by another sign-in during the request, which keeps its own tokens and refreshes on its own', async () => {
    useSession.getState().signIn(first);
    const client = fakeClient();
    const firstAnswer = deferred<SessionTokens>();
    client.refreshIdToken.mockReturnValueOnce(firstAnswer.promise).mockResolvedValueOnce({ sessionToken: 'other-2', idToken: 'other-id-2', expire: 7200 });

    const stale = refreshSession(client);
    useSession.getState().signIn({ sessionToken: 'other-1', idToken: 'other-id-1', expire: 7200 });
    const fresh = refreshSession(client);

    expect(fresh).not.toBe(stale);
    await expect(fresh).resolves.toEqual({ ok: true });
    firstAnswer.resolve(rotated);
    await expect(stale).resolves.toEqual({ ok: false, superseded: true });

    expect(client.refreshIdToken.mock.calls).toEqual([['session-1'], ['other-1']]);
    expect(useSession.getState().session).toMatchObject({ sessionToken: 'other-2', idToken: 'other-id-2' });
  });
});

/** An id_token shaped as tenants issue them (signature irrelevant: timing reads the claims only). */
function idToken(claims: Record<string, unknown>): string {
  const part = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'RS256', kid: 'k1' })}.${part(claims)}.c2ln`;
}

/** Tokens that arrived at NOW: an id_token issued `skew` seconds off this browser's clock, living `life` s, and `expire`. */
function arrived(life: number, expire: number, skew = 0) {
  const iat = Math.floor(NOW / 1000) + skew;
  return { receivedAt: NOW, expire, idToken: idToken({ iat, exp: iat + life }) };
}

describe('refresh timing', () => {
  it('on a live tenant (expire = the session, 5 days) refreshes the 2 h id_token 5 minutes before its exp, not before expire', () => {
    const session = arrived(7200, 432000);
    expect(refreshDueAt(session)).toBe(NOW + 7_200_000 - REFRESH_AHEAD);
    expect(sessionEndsAt(session)).toBe(NOW + 432_000_000);
  });

  it('in the seeds’ reading (expire = the id_token’s lifetime) the two agree', () => {
    expect(refreshDueAt(arrived(7200, 7200))).toBe(NOW + 7_200_000 - 300_000);
  });

  it('reads the lifetime as exp − iat, so a browser clock hours off changes nothing', () => {
    expect(refreshDueAt(arrived(7200, 432000, -5 * 3600))).toBe(NOW + 6_900_000);
    expect(refreshDueAt(arrived(7200, 432000, 3 * 3600))).toBe(NOW + 6_900_000);
  });

  it('without iat, counts from the arrival to exp; without a readable exp, falls back to expire', () => {
    const exp = Math.floor(NOW / 1000) + 3600;
    expect(refreshDueAt({ receivedAt: NOW, expire: 432000, idToken: idToken({ exp }) })).toBe(NOW + 3_600_000 - 300_000);
    expect(refreshDueAt({ receivedAt: NOW, expire: 7200, idToken: 'not-a-jwt' })).toBe(NOW + 7_200_000 - 300_000);
    expect(idTokenLifetime({ receivedAt: NOW, expire: 900, idToken: idToken({ exp: 'tomorrow' }) })).toBe(900_000);
  });

  it('never reads a time out of dates beyond what Date holds (exp 10^13 s, iat −10^20 s): a NaN would refresh at once, again and again', () => {
    const iat = Math.floor(NOW / 1000);
    expect(refreshDueAt({ receivedAt: NOW, expire: 432000, idToken: idToken({ iat, exp: 1e13 }) })).toBe(NOW + 432_000_000 - 300_000);
    expect(refreshDueAt({ receivedAt: NOW, expire: 432000, idToken: idToken({ iat: -1e20, exp: iat + 7200 }) })).toBe(NOW + 7_200_000 - 300_000);
  });

  it('refreshes at half-life for a short-lived id_token (120 s)', () => {
    expect(refreshDueAt(arrived(120, 432000))).toBe(NOW + 60_000);
  });

  it('switches between the two at 10 minutes', () => {
    expect(refreshDueAt(arrived(600, 432000))).toBe(NOW + 300_000);
    expect(refreshDueAt(arrived(601, 432000))).toBe(NOW + 601_000 - 300_000);
    expect(refreshDueAt(arrived(599, 432000))).toBe(NOW + 299_500);
  });

  it('never refreshes sooner than 30 s after the last tokens, however short their life (no refresh loop)', () => {
    expect(refreshDueAt(arrived(0, 0))).toBe(NOW + MIN_REFRESH_INTERVAL);
    expect(refreshDueAt(arrived(2, 432000))).toBe(NOW + MIN_REFRESH_INTERVAL);
    expect(refreshDueAt(arrived(60, 432000))).toBe(NOW + 30_000);
  });

  it('is before the id_token dies for any lifetime of a minute or more', () => {
    for (const life of [60, 61, 120, 600, 3600, 7200, 86_400]) {
      const due = refreshDueAt(arrived(life, 432000));
      expect(due).toBeLessThan(NOW + life * 1000);
      expect(due).toBeGreaterThan(NOW);
    }
  });

  it('the session ends expire seconds after the answer; an expire of 0 sets no end', () => {
    expect(sessionEndsAt({ receivedAt: NOW, expire: 432000 })).toBe(NOW + 432_000_000);
    expect(sessionEndsAt({ receivedAt: NOW, expire: 0 })).toBe(Number.POSITIVE_INFINITY);
  });

  it('tells an expire that may be the id_token’s lifetime (the seeds’ reading) from a session’s', () => {
    expect(expireMayBeIdTokens(arrived(7200, 7200))).toBe(true);
    expect(expireMayBeIdTokens(arrived(7200, 7230))).toBe(true);
    expect(expireMayBeIdTokens(arrived(7200, 432000))).toBe(false);
    expect(expireMayBeIdTokens(arrived(7200, 3600))).toBe(false);
  });

  it('retryDelay doubles from 5 s and caps at 60 s', () => {
    expect([0, 1, 2, 3, 4, 5, 10, 100].map(retryDelay)).toEqual([5000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000, 60_000]);
  });
});
