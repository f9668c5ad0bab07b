import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import { createBridge, type Bridge } from './bridge';
import { deliverResult, redirectWithResult, type DeliveryTargets } from './delivery';
import { failureResult, resultFields, successResult, type HostResult } from './results';

const tokens = { sessionToken: 'session.token-1', idToken: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1MSJ9.sig_-nature', expire: 7200 };

/** A bridge on a fake window whose iOS host records every message it is sent. */
function iosBridge() {
  const sent: string[] = [];
  const postMessage = vi.fn((json: string) => {
    sent.push(json);
  });
  const win = Object.assign(new EventTarget(), { webkit: { messageHandlers: { idaas: { postMessage } } } }) as unknown as Window;
  const bridge = createBridge(win, { native: true, openerOrigins: [], requestTimeoutMs: 3000 });
  bridges.push(bridge);
  return { bridge, sent, postMessage };
}

/** A bridge without any host. */
function hostlessBridge(): Bridge {
  const bridge = createBridge(new EventTarget() as unknown as Window, { native: true, openerOrigins: [], requestTimeoutMs: 3000 });
  bridges.push(bridge);
  return bridge;
}

const bridges: Bridge[] = [];

afterEach(() => {
  for (const bridge of bridges.splice(0)) bridge.dispose();
});

function targets(overrides: Partial<DeliveryTargets> = {}): DeliveryTargets & { leaveFor: Mock<(url: string) => void> } {
  return { bridge: undefined, redirectUri: undefined, redirectState: undefined, ...overrides, leaveFor: vi.fn<(url: string) => void>() };
}

/** The fragment of a redirect, as key/value pairs in order. */
function fragmentOf(url: string): [string, string][] {
  return [...new URLSearchParams(new URL(url).hash.slice(1))];
}

describe('results', () => {
  it('successResult carries the tokens under the SDK’s names', () => {
    expect(successResult(tokens)).toEqual({ code: '0', data: { session_token: tokens.sessionToken, id_token: tokens.idToken, expire: 7200 } });
  });

  it('failureResult carries the tenant’s error', () => {
    expect(failureResult('LOGIN.1005', '用户名或密码错误')).toEqual({ code: '1', data: { error_code: 'LOGIN.1005', error_msg: '用户名或密码错误' } });
  });

  it('resultFields flattens code then data, as strings', () => {
    expect(resultFields(successResult(tokens))).toEqual([
      ['code', '0'],
      ['session_token', tokens.sessionToken],
      ['id_token', tokens.idToken],
      ['expire', '7200'],
    ]);
    expect(resultFields({ code: '105' })).toEqual([['code', '105']]);
    expect(resultFields({ code: '600000', data: { ok: true, n: 3 } })).toEqual([
      ['code', '600000'],
      ['ok', 'true'],
      ['n', '3'],
    ]);
    expect(resultFields({ code: '600001', data: undefined } as unknown as HostResult)).toEqual([['code', '600001']]);
  });
});

describe('deliverResult to a host', () => {
  it('sends the result event exactly once and reports the handoff', () => {
    const { bridge, sent } = iosBridge();
    const to = targets({ bridge });

    const handoff = deliverResult(successResult(tokens), to);

    expect(handoff).toEqual({ kind: 'host', host: 'ios' });
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!)).toEqual({
      event: 'result',
      data: { code: '0', data: { session_token: tokens.sessionToken, id_token: tokens.idToken, expire: 7200 } },
    });
    expect(to.leaveFor).not.toHaveBeenCalled();
  });

  it('sends a failure result as is', () => {
    const { bridge, sent } = iosBridge();

    deliverResult(failureResult('LOGIN.1005', 'wrong password'), targets({ bridge }));

    expect(sent.map((json) => JSON.parse(json) as unknown)).toEqual([{ event: 'result', data: { code: '1', data: { error_code: 'LOGIN.1005', error_msg: 'wrong password' } } }]);
  });

  it('wins over a redirect_uri: no redirect happens', () => {
    const { bridge, sent } = iosBridge();
    const to = targets({ bridge, redirectUri: 'https://app.example.com/cb', redirectState: 'xyz' });

    expect(deliverResult(successResult(tokens), to)).toEqual({ kind: 'host', host: 'ios' });
    expect(sent).toHaveLength(1);
    expect(to.leaveFor).not.toHaveBeenCalled();
  });

  it('opens no timer and expects no answer', () => {
    vi.useFakeTimers();
    try {
      const { bridge } = iosBridge();
      deliverResult(successResult(tokens), targets({ bridge }));
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('deliverResult by redirect', () => {
  it('leaves for redirect_uri#code=0&session_token=…&id_token=…&expire=…&state=…', () => {
    const to = targets({ bridge: hostlessBridge(), redirectUri: 'https://app.example.com/cb', redirectState: 'st-1' });

    const handoff = deliverResult(successResult(tokens), to);

    expect(handoff).toEqual({ kind: 'redirect', uri: 'https://app.example.com/cb' });
    expect(to.leaveFor).toHaveBeenCalledTimes(1);
    const url = to.leaveFor.mock.calls[0]![0];
    expect(url).toBe(
      `https://app.example.com/cb#code=0&session_token=${encodeURIComponent(tokens.sessionToken)}&id_token=${encodeURIComponent(tokens.idToken)}&expire=7200&state=st-1`,
    );
    expect(fragmentOf(url)).toEqual([
      ['code', '0'],
      ['session_token', tokens.sessionToken],
      ['id_token', tokens.idToken],
      ['expire', '7200'],
      ['state', 'st-1'],
    ]);
  });

  it('redirects when there is no bridge at all', () => {
    const to = targets({ redirectUri: 'https://app.example.com/cb' });
    expect(deliverResult(successResult(tokens), to)).toEqual({ kind: 'redirect', uri: 'https://app.example.com/cb' });
    expect(to.leaveFor).toHaveBeenCalledTimes(1);
  });

  it('puts the tokens only in the fragment and leaves the query untouched', () => {
    const uri = 'https://app.example.com/cb?client=web&session_token=keep-me';
    const to = targets({ redirectUri: uri, redirectState: 's' });

    deliverResult(successResult(tokens), to);

    const url = to.leaveFor.mock.calls[0]![0];
    const [beforeHash] = url.split('#');
    expect(beforeHash).toBe(uri);
    expect(new URL(url).search).toBe('?client=web&session_token=keep-me');
    expect(beforeHash).not.toContain(tokens.idToken);
    expect(beforeHash).not.toContain(tokens.sessionToken);
    expect(new URLSearchParams(new URL(url).hash.slice(1)).get('session_token')).toBe(tokens.sessionToken);
  });

  it('replaces a fragment the redirect_uri already had', () => {
    const url = redirectWithResult('https://app.example.com/cb?x=1#old=fragment&code=9', successResult(tokens), 'st');

    expect(url.startsWith('https://app.example.com/cb?x=1#code=0&')).toBe(true);
    expect(url).not.toContain('old=fragment');
    expect(url.split('#')).toHaveLength(2);
    expect(new URLSearchParams(new URL(url).hash.slice(1)).getAll('code')).toEqual(['0']);
  });

  it('replaces an empty fragment too', () => {
    expect(redirectWithResult('https://app.example.com/cb#', { code: '105' }, undefined)).toBe('https://app.example.com/cb#code=105');
  });

  it('encodes the state, so it cannot add or change fields', () => {
    const state = 'a b&session_token=evil#x=y/é%';
    const url = redirectWithResult('https://app.example.com/cb', successResult(tokens), state);

    const fragment = url.slice(url.indexOf('#') + 1);
    expect(url.split('#')).toHaveLength(2);
    expect(fragment.endsWith('&state=a+b%26session_token%3Devil%23x%3Dy%2F%C3%A9%25')).toBe(true);
    const fields = new URLSearchParams(fragment);
    expect(fields.get('state')).toBe(state);
    expect(fields.getAll('session_token')).toEqual([tokens.sessionToken]);
  });

  it('omits state when undefined, keeps an empty one', () => {
    const without = redirectWithResult('https://app.example.com/cb', successResult(tokens), undefined);
    expect(without).not.toContain('state');
    expect(new URLSearchParams(new URL(without).hash.slice(1)).has('state')).toBe(false);

    const empty = redirectWithResult('https://app.example.com/cb', successResult(tokens), '');
    expect(empty.endsWith('&state=')).toBe(true);
  });

  it('omits state from deliverResult when none was sent', () => {
    const to = targets({ redirectUri: 'https://app.example.com/cb' });
    deliverResult(successResult(tokens), to);
    expect(fragmentOf(to.leaveFor.mock.calls[0]![0]).map(([key]) => key)).toEqual(['code', 'session_token', 'id_token', 'expire']);
  });

  it('puts a failure’s fields in the fragment', () => {
    const to = targets({ redirectUri: 'https://app.example.com/cb?x=1', redirectState: 'st' });

    deliverResult(failureResult('LOGIN.1005', '用户名或密码错误 & more'), to);

    const url = to.leaveFor.mock.calls[0]![0];
    expect(url.startsWith('https://app.example.com/cb?x=1#')).toBe(true);
    expect(fragmentOf(url)).toEqual([
      ['code', '1'],
      ['error_code', 'LOGIN.1005'],
      ['error_msg', '用户名或密码错误 & more'],
      ['state', 'st'],
    ]);
  });

  it('puts a code-only result in the fragment', () => {
    expect(redirectWithResult('https://app.example.com/cb', { code: '700001' }, 's')).toBe('https://app.example.com/cb#code=700001&state=s');
  });
});

describe('deliverResult with nobody to take it', () => {
  it('returns undefined and calls nothing without host or redirect_uri', () => {
    const to = targets({ bridge: hostlessBridge(), redirectState: 'st' });
    expect(deliverResult(successResult(tokens), to)).toBeUndefined();
    expect(to.leaveFor).not.toHaveBeenCalled();
  });

  it('returns undefined without a bridge either', () => {
    const to = targets();
    expect(deliverResult(failureResult('E', 'm'), to)).toBeUndefined();
    expect(to.leaveFor).not.toHaveBeenCalled();
  });

  it('treats an empty redirect_uri as none', () => {
    const to = targets({ redirectUri: '' });
    expect(deliverResult(successResult(tokens), to)).toBeUndefined();
    expect(to.leaveFor).not.toHaveBeenCalled();
  });
});
