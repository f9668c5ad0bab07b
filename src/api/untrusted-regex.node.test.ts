import { Worker as NodeWorker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { answerRegexRequest, type RegexRequest } from './regex-protocol';
import { settled, TenantRegexEvaluator, type RegexWorker } from './untrusted-regex';

/** The worker's code (regex-protocol.ts) on a real thread, so that a spinning pattern can be ended as in a browser. */
function threadWorker(posted: RegexRequest[] = []): RegexWorker {
  const code = `
    const { parentPort } = require('node:worker_threads');
    const answer = ${answerRegexRequest.toString()};
    const compiled = new Map();
    parentPort.on('message', (request) => parentPort.postMessage(answer(compiled, request)));
    parentPort.postMessage({ ready: true });`;
  const thread = new NodeWorker(code, { eval: true });
  const worker: RegexWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (request) => {
      posted.push(request);
      thread.postMessage(request);
    },
    terminate: () => void thread.terminate(),
  };
  thread.on('message', (data: unknown) => worker.onmessage?.({ data }));
  thread.on('error', (error) => worker.onerror?.(error));
  return worker;
}

// From issue 17: each freezes a page for seconds when run on its thread.
const HOSTILE = ['(\\d*){14}x', '(a|aa)+$', '^(\\w+\\s?)*$', '(x+x+)+y'];
const inputsOf = (length: number) => ['1'.repeat(length), `${'a'.repeat(length - 1)}!`, 'x'.repeat(length)];
const BUDGET_MS = 500;

describe('tenant regexes run off the page’s thread, within a time budget', () => {
  it('hostile patterns on 20 and 128 characters: asking returns at once (a run on the asking thread would take seconds), each verdict comes within the budget', async () => {
    const evaluator = new TenantRegexEvaluator(() => threadWorker(), { budgetMs: BUDGET_MS });
    for (const source of HOSTILE) {
      for (const input of [...inputsOf(20), ...inputsOf(128)]) {
        const asked = performance.now();
        const pending = evaluator.evaluate(source, input);
        // The asking thread only queues the value (the browser test measures the page's main thread: e2e/hostile-regex.spec.ts).
        expect(performance.now() - asked).toBeLessThan(50);
        const started = performance.now();
        const result = await pending;
        expect(['match', 'no-match', 'refused'], `${source} on ${input.length} × ${input[0]}`).toContain(result);
        // Budget + starting a new thread after one was ended.
        expect(performance.now() - started).toBeLessThan(BUDGET_MS + 1000);
      }
      // Every one of them spins past the budget on some 128-character input: refused from then on.
      expect(evaluator.refuses(source), source).toBe(true);
      expect(evaluator.known(source, 'anything')).toBe('refused');
    }
  });

  it('normal patterns still match as before, also after the worker was ended for a hostile one', async () => {
    const evaluator = new TenantRegexEvaluator(() => threadWorker(), { budgetMs: BUDGET_MS });
    const CN = '^(\\+86){0,1}\\-?1\\d{10}$';
    expect(await evaluator.evaluate(CN, '+86-13800000000')).toBe('match');
    expect(await evaluator.evaluate('(x+x+)+y', 'x'.repeat(40))).toBe('refused');
    expect(await evaluator.evaluate(CN, '13800000000')).toBe('match');
    expect(await evaluator.evaluate(CN, '1380000000')).toBe('no-match');
    expect(await evaluator.evaluate('^(\\+852){1}\\-?0{0,1}[1,4,5,6,7,8,9](?:\\d{7}|\\d{8}|\\d{12})$', '+852-51234567')).toBe('match');
  });

  it('a pattern that does not compile is refused without asking the worker', async () => {
    const posted: RegexRequest[] = [];
    const evaluator = new TenantRegexEvaluator(() => threadWorker(posted));
    expect(evaluator.refuses('([a-z')).toBe(true);
    expect(await evaluator.evaluate('([a-z', 'abc')).toBe('refused');
    expect(posted).toEqual([]);
  });

  it('judges each (pattern, value) once', async () => {
    const posted: RegexRequest[] = [];
    const evaluator = new TenantRegexEvaluator(() => threadWorker(posted));
    const [first, second] = await Promise.all([evaluator.evaluate('^a+$', 'aaa'), evaluator.evaluate('^a+$', 'aaa')]);
    expect([first, second, await evaluator.evaluate('^a+$', 'aaa')]).toEqual(['match', 'match', 'match']);
    expect(await settled(evaluator, (judge) => judge.verdict('^a+$', 'aaa'))).toBe('match');
    expect(posted.map((request) => request.input)).toEqual(['aaa']);
  });

  it('a worker that cannot start leaves every pattern to the fallback', async () => {
    const broken = (): RegexWorker => {
      const worker: RegexWorker = { onmessage: null, onerror: null, postMessage: () => undefined, terminate: () => undefined };
      queueMicrotask(() => worker.onerror?.(new Error('blocked')));
      return worker;
    };
    const evaluator = new TenantRegexEvaluator(broken);
    expect(await evaluator.evaluate('^a+$', 'aaa')).toBe('refused');
    expect(evaluator.refuses('^\\d+$')).toBe(true);
  });
});
