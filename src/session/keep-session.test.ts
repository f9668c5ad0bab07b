import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdaasError } from '../api/errors';
import type { SessionTokens } from '../api/schemas';
import { tenantFailure } from '../api/transport';
import { keepSession, type SessionUpkeep } from './keep-session';
import { useSession } from './store';

const NOW = Date.UTC(2026, 11, 3, 2, 0, 0);
const HOUR = 3600_000;

function idToken(lifeSeconds: number, issuedAt = Date.now()): string {
  const part = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const iat = Math.floor(issuedAt / 1000);
  return `${part({ alg: 'RS256' })}.${part({ iat, exp: iat + lifeSeconds, jti: String(Math.random()) })}.c2ln`;
}

/** Tokens as a tenant answers them now: an id_token of `life` seconds and `expire`. */
const tokens = (life: number, expire: number, sessionToken = 'session-1'): SessionTokens => ({ sessionToken, idToken: idToken(life), expire });

function fakeClient() {
  return { refreshIdToken: vi.fn<(sessionToken: string) => Promise<SessionTokens>>() };
}

let upkeep: SessionUpkeep | undefined;
let unsubscribe: (() => void) | undefined;

/** Signs `first` in and keeps it; a successful refresh (a new session) is kept by a new upkeep, as SessionKeeper does. */
function signInAndKeep(first: SessionTokens, client: ReturnType<typeof fakeClient>): void {
  unsubscribe?.();
  upkeep?.stop();
  useSession.getState().signIn(first);
  upkeep = keepSession(useSession.getState().session!, client);
  unsubscribe = useSession.subscribe((state, previous) => {
    if (state.session === previous.session) return;
    upkeep?.stop();
    upkeep = state.session ? keepSession(state.session, client) : undefined;
  });
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  useSession.setState({ session: undefined, ended: undefined });
});

afterEach(() => {
  unsubscribe?.();
  unsubscribe = undefined;
  upkeep?.stop();
  upkeep = undefined;
  vi.useRealTimers();
  useSession.setState({ session: undefined, ended: undefined });
});

describe('session upkeep', () => {
  it('live reading (expire 5 days, id_token 2 h): refreshes at 1 h 55 min, keeps going, and signs out at expire without asking', async () => {
    const client = fakeClient();
    // A live tenant: the same session counting down, refused once over.
    client.refreshIdToken.mockImplementation(async () => {
      if (Date.now() >= NOW + 120 * HOUR) throw tenantFailure('IDAAS.SDK.PARAM.0023', 'Invalid or expired session token');
      return tokens(7200, Math.round((NOW + 120 * HOUR - Date.now()) / 1000));
    });
    signInAndKeep(tokens(7200, 432_000), client);

    await vi.advanceTimersByTimeAsync(HOUR + 54 * 60_000);
    expect(client.refreshIdToken).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(client.refreshIdToken).toHaveBeenCalledTimes(1);
    expect(useSession.getState().session?.expire).toBe(432_000 - (HOUR + 55 * 60_000) / 1000);

    await vi.advanceTimersByTimeAsync(118 * HOUR);
    const calls = client.refreshIdToken.mock.calls.length;
    // Every 1 h 55 min while the session lasts.
    expect(calls).toBe(Math.floor((120 * HOUR) / (115 * 60_000)));
    expect(useSession.getState().session).toBeDefined();
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(useSession.getState().session).toBeUndefined();
    expect(useSession.getState().ended).toEqual({ reason: 'expired' });
    expect(client.refreshIdToken).toHaveBeenCalledTimes(calls);
  });

  it('retries passing failures with backoff, never past expire, then signs out saying so', async () => {
    const client = fakeClient();
    client.refreshIdToken.mockRejectedValue(new IdaasError({ kind: 'offline' }));
    signInAndKeep(tokens(7200, 7800), client);

    await vi.advanceTimersByTimeAsync(7200_000 - 300_000);
    expect(client.refreshIdToken).toHaveBeenCalledTimes(1);
    // Then 5, 10, 20, 40 s apart, then every 60 s: at +5, +15, +35, +75, +135, +195 … +795 s.
    await vi.advanceTimersByTimeAsync(14 * 60_000);
    expect(client.refreshIdToken).toHaveBeenCalledTimes(1 + 4 + 12);
    // +855 s is the last try: the next (+915 s) would be past expire (+900 s), where the session ends unasked.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(client.refreshIdToken).toHaveBeenCalledTimes(18);
    expect(useSession.getState().ended).toEqual({ reason: 'expired' });
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(client.refreshIdToken).toHaveBeenCalledTimes(18);
  });

  it('seed reading (expire = the id_token’s 2 h): at expire one last refresh is tried, and it can keep the session', async () => {
    const client = fakeClient();
    client.refreshIdToken.mockRejectedValueOnce(new IdaasError({ kind: 'offline' })).mockImplementation(async () => tokens(7200, 7200, 'session-2'));
    signInAndKeep(tokens(7200, 7200), client);
    // The device sleeps through the scheduled refresh and wakes after expire.
    vi.setSystemTime(NOW + 3 * HOUR);
    upkeep!.wakeIfDue();
    await vi.advanceTimersByTimeAsync(0);
    expect(client.refreshIdToken).toHaveBeenCalledTimes(1);
    expect(useSession.getState().ended).toEqual({ reason: 'expired' });

    signInAndKeep(tokens(7200, 7200), client);
    vi.setSystemTime(Date.now() + 3 * HOUR);
    upkeep!.wakeIfDue();
    await vi.advanceTimersByTimeAsync(0);
    expect(useSession.getState().session?.sessionToken).toBe('session-2');
  });

  it('a refusal (PARAM.0023) ends the session with the reason, and nothing more is sent', async () => {
    const client = fakeClient();
    client.refreshIdToken.mockRejectedValue(tenantFailure('IDAAS.SDK.PARAM.0023', 'Invalid or expired session token'));
    signInAndKeep(tokens(7200, 432_000), client);
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(useSession.getState().ended).toMatchObject({ reason: 'refresh-failed', error: { meaning: 'session-expired' } });
    await vi.advanceTimersByTimeAsync(10 * HOUR);
    expect(client.refreshIdToken).toHaveBeenCalledTimes(1);
  });

  it('an expire of 0 says nothing about the end: the session lives on refreshes', async () => {
    const client = fakeClient();
    client.refreshIdToken.mockImplementation(async () => tokens(600, 0));
    signInAndKeep(tokens(600, 0), client);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(useSession.getState().session).toBeDefined();
    expect(client.refreshIdToken).toHaveBeenCalledTimes(12);
  });

  it('a page back from the background runs a refresh that came due meanwhile, once', async () => {
    const client = fakeClient();
    let answer!: (value: SessionTokens) => void;
    client.refreshIdToken.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    signInAndKeep(tokens(7200, 432_000), client);
    upkeep!.wakeIfDue();
    expect(client.refreshIdToken).not.toHaveBeenCalled();
    vi.setSystemTime(NOW + 2 * HOUR);
    upkeep!.wakeIfDue();
    upkeep!.wakeIfDue();
    expect(client.refreshIdToken).toHaveBeenCalledTimes(1);
    answer(tokens(7200, 400_000));
    await vi.advanceTimersByTimeAsync(0);
    expect(useSession.getState().session?.expire).toBe(400_000);
  });
});
