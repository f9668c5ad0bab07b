// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PATHS } from '../../app/paths';
import { IdaasError } from '../../api/errors';
import type { RegistrationProfile } from '../../api/register';
import type { LoginOutcome } from '../../api/schemas';
import { tenantFailure } from '../../api/transport';
import { fillPlaceholders } from '../../i18n/format';
import type { Messages } from '../../i18n/messages/zh-CN';
import { deferred } from '../../test/deferred';
import { expectProblemAt, field, fill, problemAt, press, renderPage } from '../../test/render-page';
import RegisterPage from './RegisterPage';

type Register = (input: { mobile: string; verifyCode: string; profile?: RegistrationProfile }) => Promise<LoginOutcome>;

const EMPLOYEE_NO = { 'zh-CN': '工号', 'zh-TW': '工號', en: 'Employee number' };
const config = {
  registration: {
    enabled: true,
    fields: [{ key: 'user_name', required: true }, { key: 'pwd', required: true }, { key: 'attr_nick_name' }],
    extension: [{ key: 'employee_no', type: 'number', required: true, maxLength: 8, label: EMPLOYEE_NO }],
  },
};
const denied: LoginOutcome = { status: 'ACCESS_DENIED' };

/** The field labels as the page writes them (optional fields say so). */
function labels(words: Messages) {
  return {
    phone: words['common.field.phone'],
    code: words['sms.code'],
    userName: words['register.field.user_name'],
    pwd: words['register.field.pwd'],
    confirm: words['register.field.pwdConfirm'],
    nickName: fillPlaceholders(words['register.optional'], { label: words['register.field.attr_nick_name'] }),
    employeeNo: EMPLOYEE_NO['zh-CN'],
  };
}

async function registerPage(registerByMobile: Register) {
  const page = await renderPage(PATHS.register, RegisterPage, { config, client: { registerByMobile } });
  await screen.findByRole('button', { name: /\+86/ });
  return { ...page, label: labels(page.words) };
}

/** A form the page accepts. */
function fillValid(label: ReturnType<typeof labels>) {
  fill(label.phone, '13800000000');
  fill(label.code, '123456');
  fill(label.userName, 'alice');
  fill(label.pwd, 'New-pass-1');
  fill(label.confirm, 'New-pass-1');
  fill(label.employeeNo, '42');
}

describe('registration page', () => {
  it('sent empty: each required field says so, naming itself; optional ones stay quiet; focus on the phone', async () => {
    const registerByMobile = vi.fn<Register>();
    const { words, label } = await registerPage(registerByMobile);
    press(words['register.submit']);
    await expectProblemAt(label.phone, words['phone.error.required']);
    const required = (name: string) => fillPlaceholders(words['register.error.required'], { label: name });
    expect(problemAt(label.code)).toBe(words['sms.error.codeRequired']);
    expect(problemAt(label.userName)).toBe(required(label.userName));
    expect(problemAt(label.pwd)).toBe(required(label.pwd));
    expect(problemAt(label.employeeNo)).toBe(required(label.employeeNo));
    expect(problemAt(label.nickName)).toBeUndefined();
    expect(document.activeElement).toBe(field(label.phone));

    fill(label.userName, 'alice');
    expect(problemAt(label.userName)).toBeUndefined();
    expect(problemAt(label.pwd)).toBe(required(label.pwd));
    expect(registerByMobile).not.toHaveBeenCalled();
  });

  it('each field’s own rules: user name characters, the confirmation, a number-only attribute', async () => {
    const registerByMobile = vi.fn<Register>();
    const { words, label } = await registerPage(registerByMobile);
    fillValid(label);
    fill(label.userName, 'a b');
    fill(label.confirm, 'New-pass-2');
    fill(label.employeeNo, 'A-42');
    press(words['register.submit']);
    await expectProblemAt(label.userName, words['register.error.userName']);
    expect(problemAt(label.confirm)).toBe(words['change.error.mismatch']);
    expect(problemAt(label.employeeNo)).toBe(fillPlaceholders(words['register.error.number'], { label: label.employeeNo }));
    expect(document.activeElement).toBe(field(label.userName));
    expect(registerByMobile).not.toHaveBeenCalled();
  });

  it('sends one registration: the number in the tenant’s form, the filled profile fields, the attributes under extension', async () => {
    const answer = deferred<LoginOutcome>();
    const registerByMobile = vi.fn<Register>(() => answer.promise);
    const { words, label } = await registerPage(registerByMobile);
    fillValid(label);
    press(words['register.submit']);
    press(words['register.submit']);
    await screen.findByRole('button', { name: words['register.submitting'] });
    press(words['register.submitting']);
    answer.resolve(denied);
    await screen.findByText(words['signIn.accessDenied']);
    expect(registerByMobile).toHaveBeenCalledTimes(1);
    expect(registerByMobile).toHaveBeenCalledWith({
      mobile: '+86-13800000000',
      verifyCode: '123456',
      profile: { user_name: 'alice', pwd: 'New-pass-1', extension: { employee_no: '42' } },
    });
  });

  it('a refusal naming a field is told at that field, focus there: mobile and user name taken, an attribute malformed, the password in the tenant’s words', async () => {
    const registerByMobile = vi
      .fn<Register>()
      .mockRejectedValueOnce(tenantFailure('IDAAS.SDK.COMMON.1006', 'The mobile parameter error'))
      .mockRejectedValueOnce(tenantFailure('IDAAS.SDK.COMMON.1006', 'The user_name parameter error'))
      .mockRejectedValueOnce(tenantFailure('IDAAS.SDK.COMMON.1002', 'The extension.employee_no parameter format is incorrect'))
      .mockRejectedValueOnce(tenantFailure('IDAAS.SDK.PWD.1001', 'Password length does not meet the requirements'));
    const { words, tenantWords, label } = await registerPage(registerByMobile);
    const taken = (name: string) => fillPlaceholders(words['register.error.taken'], { label: name });
    fillValid(label);

    press(words['register.submit']);
    await expectProblemAt(label.phone, taken(label.phone));
    expect(document.activeElement).toBe(field(label.phone));

    press(words['register.submit']);
    await expectProblemAt(label.userName, taken(label.userName));
    expect(document.activeElement).toBe(field(label.userName));

    press(words['register.submit']);
    await expectProblemAt(label.employeeNo, fillPlaceholders(words['register.error.format'], { label: label.employeeNo }));
    expect(document.activeElement).toBe(field(label.employeeNo));

    press(words['register.submit']);
    await expectProblemAt(label.pwd, tenantWords['PWD.1001']);
    expect(document.activeElement).toBe(field(label.pwd));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a refusal naming no field of the form, and a failure of the tenant, go to the page alert', async () => {
    const registerByMobile = vi
      .fn<Register>()
      .mockRejectedValueOnce(tenantFailure('IDAAS.SDK.COMMON.1006', 'The email parameter error'))
      .mockRejectedValueOnce(new IdaasError({ kind: 'http', status: 503 }))
      .mockResolvedValueOnce(denied);
    const { words, tenantWords, label } = await registerPage(registerByMobile);
    fillValid(label);
    press(words['register.submit']);
    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toBe(tenantWords['COMMON.1006'].replace('{0}', tenantWords['param.email']));
    expect(within(refusal).queryByRole('button')).toBeNull();
    for (const name of Object.values(label)) expect(problemAt(name)).toBeUndefined();

    press(words['register.submit']);
    await screen.findByText(fillPlaceholders(words['error.http'], { status: 503 }));
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: words['common.retry'] }));
    await screen.findByText(words['signIn.accessDenied']);
    expect(registerByMobile).toHaveBeenCalledTimes(3);
  });

  it('is not offered unless the configuration enables it: the user is sent home', async () => {
    const page = await renderPage(PATHS.register, RegisterPage, {});
    await waitFor(() => expect(page.path()).toBe(PATHS.home));
  });
});
