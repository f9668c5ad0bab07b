import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmulatorProvider } from './emulator';
import type { OneClickProvider, ProviderSettings } from './types';

// ---------------------------------------------------------------------------------------------
// A fake fetch that records each request and answers from a script, honouring the abort signal
// as the real one does.
// ---------------------------------------------------------------------------------------------

type Answer = { status?: number; body: string } | 'hang' | Error;

interface Recorded {
  url: string;
  init: RequestInit;
}

function settings(overrides: Partial<ProviderSettings> = {}): ProviderSettings {
  return {
    provider: 'emulator',
    envTimeoutMs: 1000,
    prefetchTimeoutMs: 2000,
    tokenTimeoutMs: 4000,
    tenant: { baseUrl: 'https://tenant.example.com', clientId: 'client-1' },
    scenario: 'cucc',
    ...overrides,
  };
}

const HAPPY: Record<string, Answer> = {
  check: { body: '{"resultCode":"600024"}' },
  prefetch: { body: '{"resultCode":"600000","carrier":"CUCC","maskedNumber":"186****0000"}' },
  token: { body: '{"resultCode":"600000","token":"emulated-token"}' },
};

function fakeFetch(answers: Record<string, Answer>) {
  const requests: Recorded[] = [];
  const fetch = vi.fn((input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    requests.push({ url, init });
    const answer = answers[url.slice(url.lastIndexOf('/') + 1)];
    if (answer instanceof Error) return Promise.reject(answer);
    if (answer === undefined || answer === 'hang') {
      return new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
      });
    }
    return Promise.resolve(new Response(answer.body, { status: answer.status ?? 200, headers: { 'content-type': 'application/json' } }));
  });
  return { fetch, requests };
}

function emulator(answers: Record<string, Answer> = HAPPY, overrides: Partial<ProviderSettings> = {}, scenario: 'keep' | 'none' = 'keep') {
  const { fetch, requests } = fakeFetch(answers);
  const { scenario: _dropped, ...withoutScenario } = settings(overrides);
  return { provider: createEmulatorProvider(scenario === 'none' ? withoutScenario : settings(overrides), { fetch }), requests };
}

const STEPS: [string, (provider: OneClickProvider, signal?: AbortSignal) => Promise<unknown>, number][] = [
  ['check', (provider, signal) => provider.checkEnvironment(signal), 1000],
  ['prefetch', (provider, signal) => provider.prefetch(signal), 2000],
  ['token', (provider, signal) => provider.getToken(signal ? { signal } : {}), 4000],
];

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('requests', () => {
  it('POSTs to /__carrier/check|prefetch|token with exactly the contract headers and body', async () => {
    const { provider, requests } = emulator();

    await expect(provider.checkEnvironment()).resolves.toEqual({ ok: true, value: undefined });
    await expect(provider.prefetch()).resolves.toEqual({ ok: true, value: { carrier: 'CUCC', maskedNumber: '186****0000', needsHiddenDigits: false } });
    await expect(provider.getToken({})).resolves.toEqual({ ok: true, value: { token: 'emulated-token' } });

    expect(requests.map(({ url }) => url)).toEqual([
      'https://tenant.example.com/__carrier/check',
      'https://tenant.example.com/__carrier/prefetch',
      'https://tenant.example.com/__carrier/token',
    ]);
    for (const { init } of requests) {
      expect(init.method).toBe('POST');
      expect(init.headers).toEqual({ 'content-type': 'application/json', 'x-client-id': 'client-1' });
      expect(init.body).toBe('{"scenario":"cucc"}');
      expect(init.credentials).toBe('same-origin');
      expect(init.signal).toBeInstanceOf(AbortSignal);
    }
  });

  it('omits the scenario when there is none', async () => {
    const { provider, requests } = emulator(HAPPY, {}, 'none');
    await provider.checkEnvironment();
    expect(requests[0]!.init.body).toBe('{}');
  });

  it.each([
    ['', '/__carrier/token'],
    ['https://tenant.example.com/', 'https://tenant.example.com/__carrier/token'],
    ['https://tenant.example.com/base//', 'https://tenant.example.com/base/__carrier/token'],
  ])('base URL %o → %s', async (baseUrl, url) => {
    const { provider, requests } = emulator(HAPPY, { tenant: { baseUrl, clientId: 'client-1' } });
    await provider.getToken({});
    expect(requests[0]!.url).toBe(url);
  });
});

describe('answers', () => {
  it.each<[string, string, string]>([
    ['check', '{"resultCode":"600008","msg":"mobile data off"}', '600008'],
    ['check', '{"resultCode":"600007"}', '600007'],
    ['check', '{"resultCode":"600013"}', '600013'],
    ['token', '{"resultCode":"600011"}', '600011'],
  ])('%s answering %s fails with %s', async (step, body, code) => {
    const { provider } = emulator({ ...HAPPY, [step]: { body } });
    const call = STEPS.find(([name]) => name === step)![1];
    await expect(call(provider)).resolves.toMatchObject({ ok: false, code });
  });

  it("keeps the emulator's message as the detail", async () => {
    const { provider } = emulator({ ...HAPPY, check: { body: '{"resultCode":"600008","msg":"mobile data off"}' } });
    await expect(provider.checkEnvironment()).resolves.toEqual({ ok: false, code: '600008', detail: 'mobile data off' });
  });

  it('a non-200 answer with a JSON resultCode fails with that code', async () => {
    const { provider } = emulator({ ...HAPPY, token: { status: 503, body: '{"resultCode":"600014"}' } });
    await expect(provider.getToken({})).resolves.toEqual({ ok: false, code: '600014', detail: 'HTTP 503' });
  });

  it('a non-200 answer without one is 600010', async () => {
    const { provider } = emulator({ ...HAPPY, token: { status: 500, body: '<h1>oops</h1>' } });
    await expect(provider.getToken({})).resolves.toEqual({ ok: false, code: '600010', detail: 'HTTP 500' });
  });

  it('a network failure is 600010 with a detail', async () => {
    const { provider } = emulator({ ...HAPPY, check: new TypeError('Failed to fetch') });
    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: false, code: '600010', detail: expect.stringContaining('Failed to fetch') });
  });

  it.each<[string, string]>([
    ['check', 'not json'],
    ['check', ''],
    ['check', '{"code":"600024"}'],
    ['prefetch', '{"resultCode":"600000","carrier":"CMCC"}'],
    ['prefetch', '{"resultCode":"600000","carrier":"CMCC","maskedNumber":"13800000000"}'],
    ['token', '{"resultCode":"600000"}'],
    ['token', 'null'],
  ])('%s answering %o is malformed: 600010', async (step, body) => {
    const { provider } = emulator({ ...HAPPY, [step]: { body } });
    const call = STEPS.find(([name]) => name === step)![1];
    await expect(call(provider)).resolves.toMatchObject({ ok: false, code: '600010' });
  });
});

describe('time limits and abort', () => {
  it.each(STEPS)('%s held by the emulator ends at its own time limit with 600015 and aborts the fetch', async (step, call, limit) => {
    const { provider, requests } = emulator({ ...HAPPY, [step]: 'hang' });
    let result: unknown;
    void call(provider).then((value) => (result = value));

    await vi.advanceTimersByTimeAsync(limit - 1);
    expect(result).toBeUndefined();
    expect(requests[0]!.init.signal!.aborted).toBe(false);

    await vi.advanceTimersByTimeAsync(1);
    expect(result).toMatchObject({ ok: false, code: '600015' });
    expect(requests[0]!.init.signal!.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("the caller's abort ends the call and aborts the fetch; an already aborted signal sends nothing", async () => {
    const { provider, requests } = emulator({ ...HAPPY, token: 'hang' });
    const controller = new AbortController();
    const pending = provider.getToken({ signal: controller.signal });
    await Promise.resolve();
    controller.abort();

    await expect(pending).resolves.toEqual({ ok: false, code: '600010', detail: 'aborted' });
    expect(requests[0]!.init.signal!.aborted).toBe(true);

    await expect(provider.checkEnvironment(controller.signal)).resolves.toEqual({ ok: false, code: '600010', detail: 'aborted' });
    expect(requests).toHaveLength(1);
  });
});
