import { useEffect } from 'react';
import { useIdaasClient } from '../api/react';
import { keepSession } from './keep-session';
import { useSession } from './store';

/** Keeps the signed-in session fresh (keep-session.ts). Renders nothing; mounted while there is a session. */
export default function SessionKeeper() {
  const client = useIdaasClient();
  const session = useSession((s) => s.session);

  useEffect(() => {
    if (!session) return;
    const upkeep = keepSession(session, client);
    // Timers run late in a background tab or a sleeping device: look again when the page is back.
    const onVisible = () => {
      if (document.visibilityState === 'visible') upkeep.wakeIfDue();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      upkeep.stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [client, session]);

  return null;
}
