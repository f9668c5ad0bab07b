import type { IdaasError } from '../api/errors';
import type { MessageKey } from '../i18n/messages/zh-CN';
import { SMS_CODE_LENGTH } from './SmsCodeFields';

export type CodeProblem = 'required' | 'format' | 'wrong' | 'expired';

export const codeMessages: Record<CodeProblem, MessageKey> = {
  required: 'sms.error.codeRequired',
  format: 'sms.error.codeFormat',
  wrong: 'sms.error.codeWrong',
  expired: 'sms.error.codeExpired',
};

/** A tenant answer about the code itself, shown at the code field rather than as a page error. */
export function codeProblemOf(error: IdaasError): CodeProblem | undefined {
  if (error.kind !== 'tenant') return undefined;
  if (error.code === 'SMS.1005') return 'wrong';
  if (error.code === 'COMMON.1005' && error.args[0] === 'verify_code') return 'expired';
  return undefined;
}

export function checkCode(code: string): CodeProblem | undefined {
  if (code === '') return 'required';
  return code.length === SMS_CODE_LENGTH ? undefined : 'format';
}
