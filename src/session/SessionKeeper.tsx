import { useEffect } from 'react';
import { useIdaasClient } from '../api/react';
import { expiresAt, refreshDueAt, refreshSession, retryDelay } from './refresh';
import { useSession } from './store';

/** setTimeout's longest delay; a 5-day `expire` must not overflow into "now". */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Keeps the signed-in session fresh: refreshes the id_token before `expire`, retries passing
 * failures with backoff, and ends the session when the id_token expires without a refresh.
 * Renders nothing; mounted once for the whole app.
 */
export default function SessionKeeper() {
  const client = useIdaasClient();
  const session = useSession((s) => s.session);

  useEffect(() => {
    if (!session) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;
    const schedule = (at: number) => {
      timer = setTimeout(() => void run(), Math.min(Math.max(at - Date.now(), 0), MAX_DELAY));
    };
    const run = async () => {
      const result = await refreshSession(client);
      // Success or a refusal changes the session, which re-runs this effect.
      if (stopped || result.ok || 'superseded' in result || result.signedOut) return;
      const end = expiresAt(session);
      if (Date.now() >= end) {
        useSession.getState().signOut({ reason: 'expired' });
        return;
      }
      schedule(Math.min(Date.now() + retryDelay(attempt++), end));
    };
    schedule(refreshDueAt(session));
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [client, session]);

  return null;
}
