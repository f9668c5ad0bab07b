import { useSyncExternalStore } from 'react';
import type { PhoneLib } from './validate';

// One shared copy of libphonenumber-js for the whole page, loaded on first use.
let lib: PhoneLib | undefined;
let loading: Promise<PhoneLib | undefined> | undefined;
const listeners = new Set<() => void>();

/**
 * Starts loading libphonenumber-js (once) and resolves with it, or with undefined when the chunk
 * cannot be loaded (offline, a redeploy): the tenant's regex still validates without it, and the
 * next call tries again.
 */
export function ensurePhoneLib(): Promise<PhoneLib | undefined> {
  loading ??= import('./phone-lib').then(
    (loaded) => {
      lib = loaded;
      listeners.forEach((notify) => notify());
      return loaded;
    },
    () => {
      loading = undefined;
      return undefined;
    },
  );
  return loading;
}

function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

/** libphonenumber-js once loaded, else undefined; re-renders when it arrives. */
export function usePhoneLib(): PhoneLib | undefined {
  return useSyncExternalStore(subscribe, () => lib);
}
