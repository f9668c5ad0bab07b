import { useIdaasClient } from '../../api/react';
import { useTenantAction } from '../../api/use-tenant-action';
import type { PendingPasswordChange } from './password-flow';
import { useLoginOutcome } from './use-login-outcome';

/** "Not now" on PASSWORD_WARN: keeps the password and signs in. */
export function useSkipPasswordChange(pending: PendingPasswordChange | undefined) {
  const client = useIdaasClient();
  const outcome = useLoginOutcome();
  const action = useTenantAction((stateToken: string) => client.skipPasswordUpdate(stateToken));
  const skip = () => {
    if (pending) action.run(pending.stateToken, { onSuccess: (answer) => outcome.handle(answer, pending.identifier) });
  };
  return { skip, busy: action.busy || outcome.leaving, error: action.error };
}
