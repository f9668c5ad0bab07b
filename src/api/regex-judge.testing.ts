// For unit tests of what the verdicts mean: the evaluator with a worker that answers on the test's
// own thread. The time budget is tested with a real thread (untrusted-regex.node.test.ts).
import { answerRegexRequest } from './regex-protocol';
import { settled, TenantRegexEvaluator, type RegexJudge, type RegexWorker } from './untrusted-regex';

export function inThreadWorker(): RegexWorker {
  const compiled = new Map<string, RegExp | null>();
  const worker: RegexWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (request) => queueMicrotask(() => worker.onmessage?.({ data: answerRegexRequest(compiled, request) })),
    terminate: () => undefined,
  };
  queueMicrotask(() => worker.onmessage?.({ data: { ready: true } }));
  return worker;
}

const evaluator = new TenantRegexEvaluator(inThreadWorker);

/** Runs a check as submit does: once every tenant regex it reads has its verdict. */
export function judged<T>(check: (judge: RegexJudge) => T): Promise<T> {
  return settled(evaluator, check);
}
