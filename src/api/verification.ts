import type { CallOptions } from './login';
import { captchaAnswer, captchaVerifyAnswer } from './schemas';
import type { Transport } from './transport';

export type SmsType = 'LOGIN_SMS' | 'REGISTER_SMS' | 'FORGET_PWD_SMS' | 'UPDATE_PWD_SMS' | 'UPDATE_MOBILE_SMS' | 'BIND_MOBILE_SMS';

/** Slider captcha and SMS: the captcha_token from the slider authorises one SMS to one number. */
export function verificationApi(transport: Transport) {
  return {
    getCaptcha: (options: CallOptions = {}) => transport.request({ method: 'GET', path: '/api/v2/sdk/captcha', answer: captchaAnswer, ...options }),
    /** `pointJson` is the (possibly AES-encrypted) point string; `sender` the mobile the SMS will go to. */
    verifyCaptcha: (input: { pointJson: string; token: string; sender: string }, options: CallOptions = {}) =>
      transport.request({
        method: 'POST',
        path: '/api/v2/sdk/captcha/verify',
        body: { point_json: input.pointJson, token: input.token, sender: input.sender },
        answer: captchaVerifyAnswer,
        ...options,
      }),
    sendSms: (input: { mobile: string; type: SmsType; captchaToken: string }, options: CallOptions = {}) =>
      transport.request({
        method: 'POST',
        path: '/api/v2/sdk/sms/send',
        body: { mobile: input.mobile, type: input.type, captcha_token: input.captchaToken },
        answer: 'empty',
        ...options,
      }),
  };
}
