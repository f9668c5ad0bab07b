const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An absolute https: URL (or http: on a loopback host, for local development), with no credentials. */
export function isSecureUrl(value: string): boolean {
  if (value.length > 2048 || /[\s\\]/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
}

/**
 * Redirects go only to URIs the operator listed, compared as exact strings after the same safety
 * checks: no scheme-relative, backslash, credential, javascript: or data: tricks get through.
 */
export function isAllowlistedRedirectUri(candidate: string, allowlist: readonly string[]): boolean {
  return isSecureUrl(candidate) && allowlist.includes(candidate);
}
