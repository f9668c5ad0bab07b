import { lazy, type ComponentType } from 'react';

/** Code (a screen's chunk, its messages) that could not be downloaded, retries included: ErrorBoundary offers "Try again". */
export class ChunkLoadError extends Error {}

/** Pauses before the second and third attempts: a dropped request or a server restarting mid-deploy gets about two seconds. */
const RETRY_DELAYS_MS = [500, 1500];

/**
 * `load` (dynamic imports), tried again after each delay before giving up with a ChunkLoadError.
 * Chromium fetches a module whose download failed again on the next import() (no failure is kept
 * in its module map), so the same URL is asked for: the immutable cache headers and the CSP's
 * script-src stay as they are.
 */
export async function retryingImport<T>(load: () => Promise<T>, delaysMs: readonly number[] = RETRY_DELAYS_MS): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (cause) {
      const delay = delaysMs[attempt];
      if (delay === undefined) throw new ChunkLoadError('code could not be downloaded', { cause });
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Renews each lazy component whose load failed (ErrorBoundary's "Try again"). */
const failedLoads = new Set<() => void>();

export function retryFailedLoads(): void {
  for (const renew of failedLoads) renew();
  failedLoads.clear();
}

/**
 * React.lazy with retryingImport; one whose load failed even so is replaced by a fresh one when
 * retryFailedLoads is called: React.lazy keeps a failure for good, so "Try again" would only show
 * it again. (Replacing it at once would not do: React renders again when the load settles, and
 * would start the next load instead of showing the failure.)
 */
export function retryingLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  const fresh = () =>
    lazy(() =>
      retryingImport(load).catch((error: unknown) => {
        failedLoads.add(() => (Current = fresh()));
        throw error;
      }),
    );
  let Current = fresh();
  return function Reloadable(props: P) {
    return <Current {...props} />;
  };
}
