import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, UnsecuredJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedIssuer } from './token-check';
import { tenantKeys, verifyIdToken } from './verify-id-token';

const ISSUER = 'https://tenant.example.com/api/v1/oauth2';
const CLIENT_ID = 'S1ScicdIVR1QUbNs8TBz6BYVd2Zt8Adc';
const KID = 'tenant-key-1';

let server: Server;
let jwksUrl: string;
let privateKey: CryptoKey;
let publicKey: CryptoKey;
let publicJwk: JWK;
let jwksStatus = 200;

/** A real JWKS endpoint on 127.0.0.1 (a Node test: `.node.test.ts` is type-checked with Node types), so key retrieval goes through jose's own fetch. */
beforeAll(async () => {
  ({ privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true }));
  publicJwk = { ...(await exportJWK(publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  server = createServer((_req, res) => {
    res.writeHead(jwksStatus, { 'content-type': 'application/json' });
    res.end(jwksStatus === 200 ? JSON.stringify({ keys: [publicJwk] }) : '{"error_code":"IDAAS.SDK.COMMON.1008"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/oauth2/keys`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const now = () => Math.floor(Date.now() / 1000);

/** An id_token with the claims of the SDK documents' example (emulator/keys.ts), signed by the tenant key unless told otherwise. */
function seedToken(overrides: { iss?: string; aud?: string; exp?: number | null; nbf?: number; iat?: number; kid?: string } = {}) {
  const iat = overrides.iat ?? now();
  const jwt = new SignJWT({ id: 'u1', userName: 'zhangrui1', name: 'zhangrui1', mobile: '+86-13808603636', email: '' })
    .setProtectedHeader({ alg: 'RS256', kid: overrides.kid ?? KID })
    .setSubject('u1')
    .setIssuer(overrides.iss ?? ISSUER)
    .setAudience(overrides.aud ?? CLIENT_ID)
    .setIssuedAt(iat)
    .setNotBefore(overrides.nbf ?? iat - 120)
    .setJti('7iwCYPo8EYcmLAD18x-CAw');
  if (overrides.exp !== null) jwt.setExpirationTime(overrides.exp ?? iat + 7200);
  return jwt;
}

const verify = (token: string, url = jwksUrl) => verifyIdToken(token, { issuer: ISSUER, audience: CLIENT_ID }, tenantKeys(url));

describe('id_token verification (docs/quality.md, the SDK verify codes)', () => {
  it('accepts a token the tenant signed: code 0, with its claims', async () => {
    const result = await verify(await seedToken().sign(privateKey));
    expect(result).toMatchObject({ code: '0', reason: 'valid', claims: { userName: 'zhangrui1', aud: CLIENT_ID } });
  });

  it('accepts a token that expired 30 s ago (60 s clock tolerance)', async () => {
    expect((await verify(await seedToken({ exp: now() - 30 }).sign(privateKey))).code).toBe('0');
  });

  it('rejects an expired token: 106', async () => {
    expect(await verify(await seedToken({ exp: now() - 120 }).sign(privateKey))).toEqual({ code: '106', reason: 'expired' });
  });

  it('rejects a token that is not yet valid (nbf in the future): 106', async () => {
    expect(await verify(await seedToken({ nbf: now() + 600 }).sign(privateKey))).toEqual({ code: '106', reason: 'not-yet-valid' });
  });

  // jose accepts these; no page could even display them (Intl throws on exp 10^13 s).
  it.each([
    ['an exp 10^13 s away (year 318857)', { exp: 1e13 }],
    ['an exp ten years away', { exp: now() + 10 * 365 * 86_400 }],
    ['an iat of −10^20 s', { iat: -1e20, exp: now() + 7200 }],
    ['an iat before 2000', { iat: 900_000_000, exp: now() + 7200 }],
    ['an nbf before 2000', { nbf: 1 }],
    ['an iat ten years ahead', { iat: now() + 10 * 365 * 86_400, nbf: now() - 120, exp: now() + 7200 }],
  ])('rejects a token with absurd dates, %s: 103', async (_name, dates) => {
    expect(await verify(await seedToken(dates).sign(privateKey))).toEqual({ code: '103', reason: 'dates' });
  });

  it('rejects a token issued in the future (iat a day ahead, beyond the 60 s tolerance): 106', async () => {
    expect(await verify(await seedToken({ iat: now() + 86_400, nbf: now() - 120, exp: now() + 86_400 + 7200 }).sign(privateKey))).toEqual({ code: '106', reason: 'not-yet-valid' });
    expect((await verify(await seedToken({ iat: now() + 30 }).sign(privateKey))).code).toBe('0');
  });

  it('rejects another application’s token (audience): 107', async () => {
    expect(await verify(await seedToken({ aud: 'another-client-id' }).sign(privateKey))).toEqual({ code: '107', reason: 'audience' });
  });

  it('rejects a token from another issuer: 103', async () => {
    expect(await verify(await seedToken({ iss: 'https://evil.example.com/api/v1/oauth2' }).sign(privateKey))).toEqual({ code: '103', reason: 'issuer' });
  });

  it('rejects alg none (an unsecured JWT): 103', async () => {
    const unsecured = new UnsecuredJWT({ sub: 'u1' }).setIssuer(ISSUER).setAudience(CLIENT_ID).setExpirationTime('2h').encode();
    expect(await verify(unsecured)).toEqual({ code: '103', reason: 'algorithm' });
    // The same with a kid, as an attacker would send it.
    const [, payload] = unsecured.split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'none', kid: KID })).toString('base64url');
    expect((await verify(`${header}.${payload}.`)).code).toBe('103');
  });

  it('rejects an HS256 token signed with the RSA public key as the HMAC secret: 103', async () => {
    const secret = new TextEncoder().encode(await exportSPKI(publicKey));
    const forged = await new SignJWT({ userName: 'admin' })
      .setProtectedHeader({ alg: 'HS256', kid: KID })
      .setIssuer(ISSUER)
      .setAudience(CLIENT_ID)
      .setExpirationTime('2h')
      .sign(secret);
    expect(await verify(forged)).toEqual({ code: '103', reason: 'algorithm' });
  });

  it('rejects a tampered signature and a tampered payload: 103', async () => {
    const token = await seedToken().sign(privateKey);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const flipped = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    expect(await verify(`${header}.${payload}.${flipped}`)).toEqual({ code: '103', reason: 'signature' });
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const elevated = Buffer.from(JSON.stringify({ ...claims, userName: 'admin' })).toString('base64url');
    expect(await verify(`${header}.${elevated}.${signature}`)).toEqual({ code: '103', reason: 'signature' });
  });

  it('rejects a token signed by a key that is not in the tenant JWKS (unknown kid): 102', async () => {
    const other = await generateKeyPair('RS256');
    expect(await verify(await seedToken({ kid: 'unknown-kid' }).sign(other.privateKey))).toEqual({ code: '102', reason: 'unknown-key' });
  });

  it('reports 102 when the JWKS cannot be fetched (unreachable, or an error answer)', async () => {
    const token = await seedToken().sign(privateKey);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/api/v1/oauth2/keys`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await verify(token, deadUrl)).toEqual({ code: '102', reason: 'keys-unavailable' });

    jwksStatus = 500;
    try {
      expect(await verify(token, `${jwksUrl}?fresh`)).toEqual({ code: '102', reason: 'keys-unavailable' });
    } finally {
      jwksStatus = 200;
    }
  });

  it('rejects a token without exp (required claim): 103', async () => {
    expect(await verify(await seedToken({ exp: null }).sign(privateKey))).toEqual({ code: '103', reason: 'claims' });
  });

  it('reports 103 for something that is not a JWT', async () => {
    expect(await verify('not.a.jwt')).toEqual({ code: '103', reason: 'malformed' });
    expect(await verify('eyJhbGciOiJSUzI1NiJ9')).toEqual({ code: '103', reason: 'malformed' });
  });

  it('reports 1 for an empty token or a page without issuer / client id', async () => {
    expect(await verify('')).toEqual({ code: '1', reason: 'empty' });
    const token = await seedToken().sign(privateKey);
    expect(await verifyIdToken(token, { issuer: ISSUER, audience: '' }, tenantKeys(jwksUrl))).toEqual({ code: '1', reason: 'not-configured' });
  });
});

describe('the issuer a page expects', () => {
  it('is the configured one, else the tenant base URL’s, else the page origin’s', () => {
    expect(expectedIssuer({ baseUrl: '', issuer: 'https://t.example.com/api/v1/oauth2' }, 'https://login.example.com')).toBe('https://t.example.com/api/v1/oauth2');
    expect(expectedIssuer({ baseUrl: 'https://t.example.com/' }, 'https://login.example.com')).toBe('https://t.example.com/api/v1/oauth2');
    expect(expectedIssuer({ baseUrl: '' }, 'https://login.example.com')).toBe('https://login.example.com/api/v1/oauth2');
  });
});
