import { describe, expect, it } from 'vitest';
import { hostMayBePresent, pageBridge } from './host-presence';

const handler = { postMessage: () => undefined };
const win = (extra: Record<string, unknown> = {}) => ({ opener: null, ...extra }) as unknown as Window;
const allowed = { native: true, openerOrigins: ['https://app.example.com'] };

describe('hostMayBePresent (whether start-up loads the bridge)', () => {
  it('is false in a plain browser tab', () => {
    expect(hostMayBePresent(win(), allowed)).toBe(false);
  });

  it('is true in each native WebView host, unless config keeps native hosts out', () => {
    for (const host of [{ webkit: { messageHandlers: { idaas: handler } } }, { IDaaSAndroid: handler }, { ReactNativeWebView: handler }]) {
      expect(hostMayBePresent(win(host), allowed)).toBe(true);
      expect(hostMayBePresent(win(host), { ...allowed, native: false })).toBe(false);
    }
  });

  it('ignores look-alikes without postMessage', () => {
    expect(hostMayBePresent(win({ IDaaSAndroid: {}, webkit: { messageHandlers: {} } }), allowed)).toBe(false);
  });

  it('is true for a popup only when config allows opener origins', () => {
    expect(hostMayBePresent(win({ opener: {} }), allowed)).toBe(true);
    expect(hostMayBePresent(win({ opener: {} }), { ...allowed, openerOrigins: [] })).toBe(false);
  });
});

describe('pageBridge', () => {
  it('is none in a plain browser tab: nobody to tell', async () => {
    await expect(pageBridge({ ...allowed, requestTimeoutMs: 1000 }, win())).resolves.toBeUndefined();
  });
});
