/** The problems a new password and its confirmation can have before sending: each code is also its message key. */
export type NewPasswordProblem = 'change.error.newRequired' | 'change.error.policy';
export type ConfirmProblem = 'change.error.confirmRequired' | 'change.error.mismatch';

/** What must be fixed in a new password (given whether the policy's rules are met) and its confirmation. */
export function newPasswordFindings(
  password: string,
  confirm: string,
  policyMet: boolean,
): { password: NewPasswordProblem | undefined; confirm: ConfirmProblem | undefined } {
  return {
    password: password === '' ? 'change.error.newRequired' : policyMet ? undefined : 'change.error.policy',
    confirm: confirm === '' ? 'change.error.confirmRequired' : confirm !== password ? 'change.error.mismatch' : undefined,
  };
}
