import type { SessionTokens } from '../api/schemas';

/**
 * What the page hands to a host app, in the SDK callbacks' vocabulary (README, "Embedding: handing the result to your app"):
 * `0` success with the tokens; `1` failure with the tenant's error; a carrier / Aliyun code with
 * its data; `105` the user closed the slider; `700000` / `700001` the user left (back, other
 * login methods).
 */
export type HostResult =
  | { code: '0'; data: { session_token: string; id_token: string; expire: number } }
  | { code: '1'; data: { error_code: string; error_msg: string } }
  | { code: '105' }
  | { code: '700000' | '700001' }
  | { code: CarrierCode; data?: Record<string, string | number | boolean> };

/** Aliyun (6000xx, 7000xx) and carrier (China Mobile 10xxxx…) result codes: digits only. */
export type CarrierCode = `${number}`;

export function successResult(tokens: SessionTokens): HostResult {
  return { code: '0', data: { session_token: tokens.sessionToken, id_token: tokens.idToken, expire: tokens.expire } };
}

export function failureResult(errorCode: string, errorMessage: string): HostResult {
  return { code: '1', data: { error_code: errorCode, error_msg: errorMessage } };
}

/** The result as flat key/value pairs, for a redirect's URL fragment: `code=0&session_token=…`. */
export function resultFields(result: HostResult): [string, string][] {
  const fields: [string, string][] = [['code', result.code]];
  if ('data' in result && result.data) {
    for (const [key, value] of Object.entries(result.data)) fields.push([key, String(value)]);
  }
  return fields;
}
