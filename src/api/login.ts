import { IdaasError } from './errors';
import { loginAnswer, type LoginOutcome } from './schemas';
import type { Transport } from './transport';

export interface CallOptions {
  signal?: AbortSignal;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@.]{2,}$/;

export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** The login operations of the SDKs (their method names in comments: docs/tenant-api.md, "Endpoints"); each answers a LoginOutcome. */
export function loginApi(transport: Transport) {
  const login = (path: string, body: Record<string, unknown>, options: CallOptions = {}): Promise<LoginOutcome> =>
    transport.request({ method: 'POST', path, body, answer: loginAnswer, ...options });

  return {
    /** `loginByAllInOneString`: username, phone or email in one field. */
    loginUnified: (input: { identifier: string; password: string }, options?: CallOptions) =>
      login('/api/v2/sdk/login/auth', { user_name: input.identifier, password: input.password }, options),
    /** `loginByUserName`. */
    loginByUserName: (input: { userName: string; password: string }, options?: CallOptions) =>
      login('/api/v2/sdk/login', { user_name: input.userName, password: input.password }, options),
    /** `loginByPhoneNumber`; `mobile` in wire form `+{areaCode}-{national}`. */
    loginByMobile: (input: { mobile: string; password: string }, options?: CallOptions) =>
      login('/api/v2/sdk/login/mobile-pwd', { mobile: input.mobile, password: input.password }, options),
    /** `loginByEmail`: the tenant has no separate endpoint, so the address is checked here first. */
    loginByEmail: (input: { email: string; password: string }, options?: CallOptions) => {
      if (!isEmailAddress(input.email)) {
        return Promise.reject(new IdaasError({ kind: 'invalid-input', detail: 'not an email address' }));
      }
      return login('/api/v2/sdk/login/auth', { user_name: input.email, password: input.password }, options);
    },
    /** Mobile + SMS code. */
    loginBySmsCode: (input: { mobile: string; verifyCode: string }, options?: CallOptions) =>
      login('/api/v2/sdk/login/mobile-verify-code', { mobile: input.mobile, verify_code: input.verifyCode }, options),
    /** One-click: the carrier token from the provider. */
    loginByCarrierToken: (input: { accessToken: string }, options?: CallOptions) =>
      login('/api/v2/sdk/login/aliyun-mobile-auth', { access_token: input.accessToken }, options),
  };
}
