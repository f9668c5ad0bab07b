import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { isAllowlistedRedirectUri } from './redirect-allowlist';
import { userInfoFromIdToken } from './user-info';

const key = new TextEncoder().encode('test-only-key-for-decoding-tests');

async function token(claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('user-1').sign(key);
}

describe('user info from the id_token', () => {
  it('reads the seed’s top-level claims', async () => {
    const info = userInfoFromIdToken(await token({ id: 'u1', userName: 'zhangrui1', name: 'zhangrui1', mobile: '+86-13808603636', email: '' }));
    expect(info).toEqual({ id: 'u1', userName: 'zhangrui1', name: 'zhangrui1', mobile: '+86-13808603636', email: undefined });
  });

  it('reads live tenants’ api claim, a JSON string', async () => {
    const api = JSON.stringify({ id: 'u2', userName: 'lisi', name: '李四', mobile: '+86-13800000001', email: 'lisi@example.com' });
    expect(userInfoFromIdToken(await token({ api }))).toEqual({ id: 'u2', userName: 'lisi', name: '李四', mobile: '+86-13800000001', email: 'lisi@example.com' });
  });

  it('shows nothing, rather than crashing, for a token that is not a JWT', () => {
    expect(userInfoFromIdToken('not-a-jwt')).toEqual({ id: undefined, userName: undefined, name: undefined, mobile: undefined, email: undefined });
  });

  it('survives a broken api claim', async () => {
    expect(userInfoFromIdToken(await token({ api: '{not json' })).id).toBe('user-1');
  });
});

describe('redirect allowlist', () => {
  const allowlist = ['https://allowed.example.com/callback', 'http://localhost:3000/cb'];

  it.each([
    '//evil.com',
    '/\\evil.com',
    'https://tenant@evil.com',
    'https://allowed.example.com.evil.com/callback',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://allowed.example.com/callback/',
    'https://allowed.example.com/callback?x=1',
    'HTTPS://ALLOWED.EXAMPLE.COM/callback',
    'http://allowed.example.com/callback',
  ])('refuses %s', (uri) => {
    expect(isAllowlistedRedirectUri(uri, [...allowlist, 'https://tenant@evil.com'])).toBe(false);
  });

  it('accepts only exact allowlisted URIs', () => {
    expect(isAllowlistedRedirectUri('https://allowed.example.com/callback', allowlist)).toBe(true);
    expect(isAllowlistedRedirectUri('http://localhost:3000/cb', allowlist)).toBe(true);
  });
});
