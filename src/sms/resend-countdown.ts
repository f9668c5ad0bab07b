import { useEffect, useState } from 'react';
import { create } from 'zustand';

/** The tenant sends one code per number per minute; the button waits as long. */
export const RESEND_SECONDS = 60;

/** When another code may be asked for, per flow and number: outlives the screen and a language switch. */
const useResendUntil = create<Record<string, number>>()(() => ({}));

export function resendKey(type: string, mobile: string): string {
  return `${type}:${mobile}`;
}

export function startResendCountdown(key: string): void {
  useResendUntil.setState({ [key]: Date.now() + RESEND_SECONDS * 1000 });
}

/** Seconds until another code may be asked for (0 = now), ticking once a second. */
export function useResendSeconds(key: string | undefined): number {
  const until = useResendUntil((s) => (key === undefined ? undefined : s[key])) ?? 0;
  const [now, setNow] = useState(() => Date.now());
  const remaining = Math.min(RESEND_SECONDS, Math.max(0, Math.ceil((until - now) / 1000)));
  useEffect(() => {
    if (until <= Date.now()) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(1000, until - Date.now()));
    return () => clearTimeout(timer);
  }, [until, now]);
  return remaining;
}
