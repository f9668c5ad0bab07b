import type { Page } from '@playwright/test';
import { seedPasswordPolicy } from '../emulator/policy.ts';
import { AccountPage } from './support/account-page';
import { expect, expectAccessible, JOURNEY, test, type TenantControl } from './support/fixtures';
import { LoginPage } from './support/login-page';
import { zhCN } from './support/messages';
import { Slider } from './support/slider';
import { smsCode } from './support/sms';
import { PASSWORD, PREVIOUS_PASSWORD, users } from './support/users';

const RESET_PATH = '/api/v2/sdk/pwd/update-by-mobile';
const MOBILE = `+86-${users.plain.national}`;
const NEW_PASSWORD = 'Newpass2026';

test.use({
  appConfig: {
    methods: { default: 'password', enabled: ['password', 'sms'] },
    password: { policy: { minLength: seedPasswordPolicy.minLength, maxLength: seedPasswordPolicy.maxLength, regEx: seedPasswordPolicy.regEx, tip: seedPasswordPolicy.tip.zh } },
  },
});

/** The forgot-password page, found by role and label. */
class ForgotPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: zhCN['forgot.title'] });
  }

  get phone() {
    return this.page.getByRole('textbox', { name: zhCN['common.field.phone'] });
  }

  get code() {
    return this.page.getByRole('textbox', { name: zhCN['sms.code'] });
  }

  get getCode() {
    return this.page.getByRole('button', { name: zhCN['sms.getCode'], exact: true });
  }

  get newPassword() {
    return this.page.getByLabel(zhCN['change.field.new'], { exact: true });
  }

  get confirm() {
    return this.page.getByLabel(zhCN['change.field.confirm'], { exact: true });
  }

  get submit() {
    return this.page.getByRole('button', { name: zhCN['forgot.submit'], exact: true });
  }

  /** Phone, Get code, the slider solved by a mouse drag, and the code from the tenant's outbox. */
  async getCodeFor(tenant: TenantControl): Promise<void> {
    await this.phone.fill(users.plain.national);
    const slider = new Slider(this.page, tenant);
    const puzzle = slider.nextPuzzle();
    await this.getCode.click();
    const { x } = await puzzle;
    await slider.expectReady();
    await expectAccessible(this.page, 'slider open');
    await slider.dragWithMouse(x);
    await expect(slider.dialog).toBeHidden();
    await this.code.fill(await smsCode(tenant, MOBILE, 'FORGET_PWD_SMS'));
  }
}

test.describe('forgot password (SMS code)', () => {
  test('end to end: the new password signs in, the old one no longer does', JOURNEY, async ({ page, tenant }) => {
    await page.goto('/login');
    await page.getByRole('link', { name: zhCN['login.forgot'] }).click();
    const forgot = new ForgotPage(page);
    await expect(forgot.heading).toBeVisible();
    await expectAccessible(page, 'forgot password form');

    await forgot.getCodeFor(tenant);
    await forgot.newPassword.fill(NEW_PASSWORD);
    // The configured policy is checked as the password is typed.
    await expect(page.locator('#forgot-rules li[data-met="true"]')).toHaveCount(2);
    await forgot.confirm.fill(NEW_PASSWORD);
    await forgot.submit.click();

    const login = new LoginPage(page);
    await expect(login.heading).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: zhCN['login.passwordReset'] })).toBeVisible();
    await expect(login.tab('phone')).toHaveAttribute('aria-selected', 'true');
    await expect(login.phoneNumber).toHaveValue('138 0000 0000');
    await expectAccessible(page, 'back on sign-in after the reset');

    await login.password.fill(NEW_PASSWORD);
    await login.submit.click();
    const account = new AccountPage(page);
    await expect(account.heading).toBeVisible();
    await account.signOut.click();

    await login.signIn('username', users.plain.userName, PASSWORD);
    await expect(login.alert).toContainText('剩余');
    await expect(account.heading).toHaveCount(0);
  });

  test('checks what it can before sending: mismatch, policy; the tenant’s history rule is told at the new password', async ({ page, tenant }) => {
    await page.goto('/password/forgot');
    const forgot = new ForgotPage(page);
    await forgot.submit.click();
    await expect(forgot.phone).toBeFocused();
    await expect(page.getByText(zhCN['phone.error.required'])).toBeVisible();
    await expectAccessible(page, 'empty form submitted');

    await forgot.getCodeFor(tenant);
    await forgot.newPassword.fill('short');
    await forgot.confirm.fill('different');
    await forgot.submit.click();
    await expect(forgot.newPassword).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(zhCN['change.error.policy'])).toBeVisible();
    await expect(page.getByText(zhCN['change.error.mismatch'])).toBeVisible();
    expect(await tenant.requests(RESET_PATH)).toHaveLength(0);

    // Allowed by the policy, refused by the tenant's password history (PWD.1005): said at the field.
    await forgot.newPassword.fill(PREVIOUS_PASSWORD);
    await forgot.confirm.fill(PREVIOUS_PASSWORD);
    await forgot.submit.click();
    await expect(forgot.newPassword).toBeFocused();
    await expect(page.getByText('该密码以前使用过，不能再次使用。')).toBeVisible();
    await expect(forgot.newPassword).toHaveAttribute('aria-invalid', 'true');
    // Nothing the user typed is lost.
    await expect(forgot.code).not.toHaveValue('');
    await expect(forgot.phone).toHaveValue('138 0000 0000');
    await expectAccessible(page, 'tenant refused the new password');
  });

  test('sent before the area codes arrived, the form waits for them rather than calling them failed', { tag: '@page' }, async ({ page, tenant }) => {
    await tenant.fault({ path: '/api/v2/sdk/country-codes', latencyMs: 1500 });
    await page.goto('/password/forgot');
    const forgot = new ForgotPage(page);
    await forgot.submit.click();
    await expect(page.getByText(zhCN['phone.error.required'])).toBeVisible();
    await expect(page.getByText(zhCN['phone.loadFailed'])).toHaveCount(0);
  });

  test('a wrong code is told at the code field; a 503 on the reset offers a retry that works', async ({ page, tenant }) => {
    await page.goto('/password/forgot');
    const forgot = new ForgotPage(page);
    await forgot.getCodeFor(tenant);
    const code = await forgot.code.inputValue();
    await forgot.code.fill(code === '000000' ? '111111' : '000000');
    await forgot.newPassword.fill(NEW_PASSWORD);
    await forgot.confirm.fill(NEW_PASSWORD);
    await forgot.submit.click();
    await expect(page.getByText(zhCN['sms.error.codeWrong'])).toBeVisible();
    await expect(forgot.code).toBeFocused();

    await forgot.code.fill(code);
    await tenant.fault({ path: RESET_PATH, status: 503, body: 'html' });
    await forgot.submit.click();
    const alert = page.locator('form').getByRole('alert');
    await expect(alert).toBeVisible();
    await expectAccessible(page, 'reset failed with a 503');
    await alert.getByRole('button', { name: zhCN['common.retry'] }).click();
    await expect(new LoginPage(page).heading).toBeVisible();
  });
});
