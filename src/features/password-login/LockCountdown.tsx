import { useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t';

function clock(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
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
      {t('login.locked.countdown', { time: clock(remaining) })}
    </p>
  );
}
