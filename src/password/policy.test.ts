import { describe, expect, it } from 'vitest';
import type { PasswordPolicy } from '../api/schemas';
import { judged } from '../api/regex-judge.testing';
import { tenantRegexCompiles } from '../api/regex-syntax';
import { checkNewPassword } from './policy';

// The policy of the SDK documents' PASSWORD_WARN example (emulator/policy.ts), after JSON decoding.
const seedPolicy: PasswordPolicy = {
  maxLength: 18,
  minLength: 8,
  regEx:
    '^(?![a-zA-Z]+$)(?![A-Z0-9]+$)(?![A-Z~!#$%&+\\-,*:;<=>@_?^、`~\\./]+$)(?![a-z0-9]+$)(?![a-z~!#$%&+\\-,*:;<=>@_?^、`~\\./]+$)(?![0-9~!#$%&+\\-,*:;<=>@_?^、`~\\./]+$)[a-zA-Z0-9~!#$%&+\\-,*:;<=>@_?^、`~\\./]{1,}$',
  tip: '至少包含数字、大写字母、小写字母和特殊字符中的3种',
};

const check = (password: string, policy: PasswordPolicy | undefined, context: { identifier: string | undefined; oldPassword: string }) =>
  judged((judge) => checkNewPassword(password, policy, context, judge));

const unmet = async (password: string, context = { identifier: 'lisi', oldPassword: 'Idaas@2026' }, policy = seedPolicy) =>
  (await check(password, policy, context)).filter((r) => !r.met).map((r) => r.id);

describe('new password checked live against the login answer’s policy', () => {
  it('accepts a password that meets every rule', async () => {
    expect(await unmet('Newpass#2026')).toEqual([]);
  });

  it('refuses by length (min 8, max 18)', async () => {
    expect(await unmet('Ab1#')).toEqual(['length']);
    // Longer than the policy allows: the tenant's regEx is not even run on it (see below).
    expect(await unmet('Abcdefgh#123456789x')).toEqual(['length', 'complexity']);
  });

  it('refuses by the tenant regEx: three of four character classes', async () => {
    expect(await unmet('abcdefghij')).toEqual(['complexity']);
    expect(await unmet('abcdef1234')).toEqual(['complexity']);
    expect(await unmet('ABCDEF12#$')).toEqual([]);
    expect(await unmet('Abcdef 123')).toEqual(['complexity']); // a space is outside the allowed set
  });

  it('refuses the username (any case) and the current password', async () => {
    expect(await unmet('Lisi@2026x', { identifier: 'Lisi@2026X', oldPassword: '' })).toEqual(['notUsername']);
    expect(await unmet('Idaas@2026')).toEqual(['notOld']);
  });

  it('marks every rule unmet while nothing is typed', async () => {
    expect(await unmet('')).toEqual(['length', 'complexity', 'notUsername', 'notOld']);
  });

  it('shows only the rules the policy has', async () => {
    expect(await check('x', undefined, { identifier: undefined, oldPassword: '' })).toEqual([]);
    expect(await check('abcdefgh', { minLength: 8 }, { identifier: undefined, oldPassword: '' })).toEqual([{ id: 'length', met: true }]);
  });

  it('ignores a regEx that does not compile (the tenant still enforces its policy)', async () => {
    expect(tenantRegexCompiles('([a-z')).toBe(false);
    expect(await unmet('abcdefghij', { identifier: 'x', oldPassword: '' }, { ...seedPolicy, regEx: '([a-z' })).toEqual([]);
  });

  it('never runs the regEx on more than maxLength characters (seed: 18)', async () => {
    const hostile: PasswordPolicy = { maxLength: 18, regEx: '^(a+)+$' };
    const started = performance.now();
    expect(await check(`${'a'.repeat(40)}!`, hostile, { identifier: undefined, oldPassword: '' })).toContainEqual({ id: 'complexity', met: false });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('never runs the regEx on more than 128 characters', async () => {
    const hostile: PasswordPolicy = { regEx: '^(a+)+$' };
    const started = performance.now();
    expect(await check(`${'a'.repeat(200)}!`, hostile, { identifier: undefined, oldPassword: '' })).toEqual([{ id: 'complexity', met: false }]);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
