// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PATHS } from '../../app/paths';
import { IdaasError } from '../../api/errors';
import type { LoginOutcome } from '../../api/schemas';
import { tenantFailure } from '../../api/transport';
import { fillPlaceholders } from '../../i18n/format';
import { deferred } from '../../test/deferred';
import { expectProblemAt, field, fill, problemAt, press, renderPage } from '../../test/render-page';
import SmsLoginPage from './SmsLoginPage';

const config = { methods: { default: 'password', enabled: ['password', 'sms'] } };
const denied: LoginOutcome = { status: 'ACCESS_DENIED' };

/** The page with the area codes in (the phone field is usable before, but its picker shows them once they arrived). */
async function smsLoginPage(loginBySmsCode: () => Promise<LoginOutcome>) {
  const page = await renderPage(PATHS.smsLogin, SmsLoginPage, { config, client: { loginBySmsCode } });
  await screen.findByRole('button', { name: /\+86/ });
  return page;
}

describe('SMS sign-in page', () => {
  it('sent empty: phone and code each say what is missing, focus on the phone; fixing one clears only its message', async () => {
    const loginBySmsCode = vi.fn(async () => denied);
    const { words } = await smsLoginPage(loginBySmsCode);
    press(words['smsLogin.submit']);
    await expectProblemAt(words['common.field.phone'], words['phone.error.required']);
    expect(problemAt(words['sms.code'])).toBe(words['sms.error.codeRequired']);
    expect(document.activeElement).toBe(field(words['common.field.phone']));

    fill(words['common.field.phone'], '13800000000');
    expect(problemAt(words['common.field.phone'])).toBeUndefined();
    expect(problemAt(words['sms.code'])).toBe(words['sms.error.codeRequired']);
    fill(words['sms.code'], '123');
    expect(problemAt(words['sms.code'])).toBeUndefined();
    press(words['smsLogin.submit']);
    await expectProblemAt(words['sms.code'], words['sms.error.codeFormat']);
    expect(document.activeElement).toBe(field(words['sms.code']));
    expect(loginBySmsCode).not.toHaveBeenCalled();
  });

  it('sends the number in the tenant’s form and the code, once however often it is pressed', async () => {
    const answer = deferred<LoginOutcome>();
    const loginBySmsCode = vi.fn(() => answer.promise);
    const { words } = await smsLoginPage(loginBySmsCode);
    fill(words['common.field.phone'], '138 0000 0000');
    fill(words['sms.code'], '123456');
    press(words['smsLogin.submit']);
    press(words['smsLogin.submit']);
    await screen.findByRole('button', { name: words['smsLogin.submitting'] });
    press(words['smsLogin.submitting']);
    answer.resolve(denied);
    await screen.findByText(words['signIn.accessDenied']);
    expect(loginBySmsCode).toHaveBeenCalledTimes(1);
    expect(loginBySmsCode).toHaveBeenCalledWith({ mobile: '+86-13800000000', verifyCode: '123456' });
  });

  it('a wrong or expired code is told at the code field in our words, focus there, no page alert', async () => {
    const loginBySmsCode = vi
      .fn<() => Promise<LoginOutcome>>()
      .mockRejectedValueOnce(tenantFailure('IDAAS.SDK.SMS.1005', 'SMS verification code error'))
      .mockRejectedValueOnce(tenantFailure('IDAAS.SDK.COMMON.1005', 'The verify_code has failed'));
    const { words } = await smsLoginPage(loginBySmsCode);
    fill(words['common.field.phone'], '13800000000');
    fill(words['sms.code'], '111111');
    press(words['smsLogin.submit']);
    await expectProblemAt(words['sms.code'], words['sms.error.codeWrong']);
    expect(document.activeElement).toBe(field(words['sms.code']));
    expect(screen.queryByRole('alert')).toBeNull();

    fill(words['sms.code'], '222222');
    expect(problemAt(words['sms.code'])).toBeUndefined();
    press(words['smsLogin.submit']);
    await expectProblemAt(words['sms.code'], words['sms.error.codeExpired']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a failure no field owns (a 502 from a proxy) goes to the page alert with retry', async () => {
    const loginBySmsCode = vi
      .fn<() => Promise<LoginOutcome>>()
      .mockRejectedValueOnce(new IdaasError({ kind: 'http', status: 502 }))
      .mockResolvedValueOnce(denied);
    const { words } = await smsLoginPage(loginBySmsCode);
    fill(words['common.field.phone'], '13800000000');
    fill(words['sms.code'], '123456');
    press(words['smsLogin.submit']);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(fillPlaceholders(words['error.http'], { status: 502 }));
    expect(problemAt(words['sms.code'])).toBeUndefined();
    fireEvent.click(within(alert).getByRole('button', { name: words['common.retry'] }));
    await screen.findByText(words['signIn.accessDenied']);
    expect(loginBySmsCode).toHaveBeenCalledTimes(2);
  });

  it('is not offered when the configuration does not enable SMS: the user is sent home', async () => {
    const page = await renderPage(PATHS.smsLogin, SmsLoginPage, { config: {} });
    await waitFor(() => expect(page.path()).toBe(PATHS.home));
  });
});
