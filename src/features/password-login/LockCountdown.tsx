import { useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t';

/** Beyond a day a ticking clock says nothing useful (a tenant was seen to announce 99999999999 minutes). */
const LONGEST_SHOWN_SECONDS = 86_400;

/** m:ss, or h:mm:ss from an hour on. */
function clock(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * The time left on an account lock, ticking. role="timer" is not announced every second; the end
 * of the lock is announced once, by the caller's status message.
 */
export function LockCountdown({ until, onEnd }: { until: number; onEnd: () => void }) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  const remaining = Math.max(0, Math.ceil((until - now) / 1000));

  useEffect(() => {
    if (remaining === 0) {
      onEnd();
      return;
    }
    const timer = setTimeout(() => setNow(Date.now()), Math.min(1000, until - Date.now()));
    return () => clearTimeout(timer);
  }, [remaining, until, onEnd]);

  return (
    <p className="lock-countdown" role="timer" aria-atomic="true">
      {remaining > LONGEST_SHOWN_SECONDS ? t('login.locked.beyondADay') : t('login.locked.countdown', { time: clock(remaining) })}
    </p>
  );
}
