import { useState } from 'react';
import { useIdaasClient } from '../api/react';
import { useTenantAction } from '../api/use-tenant-action';
import type { MessageKey } from '../i18n/messages/zh-CN';
import type { PasswordStep } from './flow';
import { useLoginOutcome } from './use-login-outcome';

/** "Not now" on PASSWORD_WARN: keeps the password and signs in; `notice` tells an answer that does not (MFA, access denied). */
export function useSkipPasswordChange(step: PasswordStep | undefined) {
  const client = useIdaasClient();
  const outcome = useLoginOutcome();
  const [notice, setNotice] = useState<MessageKey>();
  const action = useTenantAction((stateToken: string) => client.skipPasswordUpdate(stateToken));
  const skip = () => {
    setNotice(undefined);
    if (step) action.run(step.stateToken, { onSuccess: (answer) => setNotice(outcome.handle(answer, step.identifier)) });
  };
  return { skip, busy: action.busy || outcome.leaving, error: action.error, notice, forgetNotice: () => setNotice(undefined) };
}
