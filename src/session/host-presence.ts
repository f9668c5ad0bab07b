/**
 * Whether a host app can be listening, read from the window alone: small enough for the entry, so
 * that a plain browser tab never downloads the bridge (src/session/bridge.ts) at start-up.
 */
import type { Bridge, BridgeOptions } from './bridge';

export type NativeHostKind = 'ios' | 'android' | 'react-native';

type Poster = { postMessage: (message: string) => unknown };

function poster(value: unknown): Poster | undefined {
  if ((typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as Poster).postMessage === 'function') {
    return value as Poster;
  }
  return undefined;
}

function property(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** The native WebView host's message handler, if the page runs in one (iOS, then Android, then React Native). */
export function nativeHostHandler(win: Window): { kind: NativeHostKind; handler: Poster } | undefined {
  const ios = poster(property(property(property(win, 'webkit'), 'messageHandlers'), 'idaas'));
  if (ios) return { kind: 'ios', handler: ios };
  const android = poster(property(win, 'IDaaSAndroid'));
  if (android) return { kind: 'android', handler: android };
  const reactNative = poster(property(win, 'ReactNativeWebView'));
  if (reactNative) return { kind: 'react-native', handler: reactNative };
  return undefined;
}

/** A native host (where config lets one take part), or a page that opened this one (where config allows openers). */
export function hostMayBePresent(win: Window, options: { native: boolean; openerOrigins: readonly string[] }): boolean {
  return (options.native && nativeHostHandler(win) !== undefined) || (Boolean(win.opener) && options.openerOrigins.length > 0);
}

/** The page's bridge where a host app can be listening (its code loads then), else none: nobody to tell. */
export async function pageBridge(options: BridgeOptions, win: Window = window): Promise<Bridge | undefined> {
  if (!hostMayBePresent(win, options)) return undefined;
  const { installPageBridge } = await import('./bridge');
  return installPageBridge(options, win);
}
