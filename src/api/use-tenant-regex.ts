import { useSyncExternalStore } from 'react';
import { tenantRegexCompiles } from './regex-syntax';
import type { RegexJudge, RegexWorker, TenantRegexEvaluator } from './untrusted-regex';

function spawnRegexWorker(): RegexWorker {
  // Its own file, same origin (CSP script-src 'self' covers workers), started when a regex is first asked about.
  const worker = new Worker(new URL('./regex-worker.ts', import.meta.url), { type: 'module' });
  const adapter: RegexWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (request) => worker.postMessage(request),
    terminate: () => worker.terminate(),
  };
  worker.onmessage = (event) => adapter.onmessage?.(event);
  worker.onerror = (event) => adapter.onerror?.(event);
  return adapter;
}

// One evaluator (one worker) for the whole page, loaded on first use like libphonenumber-js: the
// sign-in page does not pay for it up front (README, route budgets).
let evaluator: TenantRegexEvaluator | undefined;
let loading: Promise<TenantRegexEvaluator | undefined> | undefined;
let revision = 0;
const listeners = new Set<() => void>();
const notify = () => {
  revision += 1;
  listeners.forEach((listener) => listener());
};

/** The evaluator, or undefined when its chunk cannot be loaded (offline, a redeploy): the fallbacks decide, and the next call tries again. */
function loadEvaluator(): Promise<TenantRegexEvaluator | undefined> {
  loading ??= import('./untrusted-regex').then(
    ({ TenantRegexEvaluator }) => {
      evaluator = new TenantRegexEvaluator(spawnRegexWorker);
      evaluator.subscribe(notify);
      notify();
      return evaluator;
    },
    () => {
      loading = undefined;
      return undefined;
    },
  );
  return loading;
}

/** Fetches the evaluator's code ahead of a submit that will need it (a page's idle time): a submit made offline then still has it. */
export function prefetchTenantRegexes(): void {
  void loadEvaluator();
}

const refusesEverything: RegexJudge = { verdict: () => 'refused', refuses: () => true };

/**
 * A judge for rendering: the verdicts already known; a value not judged yet is queued for the
 * worker (once: the evaluator remembers it, and starts work only after the render), and the page
 * renders again when its verdict arrives. Until then the pattern's previous verdict stands in, so
 * the password rules do not blink on every keystroke; submit never reads it (settleTenantRegexes).
 */
export function useRegexJudge(): RegexJudge {
  useSyncExternalStore(subscribe, () => revision);
  return {
    verdict: (source, input) => {
      if (!evaluator) {
        void loadEvaluator();
        return tenantRegexCompiles(source) ? 'pending' : 'refused';
      }
      const known = evaluator.known(source, input);
      if (known) return known;
      void evaluator.evaluate(source, input);
      return evaluator.latest(source) ?? 'pending';
    },
    refuses: (source) => (evaluator ? evaluator.refuses(source) : !tenantRegexCompiles(source)),
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Runs a check for submit once the tenant regexes it reads have settled (at most the time budget). */
export async function settleTenantRegexes<T>(check: (judge: RegexJudge) => T): Promise<T> {
  const loaded = await loadEvaluator();
  if (!loaded) return check(refusesEverything);
  const { settled } = await import('./untrusted-regex');
  return settled(loaded, check);
}
