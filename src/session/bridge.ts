import * as v from 'valibot';
import { nativeHostHandler, type NativeHostKind } from './host-presence';

/**
 * The WebView / popup bridge (README, "The bridge protocol"): JSON messages, one request → one
 * response correlated by `id`, plus events that expect no answer.
 *
 *   page → host: {"id":"7","method":"getLoginToken","params":{"timeout":3000}}
 *   host → page: {"id":"7","result":{…}}            (or {"id":"7","error":{"code":"…"}})
 *   page → host: {"event":"700003","data":{"checked":true}}
 *   page → host: {"event":"result","data":{"code":"0","data":{…}}}
 *
 * Hosts, detected in this order: iOS `webkit.messageHandlers.idaas`, Android `IDaaSAndroid`,
 * React Native `ReactNativeWebView` (answers through `window.IDaaSBridge.receive(json)`), then a
 * web page that opened this one (`window.opener`, answers by postMessage), only on the configured
 * origins, never `*`, and only once it answered the page's `hello` request. Without a host the
 * page works on its own.
 */
export type HostKind = NativeHostKind | 'opener';

export interface HostChannel {
  kind: HostKind;
  send(json: string): void;
}

export interface BridgeOptions {
  /** Whether native WebView hosts may take part (config `delivery.bridge`). */
  native: boolean;
  /** Exact origins a `window.opener` may have (config `delivery.openerOrigins`). */
  openerOrigins: readonly string[];
  /** How long a request waits for its answer (config `delivery.requestTimeoutMs`). */
  requestTimeoutMs: number;
}

export type BridgeFailure = 'no-host' | 'timeout' | 'host-error' | 'closed';

export class BridgeError extends Error {
  constructor(
    readonly failure: BridgeFailure,
    /** The host's own error code, for `host-error`. */
    readonly hostCode?: string,
  ) {
    super(`bridge ${failure}${hostCode ? ` ${hostCode}` : ''}`);
    this.name = 'BridgeError';
  }
}

export interface Bridge {
  /** The host taking part, if any. */
  readonly host: HostChannel | undefined;
  request(method: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<unknown>;
  event(name: string, data?: unknown): void;
  /** A host's answer: a JSON string or an object. Anything that is not a well-formed answer to a pending request is ignored. */
  receive(message: unknown): void;
  /** Stops listening; pending requests fail with `closed`, later ones too. */
  dispose(): void;
}

const MAX_MESSAGE_LENGTH = 256 * 1024;

const answer = v.union([
  v.object({ id: v.pipe(v.string(), v.maxLength(64)), result: v.pipe(v.unknown(), v.check((value) => value !== undefined)) }),
  v.object({ id: v.pipe(v.string(), v.maxLength(64)), error: v.object({ code: v.pipe(v.string(), v.maxLength(64)), message: v.optional(v.string()) }) }),
]);

/** The native WebView host, if the page runs in one (iOS, then Android, then React Native). */
export function detectNativeHost(win: Window): HostChannel | undefined {
  const native = nativeHostHandler(win);
  return native && { kind: native.kind, send: (json) => void native.handler.postMessage(json) };
}

/**
 * The web page that opened this one, when origins are allowed. Its origin cannot be read across
 * origins, so each message is addressed to every allowed origin in turn: the browser delivers it
 * only where the opener's origin matches exactly.
 */
function openerHost(win: Window, origins: readonly string[]): HostChannel | undefined {
  const opener = win.opener as Window | null;
  if (!opener || origins.length === 0) return undefined;
  return {
    kind: 'opener',
    send: (json) => {
      for (const origin of origins) {
        try {
          opener.postMessage(json, origin);
        } catch {
          // The opener went away: nothing to deliver to.
        }
      }
    },
  };
}

export function createBridge(win: Window, options: BridgeOptions): Bridge {
  const native = options.native ? detectNativeHost(win) : undefined;
  const opener = native ? undefined : openerHost(win, options.openerOrigins);
  /** An opener counts as the host only once it answered `hello` from an allowed origin. */
  let openerConfirmed = false;
  const currentHost = () => native ?? (openerConfirmed ? opener : undefined);
  const pending = new Map<string, { resolve: (result: unknown) => void; reject: (error: BridgeError) => void; timer: ReturnType<typeof setTimeout> | undefined }>();
  let nextId = 1;
  let disposed = false;

  const call = (channel: HostChannel, method: string, params: Record<string, unknown>, timeoutMs: number | undefined) => {
    const id = String(nextId++);
    return new Promise<unknown>((resolve, reject) => {
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              pending.delete(id);
              reject(new BridgeError('timeout'));
            }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      channel.send(JSON.stringify({ id, method, params }));
    });
  };

  const receive = (message: unknown) => {
    let parsed = message;
    if (typeof message === 'string') {
      if (message.length > MAX_MESSAGE_LENGTH) return;
      try {
        parsed = JSON.parse(message);
      } catch {
        return;
      }
    }
    const checked = v.safeParse(answer, parsed);
    if (!checked.success) return;
    const waiting = pending.get(checked.output.id);
    if (!waiting) return;
    pending.delete(checked.output.id);
    clearTimeout(waiting.timer);
    if ('error' in checked.output) waiting.reject(new BridgeError('host-error', checked.output.error.code));
    else waiting.resolve(checked.output.result);
  };

  const onMessage = (event: MessageEvent) => {
    // Only the opener, only from an allowed origin; everything else is someone else's message.
    if (!opener || event.source !== win.opener || !options.openerOrigins.includes(event.origin)) return;
    receive(event.data);
  };
  win.addEventListener('message', onMessage);

  // The opener's origin cannot be read, and a page on another origin may have opened this one:
  // ask, and let only an answer from an allowed origin make the opener the host. No time limit,
  // since the question costs nothing while unanswered.
  if (opener) {
    call(opener, 'hello', { version: 1 }, undefined).then(
      () => {
        openerConfirmed = true;
      },
      () => undefined,
    );
  }

  return {
    get host() {
      return currentHost();
    },
    request(method, params = {}, timeoutMs = options.requestTimeoutMs) {
      if (disposed) return Promise.reject(new BridgeError('closed'));
      const host = currentHost();
      if (!host) return Promise.reject(new BridgeError('no-host'));
      return call(host, method, params, timeoutMs);
    },
    event(name, data) {
      if (disposed) return;
      currentHost()?.send(JSON.stringify(data === undefined ? { event: name } : { event: name, data }));
    },
    receive,
    dispose() {
      disposed = true;
      win.removeEventListener('message', onMessage);
      for (const waiting of pending.values()) {
        clearTimeout(waiting.timer);
        waiting.reject(new BridgeError('closed'));
      }
      pending.clear();
    },
  };
}

let pageBridge: Bridge | undefined;

/**
 * The page's bridge, created once at start-up: it publishes `window.IDaaSBridge.receive` for
 * native hosts' answers and listens for the opener's.
 */
export function installPageBridge(options: BridgeOptions, win: Window = window): Bridge {
  if (pageBridge) return pageBridge;
  const bridge = createBridge(win, options);
  pageBridge = bridge;
  Object.defineProperty(win, 'IDaaSBridge', {
    value: Object.freeze({ receive: (message: unknown) => bridge.receive(message) }),
    configurable: false,
    writable: false,
    enumerable: false,
  });
  return bridge;
}

/** The bridge installPageBridge created, if start-up has run. */
export function getPageBridge(): Bridge | undefined {
  return pageBridge;
}
