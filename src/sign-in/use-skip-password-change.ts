import { useIdaasClient } from '../api/react';
import { useTenantAction } from '../api/use-tenant-action';
import type { PasswordStep } from './flow';
import { useLoginOutcome } from './use-login-outcome';

/** "Not now" on PASSWORD_WARN: keeps the password and signs in. */
export function useSkipPasswordChange(step: PasswordStep | undefined) {
  const client = useIdaasClient();
  const outcome = useLoginOutcome();
  const action = useTenantAction((stateToken: string) => client.skipPasswordUpdate(stateToken));
  const skip = () => {
    if (step) action.run(step.stateToken, { onSuccess: (answer) => outcome.handle(answer, step.identifier) });
  };
  return { skip, busy: action.busy || outcome.leaving, error: action.error };
}
