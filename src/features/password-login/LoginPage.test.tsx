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
import LoginPage from './LoginPage';

const denied: LoginOutcome = { status: 'ACCESS_DENIED' };

describe('password sign-in page', () => {
  it('sent empty: each field says what is missing, focus on the first; fixing a field clears its message only', async () => {
    const loginUnified = vi.fn(async () => denied);
    const { words } = await renderPage(PATHS.login, LoginPage, { client: { loginUnified } });
    press(words['login.submit']);
    await expectProblemAt(words['login.field.unified'], words['login.error.identifierRequired']);
    expect(problemAt(words['login.field.password'])).toBe(words['login.error.passwordRequired']);
    expect(document.activeElement).toBe(field(words['login.field.unified']));

    fill(words['login.field.unified'], 'alice');
    expect(problemAt(words['login.field.unified'])).toBeUndefined();
    expect(problemAt(words['login.field.password'])).toBe(words['login.error.passwordRequired']);
    press(words['login.submit']);
    await waitFor(() => expect(document.activeElement).toBe(field(words['login.field.password'])));
    expect(loginUnified).not.toHaveBeenCalled();
  });

  it('sends one request with the trimmed identifier and the password as typed, however often it is pressed', async () => {
    const answer = deferred<LoginOutcome>();
    const loginUnified = vi.fn(() => answer.promise);
    const { words } = await renderPage(PATHS.login, LoginPage, { client: { loginUnified } });
    fill(words['login.field.unified'], '  alice@example.com ');
    fill(words['login.field.password'], ' secret ');
    press(words['login.submit']);
    press(words['login.submit']);
    await screen.findByRole('button', { name: words['login.submitting'] });
    press(words['login.submitting']);
    answer.resolve(denied);
    expect(await screen.findByText(words['signIn.accessDenied'])).toBeTruthy();
    expect(loginUnified).toHaveBeenCalledTimes(1);
    expect(loginUnified).toHaveBeenCalledWith({ identifier: 'alice@example.com', password: ' secret ' });
  });

  it('mode tabs: each shows its own identifier field, and switching clears the problems shown', async () => {
    const loginByEmail = vi.fn(async () => denied);
    const { words } = await renderPage(PATHS.login, LoginPage, { client: { loginByEmail } });
    press(words['login.submit']);
    await expectProblemAt(words['login.field.password'], words['login.error.passwordRequired']);

    fireEvent.click(screen.getByRole('tab', { name: words['login.mode.email'] }));
    expect(screen.queryByLabelText(words['login.field.unified'])).toBeNull();
    expect(problemAt(words['login.field.email'])).toBeUndefined();
    expect(problemAt(words['login.field.password'])).toBeUndefined();

    fill(words['login.field.email'], 'not-an-address');
    fill(words['login.field.password'], 'pw');
    press(words['login.submit']);
    await expectProblemAt(words['login.field.email'], words['common.error.emailInvalid']);
    expect(document.activeElement).toBe(field(words['login.field.email']));
    fill(words['login.field.email'], 'alice@example.com');
    press(words['login.submit']);
    await screen.findByText(words['signIn.accessDenied']);
    expect(loginByEmail).toHaveBeenCalledWith({ email: 'alice@example.com', password: 'pw' });
  });

  it('phone tab: the phone field loads with the tenant’s area codes; a bad number is named with its country, a good one is sent as +86-…', async () => {
    const loginByMobile = vi.fn(async () => denied);
    const { words, client } = await renderPage(PATHS.login, LoginPage, { client: { loginByMobile } });
    fireEvent.click(screen.getByRole('tab', { name: words['login.mode.phone'] }));
    const phone = await screen.findByLabelText(words['common.field.phone'], { selector: 'input' });
    // The picker shows the tenant's preferred area code once the codes have arrived.
    await screen.findByRole('button', { name: /\+86/ });
    expect(client.getCountryCodes).toHaveBeenCalledTimes(1);

    fireEvent.change(phone, { target: { value: '12345' } });
    fill(words['login.field.password'], 'pw');
    press(words['login.submit']);
    await expectProblemAt(words['common.field.phone'], fillPlaceholders(words['phone.error.invalid'], { country: '中国大陆', code: '86' }));
    expect(document.activeElement).toBe(phone);

    fireEvent.change(phone, { target: { value: '13800000000' } });
    expect(problemAt(words['common.field.phone'])).toBeUndefined();
    press(words['login.submit']);
    await screen.findByText(words['signIn.accessDenied']);
    expect(loginByMobile).toHaveBeenCalledWith({ mobile: '+86-13800000000', password: 'pw' });
  });

  it('a locked account: the lock is told with the time left, and the form waits for it (for that account only)', async () => {
    const locked = tenantFailure(
      'IDAAS.SDK.LOGIN.1003',
      'The user has been locked due to too many unsuccessful login attempts. It will be unlocked in 1 minutes and 5 seconds',
    );
    const loginUnified = vi.fn(() => Promise.reject(locked));
    const { words } = await renderPage(PATHS.login, LoginPage, { client: { loginUnified } });
    fill(words['login.field.unified'], 'alice');
    fill(words['login.field.password'], 'pw');
    press(words['login.submit']);
    const alert = await screen.findByText(words['login.locked.title']);
    expect(alert.closest('[role="alert"]')?.textContent).toContain(words['login.locked.body']);
    // 65 s from the answer, ticking (a second may have passed already).
    const left = ['1:05', '1:04'].map((time) => fillPlaceholders(words['login.locked.countdown'], { time }));
    expect(left).toContain(screen.getByRole('timer').textContent);
    const submit = screen.getByRole('button', { name: words['login.submit'] }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);

    fill(words['login.field.unified'], 'bob');
    expect(submit.disabled).toBe(false);
  });

  it('refusals and failures go to the page’s alert: the tenant’s words without retry, a network failure with retry that sends again', async () => {
    const loginUnified = vi
      .fn<() => Promise<LoginOutcome>>()
      .mockRejectedValueOnce(tenantFailure('IDAAS.SDK.LOGIN.1005', 'Invalid username or password. Remaining login attempts: 4'))
      .mockRejectedValueOnce(new IdaasError({ kind: 'network' }))
      .mockResolvedValueOnce(denied);
    const { words, tenantWords } = await renderPage(PATHS.login, LoginPage, { client: { loginUnified } });
    fill(words['login.field.unified'], 'alice');
    fill(words['login.field.password'], 'wrong');
    press(words['login.submit']);
    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toBe(fillPlaceholders(tenantWords['LOGIN.1005'], ['4']));
    expect(within(refusal).queryByRole('button')).toBeNull();
    // Not a field's problem: neither field is marked.
    expect(problemAt(words['login.field.unified'])).toBeUndefined();
    expect(problemAt(words['login.field.password'])).toBeUndefined();

    press(words['login.submit']);
    await screen.findByText(words['error.network']);
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: words['common.retry'] }));
    await screen.findByText(words['signIn.accessDenied']);
    expect(loginUnified).toHaveBeenCalledTimes(3);
  });

  it('PASSWORD_EXPIRED: the user is taken to the password change step', async () => {
    const loginUnified = vi.fn(async (): Promise<LoginOutcome> => ({ status: 'PASSWORD_EXPIRED', stateToken: 'st-1', policy: undefined }));
    const page = await renderPage(PATHS.login, LoginPage, { client: { loginUnified } });
    fill(page.words['login.field.unified'], 'alice');
    fill(page.words['login.field.password'], 'old');
    press(page.words['login.submit']);
    await waitFor(() => expect(page.path()).toBe(PATHS.changePassword));
  });
});
