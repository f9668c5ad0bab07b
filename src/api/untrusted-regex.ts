import { isRegexAnswer, type RegexRequest } from './regex-protocol';
import { tenantRegexCompiles } from './regex-syntax';

/**
 * Regexes the tenant sends (`mobileRegex`, the password policy's `regEx`) are data: they may not
 * compile, and may backtrack for seconds on a short input (`(\d*){14}x` on 15 digits, `^(\w+\s?)*$`
 * on a password). They never run on the page's thread: a worker runs them (regex-worker.ts), one at
 * a time, and is ended when one takes longer than the budget. A pattern that does not compile or
 * ran out of time is refused from then on, and the caller's fallback decides (libphonenumber-js for
 * a phone number, the length rules for a password).
 */
export type RegexVerdict = 'match' | 'no-match' | 'refused';

/** What a check reads about one value: a verdict, or `pending` while the worker has not answered. */
export type RegexReading = RegexVerdict | 'pending';

export interface RegexJudge {
  verdict(source: string, input: string): RegexReading;
  /** True once the pattern is known never to give a verdict: the fallback decides instead. */
  refuses(source: string): boolean;
}

/** The part of a Worker the evaluator uses (a test can give it a thread or a fake). */
export interface RegexWorker {
  postMessage(request: RegexRequest): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export interface EvaluatorOptions {
  /**
   * Longest a pattern may run on one value before it is refused. The page's thread never waits for
   * it: it bounds the core a spinning pattern burns and how long submit waits for a verdict, and is
   * generous because on a busy device the worker may wait for a core before a quick pattern runs.
   */
  budgetMs: number;
  /** Longest the worker may take to start before the page gives up on tenant regexes. */
  startupMs: number;
  /** Verdicts remembered (most recent first out last). */
  cacheSize: number;
}

const defaultOptions: EvaluatorOptions = { budgetMs: 500, startupMs: 10_000, cacheSize: 256 };

interface Job {
  source: string;
  input: string;
  key: string;
  resolve: (verdict: RegexVerdict) => void;
}

const keyOf = (source: string, input: string) => `${source}\u0000${input}`;

/** Evaluates tenant regexes off the page's thread, once per (pattern, value). */
export class TenantRegexEvaluator {
  private readonly options: EvaluatorOptions;
  private readonly verdicts = new Map<string, RegexVerdict>();
  private readonly latestBySource = new Map<string, RegexVerdict>();
  private readonly refused = new Set<string>();
  private readonly pending = new Map<string, Promise<RegexVerdict>>();
  private readonly queue: Job[] = [];
  private readonly listeners = new Set<() => void>();
  private worker: RegexWorker | undefined;
  private ready = false;
  private unavailable = false;
  private startupTimer: ReturnType<typeof setTimeout> | undefined;
  private running: { job: Job; id: number; timer: ReturnType<typeof setTimeout> } | undefined;
  private nextId = 1;
  private revision = 0;

  constructor(
    private readonly spawn: () => RegexWorker,
    options: Partial<EvaluatorOptions> = {},
  ) {
    this.options = { ...defaultOptions, ...options };
    // Set here, not in a field initializer: minified, its body is a parenthesized expression, which
    // Safari 15 may fail to run in a class field (scripts/syntax-check.ts).
    this.subscribe = (listener) => {
      this.listeners.add(listener);
      return () => this.listeners.delete(listener);
    };
  }

  /** The verdict already known for this value, if any. */
  known(source: string, input: string): RegexVerdict | undefined {
    if (this.refuses(source)) return 'refused';
    return this.verdicts.get(keyOf(source, input));
  }

  /** The verdict given last for this pattern (on whatever value): shown while a new one is pending. */
  latest(source: string): RegexVerdict | undefined {
    return this.refuses(source) ? 'refused' : this.latestBySource.get(source);
  }

  refuses(source: string): boolean {
    return this.unavailable || this.refused.has(source) || !tenantRegexCompiles(source);
  }

  evaluate(source: string, input: string): Promise<RegexVerdict> {
    const known = this.known(source, input);
    if (known) return Promise.resolve(known);
    const key = keyOf(source, input);
    let promise = this.pending.get(key);
    if (!promise) {
      promise = new Promise<RegexVerdict>((resolve) => this.queue.push({ source, input, key, resolve }));
      this.pending.set(key, promise);
      // Never within the caller's turn: a render that asks is not told of a verdict while it renders.
      queueMicrotask(() => this.pump());
    }
    return promise;
  }

  /** For useSyncExternalStore: told whenever a verdict arrives. */
  readonly subscribe: (listener: () => void) => () => void;

  readonly getRevision = (): number => this.revision;

  private pump(): void {
    if (this.running) return;
    let job = this.queue[0];
    // Values of a pattern refused while they waited are answered without the worker.
    while (job && this.known(job.source, job.input)) {
      this.queue.shift();
      this.settle(job, this.known(job.source, job.input) ?? 'refused');
      job = this.queue[0];
    }
    if (!job) return;
    if (!this.worker) this.start();
    if (!this.ready) return;
    this.queue.shift();
    const id = this.nextId++;
    this.running = { job, id, timer: setTimeout(() => this.outOfTime(), this.options.budgetMs) };
    this.worker?.postMessage({ id, source: job.source, input: job.input });
  }

  private start(): void {
    const worker = this.spawn();
    this.worker = worker;
    this.ready = false;
    this.startupTimer = setTimeout(() => this.giveUp(), this.options.startupMs);
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = () => this.giveUp();
  }

  private receive(data: unknown): void {
    if (!isRegexAnswer(data)) return;
    if ('ready' in data) {
      clearTimeout(this.startupTimer);
      this.ready = true;
      this.pump();
      return;
    }
    const running = this.running;
    if (!running || running.id !== data.id) return;
    clearTimeout(running.timer);
    this.running = undefined;
    if (data.verdict === 'invalid') this.refused.add(running.job.source);
    this.settle(running.job, data.verdict === 'invalid' ? 'refused' : data.verdict);
    this.pump();
  }

  /** The pattern spun past the budget: the worker is ended (a new one takes the next value) and the pattern refused. */
  private outOfTime(): void {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    this.stopWorker();
    this.refused.add(running.job.source);
    this.settle(running.job, 'refused');
    this.pump();
  }

  /** The worker could not be loaded (offline, a redeploy) or broke: every tenant regex falls back. */
  private giveUp(): void {
    this.unavailable = true;
    this.stopWorker();
    const running = this.running;
    this.running = undefined;
    if (running) {
      clearTimeout(running.timer);
      this.settle(running.job, 'refused');
    }
    this.pump();
  }

  private stopWorker(): void {
    clearTimeout(this.startupTimer);
    this.worker?.terminate();
    this.worker = undefined;
    this.ready = false;
  }

  private settle(job: Job, verdict: RegexVerdict): void {
    this.pending.delete(job.key);
    if (verdict !== 'refused') {
      this.verdicts.set(job.key, verdict);
      if (this.verdicts.size > this.options.cacheSize) this.verdicts.delete(this.verdicts.keys().next().value ?? '');
      this.latestBySource.set(job.source, verdict);
    }
    this.revision += 1;
    job.resolve(verdict);
    this.listeners.forEach((notify) => notify());
  }
}

/**
 * Runs a check once every tenant regex it reads has a verdict (or has been refused): for submit,
 * which must not decide on a pending value. The check is a pure function of the judge's readings.
 */
export async function settled<T>(evaluator: TenantRegexEvaluator, check: (judge: RegexJudge) => T): Promise<T> {
  // Each round settles what the check read; a check reads the same values again, so two rounds do.
  for (let round = 0; ; round += 1) {
    const asked: Promise<RegexVerdict>[] = [];
    const result = check({
      verdict: (source, input) => {
        const known = evaluator.known(source, input);
        if (known) return known;
        if (round >= 3) return 'refused';
        asked.push(evaluator.evaluate(source, input));
        return 'pending';
      },
      refuses: (source) => evaluator.refuses(source),
    });
    if (asked.length === 0) return result;
    await Promise.all(asked);
  }
}
