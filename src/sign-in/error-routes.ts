import type { CodeProblem } from '../sms/code-problems';
import type { ErrorRoutes, ErrorTarget } from './route-error';

/** The tenant's answers about an SMS code, told at the form's `code` field in our words. */
export const SMS_CODE_ROUTES: ErrorRoutes<{ code: CodeProblem }> = {
  'wrong-code': { field: 'code', problem: 'wrong' },
  'code-expired': { field: 'code', problem: 'expired' },
  'code-missing': { field: 'code', problem: 'required' },
};

/** A new password the tenant's policy refuses (or has seen before): told at `field` in the tenant's words. */
export function newPasswordRoutes<F extends string>(field: F): ErrorRoutes<Record<F, never>> {
  const target = { field } as ErrorTarget<Record<F, never>>;
  return { 'password-rejected': target, 'password-reused': target };
}
