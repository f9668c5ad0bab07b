import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAliyunWebProvider, type AliyunWebDeps } from './aliyun-web';
import type { ProviderSettings } from './types';

// ---------------------------------------------------------------------------------------------
// Fakes: a document whose appended <script> loads (or fails, or hangs) and then defines the SDK
// global on a fake window; a fake SDK implementing the global's contract (see aliyun-web.ts).
// ---------------------------------------------------------------------------------------------

type Callback = (res: unknown) => void;
interface SdkOptions {
  success: Callback;
  error: Callback;
  callback: Callback;
  timeout: number;
  [key: string]: unknown;
}
type SdkMethod = 'checkLoginAvailable' | 'getLoginMaskPhone' | 'getLoginToken';
type Behaviour = (options: SdkOptions) => unknown;

const later = (fn: () => void) => void Promise.resolve().then(fn);

const HAPPY: Record<SdkMethod, Behaviour> = {
  checkLoginAvailable: (o) => later(() => o.success({ code: '600000' })),
  getLoginMaskPhone: (o) => later(() => o.success({ code: '600000', maskPhone: '138****1234', operatorType: 'CMCC' })),
  getLoginToken: (o) => later(() => o.success({ code: '600000', spToken: 'sp-token-1' })),
};

class FakeScript extends EventTarget {
  src = '';
  integrity = '';
  crossOrigin: string | null = null;
  referrerPolicy = '';
  async = false;
  removed = false;
  remove() {
    this.removed = true;
  }
}

type ScriptBehaviour = 'load' | 'error' | 'hang';

function fakeSdk(behaviours: Partial<Record<SdkMethod, Behaviour>> = {}) {
  const calls: { method: SdkMethod; options: SdkOptions }[] = [];
  const all = { ...HAPPY, ...behaviours };
  const instance = Object.fromEntries(
    (Object.keys(all) as SdkMethod[]).map((method) => [
      method,
      (options: SdkOptions) => {
        calls.push({ method, options });
        return all[method](options);
      },
    ]),
  );
  // A constructor, as Alibaba's script defines it.
  const Sdk = vi.fn(function PhoneServerCustomization() {
    return instance;
  });
  return { Sdk, instance, calls };
}

function fakePage(options: { script?: ScriptBehaviour | ScriptBehaviour[] | undefined; global?: unknown; globalName?: string | undefined } = {}) {
  const win: Record<string, unknown> = {};
  const scripts: FakeScript[] = [];
  const behaviours = [options.script ?? 'load'].flat();
  const head = {
    append: (script: FakeScript) => {
      const behaviour = behaviours[Math.min(scripts.length, behaviours.length - 1)];
      scripts.push(script);
      if (behaviour === 'hang') return;
      later(() => {
        if (behaviour === 'load') win[options.globalName ?? 'PhoneServerCustomization'] = options.global;
        script.dispatchEvent(new Event(behaviour === 'load' ? 'load' : 'error'));
      });
    },
  };
  const document = { createElement: vi.fn(() => new FakeScript()), head, documentElement: head } as unknown as Document;
  return { document, win, scripts };
}

const SCRIPT_URL = 'https://cdn.example.com/numberauth/sdk.js';

type AliyunWebSettings = NonNullable<ProviderSettings['aliyunWeb']>;

/** The settings, with the accessToken / jwtToken pair fixed unless `pair` is false. */
function settings(aliyunWeb: Partial<AliyunWebSettings> = {}, pair = true): ProviderSettings {
  return {
    provider: 'aliyun-web',
    envTimeoutMs: 1000,
    prefetchTimeoutMs: 2000,
    tokenTimeoutMs: 4000,
    tenant: { baseUrl: '', clientId: 'client-1' },
    aliyunWeb: { scriptUrl: SCRIPT_URL, globalName: 'PhoneServerCustomization', ...(pair ? { accessToken: 'access-1', jwtToken: 'jwt-1' } : {}), ...aliyunWeb },
  };
}

function setup(
  options: {
    sdk?: Partial<Record<SdkMethod, Behaviour>>;
    aliyunWeb?: Partial<AliyunWebSettings>;
    pair?: boolean;
    script?: ScriptBehaviour | ScriptBehaviour[];
    global?: unknown;
    fetch?: AliyunWebDeps['fetch'];
  } = {},
) {
  const sdk = fakeSdk(options.sdk);
  const page = fakePage({ script: options.script, global: 'global' in options ? options.global : sdk.Sdk, globalName: options.aliyunWeb?.globalName });
  const fetch = vi.fn(options.fetch ?? (() => Promise.reject(new Error('no fetch expected'))));
  const provider = createAliyunWebProvider(settings(options.aliyunWeb, options.pair), { document: page.document, window: page.win, fetch });
  return { provider, sdk, page, fetch };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** Follows a promise's result while fake time passes. */
function track<T>(promise: Promise<T>): { readonly current: T | undefined } {
  const state: { current: T | undefined } = { current: undefined };
  void promise.then((value) => (state.current = value));
  return state;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

// ---------------------------------------------------------------------------------------------

describe('the happy path', () => {
  it('loads the SDK once and goes through check, mask phone and token', async () => {
    const { provider, sdk, page } = setup();

    await expect(provider.checkEnvironment()).resolves.toEqual({ ok: true, value: undefined });
    await expect(provider.prefetch()).resolves.toEqual({ ok: true, value: { carrier: 'CMCC', maskedNumber: '138****1234', needsHiddenDigits: false } });
    await expect(provider.getToken({})).resolves.toEqual({ ok: true, value: { token: 'sp-token-1' } });

    expect(page.scripts).toHaveLength(1);
    expect(sdk.Sdk).toHaveBeenCalledTimes(1);
    expect(sdk.calls.map((call) => call.method)).toEqual(['checkLoginAvailable', 'getLoginMaskPhone', 'getLoginToken']);
    expect(sdk.calls[0]!.options).toMatchObject({ accessToken: 'access-1', jwtToken: 'jwt-1', timeout: 1 });
    expect(sdk.calls[1]!.options.timeout).toBe(2);
    expect(sdk.calls[2]!.options).not.toHaveProperty('mask');
    expect(sdk.calls[2]!.options.timeout).toBe(4);
  });

  it('injects the script https-only, without referrer, without integrity unless configured', async () => {
    const { provider, page } = setup();
    await provider.checkEnvironment();
    const [script] = page.scripts;
    expect(script).toMatchObject({ src: SCRIPT_URL, referrerPolicy: 'no-referrer', async: true, integrity: '', crossOrigin: null });
  });

  it('sets integrity and crossOrigin=anonymous when scriptIntegrity is configured', async () => {
    const integrity = 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC';
    const { provider, page } = setup({ aliyunWeb: { scriptIntegrity: integrity } });
    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: true });
    expect(page.scripts[0]).toMatchObject({ integrity, crossOrigin: 'anonymous' });
  });

  it('accepts 600024 for the check, and a global that is an object rather than a constructor', async () => {
    const sdk = fakeSdk({ checkLoginAvailable: (o) => later(() => o.success({ code: '600024' })) });
    const { provider } = setup({ global: sdk.instance });
    await expect(provider.checkEnvironment()).resolves.toEqual({ ok: true, value: undefined });
    expect(sdk.calls).toHaveLength(1);
  });

  it('uses the configured global name', async () => {
    const { provider, sdk } = setup({ aliyunWeb: { globalName: 'NumberAuth' } });
    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: true });
    expect(sdk.calls).toHaveLength(1);
  });

  it("also understands the SDK's single `callback` and integer codes", async () => {
    const { provider } = setup({
      sdk: {
        checkLoginAvailable: (o) => later(() => o.callback({ code: 600000 })),
        getLoginMaskPhone: (o) => later(() => o.callback({ code: 600000, maskPhone: '186****0000', operatorType: '中国联通' })),
        getLoginToken: (o) => later(() => o.callback({ code: 600011, msg: 'token failed' })),
      },
    });
    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: true });
    await expect(provider.prefetch()).resolves.toMatchObject({ ok: true, value: { carrier: 'CUCC', maskedNumber: '186****0000' } });
    await expect(provider.getToken({})).resolves.toEqual({ ok: false, code: '600011', detail: 'token failed' });
  });

  it('one script for two providers on the same page', async () => {
    const { page, sdk } = setup();
    const deps = { document: page.document, window: page.win };
    await createAliyunWebProvider(settings(), deps).checkEnvironment();
    await createAliyunWebProvider(settings(), deps).checkEnvironment();
    expect(page.scripts).toHaveLength(1);
    expect(sdk.calls).toHaveLength(2);
  });
});

describe('the 4 hidden middle digits', () => {
  const needsDigits = { getLoginMaskPhone: (o: SdkOptions) => later(() => o.success({ code: '600000', maskPhone: '138****1234', operatorType: 'CTCC', needFourDigits: true })) };

  it('reports needsHiddenDigits and passes the digits as `mask`', async () => {
    const { provider, sdk } = setup({ sdk: needsDigits });
    await provider.checkEnvironment();
    await expect(provider.prefetch()).resolves.toEqual({ ok: true, value: { carrier: 'CTCC', maskedNumber: '138****1234', needsHiddenDigits: true } });

    await expect(provider.getToken({ hiddenDigits: '5678' })).resolves.toEqual({ ok: true, value: { token: 'sp-token-1' } });
    expect(sdk.calls.at(-1)).toMatchObject({ method: 'getLoginToken', options: { mask: '5678' } });
  });

  it.each([undefined, '', '567', '56789', '56a8', '５６７８', ' 5678'])('refuses %o with 600025 without asking the SDK', async (hiddenDigits) => {
    const { provider, sdk } = setup({ sdk: needsDigits });
    await provider.prefetch();
    const request = hiddenDigits === undefined ? {} : { hiddenDigits };
    await expect(provider.getToken(request)).resolves.toMatchObject({ ok: false, code: '600025' });
    expect(sdk.calls.map((call) => call.method)).not.toContain('getLoginToken');
  });
});

describe('loading the SDK', () => {
  it.each(['http://cdn.example.com/sdk.js', '//cdn.example.com/sdk.js', '/sdk.js', 'javascript:alert(1)', 'data:text/javascript,alert(1)', 'https://user:pw@cdn.example.com/sdk.js', 'not a url'])(
    'refuses the script URL %o with 600017 and injects nothing',
    async (scriptUrl) => {
      const { provider, page } = setup({ aliyunWeb: { scriptUrl } });
      await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: false, code: '600017' });
      await expect(provider.prefetch()).resolves.toMatchObject({ ok: false, code: '600017' });
      expect(page.document.createElement).not.toHaveBeenCalled();
      expect(page.scripts).toHaveLength(0);
    },
  );

  it('refuses a global name that is no global (600017)', async () => {
    const { provider, page } = setup({ aliyunWeb: { globalName: '__proto__' } });
    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: false, code: '600017' });
    expect(page.scripts).toHaveLength(0);
  });

  it('a script that fails to load is 600002; it is removed and a retry injects it again', async () => {
    const { provider, page } = setup({ script: ['error', 'load'] });
    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: false, code: '600002' });
    expect(page.scripts[0]!.removed).toBe(true);

    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: true });
    expect(page.scripts).toHaveLength(2);
  });

  it('a script that does not load within the environment time limit is 600015; a retry waits for the same script', async () => {
    const { provider, page } = setup({ script: 'hang' });
    const result = track(provider.checkEnvironment());
    await vi.advanceTimersByTimeAsync(999);
    expect(result.current).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result.current).toMatchObject({ ok: false, code: '600015' });

    void provider.checkEnvironment();
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.scripts).toHaveLength(1);
  });

  it.each<[string, unknown]>([
    ['no global', undefined],
    ['a string', 'PhoneServerCustomization'],
    ['null', null],
  ])('a script that defines %s is 600002', async (_label, global) => {
    const { provider } = setup({ global });
    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: false, code: '600002' });
  });

  it('a constructor that throws is 600002', async () => {
    const Sdk = function () {
      throw new Error('unsupported browser');
    };
    const { provider } = setup({ global: Sdk });
    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: false, code: '600002', detail: expect.stringContaining('unsupported browser') });
  });

  it('an SDK without the method is 600002', async () => {
    const { provider } = setup({ global: {} });
    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: false, code: '600002', detail: expect.stringContaining('checkLoginAvailable') });
  });

  it('without aliyunWeb settings every call is 600017', async () => {
    const { aliyunWeb: _none, ...bare } = settings();
    const provider = createAliyunWebProvider(bare, { document: fakePage().document, window: {} });
    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: false, code: '600017' });
    await expect(provider.getToken({})).resolves.toMatchObject({ ok: false, code: '600017' });
  });
});

describe('SDK answers', () => {
  it.each<[SdkMethod, unknown, string]>([
    ['checkLoginAvailable', { code: '600008', msg: 'no mobile data' }, '600008'],
    ['checkLoginAvailable', { code: 600007 }, '600007'],
    ['getLoginMaskPhone', { code: '600012' }, '600012'],
    ['getLoginToken', { code: '600011' }, '600011'],
    ['getLoginToken', { code: '-20001' }, '-20001'],
    ['getLoginToken', { code: '600000' }, '600010'],
    ['getLoginToken', { msg: 'no code' }, '600010'],
    ['getLoginToken', 'failed', '600010'],
  ])('%s calling error(%o) fails with %s', async (method, res, code) => {
    const { provider } = setup({ sdk: { [method]: (o: SdkOptions) => later(() => o.error(res)) } });
    const results = [await provider.checkEnvironment(), await provider.prefetch(), await provider.getToken({})];
    const index = ['checkLoginAvailable', 'getLoginMaskPhone', 'getLoginToken'].indexOf(method);
    expect(results[index]).toMatchObject({ ok: false, code });
  });

  it('a success callback with a failure code fails with that code', async () => {
    const { provider } = setup({ sdk: { checkLoginAvailable: (o) => later(() => o.success({ code: '600013' })) } });
    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: false, code: '600013' });
  });

  it.each<[string, unknown, string]>([
    ['an unknown carrier', { code: '600000', maskPhone: '138****1234', operatorType: 'OTHER' }, '600009'],
    ['no carrier', { code: '600000', maskPhone: '138****1234' }, '600009'],
    ['no masked number', { code: '600000', operatorType: 'CMCC' }, '600010'],
    ['a full number', { code: '600000', maskPhone: '13812341234', operatorType: 'CMCC' }, '600010'],
    ['needFourDigits not a boolean', { code: '600000', maskPhone: '138****1234', operatorType: 'CMCC', needFourDigits: 'yes' }, '600010'],
  ])('getLoginMaskPhone with %s fails with %s', async (_label, res, code) => {
    const { provider } = setup({ sdk: { getLoginMaskPhone: (o) => later(() => o.success(res)) } });
    await expect(provider.prefetch()).resolves.toMatchObject({ ok: false, code });
  });

  it.each<[string, unknown]>([
    ['no spToken', { code: '600000' }],
    ['an empty spToken', { code: '600000', spToken: '' }],
    ['a spToken that is not a string', { code: '600000', spToken: 42 }],
  ])('getLoginToken with %s is 600010', async (_label, res) => {
    const { provider } = setup({ sdk: { getLoginToken: (o) => later(() => o.success(res)) } });
    await expect(provider.getToken({})).resolves.toMatchObject({ ok: false, code: '600010' });
  });

  it('the first of two callbacks counts', async () => {
    const { provider } = setup({
      sdk: {
        checkLoginAvailable: (o) =>
          later(() => {
            o.success({ code: '600000' });
            o.error({ code: '600008' });
          }),
        getLoginToken: (o) => {
          o.error({ code: '600011' });
          o.success({ code: '600000', spToken: 'late' });
        },
      },
    });
    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: true });
    await expect(provider.getToken({})).resolves.toMatchObject({ ok: false, code: '600011' });
  });

  it('a method that throws synchronously is 600010, and a later callback is ignored', async () => {
    const { provider } = setup({
      sdk: {
        getLoginMaskPhone: (o) => {
          later(() => o.success({ code: '600000', maskPhone: '138****1234', operatorType: 'CMCC' }));
          throw new TypeError('cannot read x of undefined');
        },
      },
    });
    await expect(provider.prefetch()).resolves.toMatchObject({ ok: false, code: '600010', detail: expect.stringContaining('cannot read x') });
  });

  it('a method returning a rejected promise is 600010', async () => {
    const { provider } = setup({ sdk: { getLoginToken: () => Promise.reject(new Error('boom')) } });
    await expect(provider.getToken({})).resolves.toMatchObject({ ok: false, code: '600010', detail: expect.stringContaining('boom') });
  });

  it.each<[SdkMethod, number]>([
    ['checkLoginAvailable', 1000],
    ['getLoginMaskPhone', 2000],
    ['getLoginToken', 4000],
  ])('%s without an answer is 600015 after %i ms; a late answer changes nothing', async (method, limit) => {
    let late: SdkOptions | undefined;
    const { provider } = setup({ sdk: { [method]: (o: SdkOptions) => void (late = o) } });
    const call = { checkLoginAvailable: () => provider.checkEnvironment(), getLoginMaskPhone: () => provider.prefetch(), getLoginToken: () => provider.getToken({}) }[method];
    const result = track<unknown>(call());

    await vi.advanceTimersByTimeAsync(limit - 1);
    expect(result.current).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result.current).toMatchObject({ ok: false, code: '600015' });

    late!.success({ code: '600000', spToken: 't', maskPhone: '138****1234', operatorType: 'CMCC' });
    await vi.advanceTimersByTimeAsync(0);
    expect(result.current).toMatchObject({ ok: false, code: '600015' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves at once as aborted when the caller gives up', async () => {
    const { provider, sdk } = setup({ sdk: { getLoginToken: () => undefined } });
    const controller = new AbortController();
    const pending = provider.getToken({ signal: controller.signal });
    controller.abort();
    await expect(pending).resolves.toEqual({ ok: false, code: '600010', detail: 'aborted' });
    await expect(provider.prefetch(controller.signal)).resolves.toEqual({ ok: false, code: '600010', detail: 'aborted' });
    expect(sdk.calls.map((call) => call.method)).not.toContain('getLoginMaskPhone');
  });
});

describe('the accessToken / jwtToken pair from authTokenUrl', () => {
  const fromUrl = { authTokenUrl: '/api/h5-auth-token?scheme=1' };

  it('GETs the same-origin path with same-origin credentials and passes the answer to checkLoginAvailable', async () => {
    const { provider, sdk, fetch } = setup({ aliyunWeb: fromUrl, pair: false, fetch: () => Promise.resolve(json({ accessToken: 'fetched-access', jwtToken: 'fetched-jwt' })) });
    await expect(provider.checkEnvironment()).resolves.toEqual({ ok: true, value: undefined });

    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/h5-auth-token?scheme=1');
    expect(init).toMatchObject({ method: 'GET', credentials: 'same-origin', redirect: 'error' });
    expect(sdk.calls[0]!.options).toMatchObject({ accessToken: 'fetched-access', jwtToken: 'fetched-jwt' });
  });

  it('prefers the pair from settings', async () => {
    const { provider, fetch } = setup({ aliyunWeb: { authTokenUrl: '/api/h5-auth-token' } });
    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: true });
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each(['https://evil.example.com/token', '//evil.example.com/token', '/\\evil.example.com/token', '/%5C/ok\\x', 'token', 'javascript:alert(1)', '/a b', ''])(
    'refuses %o (not a same-origin path) with 600017 and fetches nothing',
    async (authTokenUrl) => {
      const { provider, fetch, sdk } = setup({ aliyunWeb: { authTokenUrl }, pair: false });
      await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: false, code: '600017' });
      expect(fetch).not.toHaveBeenCalled();
      expect(sdk.calls).toHaveLength(0);
    },
  );

  it.each<[string, () => Promise<Response>]>([
    ['a non-200 answer', () => Promise.resolve(json({ error: 'no' }, 403))],
    ['an answer that is not JSON', () => Promise.resolve(new Response('<html>'))],
    ['an empty accessToken', () => Promise.resolve(json({ accessToken: '', jwtToken: 'j' }))],
    ['a missing jwtToken', () => Promise.resolve(json({ accessToken: 'a' }))],
    ['a token over 4096 characters', () => Promise.resolve(json({ accessToken: 'a'.repeat(4097), jwtToken: 'j' }))],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('%s is 600017', async (_label, answer) => {
    const { provider, sdk } = setup({ aliyunWeb: fromUrl, pair: false, fetch: answer });
    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: false, code: '600017' });
    expect(sdk.calls).toHaveLength(0);
  });

  it('an answer that does not come in time is 600015, and the request is aborted', async () => {
    let signal: AbortSignal | undefined;
    const { provider } = setup({
      aliyunWeb: fromUrl,
      pair: false,
      fetch: (_url, init) =>
        new Promise((_resolve, reject) => {
          signal = init?.signal ?? undefined;
          signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    });
    const result = track(provider.checkEnvironment());
    await vi.advanceTimersByTimeAsync(1000);
    expect(result.current).toMatchObject({ ok: false, code: '600015' });
    expect(signal?.aborted).toBe(true);
  });
});
