/** What the page asks the regex worker (regex-worker.ts): does `input` match the tenant's `source`? */
export interface RegexRequest {
  id: number;
  source: string;
  input: string;
}

/** `invalid`: the source does not compile. */
export type WorkerVerdict = 'match' | 'no-match' | 'invalid';

export type RegexAnswer = { id: number; verdict: WorkerVerdict } | { ready: true };

/**
 * The worker's whole job, kept pure so that it can be tested without a worker. A tenant regex is
 * used as the tenant's own JavaScript check would use it: no flags, `test` (a match anywhere).
 */
export function answerRegexRequest(compiled: Map<string, RegExp | null>, request: RegexRequest): RegexAnswer {
  let regex = compiled.get(request.source);
  if (regex === undefined) {
    try {
      regex = new RegExp(request.source);
    } catch {
      regex = null;
    }
    compiled.set(request.source, regex);
  }
  if (regex === null) return { id: request.id, verdict: 'invalid' };
  try {
    return { id: request.id, verdict: regex.test(request.input) ? 'match' : 'no-match' };
  } catch {
    // A pattern the engine cannot run (its backtracking stack overflowed) is no better than one that does not compile.
    return { id: request.id, verdict: 'invalid' };
  }
}

export function isRegexRequest(value: unknown): value is RegexRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { id, source, input } = value as Record<string, unknown>;
  return typeof id === 'number' && typeof source === 'string' && typeof input === 'string';
}

export function isRegexAnswer(value: unknown): value is RegexAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { id, verdict, ready } = value as Record<string, unknown>;
  if (ready === true) return true;
  return typeof id === 'number' && (verdict === 'match' || verdict === 'no-match' || verdict === 'invalid');
}
