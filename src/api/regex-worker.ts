// The only place a tenant regex runs (untrusted-regex.ts): a backtracking pattern can spin here for
// as long as it likes, the page's thread never waits for it, and the page ends the worker when the
// time budget is spent.
import { answerRegexRequest, isRegexRequest, type RegexAnswer } from './regex-protocol';

interface WorkerScope {
  postMessage(answer: RegexAnswer): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const compiled = new Map<string, RegExp | null>();

scope.onmessage = (event) => {
  if (isRegexRequest(event.data)) scope.postMessage(answerRegexRequest(compiled, event.data));
};
scope.postMessage({ ready: true });
