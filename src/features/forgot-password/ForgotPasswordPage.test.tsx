// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PATHS } from '../../app/paths';
import { IdaasError } from '../../api/errors';
import { tenantFailure } from '../../api/transport';
import { deferred } from '../../test/deferred';
import { expectProblemAt, field, fill, problemAt, press, renderPage } from '../../test/render-page';
import ForgotPasswordPage from './ForgotPasswordPage';

type Reset = () => Promise<undefined>;

async function forgotPage(resetPasswordByMobile: Reset, config: Record<string, unknown> = {}) {
  const page = await renderPage(PATHS.forgotPassword, ForgotPasswordPage, { config, client: { resetPasswordByMobile } });
  await screen.findByRole('button', { name: /\+86/ });
  return page;
}

describe('forgot-password page', () => {
  it('sent empty: every field says what is missing, focus on the phone; a confirmation that differs is told at it', async () => {
    const reset = vi.fn<Reset>(async () => undefined);
    const { words } = await forgotPage(reset);
    press(words['forgot.submit']);
    await expectProblemAt(words['common.field.phone'], words['phone.error.required']);
    expect(problemAt(words['sms.code'])).toBe(words['sms.error.codeRequired']);
    expect(problemAt(words['change.field.new'])).toBe(words['change.error.newRequired']);
    expect(problemAt(words['change.field.confirm'])).toBe(words['change.error.confirmRequired']);
    expect(document.activeElement).toBe(field(words['common.field.phone']));

    fill(words['common.field.phone'], '13800000000');
    fill(words['sms.code'], '123456');
    fill(words['change.field.new'], 'New-pass-1');
    expect(problemAt(words['change.field.new'])).toBeUndefined();
    expect(problemAt(words['change.field.confirm'])).toBe(words['change.error.confirmRequired']);
    fill(words['change.field.confirm'], 'New-pass-2');
    press(words['forgot.submit']);
    await expectProblemAt(words['change.field.confirm'], words['change.error.mismatch']);
    expect(document.activeElement).toBe(field(words['change.field.confirm']));
    expect(reset).not.toHaveBeenCalled();
  });

  it('the configured policy is checked before sending', async () => {
    const reset = vi.fn<Reset>(async () => undefined);
    const { words } = await forgotPage(reset, { password: { policy: { minLength: 10 } } });
    fill(words['common.field.phone'], '13800000000');
    fill(words['sms.code'], '123456');
    fill(words['change.field.new'], 'short');
    fill(words['change.field.confirm'], 'short');
    press(words['forgot.submit']);
    await expectProblemAt(words['change.field.new'], words['change.error.policy']);
    expect(document.activeElement).toBe(field(words['change.field.new']));
    expect(reset).not.toHaveBeenCalled();
  });

  it('sends one reset with the number, code and new password, then returns to sign-in', async () => {
    const answer = deferred<undefined>();
    const reset = vi.fn<Reset>(() => answer.promise);
    const page = await forgotPage(reset);
    const { words } = page;
    fill(words['common.field.phone'], '13800000000');
    fill(words['sms.code'], '123456');
    fill(words['change.field.new'], 'New-pass-1');
    fill(words['change.field.confirm'], 'New-pass-1');
    press(words['forgot.submit']);
    press(words['forgot.submit']);
    await screen.findByRole('button', { name: words['forgot.submitting'] });
    press(words['forgot.submitting']);
    answer.resolve(undefined);
    await waitFor(() => expect(page.path()).toBe(PATHS.login));
    expect(reset).toHaveBeenCalledTimes(1);
    expect(reset).toHaveBeenCalledWith({ mobile: '+86-13800000000', verifyCode: '123456', password: 'New-pass-1' });
  });

  it('the tenant refusing the new password is told at that field in the tenant’s words; a wrong code at the code field in ours', async () => {
    const reset = vi
      .fn<Reset>()
      .mockRejectedValueOnce(tenantFailure('IDAAS.SDK.PWD.1003', 'Password complexity is not enough'))
      .mockRejectedValueOnce(tenantFailure('IDAAS.SDK.SMS.1005', 'SMS verification code error'));
    const { words, tenantWords } = await forgotPage(reset);
    fill(words['common.field.phone'], '13800000000');
    fill(words['sms.code'], '123456');
    fill(words['change.field.new'], 'aaaaaaaa');
    fill(words['change.field.confirm'], 'aaaaaaaa');
    press(words['forgot.submit']);
    await expectProblemAt(words['change.field.new'], tenantWords['PWD.1003']);
    expect(document.activeElement).toBe(field(words['change.field.new']));
    expect(screen.queryByRole('alert')).toBeNull();

    press(words['forgot.submit']);
    await expectProblemAt(words['sms.code'], words['sms.error.codeWrong']);
    expect(document.activeElement).toBe(field(words['sms.code']));
  });

  it('a timeout goes to the page alert with retry, which sends again', async () => {
    const reset = vi
      .fn<Reset>()
      .mockRejectedValueOnce(new IdaasError({ kind: 'timeout' }))
      .mockResolvedValueOnce(undefined);
    const page = await forgotPage(reset);
    const { words } = page;
    fill(words['common.field.phone'], '13800000000');
    fill(words['sms.code'], '123456');
    fill(words['change.field.new'], 'New-pass-1');
    fill(words['change.field.confirm'], 'New-pass-1');
    press(words['forgot.submit']);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(words['error.timeout']);
    fireEvent.click(within(alert).getByRole('button', { name: words['common.retry'] }));
    await waitFor(() => expect(page.path()).toBe(PATHS.login));
    expect(reset).toHaveBeenCalledTimes(2);
  });
});
