import { decodeJwt } from 'jose';

export interface UserInfo {
  id: string | undefined;
  userName: string | undefined;
  name: string | undefined;
  mobile: string | undefined;
  email: string | undefined;
}

/** The claims, unverified (display only); none for something that is not a JWT. */
function decodedClaims(idToken: string): Record<string, unknown> {
  try {
    return decodeJwt(idToken) as Record<string, unknown>;
  } catch {
    // Not a JWT at all: nothing to show (verification, not display, decides what it is worth).
    return {};
  }
}

const FIELDS = ['id', 'userName', 'name', 'mobile', 'email'] as const;

function pick(source: Record<string, unknown>): Partial<UserInfo> {
  const info: Partial<UserInfo> = {};
  for (const field of FIELDS) {
    const value = source[field];
    if (typeof value === 'string' && value !== '') info[field] = value;
  }
  return info;
}

/**
 * `getUserInfoFromIdToken`: the user fields of an id_token, read without verifying it (display
 * only). Seed tokens carry them as claims; live tenants put them in an `api` claim that is a JSON
 * string. Both are read, top-level claims first.
 */
export function userInfoFromIdToken(idToken: string): UserInfo {
  const claims = decodedClaims(idToken);
  let nested: Partial<UserInfo> = {};
  if (typeof claims.api === 'string') {
    try {
      const parsed: unknown = JSON.parse(claims.api);
      if (typeof parsed === 'object' && parsed !== null) nested = pick(parsed as Record<string, unknown>);
    } catch {
      nested = {};
    }
  }
  const top = pick(claims);
  return {
    id: top.id ?? nested.id ?? (typeof claims.sub === 'string' ? claims.sub : undefined),
    userName: top.userName ?? nested.userName,
    name: top.name ?? nested.name,
    mobile: top.mobile ?? nested.mobile,
    email: top.email ?? nested.email,
  };
}

export interface IdTokenFacts {
  issuedAt: Date | undefined;
  expiresAt: Date | undefined;
  tokenId: string | undefined;
}

/** When the id_token was issued and expires, and its id (jti), read for display without verifying. */
export function idTokenFacts(idToken: string): IdTokenFacts {
  const claims = decodedClaims(idToken);
  const date = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000) : undefined);
  return { issuedAt: date(claims.iat), expiresAt: date(claims.exp), tokenId: typeof claims.jti === 'string' ? claims.jti : undefined };
}
