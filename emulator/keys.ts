import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { SignJWT, exportJWK, type JWK } from 'jose';

export interface SigningKeys {
  kid: string;
  privateKey: KeyObject;
  jwks: { keys: JWK[] };
}

/** RS256 keys are generated at every start: nothing secret is ever committed. */
export async function generateSigningKeys(): Promise<SigningKeys> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  const jwk = await exportJWK(publicKey);
  return { kid, privateKey, jwks: { keys: [{ ...jwk, kid, alg: 'RS256', use: 'sig' }] } };
}

export interface IdTokenUser {
  id: string;
  userName: string;
  name: string;
  mobile: string;
  email: string;
}

/** An id_token with the claims of the SDK documents' example (docs/product.md, "Sources"): id, sub, iss, aud, exp, nbf, iat, jti, mobile, userName, email, name. */
export async function issueIdToken(
  keys: SigningKeys,
  user: IdTokenUser,
  options: { issuer: string; audience: string; ttlSeconds: number; now: number; dates?: { exp?: number; iat?: number; nbf?: number } },
): Promise<string> {
  const iat = Math.floor(options.now / 1000);
  const dates = { iat, nbf: iat - 120, exp: iat + options.ttlSeconds, ...options.dates };
  // The date claims go in the payload as they are: SignJWT's setters refuse some absurd values a tenant might still send.
  return new SignJWT({ id: user.id, mobile: user.mobile, userName: user.userName, email: user.email, name: user.name, ...dates })
    .setProtectedHeader({ alg: 'RS256', kid: keys.kid })
    .setSubject(user.id)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setJti(randomBytes(16).toString('base64url'))
    .sign(keys.privateKey);
}

export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}
