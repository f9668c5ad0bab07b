import { create } from 'zustand';
import type { IdaasError } from '../../api/errors';
import type { PasswordPolicy } from '../../api/schemas';

export interface PendingPasswordChange {
  status: 'PASSWORD_WARN' | 'PASSWORD_EXPIRED';
  stateToken: string;
  policy: PasswordPolicy | undefined;
  /** What the user signed in with (checked against "password equals username"). */
  identifier: string;
}

interface PasswordFlowState {
  pending: PendingPasswordChange | undefined;
  start(pending: PendingPasswordChange): void;
  clear(): void;
}

/** The password-expiry step's state_token has died (or something of the step expired): start again at sign-in. */
export function isStepExpired(error: IdaasError | undefined): boolean {
  return error?.meaning === 'state-expired' || error?.meaning === 'expired';
}

/** A password-expiry flow between the login answer and skip/change (state_token kept in memory only). */
export const usePasswordFlow = create<PasswordFlowState>()((set) => ({
  pending: undefined,
  start: (pending) => set({ pending }),
  clear: () => set({ pending: undefined }),
}));
