import type { MessageKey } from '../i18n/messages/zh-CN';
import { SMS_CODE_LENGTH } from './SmsCodeFields';

export type CodeProblem = 'required' | 'format' | 'wrong' | 'expired';

export const codeMessages: Record<CodeProblem, MessageKey> = {
  required: 'sms.error.codeRequired',
  format: 'sms.error.codeFormat',
  wrong: 'sms.error.codeWrong',
  expired: 'sms.error.codeExpired',
};

export function checkCode(code: string): CodeProblem | undefined {
  if (code === '') return 'required';
  return code.length === SMS_CODE_LENGTH ? undefined : 'format';
}
