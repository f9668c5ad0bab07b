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

  it('uses the opener only when opener origins are configured', () => {
    expect(bridgeFor(fakeWindow({ opener: fakeOpener() }), { openerOrigins: [] }).host).toBeUndefined();
    expect(bridgeFor(fakeWindow({ opener: fakeOpener() }), { openerOrigins: OPENER_ORIGINS }).host?.kind).toBe('opener');
    expect(bridgeFor(fakeWindow({ opener: null }), { openerOrigins: OPENER_ORIGINS }).host).toBeUndefined();
  });

  it('prefers a native host over the opener, and falls back to the opener when native is off', () => {
    const globals = { IDaaSAndroid: fakeHost(), opener: fakeOpener() };
    expect(bridgeFor(fakeWindow(globals), { openerOrigins: OPENER_ORIGINS }).host?.kind).toBe('android');
    expect(bridgeFor(fakeWindow(globals), { native: false, openerOrigins: OPENER_ORIGINS }).host?.kind).toBe('opener');
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

describe('the opener channel', () => {
  function openerBridge(overrides: Partial<BridgeOptions> = {}) {
    const opener = fakeOpener();
    const win = fakeWindow({ opener });
    const bridge = bridgeFor(win, { native: false, openerOrigins: OPENER_ORIGINS, ...overrides });
    return { opener, win, bridge };
  }

  it('posts each request and event to every allowed origin, never to "*"', () => {
    const { opener, bridge } = openerBridge();

    void bridge.request('getLoginToken', { timeout: 3000 }).catch(() => undefined);
    bridge.event('700003', { checked: true });

    const request = '{"id":"1","method":"getLoginToken","params":{"timeout":3000}}';
    const event = '{"event":"700003","data":{"checked":true}}';
    expect(opener.postMessage.mock.calls).toEqual([
      [request, 'https://app.example.com'],
      [request, 'https://other.example.com'],
      [event, 'https://app.example.com'],
      [event, 'https://other.example.com'],
    ]);
    for (const [, origin] of opener.postMessage.mock.calls) expect(origin).not.toBe('*');
  });

  it('keeps posting to the other origins when one postMessage throws', () => {
    const { opener, bridge } = openerBridge();
    opener.postMessage.mockImplementationOnce(() => {
      throw new Error('opener gone');
    });

    expect(() => bridge.event('ping')).not.toThrow();
    expect(opener.postMessage.mock.calls.map(([, origin]) => origin)).toEqual([...OPENER_ORIGINS]);
  });

  it('accepts an answer from the opener on an allowed origin (JSON string or cloned object)', async () => {
    const { opener, win, bridge } = openerBridge();

    const first = bridge.request('a');
    const second = bridge.request('b');
    win.dispatchEvent(messageEvent({ data: '{"id":"1","result":{"token":"t1"}}', origin: 'https://app.example.com', source: opener }));
    win.dispatchEvent(messageEvent({ data: { id: '2', error: { code: 'E2' } }, origin: 'https://other.example.com', source: opener }));

    await expect(first).resolves.toEqual({ token: 't1' });
    await expect(second).rejects.toMatchObject({ failure: 'host-error', hostCode: 'E2' });
  });

  it.each<[string, (opener: object) => { origin: string; source: unknown }]>([
    ['another origin', (opener) => ({ origin: 'https://evil.example.com', source: opener })],
    ['an origin that only starts like an allowed one', (opener) => ({ origin: 'https://app.example.com.evil.com', source: opener })],
    ['the "null" origin', (opener) => ({ origin: 'null', source: opener })],
    ['an empty origin', (opener) => ({ origin: '', source: opener })],
    ['the right origin but another window', () => ({ origin: 'https://app.example.com', source: fakeOpener() })],
    ['the right origin but no source', () => ({ origin: 'https://app.example.com', source: null })],
    ['the right origin from the page itself', () => ({ origin: 'https://app.example.com', source: undefined })],
  ])('ignores a forged answer from %s: the request still times out', async (_label, from) => {
    const { opener, win, bridge } = openerBridge();

    const response = track(bridge.request('getLoginToken'));
    const forged = from(opener);
    win.dispatchEvent(messageEvent({ data: '{"id":"1","result":{"token":"forged"}}', ...forged }));
    win.dispatchEvent(messageEvent({ data: { id: '1', result: { token: 'forged' } }, ...forged }));
    await flushMicrotasks();
    expect(response.current.status).toBe('pending');

    await vi.advanceTimersByTimeAsync(3000);
    expect(response.current).toMatchObject({ status: 'rejected', error: { failure: 'timeout' } });
  });

  it('ignores malformed messages from the opener without throwing', async () => {
    const { opener, win, bridge } = openerBridge();

    const response = track(bridge.request('m'));
    for (const data of ['not json', 42, null, { id: 1, result: 'x' }, { id: '1' }, '{"id":"7","result":1}']) {
      expect(() => win.dispatchEvent(messageEvent({ data, origin: 'https://app.example.com', source: opener }))).not.toThrow();
    }
    await flushMicrotasks();
    expect(response.current.status).toBe('pending');
  });
});

describe('dispose', () => {
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

    const first = track(bridge.request('a'));
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
    expect(() => win.dispatchEvent(messageEvent({ data: '{"id":"1","result":"x"}', origin: 'https://app.example.com', source: opener }))).not.toThrow();
  });
});
