import * as v from 'valibot';
import { environmentFrom, previewFrom, tokenFrom } from './carrier-answers';
import { describeError, fail, failureWith, guarded, ok, resultCodeSchema } from './result';
import { CODES, type OneClickProvider, type ProviderResult, type ProviderSettings } from './types';

/**
 * The emulated carriers the IDaaS emulator serves on the tenant's origin (development and tests):
 *
 *   POST {baseUrl}/__carrier/check|prefetch|token   content-type: application/json, x-client-id: <clientId>
 *   body {"scenario":"…"} ({} without a scenario)
 *
 * answering 200 with the native bridge's shapes (carrier-answers.ts). The `timeout` scenario holds
 * the token request for 30 s: this provider's own time limit ends it (600015) and aborts the fetch.
 */
export interface EmulatorDeps {
  fetch: typeof fetch;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

type Step = 'check' | 'prefetch' | 'token';

const MAX_ANSWER_LENGTH = 64 * 1024;

const failureAnswer = v.object({ resultCode: resultCodeSchema });

function defaultDeps(): EmulatorDeps {
  return {
    // Not src/api's transport: these are the emulated carriers, not the IDaaS API (no IDaaS headers, no IdaasError).
    fetch: (input, init) => globalThis.fetch(input, init),
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  };
}

export function createEmulatorProvider(settings: ProviderSettings, deps: Partial<EmulatorDeps> = {}): OneClickProvider {
  const use: EmulatorDeps = { ...defaultDeps(), ...deps };
  const base = settings.tenant.baseUrl.replace(/\/+$/, '');
  const body = JSON.stringify(settings.scenario === undefined ? {} : { scenario: settings.scenario });

  const post = <T>(step: Step, timeoutMs: number, interpret: (answer: unknown) => ProviderResult<T>, signal: AbortSignal | undefined) =>
    guarded(signal, async (): Promise<ProviderResult<T>> => {
      const answer = await send(use, { url: `${base}/__carrier/${step}`, clientId: settings.tenant.clientId, body, timeoutMs, signal });
      return answer.ok ? interpret(answer.value) : answer;
    });

  return {
    name: 'emulator',
    checkEnvironment: (signal) => post('check', settings.envTimeoutMs, environmentFrom, signal),
    prefetch: (signal) => post('prefetch', settings.prefetchTimeoutMs, previewFrom, signal),
    getToken: ({ signal }) => post('token', settings.tokenTimeoutMs, tokenFrom, signal),
  };
}

interface Request {
  url: string;
  clientId: string;
  body: string;
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

/** The parsed 200 answer, or the failure: the time limit (600015), a non-200 `{resultCode}`, the network, a malformed answer (600010). */
async function send(deps: EmulatorDeps, request: Request): Promise<ProviderResult<unknown>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = deps.setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  const onCallerAbort = () => controller.abort();
  request.signal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    const response = await deps.fetch(request.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-client-id': request.clientId },
      body: request.body,
      signal: controller.signal,
      credentials: 'same-origin',
      cache: 'no-store',
    });
    return answerOf(response.status, await response.text());
  } catch (error) {
    if (timedOut) return fail(CODES.timeout, `${request.url}: no answer in ${request.timeoutMs} ms`);
    return fail(CODES.unknown, `${request.url}: ${describeError(error)}`);
  } finally {
    deps.clearTimeout(timer);
    request.signal?.removeEventListener('abort', onCallerAbort);
  }
}

function answerOf(status: number, text: string): ProviderResult<unknown> {
  const json = parseJson(text);
  if (status !== 200) {
    const parsed = v.safeParse(failureAnswer, json);
    return parsed.success ? failureWith(parsed.output.resultCode, `HTTP ${status}`) : fail(CODES.unknown, `HTTP ${status}`);
  }
  return json === undefined ? fail(CODES.unknown, 'malformed answer: not JSON') : ok(json);
}

function parseJson(text: string): unknown {
  if (text.length > MAX_ANSWER_LENGTH) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
