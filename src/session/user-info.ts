import { decodeJwt } from 'jose';

export interface UserInfo {
  id: string | undefined;
  userName: string | undefined;
  name: string | undefined;
  mobile: string | undefined;
  email: string | undefined;
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
  let claims: Record<string, unknown>;
  try {
    claims = decodeJwt(idToken) as Record<string, unknown>;
  } catch {
    // Not a JWT at all: nothing to show (verification, not display, decides what it is worth).
    claims = {};
  }
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
