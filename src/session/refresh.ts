import { IdaasError, isIdaasError } from '../api/errors';
import type { IdaasClient } from '../api/client';
import { useSession, type Session } from './store';

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
      const error = isIdaasError(cause) ? cause : new IdaasError({ kind: 'network', detail: String(cause) });
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

/** When to refresh a session's id_token: ahead of `expire` by 5 minutes, or half its lifetime if shorter. */
export function refreshDueAt(session: Pick<Session, 'receivedAt' | 'expire'>): number {
  const lifetime = session.expire * 1000;
  return session.receivedAt + Math.max(lifetime - Math.min(5 * 60_000, lifetime / 2), MIN_REFRESH_INTERVAL);
}

export function expiresAt(session: Pick<Session, 'receivedAt' | 'expire'>): number {
  return session.receivedAt + session.expire * 1000;
}

/** Backoff between scheduled attempts that failed for a passing reason (offline, 5xx): 5 s doubling to 60 s. */
export function retryDelay(attempt: number): number {
  return Math.min(5000 * 2 ** attempt, 60_000);
}
