import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBridge, type Bridge } from '../../../session/bridge';
import { createNativeProvider } from './native';
import type { OneClickProvider, ProviderSettings } from './types';

// ---------------------------------------------------------------------------------------------
// A native host behind the REAL bridge: a fake window with the iOS or Android handler, which
// answers each request through `bridge.receive`, as the app does through `window.IDaaSBridge`.
// ---------------------------------------------------------------------------------------------

type HostReply = { result: unknown } | { error: { code: string } } | 'silent';

interface SentRequest {
  id: string;
  method: string;
  params: unknown;
}

const SETTINGS: ProviderSettings = {
  provider: 'native',
  envTimeoutMs: 1000,
  prefetchTimeoutMs: 2000,
  tokenTimeoutMs: 4000,
  tenant: { baseUrl: '', clientId: 'client-1' },
};

const HAPPY: Record<string, HostReply> = {
  checkEnvAvailable: { result: { resultCode: '600024' } },
  accelerateLoginPage: { result: { resultCode: '600000', carrier: 'CMCC', maskedNumber: '138****1234' } },
  getLoginToken: { result: { resultCode: '600000', token: 'carrier-token-1' } },
};

const bridges: Bridge[] = [];

function fakeWindow(globals: Record<string, unknown>): Window {
  return Object.assign(new EventTarget(), globals) as unknown as Window;
}

function nativeHost(replies: Record<string, HostReply>, kind: 'ios' | 'android' = 'ios') {
  const sent: SentRequest[] = [];
  const holder: { bridge?: Bridge } = {};
  const postMessage = vi.fn((json: string) => {
    const request = JSON.parse(json) as SentRequest;
    sent.push(request);
    const reply = replies[request.method];
    if (reply === undefined || reply === 'silent') return;
    // The app answers later, never inside postMessage.
    void Promise.resolve().then(() => holder.bridge?.receive(JSON.stringify({ id: request.id, ...reply })));
  });
  const win = kind === 'ios' ? fakeWindow({ webkit: { messageHandlers: { idaas: { postMessage } } } }) : fakeWindow({ IDaaSAndroid: { postMessage } });
  const bridge = createBridge(win, { native: true, openerOrigins: [], requestTimeoutMs: 3000 });
  holder.bridge = bridge;
  bridges.push(bridge);
  return { bridge, sent, provider: createNativeProvider(SETTINGS, bridge) };
}

function withReply(method: string, reply: HostReply) {
  return nativeHost({ ...HAPPY, [method]: reply });
}

const CALLS: [string, (provider: OneClickProvider) => Promise<unknown>][] = [
  ['checkEnvAvailable', (provider) => provider.checkEnvironment()],
  ['accelerateLoginPage', (provider) => provider.prefetch()],
  ['getLoginToken', (provider) => provider.getToken({})],
];

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  for (const bridge of bridges.splice(0)) bridge.dispose();
  vi.useRealTimers();
});

describe('round trips over the bridge', () => {
  it.each(['ios', 'android'] as const)('asks the %s host for all three, with the time limits from settings', async (kind) => {
    const { provider, sent } = nativeHost(HAPPY, kind);

    await expect(provider.checkEnvironment()).resolves.toEqual({ ok: true, value: undefined });
    await expect(provider.prefetch()).resolves.toEqual({ ok: true, value: { carrier: 'CMCC', maskedNumber: '138****1234', needsHiddenDigits: false } });
    await expect(provider.getToken({})).resolves.toEqual({ ok: true, value: { token: 'carrier-token-1' } });

    expect(sent.map(({ method, params }) => ({ method, params }))).toEqual([
      { method: 'checkEnvAvailable', params: { type: 2, timeout: 1000 } },
      { method: 'accelerateLoginPage', params: { timeout: 2000 } },
      { method: 'getLoginToken', params: { timeout: 4000 } },
    ]);
  });

  it('accepts 600000 for the environment check (what the iOS SDK reports) and integer codes', async () => {
    await expect(withReply('checkEnvAvailable', { result: { resultCode: '600000' } }).provider.checkEnvironment()).resolves.toMatchObject({ ok: true });
    await expect(withReply('checkEnvAvailable', { result: { resultCode: 600024 } }).provider.checkEnvironment()).resolves.toMatchObject({ ok: true });
    await expect(withReply('getLoginToken', { result: { resultCode: 600000, token: 't' } }).provider.getToken({})).resolves.toEqual({ ok: true, value: { token: 't' } });
  });

  it.each<[Record<string, unknown>, string]>([
    [{ vendor: 'CUCC', number: '186****0000' }, 'CUCC'],
    [{ carrier: '中国电信', maskedNumber: '189****0000' }, 'CTCC'],
    [{ carrierName: '中国移动', maskNumber: '138****0000' }, 'CMCC'],
    [{ carrier: 'China Unicom', maskedNumber: '+86186****0000' }, 'CUCC'],
  ])("reads Alibaba's native field names and carrier names: %o", async (fields, carrier) => {
    const { provider } = withReply('accelerateLoginPage', { result: { resultCode: '600000', ...fields } });
    const result = await provider.prefetch();
    expect(result).toMatchObject({ ok: true, value: { carrier, needsHiddenDigits: false } });
  });

  it('an unknown or absent carrier is 600009', async () => {
    await expect(withReply('accelerateLoginPage', { result: { resultCode: '600000', carrier: 'UNKNOWN', maskedNumber: '138****1234' } }).provider.prefetch()).resolves.toMatchObject({ ok: false, code: '600009' });
    await expect(withReply('accelerateLoginPage', { result: { resultCode: '600000', maskedNumber: '138****1234' } }).provider.prefetch()).resolves.toMatchObject({ ok: false, code: '600009' });
  });
});

describe('failures', () => {
  it.each<[string, unknown, string]>([
    ['checkEnvAvailable', { resultCode: '600008', msg: 'mobile data is off' }, '600008'],
    ['checkEnvAvailable', { resultCode: '600007' }, '600007'],
    ['checkEnvAvailable', { resultCode: 600013 }, '600013'],
    ['accelerateLoginPage', { resultCode: '600012' }, '600012'],
    ['getLoginToken', { resultCode: '600011' }, '600011'],
    ['getLoginToken', { resultCode: '-10008' }, '-10008'],
    ['getLoginToken', { resultCode: '600021', token: 'ignored' }, '600021'],
  ])('%s answering %o fails with that code', async (method, result, code) => {
    const { provider } = withReply(method, { result });
    const call = CALLS.find(([name]) => name === method)![1];
    await expect(call(provider)).resolves.toMatchObject({ ok: false, code });
  });

  it("keeps the host's message as the detail", async () => {
    const { provider } = withReply('checkEnvAvailable', { result: { resultCode: '600008', msg: 'mobile data is off' } });
    await expect(provider.checkEnvironment()).resolves.toEqual({ ok: false, code: '600008', detail: 'mobile data is off' });
  });

  it('a success code where a failure is due is 600010 (prefetch answering 600024)', async () => {
    const { provider } = withReply('accelerateLoginPage', { result: { resultCode: '600024' } });
    await expect(provider.prefetch()).resolves.toMatchObject({ ok: false, code: '600010' });
  });

  it.each<[string, unknown]>([
    ['checkEnvAvailable', 'ok'],
    ['checkEnvAvailable', { code: '600024' }],
    ['checkEnvAvailable', { resultCode: 'ok' }],
    ['checkEnvAvailable', { resultCode: '6000240000000000' }],
    ['checkEnvAvailable', { resultCode: 6000.5 }],
    ['accelerateLoginPage', { resultCode: '600000', carrier: 'CMCC' }],
    ['accelerateLoginPage', { resultCode: '600000', carrier: 'CMCC', maskedNumber: '13812341234' }],
    ['accelerateLoginPage', { resultCode: '600000', carrier: 'CMCC', maskedNumber: '<b>138****1234</b>' }],
    ['accelerateLoginPage', { resultCode: '600000', carrier: 'CMCC', maskedNumber: 13800001234 }],
    ['getLoginToken', { resultCode: '600000' }],
    ['getLoginToken', { resultCode: '600000', token: '' }],
    ['getLoginToken', { resultCode: '600000', token: 'has space' }],
    ['getLoginToken', { resultCode: '600000', token: 'x'.repeat(8193) }],
    ['getLoginToken', [1, 2]],
  ])('%s answering %o is malformed: 600010 with a detail', async (method, result) => {
    const { provider } = withReply(method, { result });
    const call = CALLS.find(([name]) => name === method)![1];
    const answer = await call(provider);
    expect(answer).toMatchObject({ ok: false, code: '600010', detail: expect.stringContaining('malformed') });
  });

  it('never puts the refused value in the detail', async () => {
    const { provider } = withReply('getLoginToken', { result: { resultCode: '600000', token: 'secret token' } });
    const answer = await provider.getToken({});
    expect(JSON.stringify(answer)).not.toContain('secret');
  });

  it.each(CALLS)('%s without an answer in time is 600015 (the time limit from settings)', async (method, call) => {
    const { provider } = withReply(method, 'silent');
    const limit = { checkEnvAvailable: 1000, accelerateLoginPage: 2000, getLoginToken: 4000 }[method]!;
    let result: unknown;
    void call(provider).then((value) => (result = value));

    await vi.advanceTimersByTimeAsync(limit - 1);
    expect(result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toMatchObject({ ok: false, code: '600015' });
  });

  it.each(CALLS)('%s without a host is 600002', async (_method, call) => {
    const bridge = createBridge(fakeWindow({}), { native: true, openerOrigins: [], requestTimeoutMs: 3000 });
    bridges.push(bridge);
    await expect(call(createNativeProvider(SETTINGS, bridge))).resolves.toMatchObject({ ok: false, code: '600002' });
    await expect(call(createNativeProvider(SETTINGS, undefined))).resolves.toMatchObject({ ok: false, code: '600002' });
  });

  it.each<[string, string]>([
    ['600013', '600013'],
    ['-1', '-1'],
    ['600000', '600010'],
    ['E_NOT_READY', '600010'],
  ])('a host error with code %s is %s', async (hostCode, code) => {
    const { provider } = withReply('getLoginToken', { error: { code: hostCode } });
    await expect(provider.getToken({})).resolves.toMatchObject({ ok: false, code });
  });

  it('a closed bridge is 600010', async () => {
    const { provider, bridge } = withReply('getLoginToken', 'silent');
    const pending = provider.getToken({});
    bridge.dispose();
    await expect(pending).resolves.toMatchObject({ ok: false, code: '600010', detail: expect.stringContaining('closed') });
    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: false, code: '600010' });
  });
});

describe('abort', () => {
  it('resolves at once as aborted when the caller gives up, and sends nothing when it already had', async () => {
    const { provider, sent } = withReply('getLoginToken', 'silent');
    const controller = new AbortController();
    const pending = provider.getToken({ signal: controller.signal });
    controller.abort();
    await expect(pending).resolves.toEqual({ ok: false, code: '600010', detail: 'aborted' });

    await expect(provider.checkEnvironment(controller.signal)).resolves.toEqual({ ok: false, code: '600010', detail: 'aborted' });
    expect(sent.map(({ method }) => method)).toEqual(['getLoginToken']);
  });
});
