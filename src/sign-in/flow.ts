import { create } from 'zustand';
import type { IdaasError } from '../api/errors';
import { PATHS } from '../app/paths';
import type { LoginOutcome, PasswordPolicy } from '../api/schemas';
import type { MessageKey } from '../i18n/messages/zh-CN';
import type { OneClickCarrier } from '../i18n/one-click-codes/codes';
import type { PhoneValue } from '../phone/PhoneNumberField';

/**
 * A password step the tenant asked for after a login answer: PASSWORD_WARN (change now or skip) or
 * PASSWORD_EXPIRED (change, or start again). Its state_token lives minutes, in memory only.
 */
export interface PasswordStep {
  name: 'password-warn' | 'password-expired';
  stateToken: string;
  policy: PasswordPolicy | undefined;
  /** What the user signed in with (checked against "password equals username"). */
  identifier: string;
}

/** The pages that carry each step, the first where it starts: the change page carries either (a change answered with PASSWORD_WARN keeps its form). */
export const STEP_PAGES: Readonly<Record<PasswordStep['name'], readonly string[]>> = {
  'password-warn': [PATHS.login, PATHS.changePassword],
  'password-expired': [PATHS.changePassword],
};

/** The step a PASSWORD_WARN or PASSWORD_EXPIRED answer starts. */
export function passwordStepOf(answer: Extract<LoginOutcome, { status: 'PASSWORD_WARN' | 'PASSWORD_EXPIRED' }>, identifier: string): PasswordStep {
  return { name: answer.status === 'PASSWORD_WARN' ? 'password-warn' : 'password-expired', stateToken: answer.stateToken, policy: answer.policy, identifier };
}

/** Where a sign-in stands between two pages; later steps (the SMS second factor) join this union. */
type SignInStep = { name: 'none' } | PasswordStep;

/** Why the user was moved from one-click to another method: shown on the page they land on. */
export type SwitchReason =
  | { kind: 'code'; code: string; carrier?: OneClickCarrier; detail?: string }
  | { kind: 'tenant'; error: IdaasError }
  | { kind: 'message'; key: MessageKey };

interface SignInFlow {
  step: SignInStep;
  /** Why one-click sent the user here; every sign-in page says so until the user is signed in. */
  switchReason: SwitchReason | undefined;
  /**
   * The phone number a password was just reset for, for the sign-in form to fill in once. Memory
   * only: a full phone number is never put in history state or storage (docs/quality.md, "Security").
   */
  resetPhone: PhoneValue | undefined;
}

const NO_STEP: SignInStep = { name: 'none' };

/** The one store of the sign-in core: what one page hands to the next (docs/architecture.md, "The sign-in core"). */
export const useSignInFlow = create<SignInFlow>()(() => ({ step: NO_STEP, switchReason: undefined, resetPhone: undefined }));

/** The password step under way, if any. */
export function usePasswordStep(): PasswordStep | undefined {
  return useSignInFlow((s) => (s.step.name === 'none' ? undefined : s.step));
}

/** What pages do to the flow, by name. */
export const signInFlow = {
  startPasswordStep(step: PasswordStep): void {
    useSignInFlow.setState({ step });
  },
  /** Back to the forms: the step was finished, abandoned or has died. */
  endStep(): void {
    useSignInFlow.setState({ step: NO_STEP });
  },
  switchedFromOneClick(reason: SwitchReason | undefined): void {
    useSignInFlow.setState({ switchReason: reason });
  },
  handOverResetPhone(phone: PhoneValue): void {
    useSignInFlow.setState({ resetPhone: phone });
  },
  /** The number of a just-finished reset, handed over once (a reload or a later visit gets nothing). */
  takeResetPhone(): PhoneValue | undefined {
    const { resetPhone } = useSignInFlow.getState();
    useSignInFlow.setState({ resetPhone: undefined });
    return resetPhone;
  },
};

/** The password step's state_token has died (or something of the step expired): start again at sign-in. */
export function isStepExpired(error: IdaasError | undefined): boolean {
  return error?.meaning === 'state-expired' || error?.meaning === 'expired';
}
