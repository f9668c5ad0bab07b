import * as v from 'valibot';
import { isHttpsUrl, isSameOriginPath } from '../../../platform/url-safety';
import {
  carrierFrom,
  describeError,
  fail,
  failureWith,
  guarded,
  malformed,
  maskedNumberSchema,
  messageSchema,
  ok,
  resultCodeSchema,
  tokenSchema,
  type Failure,
} from './result';
import { CODES, type NumberPreview, type OneClickProvider, type ProviderResult, type ProviderSettings } from './types';

/**
 * Alibaba's H5 "customization" SDK in a mobile browser. It is not on npm: the script at
 * `aliyunWeb.scriptUrl` (https only) is injected once and defines a global (`aliyunWeb.globalName`,
 * default `PhoneServerCustomization`).
 *
 * Contract of that global (what the fakes in the tests implement, and what the README documents):
 * - a constructor (called with no arguments) or an object: the SDK instance;
 * - each method takes one options object and answers through its callbacks, once:
 *   `success(res)` / `error(res)` (or the SDK's single `callback(res)`: then `res.code` decides);
 *   it is also given `timeout` in whole seconds (at least 1). Codes may be strings or integers.
 *   - `checkLoginAvailable({ accessToken, jwtToken, success, error })`
 *       → `{ code: "600000" | "600024" }`: one-click is available;
 *   - `getLoginMaskPhone({ success, error })`
 *       → `{ code: "600000", maskPhone: "138****1234", operatorType?: "CMCC" | "CUCC" | "CTCC", needFourDigits?: boolean }`
 *       (an unknown or absent carrier fails with 600009);
 *   - `getLoginToken({ mask?, success, error })` → `{ code: "600000", spToken: "…" }`;
 *       `mask` is the 4 hidden middle digits the user typed, given when `needFourDigits`.
 * - `error(res)` gives `{ code, msg? }`: that code is the failure.
 * The provider tolerates an SDK that calls back twice (the first answer counts), throws, or never
 * answers (each call has its time limit → 600015).
 *
 * The `accessToken` / `jwtToken` pair comes from settings, or from a GET to `authTokenUrl` (a
 * same-origin path answering `{"accessToken":"…","jwtToken":"…"}`).
 */
export interface AliyunWebDeps {
  /** Where the SDK script is injected. */
  document: Document;
  /** Where the SDK defines its global. */
  window: object;
  fetch: typeof fetch;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

type SdkMethod = 'checkLoginAvailable' | 'getLoginMaskPhone' | 'getLoginToken';

/** How an SDK call ended: one of its callbacks, or the provider's failure (time limit, throw, no such method). */
type SdkOutcome = { via: 'success' | 'error' | 'callback'; res: unknown } | Failure;

interface Credentials {
  accessToken: string;
  jwtToken: string;
}

const GLOBAL_NAME = /^[A-Za-z_$][\w$]{0,63}$/;
const NOT_GLOBALS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const HIDDEN_DIGITS = /^[0-9]{4}$/;
const MAX_CREDENTIALS_ANSWER_LENGTH = 16 * 1024;

const reply = v.object({ code: resultCodeSchema, msg: messageSchema });
const maskPhoneReply = v.object({
  maskPhone: maskedNumberSchema,
  operatorType: v.optional(v.unknown()),
  needFourDigits: v.optional(v.boolean()),
});
const tokenReply = v.object({ spToken: tokenSchema });
const credential = v.pipe(v.string(), v.minLength(1), v.maxLength(4096));
const credentialsAnswer = v.object({ accessToken: credential, jwtToken: credential });

function defaultDeps(): AliyunWebDeps {
  return {
    document: globalThis.document,
    window: globalThis,
    // Not src/api's transport: the pair comes from the tenant's own backend, not the IDaaS API.
    fetch: (input, init) => globalThis.fetch(input, init),
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  };
}

export function createAliyunWebProvider(settings: ProviderSettings, deps: Partial<AliyunWebDeps> = {}): OneClickProvider {
  const use: AliyunWebDeps = { ...defaultDeps(), ...deps };
  let sdk: object | undefined;
  let needsHiddenDigits = false;

  const loadSdk = async (): Promise<ProviderResult<object>> => {
    if (sdk) return ok(sdk);
    const loaded = await loadSdkInstance(settings, use);
    if (loaded.ok) sdk = loaded.value;
    return loaded;
  };

  const call = async (method: SdkMethod, options: Record<string, unknown>, timeoutMs: number, success: ReadonlySet<string>) => {
    const instance = await loadSdk();
    if (!instance.ok) return instance;
    return successOf(method, await callSdk(use, instance.value, method, options, timeoutMs), success);
  };

  const checkEnvironment = async (signal: AbortSignal | undefined): Promise<ProviderResult<void>> => {
    const instance = await loadSdk();
    if (!instance.ok) return instance;
    const pair = await credentials(settings, use, signal);
    if (!pair.ok) return pair;
    const result = await call('checkLoginAvailable', { ...pair.value }, settings.envTimeoutMs, new Set([CODES.tokenOk, CODES.envOk]));
    return result.ok ? ok(undefined) : result;
  };

  const prefetch = async (): Promise<ProviderResult<NumberPreview>> => {
    const result = await call('getLoginMaskPhone', {}, settings.prefetchTimeoutMs, new Set([CODES.tokenOk]));
    if (!result.ok) return result;
    const preview = previewFrom(result.value);
    if (preview.ok) needsHiddenDigits = preview.value.needsHiddenDigits;
    return preview;
  };

  const getToken = async (hiddenDigits: string | undefined): Promise<ProviderResult<{ token: string }>> => {
    const missing = hiddenDigits === undefined && needsHiddenDigits;
    if (missing || (hiddenDigits !== undefined && !HIDDEN_DIGITS.test(hiddenDigits))) {
      return fail(CODES.invalidParameter, 'the 4 hidden middle digits are needed');
    }
    const result = await call('getLoginToken', hiddenDigits === undefined ? {} : { mask: hiddenDigits }, settings.tokenTimeoutMs, new Set([CODES.tokenOk]));
    if (!result.ok) return result;
    const parsed = v.safeParse(tokenReply, result.value);
    return parsed.success ? ok({ token: parsed.output.spToken }) : malformed('getLoginToken', parsed.issues);
  };

  return {
    name: 'aliyun-web',
    checkEnvironment: (signal) => guarded(signal, () => checkEnvironment(signal)),
    prefetch: (signal) => guarded(signal, prefetch),
    getToken: ({ hiddenDigits, signal }) => guarded(signal, () => getToken(hiddenDigits)),
  };
}

function previewFrom(res: unknown): ProviderResult<NumberPreview> {
  const parsed = v.safeParse(maskPhoneReply, res);
  if (!parsed.success) return malformed('getLoginMaskPhone', parsed.issues);
  const carrier = carrierFrom(parsed.output.operatorType);
  if (carrier === undefined) return fail(CODES.carrierUnknown, 'unable to determine carrier');
  return ok({ carrier, maskedNumber: parsed.output.maskPhone, needsHiddenDigits: parsed.output.needFourDigits ?? false });
}

/** The SDK's answer when it is the expected success, or the failure it stands for. */
function successOf(method: SdkMethod, outcome: SdkOutcome, success: ReadonlySet<string>): ProviderResult<unknown> {
  if ('ok' in outcome) return outcome;
  const parsed = v.safeParse(reply, outcome.res);
  if (!parsed.success) return malformed(method, parsed.issues);
  const { code, msg } = parsed.output;
  if (outcome.via !== 'error' && success.has(code)) return ok(outcome.res);
  return failureWith(code, msg);
}

// ---------------------------------------------------------------------------------------------
// Loading the SDK
// ---------------------------------------------------------------------------------------------

async function loadSdkInstance(settings: ProviderSettings, deps: AliyunWebDeps): Promise<ProviderResult<object>> {
  const config = settings.aliyunWeb;
  if (!config) return fail(CODES.credentialsFailed, 'aliyunWeb is not configured');
  if (!isHttpsUrl(config.scriptUrl)) return fail(CODES.credentialsFailed, 'aliyunWeb.scriptUrl must be an https URL');
  if (!GLOBAL_NAME.test(config.globalName) || NOT_GLOBALS.has(config.globalName)) return fail(CODES.credentialsFailed, 'aliyunWeb.globalName is not a global name');

  const loaded = await withTimeLimit(deps, settings.envTimeoutMs, injectScript(deps.document, config.scriptUrl, config.scriptIntegrity));
  if (loaded === 'timeout') return fail(CODES.timeout, 'the SDK script did not load in time');
  if (!loaded) return fail(CODES.pageFailed, 'the SDK script failed to load');
  return instanceOf(deps.window, config.globalName);
}

/** One script per document and URL, however many providers ask; a failed one is removed so that a retry injects it again. */
const scripts = new WeakMap<Document, Map<string, Promise<boolean>>>();

function injectScript(document: Document, url: string, integrity: string | undefined): Promise<boolean> {
  let byUrl = scripts.get(document);
  if (!byUrl) {
    byUrl = new Map();
    scripts.set(document, byUrl);
  }
  const existing = byUrl.get(url);
  if (existing) return existing;

  const script = document.createElement('script');
  script.async = true;
  script.referrerPolicy = 'no-referrer';
  if (integrity !== undefined) {
    script.integrity = integrity;
    script.crossOrigin = 'anonymous';
  }
  const urls = byUrl;
  const loaded = new Promise<boolean>((resolve) => {
    script.addEventListener('load', () => resolve(true), { once: true });
    script.addEventListener('error', () => {
      urls.delete(url);
      script.remove();
      resolve(false);
    }, { once: true });
  });
  urls.set(url, loaded);
  script.src = url;
  (document.head ?? document.documentElement).append(script);
  return loaded;
}

function instanceOf(win: object, name: string): ProviderResult<object> {
  const global: unknown = Reflect.get(win, name);
  if (typeof global === 'function') {
    try {
      const instance: unknown = Reflect.construct(global, []);
      if (typeof instance === 'object' && instance !== null) return ok(instance);
    } catch (error) {
      return fail(CODES.pageFailed, `new ${name}(): ${describeError(error)}`);
    }
  }
  if (typeof global === 'object' && global !== null) return ok(global);
  return fail(CODES.pageFailed, `the SDK script defined no ${name}`);
}

// ---------------------------------------------------------------------------------------------
// Calling the SDK
// ---------------------------------------------------------------------------------------------

function callSdk(deps: AliyunWebDeps, instance: object, method: SdkMethod, options: Record<string, unknown>, timeoutMs: number): Promise<SdkOutcome> {
  const fn: unknown = Reflect.get(instance, method);
  if (typeof fn !== 'function') return Promise.resolve(fail(CODES.pageFailed, `the SDK has no ${method}`));
  return new Promise((resolve) => {
    let done = false;
    const finish = (outcome: SdkOutcome) => {
      if (done) return;
      done = true;
      deps.clearTimeout(timer);
      resolve(outcome);
    };
    const timer = deps.setTimeout(() => finish(fail(CODES.timeout, `${method}: no answer in ${timeoutMs} ms`)), timeoutMs);
    const answer = (via: 'success' | 'error' | 'callback') => (res: unknown) => finish({ via, res });
    const threw = (error: unknown) => finish(fail(CODES.unknown, `${method} threw: ${describeError(error)}`));
    try {
      const returned: unknown = Reflect.apply(fn, instance, [
        { ...options, timeout: Math.max(1, Math.ceil(timeoutMs / 1000)), success: answer('success'), error: answer('error'), callback: answer('callback') },
      ]);
      if (returned instanceof Promise) returned.catch(threw);
    } catch (error) {
      threw(error);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// The accessToken / jwtToken pair
// ---------------------------------------------------------------------------------------------

async function credentials(settings: ProviderSettings, deps: AliyunWebDeps, signal: AbortSignal | undefined): Promise<ProviderResult<Credentials>> {
  const config = settings.aliyunWeb;
  if (config?.accessToken && config.jwtToken) return ok({ accessToken: config.accessToken, jwtToken: config.jwtToken });
  if (config?.authTokenUrl === undefined) return fail(CODES.credentialsFailed, 'no accessToken/jwtToken and no authTokenUrl');
  if (!isSameOriginPath(config.authTokenUrl)) return fail(CODES.credentialsFailed, 'authTokenUrl must be a same-origin path');
  return fetchCredentials(deps, config.authTokenUrl, settings.envTimeoutMs, signal);
}

async function fetchCredentials(deps: AliyunWebDeps, path: string, timeoutMs: number, signal: AbortSignal | undefined): Promise<ProviderResult<Credentials>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = deps.setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = () => controller.abort();
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    const response = await deps.fetch(path, {
      method: 'GET',
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store',
      redirect: 'error',
      signal: controller.signal,
    });
    if (!response.ok) return fail(CODES.credentialsFailed, `authTokenUrl answered HTTP ${response.status}`);
    return credentialsFrom(await response.text());
  } catch (error) {
    if (timedOut) return fail(CODES.timeout, `authTokenUrl: no answer in ${timeoutMs} ms`);
    return fail(CODES.credentialsFailed, `authTokenUrl: ${describeError(error)}`);
  } finally {
    deps.clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

function credentialsFrom(text: string): ProviderResult<Credentials> {
  let json: unknown;
  try {
    json = text.length > MAX_CREDENTIALS_ANSWER_LENGTH ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = v.safeParse(credentialsAnswer, json);
  if (parsed.success) return ok(parsed.output);
  const why = malformed('authTokenUrl', parsed.issues);
  return fail(CODES.credentialsFailed, why.detail);
}

function withTimeLimit<T>(deps: AliyunWebDeps, timeoutMs: number, work: Promise<T>): Promise<T | 'timeout'> {
  return new Promise((resolve) => {
    const timer = deps.setTimeout(() => resolve('timeout'), timeoutMs);
    void work.then((value) => {
      deps.clearTimeout(timer);
      resolve(value);
    });
  });
}
