import { asIdaasError, type IdaasError } from '../api/errors';
import type { IdaasClient } from '../api/client';
import { useSession, type Session } from './store';
import { idTokenFacts } from './user-info';

export type RefreshResult =
  | { ok: true }
  /** `signedOut`: the tenant refused the session_token, so the session is over. */
  | { ok: false; error: IdaasError; signedOut: boolean }
  /** The session changed while the refresh was under way (sign-out, another sign-in): nothing to do. */
  | { ok: false; superseded: true };

let inFlight: { sessionToken: string; result: Promise<RefreshResult> } | undefined;

/**
 * `refreshIdTokenWithSessionToken` for the current session: a new id_token, and the rotated
 * session_token kept in place of the old one. One refresh at a time: a scheduled refresh and a
 * click share the request, since a rotated-away session_token is refused by the tenant.
 * A refusal by the tenant ends the session (with the reason); a network failure does not.
 */
export function refreshSession(client: Pick<IdaasClient, 'refreshIdToken'>): Promise<RefreshResult> {
  const session = useSession.getState().session;
  if (!session) return Promise.resolve({ ok: false, superseded: true });
  if (inFlight?.sessionToken === session.sessionToken) return inFlight.result;
  const result = client.refreshIdToken(session.sessionToken).then(
    (tokens): RefreshResult => {
      if (!isCurrent(session)) return { ok: false, superseded: true };
      useSession.getState().signIn(tokens);
      return { ok: true };
    },
    (cause: unknown): RefreshResult => {
      if (!isCurrent(session)) return { ok: false, superseded: true };
      const error = asIdaasError(cause);
      if (error.retryable) return { ok: false, error, signedOut: false };
      useSession.getState().signOut({ reason: 'refresh-failed', error });
      return { ok: false, error, signedOut: true };
    },
  );
  const entry = { sessionToken: session.sessionToken, result };
  inFlight = entry;
  void result.finally(() => {
    if (inFlight === entry) inFlight = undefined;
  });
  return result;
}

function isCurrent(session: Session): boolean {
  return useSession.getState().session?.sessionToken === session.sessionToken;
}

/** However short-lived a tenant's id_tokens, refreshes are at least this far apart: never a loop. */
export const MIN_REFRESH_INTERVAL = 30_000;
/** How long before the id_token dies it is refreshed (or half its lifetime, if that is shorter). */
export const REFRESH_AHEAD = 5 * 60_000;

type Timed = Pick<Session, 'receivedAt' | 'expire' | 'idToken'>;

/**
 * How long the id_token lives, by its own claims: `exp − iat` (both the tenant's clock, so a wrong
 * browser clock does no harm; tenants issue a new id_token with every answer), else `exp` against
 * the time it arrived; without `exp` (not a JWT), `expire` stands in, as the SDK documents read it (docs/tenant-api.md, "expire").
 */
export function idTokenLifetime(session: Timed): number {
  const { issuedAt, expiresAt } = idTokenFacts(session.idToken);
  // A date beyond what Date holds (exp 10^13 s) is NaN here: never a refresh time, or the page would refresh without end.
  const exp = expiresAt?.getTime() ?? Number.NaN;
  const iat = issuedAt?.getTime() ?? Number.NaN;
  if (Number.isFinite(exp) && Number.isFinite(iat) && exp > iat) return exp - iat;
  if (Number.isFinite(exp)) return Math.max(exp - session.receivedAt, 0);
  return session.expire * 1000;
}

/**
 * When to refresh the id_token: ahead of its own expiry by 5 minutes, or by half its lifetime if
 * that is shorter; never sooner than MIN_REFRESH_INTERVAL after the tokens arrived. `expire` is
 * not the id_token's lifetime on live tenants (docs/tenant-api.md, "expire").
 */
export function refreshDueAt(session: Timed): number {
  const lifetime = idTokenLifetime(session);
  return session.receivedAt + Math.max(lifetime - Math.min(REFRESH_AHEAD, lifetime / 2), MIN_REFRESH_INTERVAL);
}

/**
 * The end of the session: `expire` seconds after the answer; no refresh is possible after it.
 * An `expire` of 0 says nothing: such a session lasts as long as refreshes succeed.
 */
export function sessionEndsAt(session: Pick<Session, 'receivedAt' | 'expire'>): number {
  return session.expire > 0 ? session.receivedAt + session.expire * 1000 : Number.POSITIVE_INFINITY;
}

/**
 * Whether `expire` may be the id_token's lifetime rather than the session's (the SDK documents' reading: docs/tenant-api.md, "expire"):
 * then its end is not known to be the session's, and one last refresh is worth trying.
 */
export function expireMayBeIdTokens(session: Timed): boolean {
  return Math.abs(session.expire * 1000 - idTokenLifetime(session)) <= 60_000;
}

/** Backoff between scheduled attempts that failed for a passing reason (offline, 5xx): 5 s doubling to 60 s. */
export function retryDelay(attempt: number): number {
  return Math.min(5000 * 2 ** attempt, 60_000);
}
