import { isSecureUrl } from '../platform/url-safety';

/**
 * Redirects go only to URIs the operator listed, compared as exact strings after the same safety
 * checks: no scheme-relative, backslash, credential, javascript: or data: tricks get through.
 */
export function isAllowlistedRedirectUri(candidate: string, allowlist: readonly string[]): boolean {
  return isSecureUrl(candidate) && allowlist.includes(candidate);
}
