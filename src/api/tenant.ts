import type { CallOptions } from './login';
import { countryCodesAnswer, jwksAnswer, refreshAnswer } from './schemas';
import type { Transport } from './transport';

export const JWKS_PATH = '/api/v1/oauth2/keys';

export function tenantApi(transport: Transport) {
  return {
    /** `getInternaltionalAreaCode…`: the tenant's area codes, regexes and names. */
    getCountryCodes: (options: CallOptions = {}) =>
      transport.request({ method: 'GET', path: '/api/v2/sdk/country-codes', answer: countryCodesAnswer, ...options }),
    /** `refreshIdTokenWithSessionToken`: the session_token may rotate; keep the one returned. */
    refreshIdToken: (sessionToken: string, options: CallOptions = {}) =>
      transport.request({
        method: 'POST',
        path: '/api/v2/sdk/sso/session-token/id-token',
        headers: { 'session-token': sessionToken },
        answer: refreshAnswer,
        ...options,
      }),
    getJwks: (options: CallOptions = {}) => transport.request({ method: 'GET', path: JWKS_PATH, answer: jwksAnswer, ...options }),
    /** For jose's createRemoteJWKSet. */
    jwksUrl: () => transport.url(JWKS_PATH),
  };
}
