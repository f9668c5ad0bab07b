import { useEffect } from 'react';
import { useIdaasClient } from '../api/react';
import { refreshDueAt, refreshSession, retryDelay, sessionEndsAt } from './refresh';
import { useSession } from './store';

/** setTimeout's longest delay; a 5-day `expire` must not overflow into "now". */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Keeps the signed-in session fresh: refreshes the id_token before its own expiry, retries passing
 * failures with backoff, and ends the session (saying so) once `expire` has passed: no refresh is
 * possible after it. Renders nothing; mounted while there is a session.
 */
export default function SessionKeeper() {
  const client = useIdaasClient();
  const session = useSession((s) => s.session);

  useEffect(() => {
    if (!session) return;
    const endsAt = sessionEndsAt(session);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let nextAt = Math.min(refreshDueAt(session), endsAt);
    let attempt = 0;
    let stopped = false;
    let running = false;
    const schedule = (at: number) => {
      nextAt = at;
      clearTimeout(timer);
      timer = setTimeout(() => void wake(), Math.min(Math.max(at - Date.now(), 0), MAX_DELAY));
    };
    const wake = async () => {
      if (stopped || running) return;
      if (Date.now() >= endsAt) {
        useSession.getState().signOut({ reason: 'expired' });
        return;
      }
      running = true;
      const result = await refreshSession(client);
      running = false;
      // Success or a refusal changes the session, which re-runs this effect.
      if (stopped || result.ok || 'superseded' in result || result.signedOut) return;
      schedule(Math.min(Date.now() + retryDelay(attempt++), endsAt));
    };
    // Timers run late in a background tab or a sleeping device: look again when the page is back.
    const onVisible = () => {
      if (document.visibilityState === 'visible' && Date.now() >= nextAt) void wake();
    };
    schedule(nextAt);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [client, session]);

  return null;
}
