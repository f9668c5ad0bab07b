import type { CallOptions } from './login';
import { loginAnswer } from './schemas';
import type { Transport } from './transport';

export function passwordApi(transport: Transport) {
  return {
    /** `skipPassWordModifyWithStateToken` (PASSWORD_WARN only). */
    skipPasswordUpdate: (stateToken: string, options: CallOptions = {}) =>
      transport.request({ method: 'GET', path: '/api/v2/sdk/pwd/skip-update', headers: { 'X-state-token': stateToken }, answer: loginAnswer, ...options }),
    /** `modifyPasswordWithStateToken`. */
    updatePassword: (stateToken: string, input: { oldPassword: string; newPassword: string }, options: CallOptions = {}) =>
      transport.request({
        method: 'POST',
        path: '/api/v2/sdk/pwd/update',
        headers: { 'X-state-token': stateToken },
        body: { old_password: input.oldPassword, new_password: input.newPassword },
        answer: loginAnswer,
        ...options,
      }),
    /** `forgetPasswordChangePassWordByPhone`: an empty 200 on success. */
    resetPasswordByMobile: (input: { mobile: string; verifyCode: string; password: string }, options: CallOptions = {}) =>
      transport.request({
        method: 'POST',
        path: '/api/v2/sdk/pwd/update-by-mobile',
        body: { mobile: input.mobile, verify_code: input.verifyCode, password: input.password },
        answer: 'empty',
        ...options,
      }),
  };
}
