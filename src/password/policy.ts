import type { PasswordPolicy } from '../api/schemas';
import { MAX_PASSWORD_LENGTH } from '../api/limits';
import type { RegexJudge } from '../api/untrusted-regex';

export type RuleId = 'length' | 'complexity' | 'notUsername' | 'notOld';

export interface RuleResult {
  id: RuleId;
  met: boolean;
}

export interface RuleContext {
  /** What the user signed in with; a new password may not equal it. */
  identifier: string | undefined;
  oldPassword: string;
}

/**
 * The rules that apply under this policy, checked against `password` as it is typed. The tenant's
 * regEx is judged off the page's thread (api/untrusted-regex.ts); a regEx that does not compile or
 * runs out of time drops its rule, and the length rules stand alone (the tenant still enforces it).
 */
export function checkNewPassword(password: string, policy: PasswordPolicy | undefined, context: RuleContext, judge: RegexJudge): RuleResult[] {
  const results: RuleResult[] = [];
  const { minLength, maxLength } = policy ?? {};
  const longest = Math.min(maxLength ?? MAX_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH);
  if (minLength !== undefined || maxLength !== undefined) {
    results.push({ id: 'length', met: password.length >= (minLength ?? 1) && password.length <= longest });
  }
  const source = policy?.regEx;
  if (source && !judge.refuses(source)) {
    // A value the length rules refuse is never handed to the tenant's regex (api/limits.ts caps it too).
    const reading = password.length > 0 && password.length <= longest ? judge.verdict(source, password) : 'no-match';
    if (reading !== 'refused') results.push({ id: 'complexity', met: reading === 'match' });
  }
  const identifier = context.identifier?.trim();
  if (identifier) results.push({ id: 'notUsername', met: password.length > 0 && password.toLowerCase() !== identifier.toLowerCase() });
  if (context.oldPassword !== '') results.push({ id: 'notOld', met: password.length > 0 && password !== context.oldPassword });
  return results;
}

/** The configured policy (config `password.policy`) without its unset keys, as a tenant answer would carry it. */
export function configuredPolicy(policy: Partial<Record<keyof PasswordPolicy, string | number | undefined>> | undefined): PasswordPolicy | undefined {
  if (!policy) return undefined;
  return Object.fromEntries(Object.entries(policy).filter(([, value]) => value !== undefined)) as PasswordPolicy;
}
