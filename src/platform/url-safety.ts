/*
 * Every check of a URL that comes from config, a theme, the tenant or the query string: one rule
 * per kind of URL, and one table of hostile inputs (url-safety.test.ts) that every rule faces.
 */

const MAX_URL_LENGTH = 2048;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const SAME_ORIGIN_BASE = 'https://origin.invalid';
/**
 * What a browser would quietly clean up into another URL, or what shows one URL and goes to
 * another: white space (any, full-width included), control characters, backslashes, bidi controls.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSAFE_CHARACTER = /[\s\\\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function plain(value: string): boolean {
  return value.length > 0 && value.length <= MAX_URL_LENGTH && !UNSAFE_CHARACTER.test(value);
}

function absolute(value: string): URL | undefined {
  if (!plain(value)) return undefined;
  try {
    const url = new URL(value);
    return url.username === '' && url.password === '' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** An absolute https: URL without credentials. */
export function isHttpsUrl(value: string): boolean {
  return absolute(value)?.protocol === 'https:';
}

/** An https: URL, or http: on a loopback host (local development), without credentials. */
export function isSecureUrl(value: string): boolean {
  const url = absolute(value);
  return url?.protocol === 'https:' || (url?.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}

/** `/path?query#fragment` on this origin: one leading slash, never `//host` nor `/\host`. */
export function isSameOriginPath(value: string): boolean {
  if (!plain(value) || !value.startsWith('/') || value.startsWith('//')) return false;
  try {
    return new URL(value, SAME_ORIGIN_BASE).origin === SAME_ORIGIN_BASE;
  } catch {
    return false;
  }
}

/** Where a link or an image may point: a same-origin path or an https: URL. */
export function isSafeLinkUrl(value: string): boolean {
  return isSameOriginPath(value) || isHttpsUrl(value);
}
