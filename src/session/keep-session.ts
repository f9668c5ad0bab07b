import type { IdaasClient } from '../api/client';
import { expireMayBeIdTokens, refreshDueAt, refreshSession, retryDelay, sessionEndsAt } from './refresh';
import { useSession, type Session } from './store';

/** setTimeout's longest delay; a 5-day `expire` must not overflow into "now". */
const MAX_DELAY = 2 ** 31 - 1;

export interface SessionUpkeep {
  /** Runs what is due now, if anything is (a timer that ran late: a background tab, a sleeping device). */
  wakeIfDue(): void;
  stop(): void;
}

/**
 * Keeps one session fresh: refreshes the id_token before its own expiry, retries passing failures
 * with backoff, and ends the session (saying so) once `expire` has passed, since no refresh is
 * possible after it. Where `expire` may be the id_token's lifetime (the SDK documents' reading: docs/tenant-api.md, "expire"), the end
 * is not known to be the session's: one last refresh is tried first. A new session (a refresh, a
 * sign-in) needs a new upkeep; this one stops doing anything when the session is not current.
 */
export function keepSession(session: Session, client: Pick<IdaasClient, 'refreshIdToken'>): SessionUpkeep {
  const endsAt = sessionEndsAt(session);
  let nextAt = Math.min(refreshDueAt(session), endsAt);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let stopped = false;
  let running = false;

  const expired = () => useSession.getState().signOut({ reason: 'expired' });
  const schedule = (at: number) => {
    nextAt = at;
    clearTimeout(timer);
    timer = setTimeout(() => void wake(), Math.min(Math.max(at - Date.now(), 0), MAX_DELAY));
  };
  const wake = async () => {
    if (stopped || running) return;
    if (Date.now() >= endsAt && !expireMayBeIdTokens(session)) return expired();
    running = true;
    const result = await refreshSession(client);
    running = false;
    // Success or a refusal changes the session, which starts a new upkeep.
    if (stopped || result.ok || 'superseded' in result || result.signedOut) return;
    if (Date.now() >= endsAt) return expired();
    schedule(Math.min(Date.now() + retryDelay(attempt++), endsAt));
  };

  schedule(nextAt);
  return {
    wakeIfDue: () => {
      if (Date.now() >= nextAt) void wake();
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
