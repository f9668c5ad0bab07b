import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { abortAfter } from '../platform/timeout-signal';
import { tokenCheck, type TokenCheck, type TokenExpectations } from './token-check';

// jose's key sets call AbortSignal.timeout and structuredClone (on the JWKS: JSON), which the
// support matrix's oldest engines lack (docs/support-matrix.md): given here, where jose runs only.
if (typeof AbortSignal.timeout !== 'function') AbortSignal.timeout = abortAfter;
if (typeof structuredClone !== 'function') Object.assign(globalThis, { structuredClone: (value: unknown): unknown => JSON.parse(JSON.stringify(value)) });

/** The only algorithm a tenant signs id_tokens with: `none`, HS256 and friends are refused up front. */
const ALGORITHMS = ['RS256'];
const CLOCK_TOLERANCE_SECONDS = 60;
/** No id_token was issued, nor is valid from, before 2000-01-01: an earlier date is a broken tenant or a forgery. */
const EARLIEST_SECONDS = Date.UTC(2000, 0, 1) / 1000;
/** Longer than any id_token lifetime a tenant sets (about 2 h live, docs/tenant-api.md "expire"); beyond it `exp` is absurd. */
const LONGEST_LIFETIME_SECONDS = 366 * 86_400;

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
 * `verifySignWithIdToken`: checks an id_token exactly as docs/quality.md, "Security" states (RS256 only, issuer,
 * audience, exp required, 60 s clock tolerance, keys only from the tenant JWKS by kid) and reports
 * the SDK's verify code (token-check.ts). Never throws.
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
    const dates = implausibleDates(payload, Math.floor((currentDate ?? new Date()).getTime() / 1000));
    return dates ? tokenCheck(dates) : { ...tokenCheck('valid'), claims: payload };
  } catch (error) {
    return tokenCheck(reasonFor(error));
  }
}

/**
 * jose checks that `exp` has not passed and `nbf` has come, not that the dates make sense: an `exp`
 * in the year 318857 or an `iat` of −10^20 s verify, and no page can display them.
 */
function implausibleDates(payload: JWTPayload, now: number): 'dates' | 'not-yet-valid' | undefined {
  const { exp, iat, nbf } = payload;
  const inRange = (value: number | undefined, latest: number) => value === undefined || (value >= EARLIEST_SECONDS && value <= latest);
  if (iat !== undefined && iat > now + CLOCK_TOLERANCE_SECONDS && iat <= now + LONGEST_LIFETIME_SECONDS) return 'not-yet-valid';
  const latest = now + LONGEST_LIFETIME_SECONDS;
  return inRange(exp, latest) && inRange(iat, latest) && inRange(nbf, latest) ? undefined : 'dates';
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
