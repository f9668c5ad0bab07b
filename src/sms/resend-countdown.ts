import { useEffect, useState } from 'react';
import { create } from 'zustand';

/** The tenant sends one code per number per minute (docs/tenant-api.md); the button waits as long. */
export const RESEND_SECONDS = 60;

/**
 * When another code may be asked for, per flow and number. Kept in sessionStorage so that a reload
 * does not send the user through the slider only to be refused; keyed by a salted hash, since the
 * page stores no phone number. No code is ever kept.
 */
const STORAGE_KEY = 'idaas.smsResend';

interface Stored {
  salt: string;
  until: Record<string, number>;
}

function readStored(): Stored {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof parsed === 'object' && parsed !== null && 'salt' in parsed && 'until' in parsed) {
      const { salt, until } = parsed as { salt: unknown; until: unknown };
      if (typeof salt === 'string' && typeof until === 'object' && until !== null) {
        const now = Date.now();
        // Only live, plausible entries: anything else in storage is dropped.
        const live = Object.entries(until).filter(
          (entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > now && entry[1] <= now + RESEND_SECONDS * 1000,
        );
        return { salt, until: Object.fromEntries(live) };
      }
    }
  } catch {
    // No storage (a sandboxed frame, storage disabled) or a broken entry: start afresh.
  }
  return { salt: Math.random().toString(36).slice(2, 12), until: {} };
}

function writeStored(stored: Stored): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // Without storage the countdown lasts as long as the page.
  }
}

const initial = typeof window === 'undefined' ? { salt: 'none', until: {} } : readStored();
const salt = initial.salt;
const useResendUntil = create<Record<string, number>>()(() => initial.until);

/** 32-bit FNV-1a: a stable key that does not spell out the number. */
function hashed(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function resendKey(type: string, mobile: string): string {
  return hashed(`${salt}|${type}|${mobile}`);
}

/** A code went out (or the tenant refused one as too soon): no other for RESEND_SECONDS. */
export function startResendCountdown(key: string): void {
  useResendUntil.setState({ [key]: Date.now() + RESEND_SECONDS * 1000 });
  writeStored({ salt, until: useResendUntil.getState() });
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
