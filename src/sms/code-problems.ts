import type { ErrorMeaning } from '../api/error-meanings';
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

const codeMeanings: Partial<Record<ErrorMeaning, CodeProblem>> = { 'wrong-code': 'wrong', 'code-expired': 'expired', 'code-missing': 'required' };

/** A tenant answer about the code itself, shown at the code field rather than as a page error. */
export function codeProblemOf(error: IdaasError): CodeProblem | undefined {
  return error.meaning === undefined ? undefined : codeMeanings[error.meaning];
}

export function checkCode(code: string): CodeProblem | undefined {
  if (code === '') return 'required';
  return code.length === SMS_CODE_LENGTH ? undefined : 'format';
}
