import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { tokenCheck, type TokenCheck, type TokenExpectations } from './token-check';

/** The only algorithm a tenant signs id_tokens with: `none`, HS256 and friends are refused up front. */
const ALGORITHMS = ['RS256'];
const CLOCK_TOLERANCE_SECONDS = 60;

/** Thrown by the key getter so that "could not get a key" is told apart from "the key says no". */
class KeyRetrievalFailed extends Error {
  constructor(override readonly cause: unknown) {
    super('key retrieval failed');
  }
}

const keySets = new Map<string, JWTVerifyGetKey>();

/** The tenant's JWKS, fetched when first needed and cached by jose (re-fetched for an unknown kid). */
export function tenantKeys(jwksUrl: string): JWTVerifyGetKey {
  let keys = keySets.get(jwksUrl);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 5000 });
    keySets.set(jwksUrl, keys);
  }
  return keys;
}

export interface VerifiedToken extends TokenCheck {
  claims?: JWTPayload;
}

/**
 * `verifySignWithIdToken`: checks an id_token exactly as quality.md states (RS256 only, issuer,
 * audience, exp required, 60 s clock tolerance, keys only from the tenant JWKS by kid) and reports
 * the seed's code. Never throws.
 */
export async function verifyIdToken(
  idToken: string,
  expected: Pick<TokenExpectations, 'issuer' | 'audience'>,
  keys: JWTVerifyGetKey,
  currentDate?: Date,
): Promise<VerifiedToken> {
  if (idToken.trim() === '') return tokenCheck('empty');
  if (expected.issuer === '' || expected.audience === '') return tokenCheck('not-configured');
  const getKey: JWTVerifyGetKey = async (header, token) => {
    try {
      return await keys(header, token);
    } catch (error) {
      throw new KeyRetrievalFailed(error);
    }
  };
  try {
    const { payload } = await jwtVerify(idToken, getKey, {
      algorithms: ALGORITHMS,
      issuer: expected.issuer,
      audience: expected.audience,
      requiredClaims: ['exp'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      ...(currentDate ? { currentDate } : {}),
    });
    return { ...tokenCheck('valid'), claims: payload };
  } catch (error) {
    return tokenCheck(reasonFor(error));
  }
}

function reasonFor(error: unknown): Parameters<typeof tokenCheck>[0] {
  if (error instanceof KeyRetrievalFailed) {
    return error.cause instanceof errors.JWKSNoMatchingKey || error.cause instanceof errors.JWKSMultipleMatchingKeys ? 'unknown-key' : 'keys-unavailable';
  }
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'audience';
    if (error.claim === 'iss') return 'issuer';
    if (error.claim === 'nbf') return 'not-yet-valid';
    return 'claims';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature';
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) return 'algorithm';
  return 'malformed';
}
