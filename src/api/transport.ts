import * as v from 'valibot';
import type { DeviceInfo } from './device';
import { extractErrorArgs } from './error-args';
import { meaningOf } from './error-meanings';
import { IdaasError, normaliseErrorCode, unreachable } from './errors';

export type ApiLanguage = 'zh' | 'en';

export interface TransportOptions {
  /** Tenant origin, or '' for same origin (the shipped server proxies /api/ to the tenant). */
  baseUrl: string;
  clientId: string;
  device: DeviceInfo;
  /** The UI language at the time of the call (sent as X-L). */
  language: () => ApiLanguage;
  timeoutMs: number;
  fetch?: typeof fetch;
  isOnline?: () => boolean;
}

export interface ApiRequest<T> {
  method: 'GET' | 'POST';
  path: string;
  body?: Record<string, unknown>;
  /** Per-call headers such as X-state-token or session-token. */
  headers?: Record<string, string>;
  /** How a successful answer must look; `'empty'` for the answers that are an empty HTTP 200. */
  answer: v.GenericSchema<unknown, T> | 'empty';
  signal?: AbortSignal;
}

export interface Transport {
  request<T>(request: ApiRequest<T>): Promise<T>;
  url(path: string): string;
}

/** The value the tenant's reference gives, verbatim (`utf8` is a WHATWG label of UTF-8). */
export const JSON_CONTENT_TYPE = 'application/json;charset=utf8';

const tenantErrorBody = v.object({ error_code: v.string(), error_msg: v.optional(v.string()) });

/** The one place that builds tenant URLs and headers, applies timeouts and normalises failures. */
export function createTransport(options: TransportOptions): Transport {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = options.baseUrl.replace(/\/+$/, '');

  function headersFor(extra: Record<string, string> | undefined): Headers {
    const headers = new Headers({
      accept: 'application/json',
      // Required on every request, GETs included, by BambooCloud's pages; the value is Huawei's (docs/tenant-api.md, "Every request").
      'content-type': JSON_CONTENT_TYPE,
      'X-client-id': options.clientId,
      'X-device-fingerprint': options.device.fingerprint,
      'X-operating-sys-version': options.device.operatingSystem,
      'X-agent': options.device.agent,
      'X-L': options.language(),
    });
    for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value);
    return headers;
  }

  async function request<T>(req: ApiRequest<T>): Promise<T> {
    // A caller that has already given up must not cause a request (an SMS would really be sent).
    // (`signal.throwIfAborted()` is not on the support matrix's oldest engines: docs/support-matrix.md.)
    if (req.signal?.aborted) throw req.signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
    const onCallerAbort = () => controller.abort(req.signal?.reason);
    req.signal?.addEventListener('abort', onCallerAbort, { once: true });

    let response: Response;
    let text: string;
    try {
      response = await doFetch(`${base}${req.path}`, {
        method: req.method,
        headers: headersFor(req.headers),
        ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
        signal: controller.signal,
        credentials: 'same-origin',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      });
      text = await response.text();
    } catch (cause) {
      if (req.signal?.aborted) throw req.signal.reason ?? cause;
      if (timedOut) throw new IdaasError({ kind: 'timeout', detail: `${req.method} ${req.path} after ${options.timeoutMs} ms` });
      throw unreachable(cause, options.isOnline);
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onCallerAbort);
    }

    if (!response.ok) throw failureFrom(response.status, text);
    if (req.answer === 'empty') return undefined as T;
    if (text.trim() === '') throw new IdaasError({ kind: 'malformed', status: response.status, detail: 'empty answer' });
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new IdaasError({ kind: 'malformed', status: response.status, detail: 'answer is not JSON' });
    }
    const result = v.safeParse(req.answer, parsed);
    if (!result.success) {
      const issue = result.issues[0];
      throw new IdaasError({ kind: 'malformed', status: response.status, detail: `${v.getDotPath(issue) ?? 'answer'}: ${issue.message}` });
    }
    return result.output;
  }

  return { request, url: (path) => `${base}${path}` };
}

function failureFrom(status: number, text: string): IdaasError {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return new IdaasError({ kind: 'http', status, detail: text.slice(0, 200) });
  }
  const parsed = v.safeParse(tenantErrorBody, body);
  if (!parsed.success) return new IdaasError({ kind: 'http', status, detail: text.slice(0, 200) });
  return tenantFailure(parsed.output.error_code, parsed.output.error_msg, status);
}

/** The IdaasError of a tenant answer `{error_code, error_msg}`: the values recovered from the message, and what it means. */
export function tenantFailure(rawCode: string, serverMessage: string | undefined, status = 400): IdaasError {
  const code = normaliseErrorCode(rawCode);
  const args = extractErrorArgs(code, serverMessage);
  return new IdaasError({
    kind: 'tenant',
    status,
    rawCode,
    ...(serverMessage === undefined ? {} : { serverMessage }),
    args,
    meaning: meaningOf(code, args[0]),
  });
}
