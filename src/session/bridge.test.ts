import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BridgeError, createBridge, detectNativeHost, type Bridge, type BridgeOptions } from './bridge';

// ---------------------------------------------------------------------------------------------
// Fakes: a window built on Node's EventTarget, hosts that record what they are sent, an opener.
// ---------------------------------------------------------------------------------------------

/** A native host's `postMessage(json)`, recording every message. */
function fakeHost() {
  const sent: string[] = [];
  const postMessage = vi.fn((json: string) => {
    sent.push(json);
  });
  return { sent, postMessage };
}

/** A `window.opener`: `postMessage(json, targetOrigin)`. */
function fakeOpener() {
  return { postMessage: vi.fn<(message: string, targetOrigin: string) => void>() };
}

function fakeWindow(globals: Record<string, unknown> = {}): Window {
  return Object.assign(new EventTarget(), globals) as unknown as Window;
}

/** A `message` event as the browser dispatches it for a postMessage (Node's MessageEvent refuses a non-MessagePort source). */
function messageEvent(init: { data: unknown; origin: string; source: unknown }): Event {
  return Object.assign(new Event('message'), init);
}

const OPENER_ORIGINS = ['https://app.example.com', 'https://other.example.com'] as const;

function options(overrides: Partial<BridgeOptions> = {}): BridgeOptions {
  return { native: true, openerOrigins: [], requestTimeoutMs: 3000, ...overrides };
}

type Settled = { status: 'pending' } | { status: 'resolved'; value: unknown } | { status: 'rejected'; error: unknown };

/** Follows a promise's fate without awaiting it (and without leaving a rejection unhandled). */
function track(promise: Promise<unknown>): { readonly current: Settled } {
  const state: { current: Settled } = { current: { status: 'pending' } };
  promise.then(
    (value) => {
      state.current = { status: 'resolved', value };
    },
    (error: unknown) => {
      state.current = { status: 'rejected', error };
    },
  );
  return state;
}

/** Lets every already-queued promise reaction run. */
async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

function parsed(json: string | undefined): unknown {
  expect(json).toBeTypeOf('string');
  return JSON.parse(json!);
}

const bridges: Bridge[] = [];

function bridgeFor(win: Window, overrides: Partial<BridgeOptions> = {}): Bridge {
  const bridge = createBridge(win, options(overrides));
  bridges.push(bridge);
  return bridge;
}

type FakeOpener = ReturnType<typeof fakeOpener>;

/** What the opener was posted so far, parsed, one entry per postMessage call. */
function openerMessages(opener: FakeOpener): { id?: string; method?: string; params?: unknown; event?: string; data?: unknown }[] {
  return opener.postMessage.mock.calls.map(([json]) => parsed(json) as { id?: string; method?: string });
}

/** The id of the `hello` request the bridge sent the opener when it was created. */
function helloId(opener: FakeOpener): string {
  const hello = openerMessages(opener).find((message) => message.method === 'hello');
  expect(hello?.id).toBeTypeOf('string');
  return hello!.id!;
}

/** The id of the last request posted to the opener. */
function lastRequestId(opener: FakeOpener): string {
  const id = openerMessages(opener).at(-1)?.id;
  expect(id).toBeTypeOf('string');
  return id!;
}

/** A message event as the opener window posts it, from an allowed origin unless told otherwise. */
function fromOpener(win: Window, opener: FakeOpener, data: unknown, origin: string = OPENER_ORIGINS[0]): void {
  win.dispatchEvent(messageEvent({ data, origin, source: opener }));
}

/**
 * Answers the bridge's `hello` as the opener does (source === opener, an allowed origin), checks
 * that the opener became the host, then forgets what was posted so far (the hello itself).
 */
async function confirmOpener(setup: { opener: FakeOpener; win: Window; bridge: Bridge }, origin: string = OPENER_ORIGINS[0]): Promise<void> {
  fromOpener(setup.win, setup.opener, JSON.stringify({ id: helloId(setup.opener), result: { version: 1 } }), origin);
  await flushMicrotasks();
  expect(setup.bridge.host?.kind).toBe('opener');
  setup.opener.postMessage.mockClear();
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  for (const bridge of bridges.splice(0)) bridge.dispose();
  vi.useRealTimers();
});

// ---------------------------------------------------------------------------------------------

describe('host detection', () => {
  it('prefers iOS over Android over React Native', () => {
    const ios = fakeHost();
    const android = fakeHost();
    const reactNative = fakeHost();
    const all = fakeWindow({ webkit: { messageHandlers: { idaas: ios } }, IDaaSAndroid: android, ReactNativeWebView: reactNative });
    const noIos = fakeWindow({ IDaaSAndroid: android, ReactNativeWebView: reactNative });
    const onlyReactNative = fakeWindow({ ReactNativeWebView: reactNative });

    expect(detectNativeHost(all)?.kind).toBe('ios');
    expect(detectNativeHost(noIos)?.kind).toBe('android');
    expect(detectNativeHost(onlyReactNative)?.kind).toBe('react-native');
    expect(detectNativeHost(fakeWindow())).toBeUndefined();
  });

  it('sends to the detected host only', () => {
    const ios = fakeHost();
    const android = fakeHost();
    const reactNative = fakeHost();
    const bridge = bridgeFor(fakeWindow({ webkit: { messageHandlers: { idaas: ios } }, IDaaSAndroid: android, ReactNativeWebView: reactNative }));

    bridge.event('ping');

    expect(bridge.host?.kind).toBe('ios');
    expect(ios.sent).toEqual(['{"event":"ping"}']);
    expect(android.postMessage).not.toHaveBeenCalled();
    expect(reactNative.postMessage).not.toHaveBeenCalled();
  });

  it('each native host receives the message through its own postMessage', () => {
    const android = fakeHost();
    bridgeFor(fakeWindow({ IDaaSAndroid: android })).event('a');
    const reactNative = fakeHost();
    bridgeFor(fakeWindow({ ReactNativeWebView: reactNative })).event('b');

    expect(android.sent).toEqual(['{"event":"a"}']);
    expect(reactNative.sent).toEqual(['{"event":"b"}']);
  });

  it('skips a webkit without the idaas handler, and objects without a postMessage function', () => {
    const android = fakeHost();
    const win = fakeWindow({ webkit: { messageHandlers: { other: fakeHost() } }, IDaaSAndroid: android });
    expect(detectNativeHost(win)?.kind).toBe('android');

    const notHosts = fakeWindow({
      webkit: { messageHandlers: { idaas: { postMessage: 'not a function' } } },
      IDaaSAndroid: null,
      ReactNativeWebView: {},
    });
    expect(detectNativeHost(notHosts)).toBeUndefined();
  });

  it('ignores native hosts when native is off', async () => {
    const ios = fakeHost();
    const android = fakeHost();
    const reactNative = fakeHost();
    const bridge = bridgeFor(fakeWindow({ webkit: { messageHandlers: { idaas: ios } }, IDaaSAndroid: android, ReactNativeWebView: reactNative }), { native: false });

    expect(bridge.host).toBeUndefined();
    bridge.event('ping');
    await expect(bridge.request('getLoginToken')).rejects.toMatchObject({ failure: 'no-host' });
    expect(ios.postMessage).not.toHaveBeenCalled();
    expect(android.postMessage).not.toHaveBeenCalled();
    expect(reactNative.postMessage).not.toHaveBeenCalled();
  });

  it('uses the opener only when opener origins are configured', async () => {
    // No origins: the opener is never asked, and an answer in its name changes nothing.
    const unasked = fakeOpener();
    const unaskedWin = fakeWindow({ opener: unasked });
    const unaskedBridge = bridgeFor(unaskedWin, { openerOrigins: [] });
    expect(unasked.postMessage).not.toHaveBeenCalled();
    fromOpener(unaskedWin, unasked, '{"id":"1","result":{"version":1}}');
    await flushMicrotasks();
    expect(unaskedBridge.host).toBeUndefined();

    // Origins: the opener becomes the host once it answered hello.
    const opener = fakeOpener();
    const win = fakeWindow({ opener });
    const bridge = bridgeFor(win, { openerOrigins: OPENER_ORIGINS });
    expect(bridge.host).toBeUndefined();
    await confirmOpener({ opener, win, bridge });
    expect(bridge.host?.kind).toBe('opener');

    expect(bridgeFor(fakeWindow({ opener: null }), { openerOrigins: OPENER_ORIGINS }).host).toBeUndefined();
  });

  it('prefers a native host over the opener, and falls back to the opener when native is off', async () => {
    const withNative = { IDaaSAndroid: fakeHost(), opener: fakeOpener() };
    expect(bridgeFor(fakeWindow(withNative), { openerOrigins: OPENER_ORIGINS }).host?.kind).toBe('android');
    expect(withNative.opener.postMessage).not.toHaveBeenCalled();

    const opener = fakeOpener();
    const win = fakeWindow({ IDaaSAndroid: fakeHost(), opener });
    const bridge = bridgeFor(win, { native: false, openerOrigins: OPENER_ORIGINS });
    await confirmOpener({ opener, win, bridge });
    expect(bridge.host?.kind).toBe('opener');
  });
});

describe('requests to a native host', () => {
  function iosBridge(overrides: Partial<BridgeOptions> = {}) {
    const ios = fakeHost();
    const bridge = bridgeFor(fakeWindow({ webkit: { messageHandlers: { idaas: ios } } }), overrides);
    return { ios, bridge };
  }

  it('sends {"id","method","params"} as a JSON string and resolves with a JSON string answer’s result', async () => {
    const { ios, bridge } = iosBridge();

    const response = bridge.request('getLoginToken', { timeout: 3000 });

    expect(ios.sent).toHaveLength(1);
    expect(typeof ios.postMessage.mock.calls[0]![0]).toBe('string');
    const request = parsed(ios.sent[0]) as { id: unknown };
    expect(request).toEqual({ id: expect.any(String), method: 'getLoginToken', params: { timeout: 3000 } });
    expect(Object.keys(request)).toEqual(['id', 'method', 'params']);

    bridge.receive(JSON.stringify({ id: request.id, result: { token: 'carrier-token', carrier: 'CM' } }));

    await expect(response).resolves.toEqual({ token: 'carrier-token', carrier: 'CM' });
  });

  it('sends empty params when none are given', () => {
    const { ios, bridge } = iosBridge();
    void bridge.request('close').catch(() => undefined);
    expect(parsed(ios.sent[0])).toMatchObject({ method: 'close', params: {} });
  });

  it('resolves with an object answer’s result', async () => {
    const { ios, bridge } = iosBridge();

    const response = bridge.request('getLoginToken');
    const { id } = parsed(ios.sent[0]) as { id: string };
    bridge.receive({ id, result: { token: 't' } });

    await expect(response).resolves.toEqual({ token: 't' });
  });

  it('resolves with falsy results other than undefined (null, false, 0, "")', async () => {
    const { ios, bridge } = iosBridge();
    const results: unknown[] = [null, false, 0, ''];

    const responses = results.map((result) => {
      const response = bridge.request('m');
      const { id } = parsed(ios.sent.at(-1)) as { id: string };
      bridge.receive(JSON.stringify({ id, result }));
      return response;
    });

    await expect(Promise.all(responses)).resolves.toEqual(results);
  });

  it('rejects with a host-error BridgeError carrying the host’s code', async () => {
    const { ios, bridge } = iosBridge();

    const response = bridge.request('getLoginToken');
    const { id } = parsed(ios.sent[0]) as { id: string };
    bridge.receive(JSON.stringify({ id, error: { code: '600011', message: 'carrier refused' } }));

    const error = await response.then(
      () => undefined,
      (cause: unknown) => cause,
    );
    expect(error).toBeInstanceOf(BridgeError);
    expect(error).toMatchObject({ name: 'BridgeError', failure: 'host-error', hostCode: '600011' });
  });

  it('times out with failure "timeout", and ignores a late answer', async () => {
    const { ios, bridge } = iosBridge({ requestTimeoutMs: 3000 });

    const late = track(bridge.request('getLoginToken'));
    const { id } = parsed(ios.sent[0]) as { id: string };

    await vi.advanceTimersByTimeAsync(2999);
    expect(late.current.status).toBe('pending');

    await vi.advanceTimersByTimeAsync(1);
    expect(late.current).toEqual({ status: 'rejected', error: expect.any(BridgeError) });
    expect(late.current).toMatchObject({ error: { failure: 'timeout', hostCode: undefined } });
    expect(vi.getTimerCount()).toBe(0);

    // The late answer neither throws nor settles the next request.
    const next = track(bridge.request('getLoginToken'));
    expect(() => bridge.receive(JSON.stringify({ id, result: 'too late' }))).not.toThrow();
    await flushMicrotasks();
    expect(next.current.status).toBe('pending');
    expect(late.current).toMatchObject({ status: 'rejected', error: { failure: 'timeout' } });
  });

  it('honours a per-request timeout', async () => {
    const { bridge } = iosBridge({ requestTimeoutMs: 3000 });

    const response = track(bridge.request('getLoginToken', {}, 500));

    await vi.advanceTimersByTimeAsync(499);
    expect(response.current.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(response.current).toMatchObject({ status: 'rejected', error: { failure: 'timeout' } });
  });

  it('an answered request no longer times out', async () => {
    const { ios, bridge } = iosBridge();

    const response = track(bridge.request('m'));
    bridge.receive({ id: (parsed(ios.sent[0]) as { id: string }).id, result: 'ok' });

    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(response.current).toEqual({ status: 'resolved', value: 'ok' });
  });

  it('gives each request its own id and routes answers by id', async () => {
    const { ios, bridge } = iosBridge();

    const first = bridge.request('a');
    const second = bridge.request('b');
    const third = bridge.request('c');
    const ids = ios.sent.map((json) => (parsed(json) as { id: string }).id);

    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(typeof id).toBe('string');

    bridge.receive({ id: ids[2], result: 'c' });
    bridge.receive({ id: ids[0], result: 'a' });
    bridge.receive({ id: ids[1], result: 'b' });

    await expect(Promise.all([first, second, third])).resolves.toEqual(['a', 'b', 'c']);
  });

  it('answers each request once: a repeated answer is ignored', async () => {
    const { ios, bridge } = iosBridge();

    const response = bridge.request('m');
    const { id } = parsed(ios.sent[0]) as { id: string };
    bridge.receive({ id, result: 'first' });
    expect(() => bridge.receive({ id, result: 'second' })).not.toThrow();
    expect(() => bridge.receive({ id, error: { code: 'E' } })).not.toThrow();

    await expect(response).resolves.toBe('first');
  });

  it('rejects with "no-host" when there is no host, sending nothing', async () => {
    const bridge = bridgeFor(fakeWindow());

    expect(bridge.host).toBeUndefined();
    const error = await bridge.request('getLoginToken').then(
      () => undefined,
      (cause: unknown) => cause,
    );
    expect(error).toBeInstanceOf(BridgeError);
    expect(error).toMatchObject({ failure: 'no-host' });
    expect(vi.getTimerCount()).toBe(0);
  });

  describe('ignores malformed input to receive', () => {
    const oversized = JSON.stringify({ id: '1', result: 'x'.repeat(256 * 1024) });

    it.each<[string, unknown]>([
      ['a string that is not JSON', 'not json'],
      ['truncated JSON', '{"id":"1","result":'],
      ['JSON null', 'null'],
      ['a JSON number', '42'],
      ['a JSON string', '"1"'],
      ['a JSON array', '[{"id":"1","result":"x"}]'],
      ['undefined', undefined],
      ['null', null],
      ['a number', 1],
      ['an array', [{ id: '1', result: 'x' }]],
      ['an unknown id', { id: '999', result: 'x' }],
      ['an unknown id (JSON)', '{"id":"999","result":"x"}'],
      ['a numeric id', { id: 1, result: 'x' }],
      ['a numeric id (JSON)', '{"id":1,"result":"x"}'],
      ['an answer without result', { id: '1' }],
      ['an answer without result (JSON)', '{"id":"1"}'],
      ['a result that is undefined', { id: '1', result: undefined }],
      ['an error without code', { id: '1', error: {} }],
      ['an error whose code is not a string', { id: '1', error: { code: 600011 } }],
      ['an error that is a string', { id: '1', error: 'E1' }],
      ['an id over 64 characters', { id: '1'.padEnd(65, '0'), result: 'x' }],
      ['a string over 256 KiB', oversized],
    ])('%s', async (_label, message) => {
      const ios = fakeHost();
      const bridge = bridgeFor(fakeWindow({ webkit: { messageHandlers: { idaas: ios } } }));

      const response = track(bridge.request('getLoginToken'));
      expect((parsed(ios.sent[0]) as { id: string }).id).toBe('1');

      expect(() => bridge.receive(message)).not.toThrow();
      await flushMicrotasks();
      expect(response.current.status).toBe('pending');

      // The request is still waiting: a proper answer settles it.
      bridge.receive({ id: '1', result: 'proper' });
      await flushMicrotasks();
      expect(response.current).toEqual({ status: 'resolved', value: 'proper' });
    });

    it('accepts a string of exactly 256 KiB', async () => {
      const ios = fakeHost();
      const bridge = bridgeFor(fakeWindow({ webkit: { messageHandlers: { idaas: ios } } }));
      const response = bridge.request('m');

      const head = '{"id":"1","result":"';
      const tail = '"}';
      const message = head + 'x'.repeat(256 * 1024 - head.length - tail.length) + tail;
      expect(message).toHaveLength(256 * 1024);

      bridge.receive(message);
      await expect(response).resolves.toHaveLength(256 * 1024 - head.length - tail.length);
    });

    it('ignores everything when nothing is pending', () => {
      const bridge = bridgeFor(fakeWindow({ webkit: { messageHandlers: { idaas: fakeHost() } } }));
      for (const message of ['garbage', '{"id":"1","result":1}', { id: '1', error: { code: 'E' } }, null]) {
        expect(() => bridge.receive(message)).not.toThrow();
      }
    });
  });

  it('native hosts answer through receive only, not through message events', async () => {
    const opener = fakeOpener();
    const ios = fakeHost();
    const win = fakeWindow({ webkit: { messageHandlers: { idaas: ios } }, opener });
    const bridge = bridgeFor(win, { openerOrigins: OPENER_ORIGINS });

    const response = track(bridge.request('m'));
    win.dispatchEvent(messageEvent({ data: '{"id":"1","result":"from opener"}', origin: OPENER_ORIGINS[0], source: opener }));
    await flushMicrotasks();

    expect(response.current.status).toBe('pending');
    expect(opener.postMessage).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3000);
    expect(response.current).toMatchObject({ status: 'rejected', error: { failure: 'timeout' } });
  });
});

describe('events', () => {
  it('sends {"event":name,"data":…} and expects no answer', () => {
    const android = fakeHost();
    const bridge = bridgeFor(fakeWindow({ IDaaSAndroid: android }));

    bridge.event('700003', { checked: true });
    bridge.event('result', { code: '0', data: { session_token: 's' } });

    expect(android.sent).toEqual(['{"event":"700003","data":{"checked":true}}', '{"event":"result","data":{"code":"0","data":{"session_token":"s"}}}']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves data out when there is none, and keeps falsy data', () => {
    const android = fakeHost();
    const bridge = bridgeFor(fakeWindow({ IDaaSAndroid: android }));

    bridge.event('700000');
    bridge.event('flag', false);
    bridge.event('nothing', null);

    expect(android.sent.map((json) => parsed(json))).toEqual([{ event: '700000' }, { event: 'flag', data: false }, { event: 'nothing', data: null }]);
  });

  it('does nothing without a host', () => {
    const bridge = bridgeFor(fakeWindow());
    expect(() => bridge.event('700003', { checked: true })).not.toThrow();
  });
});

/** A bridge whose only possible host is a fake opener, with both OPENER_ORIGINS allowed; not yet confirmed. */
function unconfirmedOpenerBridge(overrides: Partial<BridgeOptions> = {}, globals: Record<string, unknown> = {}) {
  const opener = fakeOpener();
  const win = fakeWindow({ ...globals, opener });
  const bridge = bridgeFor(win, { native: false, openerOrigins: OPENER_ORIGINS, ...overrides });
  return { opener, win, bridge };
}

/** The same, with the opener confirmed as the host and what it was posted so far forgotten. */
async function openerBridge(overrides: Partial<BridgeOptions> = {}) {
  const setup = unconfirmedOpenerBridge(overrides);
  await confirmOpener(setup);
  return setup;
}

describe('the opener handshake', () => {
  /** Whether the bridge treats the opener as its host, checked through everything it exposes. */
  async function expectNoHost(setup: { opener: FakeOpener; bridge: Bridge }) {
    const sentBefore = setup.opener.postMessage.mock.calls.length;
    expect(setup.bridge.host).toBeUndefined();
    await expect(setup.bridge.request('getLoginToken')).rejects.toMatchObject({ name: 'BridgeError', failure: 'no-host' });
    setup.bridge.event('result', { code: '0' });
    expect(setup.opener.postMessage.mock.calls.length).toBe(sentBefore);
  }

  it('asks the opener {"id","method":"hello","params":{"version":1}} on every allowed origin, never "*", with no time limit', () => {
    const { opener } = unconfirmedOpenerBridge();

    const calls = opener.postMessage.mock.calls;
    expect(calls.map(([, origin]) => origin)).toEqual([...OPENER_ORIGINS]);
    for (const [, origin] of calls) expect(origin).not.toBe('*');
    expect(calls[0]![0]).toBeTypeOf('string');
    expect(calls[1]![0]).toBe(calls[0]![0]);
    const hello = parsed(calls[0]![0]);
    expect(hello).toEqual({ id: expect.any(String), method: 'hello', params: { version: 1 } });
    expect(Object.keys(hello as object)).toEqual(['id', 'method', 'params']);
    expect(calls[0]![0]).toBe(JSON.stringify({ id: helloId(opener), method: 'hello', params: { version: 1 } }));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('asks only on the allowed origin when there is one', () => {
    const { opener } = unconfirmedOpenerBridge({ openerOrigins: ['https://app.example.com'] });
    expect(opener.postMessage.mock.calls.map(([, origin]) => origin)).toEqual(['https://app.example.com']);
  });

  it('has no host before the answer: host is undefined, requests fail with "no-host", events send nothing', async () => {
    const setup = unconfirmedOpenerBridge();
    expect(setup.opener.postMessage).toHaveBeenCalledTimes(OPENER_ORIGINS.length);

    await expectNoHost(setup);
    expect(setup.opener.postMessage).toHaveBeenCalledTimes(OPENER_ORIGINS.length);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('takes the opener as host on an answer from either allowed origin', async () => {
    for (const origin of OPENER_ORIGINS) {
      const setup = unconfirmedOpenerBridge();
      await confirmOpener(setup, origin);
      expect(setup.bridge.host?.kind).toBe('opener');
    }
  });

  it('takes a cloned-object answer and any result, even a falsy one', async () => {
    for (const result of [{ version: 1 }, null, false, 0, '']) {
      const setup = unconfirmedOpenerBridge();
      fromOpener(setup.win, setup.opener, { id: helloId(setup.opener), result });
      await flushMicrotasks();
      expect(setup.bridge.host?.kind).toBe('opener');
    }
  });

  it('takes an answer given through receive with the hello id', async () => {
    for (const message of ['string', 'object'] as const) {
      const setup = unconfirmedOpenerBridge();
      const answer = { id: helloId(setup.opener), result: { version: 1 } };
      setup.bridge.receive(message === 'string' ? JSON.stringify(answer) : answer);
      await flushMicrotasks();
      expect(setup.bridge.host?.kind).toBe('opener');
    }
  });

  it('takes a late answer: the hello never times out', async () => {
    const setup = unconfirmedOpenerBridge({ requestTimeoutMs: 3000 });

    await vi.advanceTimersByTimeAsync(60_000);
    await expectNoHost(setup);

    await confirmOpener(setup);
    expect(setup.bridge.host?.kind).toBe('opener');
  });

  it.each<[string, (setup: { opener: FakeOpener; win: Window }, id: string) => void]>([
    ['another origin', ({ opener, win }, id) => fromOpener(win, opener, JSON.stringify({ id, result: {} }), 'https://evil.example.com')],
    ['an origin that only starts like an allowed one', ({ opener, win }, id) => fromOpener(win, opener, { id, result: {} }, 'https://app.example.com.evil.com')],
    ['the "null" origin', ({ opener, win }, id) => fromOpener(win, opener, { id, result: {} }, 'null')],
    ['an empty origin', ({ opener, win }, id) => fromOpener(win, opener, { id, result: {} }, '')],
    ['the right origin but another window', ({ win }, id) => win.dispatchEvent(messageEvent({ data: { id, result: {} }, origin: OPENER_ORIGINS[0], source: fakeOpener() }))],
    ['the right origin but the page itself (source is the window)', ({ win }, id) => win.dispatchEvent(messageEvent({ data: { id, result: {} }, origin: OPENER_ORIGINS[0], source: win }))],
    ['the right origin but the page itself (no source window)', ({ win }, id) => win.dispatchEvent(messageEvent({ data: { id, result: {} }, origin: OPENER_ORIGINS[0], source: null }))],
    ['a message event without a source', ({ win }, id) => win.dispatchEvent(messageEvent({ data: { id, result: {} }, origin: OPENER_ORIGINS[0], source: undefined }))],
    ['an answer to another id', ({ opener, win }, id) => fromOpener(win, opener, { id: `${id}0`, result: {} })],
    ['a numeric id', ({ opener, win }, id) => fromOpener(win, opener, { id: Number(id), result: {} })],
    ['an answer without result', ({ opener, win }, id) => fromOpener(win, opener, { id })],
    ['a result that is undefined', ({ opener, win }, id) => fromOpener(win, opener, { id, result: undefined })],
    ['an error without code', ({ opener, win }, id) => fromOpener(win, opener, { id, error: {} })],
    ['a string that is not JSON', ({ opener, win }) => fromOpener(win, opener, 'hello')],
    ['JSON null', ({ opener, win }) => fromOpener(win, opener, 'null')],
    ['an array holding a proper answer', ({ opener, win }, id) => fromOpener(win, opener, [{ id, result: {} }])],
    ['the hello request echoed back', ({ opener, win }, id) => fromOpener(win, opener, JSON.stringify({ id, method: 'hello', params: { version: 1 } }))],
  ])('is not confirmed by %s; the hello still waits for a proper answer', async (_label, send) => {
    const setup = unconfirmedOpenerBridge();
    const id = helloId(setup.opener);

    expect(() => send(setup, id)).not.toThrow();
    await flushMicrotasks();
    await expectNoHost(setup);

    await confirmOpener(setup);
  });

  it('is not confirmed by an error answer, nor by a proper answer after it', async () => {
    for (const error of [{ code: 'E1' }, { code: 'unsupported', message: 'no hello here' }]) {
      const setup = unconfirmedOpenerBridge();
      const id = helloId(setup.opener);

      fromOpener(setup.win, setup.opener, JSON.stringify({ id, error }));
      await flushMicrotasks();
      await expectNoHost(setup);

      fromOpener(setup.win, setup.opener, JSON.stringify({ id, result: { version: 1 } }));
      setup.bridge.receive({ id, result: { version: 1 } });
      await flushMicrotasks();
      await expectNoHost(setup);
    }
  });

  it('is not confirmed by an answer after dispose', async () => {
    const setup = unconfirmedOpenerBridge();
    const id = helloId(setup.opener);

    setup.bridge.dispose();
    fromOpener(setup.win, setup.opener, JSON.stringify({ id, result: { version: 1 } }));
    setup.bridge.receive({ id, result: { version: 1 } });
    await flushMicrotasks();

    expect(setup.bridge.host).toBeUndefined();
  });

  it('once confirmed, sends requests and result events to the opener on every allowed origin', async () => {
    const setup = unconfirmedOpenerBridge();
    const hello = helloId(setup.opener);
    await confirmOpener(setup);
    const { opener, win, bridge } = setup;

    const response = bridge.request('getLoginToken', { timeout: 3000 });
    const id = lastRequestId(opener);
    expect(id).not.toBe(hello);
    const request = JSON.stringify({ id, method: 'getLoginToken', params: { timeout: 3000 } });
    bridge.event('result', { code: '0', data: { session_token: 's' } });
    const event = '{"event":"result","data":{"code":"0","data":{"session_token":"s"}}}';

    expect(opener.postMessage.mock.calls).toEqual([
      [request, 'https://app.example.com'],
      [request, 'https://other.example.com'],
      [event, 'https://app.example.com'],
      [event, 'https://other.example.com'],
    ]);

    fromOpener(win, opener, JSON.stringify({ id, result: { token: 't' } }), 'https://other.example.com');
    await expect(response).resolves.toEqual({ token: 't' });
  });

  it.each<[string, Record<string, unknown>]>([
    ['iOS', { webkit: { messageHandlers: { idaas: fakeHost() } } }],
    ['Android', { IDaaSAndroid: fakeHost() }],
    ['React Native', { ReactNativeWebView: fakeHost() }],
  ])('does not ask the opener when a native host (%s) is present, and ignores hello answers from it', async (_label, native) => {
    const { opener, win, bridge } = unconfirmedOpenerBridge({ native: true }, native);
    const kind = bridge.host?.kind;
    expect(kind).toBeDefined();
    expect(kind).not.toBe('opener');
    expect(opener.postMessage).not.toHaveBeenCalled();

    fromOpener(win, opener, '{"id":"1","result":{"version":1}}');
    await flushMicrotasks();
    expect(bridge.host?.kind).toBe(kind);
    bridge.event('ping');
    expect(opener.postMessage).not.toHaveBeenCalled();
  });
});

describe('the opener channel', () => {
  it('posts each request and event to every allowed origin, never to "*"', async () => {
    const { opener, bridge } = await openerBridge();

    void bridge.request('getLoginToken', { timeout: 3000 }).catch(() => undefined);
    const id = lastRequestId(opener);
    bridge.event('700003', { checked: true });

    const request = JSON.stringify({ id, method: 'getLoginToken', params: { timeout: 3000 } });
    expect(request).toBe(`{"id":"${id}","method":"getLoginToken","params":{"timeout":3000}}`);
    const event = '{"event":"700003","data":{"checked":true}}';
    expect(opener.postMessage.mock.calls).toEqual([
      [request, 'https://app.example.com'],
      [request, 'https://other.example.com'],
      [event, 'https://app.example.com'],
      [event, 'https://other.example.com'],
    ]);
    for (const [, origin] of opener.postMessage.mock.calls) expect(origin).not.toBe('*');
  });

  it('keeps posting to the other origins when one postMessage throws', async () => {
    const { opener, bridge } = await openerBridge();
    opener.postMessage.mockImplementationOnce(() => {
      throw new Error('opener gone');
    });

    expect(() => bridge.event('ping')).not.toThrow();
    expect(opener.postMessage.mock.calls.map(([, origin]) => origin)).toEqual([...OPENER_ORIGINS]);
  });

  it('keeps asking on the other origins when one postMessage throws during the hello', () => {
    const opener = fakeOpener();
    opener.postMessage.mockImplementationOnce(() => {
      throw new Error('opener gone');
    });
    expect(() => bridgeFor(fakeWindow({ opener }), { native: false, openerOrigins: OPENER_ORIGINS })).not.toThrow();
    expect(opener.postMessage.mock.calls.map(([, origin]) => origin)).toEqual([...OPENER_ORIGINS]);
  });

  it('accepts an answer from the opener on an allowed origin (JSON string or cloned object)', async () => {
    const { opener, win, bridge } = await openerBridge();

    const first = bridge.request('a');
    const firstId = lastRequestId(opener);
    const second = bridge.request('b');
    const secondId = lastRequestId(opener);
    expect(secondId).not.toBe(firstId);
    win.dispatchEvent(messageEvent({ data: JSON.stringify({ id: firstId, result: { token: 't1' } }), origin: 'https://app.example.com', source: opener }));
    win.dispatchEvent(messageEvent({ data: { id: secondId, error: { code: 'E2' } }, origin: 'https://other.example.com', source: opener }));

    await expect(first).resolves.toEqual({ token: 't1' });
    await expect(second).rejects.toMatchObject({ failure: 'host-error', hostCode: 'E2' });
  });

  it.each<[string, (opener: object, win: Window) => { origin: string; source: unknown }]>([
    ['another origin', (opener) => ({ origin: 'https://evil.example.com', source: opener })],
    ['an origin that only starts like an allowed one', (opener) => ({ origin: 'https://app.example.com.evil.com', source: opener })],
    ['the "null" origin', (opener) => ({ origin: 'null', source: opener })],
    ['an empty origin', (opener) => ({ origin: '', source: opener })],
    ['the right origin but another window', () => ({ origin: 'https://app.example.com', source: fakeOpener() })],
    ['the right origin but no source', () => ({ origin: 'https://app.example.com', source: null })],
    ['the right origin from the page itself', () => ({ origin: 'https://app.example.com', source: undefined })],
    ['the right origin from the page itself (source is the window)', (_opener, win) => ({ origin: 'https://app.example.com', source: win })],
  ])('ignores a forged answer from %s: the request still times out', async (_label, from) => {
    const { opener, win, bridge } = await openerBridge();

    const response = track(bridge.request('getLoginToken'));
    const id = lastRequestId(opener);
    const forged = from(opener, win);
    win.dispatchEvent(messageEvent({ data: JSON.stringify({ id, result: { token: 'forged' } }), ...forged }));
    win.dispatchEvent(messageEvent({ data: { id, result: { token: 'forged' } }, ...forged }));
    await flushMicrotasks();
    expect(response.current.status).toBe('pending');

    await vi.advanceTimersByTimeAsync(3000);
    expect(response.current).toMatchObject({ status: 'rejected', error: { failure: 'timeout' } });
  });

  it('ignores malformed messages from the opener without throwing', async () => {
    const { opener, win, bridge } = await openerBridge();

    const response = track(bridge.request('m'));
    const id = lastRequestId(opener);
    for (const data of ['not json', 42, null, { id: Number(id), result: 'x' }, { id }, JSON.stringify({ id: `${id}0`, result: 1 })]) {
      expect(() => win.dispatchEvent(messageEvent({ data, origin: 'https://app.example.com', source: opener }))).not.toThrow();
    }
    await flushMicrotasks();
    expect(response.current.status).toBe('pending');
  });
});

describe('dispose', () => {
  it('sends no event after dispose', () => {
    const ios = fakeHost();
    const bridge = createBridge(fakeWindow({ webkit: { messageHandlers: { idaas: ios } } }), options());
    bridge.event('700000');
    bridge.dispose();
    bridge.event('result', { code: '0' });
    expect(ios.sent).toEqual(['{"event":"700000"}']);
  });

  it('removes the message listener it added', () => {
    const win = fakeWindow({ opener: fakeOpener() });
    const add = vi.spyOn(win, 'addEventListener');
    const remove = vi.spyOn(win, 'removeEventListener');

    const bridge = createBridge(win, options({ openerOrigins: OPENER_ORIGINS }));
    expect(add).toHaveBeenCalledTimes(1);
    const [type, listener] = add.mock.calls[0]!;
    expect(type).toBe('message');

    bridge.dispose();
    expect(remove).toHaveBeenCalledWith('message', listener);
  });

  it('fails pending requests with `closed`, clears their timers, and refuses later ones', async () => {
    const opener = fakeOpener();
    const win = fakeWindow({ opener });
    const bridge = createBridge(win, options({ native: false, openerOrigins: OPENER_ORIGINS }));
    await confirmOpener({ opener, win, bridge });

    const first = track(bridge.request('a'));
    const firstId = lastRequestId(opener);
    const second = track(bridge.request('b'));
    expect(vi.getTimerCount()).toBe(2);

    bridge.dispose();
    expect(vi.getTimerCount()).toBe(0);
    await flushMicrotasks();
    expect(first.current).toMatchObject({ status: 'rejected', error: { failure: 'closed' } });
    expect(second.current).toMatchObject({ status: 'rejected', error: { failure: 'closed' } });

    // A request after dispose is refused at once, and nothing is sent to the opener for it.
    const sentBefore = opener.postMessage.mock.calls.length;
    const after = track(bridge.request('c'));
    await flushMicrotasks();
    expect(after.current).toMatchObject({ status: 'rejected', error: { failure: 'closed' } });
    expect(opener.postMessage.mock.calls.length).toBe(sentBefore);

    // The opener's answers no longer reach anything.
    expect(() => win.dispatchEvent(messageEvent({ data: JSON.stringify({ id: firstId, result: 'x' }), origin: 'https://app.example.com', source: opener }))).not.toThrow();
  });

  it('fails a pending hello quietly: no unhandled rejection, no host', async () => {
    const setup = unconfirmedOpenerBridge();
    setup.bridge.dispose();
    await flushMicrotasks();
    expect(setup.bridge.host).toBeUndefined();
    await expect(setup.bridge.request('m')).rejects.toMatchObject({ failure: 'closed' });
  });
});
