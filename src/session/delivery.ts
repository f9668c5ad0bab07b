import type { Bridge, HostKind } from './bridge';
import { resultFields, type HostResult } from './results';

/** Who took a result: a host app (WebView bridge or opener page) or a redirect back to the app. */
export type Handoff = { kind: 'host'; host: HostKind } | { kind: 'redirect'; uri: string };

export interface DeliveryTargets {
  /** The page's bridge; it has a host only when one is present and allowed. */
  bridge: Bridge | undefined;
  /** An allowlisted `redirect_uri` of this visit (urlOverrides refuses the others). */
  redirectUri: string | undefined;
  /** The `state` the app sent with its redirect_uri, returned with the result. */
  redirectState: string | undefined;
  /** Leaves for the redirect (window.location.replace in the page). */
  leaveFor: (url: string) => void;
}

/**
 * Hands a finished flow's result over (README, "Embedding: handing the result to your app"): to the host over the bridge when
 * there is one, else by redirect to the allowlisted redirect_uri with the result in the fragment.
 * Undefined when nobody asked for it: the page keeps the session and shows it.
 */
export function deliverResult(result: HostResult, targets: DeliveryTargets): Handoff | undefined {
  const host = targets.bridge?.host;
  if (targets.bridge && host) {
    targets.bridge.event('result', result);
    return { kind: 'host', host: host.kind };
  }
  if (targets.redirectUri) {
    targets.leaveFor(redirectWithResult(targets.redirectUri, result, targets.redirectState));
    return { kind: 'redirect', uri: targets.redirectUri };
  }
  return undefined;
}

/** `redirect_uri#code=0&session_token=…&id_token=…&expire=…&state=…`: tokens in the fragment, never the query. */
export function redirectWithResult(redirectUri: string, result: HostResult, state: string | undefined): string {
  const fragment = new URLSearchParams(resultFields(result));
  if (state !== undefined) fragment.set('state', state);
  const hash = redirectUri.indexOf('#');
  return `${hash === -1 ? redirectUri : redirectUri.slice(0, hash)}#${fragment.toString()}`;
}
