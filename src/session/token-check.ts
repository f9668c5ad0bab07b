import type { MessageKey } from '../i18n/messages/zh-CN';

/**
 * The SDK's verify codes (`verifySignWithIdToken`; docs/quality.md, "Security"), which the page's token check reports
 * in the same terms: 0 valid, 1 empty input or not configured, 102 key retrieval failed,
 * 103 signature invalid, 106 expired (outside the validity period), 107 another client's token.
 */
export type TokenCheckCode = '0' | '1' | '102' | '103' | '106' | '107';

/** Why, more precisely than the code: what the user (or the operator) is told. */
export type TokenCheckReason =
  | 'valid'
  | 'empty'
  | 'not-configured'
  | 'keys-unavailable'
  | 'unknown-key'
  | 'algorithm'
  | 'malformed'
  | 'signature'
  | 'issuer'
  | 'claims'
  | 'dates'
  | 'expired'
  | 'not-yet-valid'
  | 'audience';

export interface TokenCheck {
  code: TokenCheckCode;
  reason: TokenCheckReason;
}

export const tokenCheckCodes: Record<TokenCheckReason, TokenCheckCode> = {
  valid: '0',
  empty: '1',
  'not-configured': '1',
  'keys-unavailable': '102',
  'unknown-key': '102',
  algorithm: '103',
  malformed: '103',
  signature: '103',
  issuer: '103',
  claims: '103',
  dates: '103',
  expired: '106',
  'not-yet-valid': '106',
  audience: '107',
};

export const tokenCheckMessages: Record<TokenCheckReason, MessageKey> = {
  valid: 'token.check.valid',
  empty: 'token.check.empty',
  'not-configured': 'token.check.notConfigured',
  'keys-unavailable': 'token.check.keysUnavailable',
  'unknown-key': 'token.check.unknownKey',
  algorithm: 'token.check.algorithm',
  malformed: 'token.check.malformed',
  signature: 'token.check.signature',
  issuer: 'token.check.issuer',
  claims: 'token.check.claims',
  dates: 'token.check.dates',
  expired: 'token.check.expired',
  'not-yet-valid': 'token.check.notYetValid',
  audience: 'token.check.audience',
};

export function tokenCheck(reason: TokenCheckReason): TokenCheck {
  return { code: tokenCheckCodes[reason], reason };
}

/** What a tenant's id_tokens must say about themselves (docs/tenant-api.md, "expire"; issuer and audience as the seeds show them). */
export interface TokenExpectations {
  /** `https://{tenant-domain}/api/v1/oauth2`. */
  issuer: string;
  /** The application's client id. */
  audience: string;
  /** The tenant JWKS (`/api/v1/oauth2/keys`). */
  jwksUrl: string;
}

export const ISSUER_PATH = '/api/v1/oauth2';

/**
 * The issuer to expect: configured explicitly (a same-origin proxy deployment serves the API from
 * the page's origin while the tenant signs with its own domain), else the tenant base URL's, else
 * the page origin's (base URL '' = the API on this origin).
 */
export function expectedIssuer(tenant: { baseUrl: string; issuer?: string | undefined }, pageOrigin: string): string {
  if (tenant.issuer) return tenant.issuer;
  return `${tenant.baseUrl === '' ? pageOrigin : tenant.baseUrl.replace(/\/+$/, '')}${ISSUER_PATH}`;
}
