import type { CallOptions } from './login';
import { loginAnswer } from './schemas';
import type { Transport } from './transport';

/** The optional profile of `registUserByPhone`, in the tenant's field names (docs/product.md, "Registration profile"). */
export interface RegistrationProfile {
  user_name?: string;
  name?: string;
  email?: string;
  pwd?: string;
  head_img?: string;
  attr_gender?: 'female' | 'male' | 'unknow';
  /** `yyyy-MM-dd`. */
  attr_birthday?: string;
  attr_nick_name?: string;
  mailing_address?: string;
  zip_code?: string;
  first_name?: string;
  middle_name?: string;
  last_name?: string;
  industry?: string;
  /** Tenant-defined attributes, e.g. `{ age: '18' }`. */
  extension?: Record<string, string>;
}

export function registerApi(transport: Transport) {
  return {
    /** Registration success is login success: it answers a LoginOutcome. */
    registerByMobile: (input: { mobile: string; verifyCode: string; profile?: RegistrationProfile }, options: CallOptions = {}) => {
      const profile = Object.fromEntries(Object.entries(input.profile ?? {}).filter(([, value]) => value !== undefined && value !== ''));
      return transport.request({
        method: 'POST',
        path: '/api/v2/sdk/register/mobile-verify-code',
        body: { mobile: input.mobile, verify_code: input.verifyCode, ...profile },
        answer: loginAnswer,
        ...options,
      });
    },
  };
}
