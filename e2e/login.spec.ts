import { en } from './support/messages';
import { expect, expectAccessible, JOURNEY, test } from './support/fixtures';
import { LoginPage, signedInHeading } from './support/login-page';
import { PASSWORD, users } from './support/users';

test.describe('password login, each mode', () => {
  test('unified field signs in with an email', JOURNEY, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await expectAccessible(page, 'login form');
    await login.signIn('unified', users.plain.email, PASSWORD);
    await expect(signedInHeading(page)).toBeVisible();
    await expect(page.getByText(`欢迎，${users.plain.name}`)).toBeVisible();
    await expectAccessible(page, 'signed in');
  });

  test('username mode signs in', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.selectMode('username');
    await expectAccessible(page, 'username mode');
    await login.signIn('username', users.plain.userName, PASSWORD);
    await expect(page.getByText(`欢迎，${users.plain.name}`)).toBeVisible();
  });

  test('phone mode signs in with the preferred area code (+86)', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.selectMode('phone');
    await expect(login.areaCodeButton).toHaveText(/\+86/);
    await expectAccessible(page, 'phone mode');
    await login.signIn('phone', users.plain.national, PASSWORD);
    await expect(page.getByText(`欢迎，${users.plain.name}`)).toBeVisible();
  });

  test('email mode signs in', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.selectMode('email');
    await expectAccessible(page, 'email mode');
    await login.signIn('email', users.emailOnly.email, PASSWORD);
    await expect(page.getByText(`欢迎，${users.emailOnly.name}`)).toBeVisible();
  });
});

test.describe('a tenant with one mode', () => {
  test.use({ appConfig: { password: { modes: ['username'] } } });

  test('shows that mode alone, without tabs', { tag: '@page' }, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await expect(page.getByRole('tablist')).toHaveCount(0);
    await expect(login.identifier('username')).toBeVisible();
    await expectAccessible(page, 'single mode');
    await login.identifier('username').fill(users.plain.userName);
    await login.password.fill(PASSWORD);
    await login.submit.click();
    await expect(page.getByText(`欢迎，${users.plain.name}`)).toBeVisible();
  });
});

test.describe('failures and lockout', () => {
  test('a wrong password shows the remaining attempts in the current language', JOURNEY, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn('unified', users.plain.userName, 'Wrong#Pass1');
    await expect(login.alert).toHaveText('用户名或密码错误，剩余尝试次数：4。');
    await expectAccessible(page, 'wrong password');
    // The message follows a language switch without another request.
    await page.getByLabel('语言').selectOption('en');
    await expect(login.alert).toHaveText('Incorrect username or password. Attempts remaining: 4.');
    await expect(login.withMessages(en).password).toHaveValue('Wrong#Pass1');
  });

  test('in English from the first request, the tenant is asked in English and the count is shown', async ({ page }) => {
    const login = new LoginPage(page).withMessages(en);
    await login.goto('?lang=en');
    const request = page.waitForRequest('**/api/v2/sdk/login/auth');
    await login.signIn('unified', users.plain.userName, 'Wrong#Pass1');
    expect((await request).headers()['x-l']).toBe('en');
    await expect(login.alert).toHaveText('Incorrect username or password. Attempts remaining: 4.');
  });

  test('an unknown user gets the same wording as a wrong password', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn('unified', 'nobody-here', 'Wrong#Pass1');
    await expect(login.alert).toHaveText('用户名或密码错误，剩余尝试次数：4。');
  });

  test('the 5th failure locks with a countdown that ends in a working login', async ({ page, tenant }) => {
    await tenant.settings({ lockSeconds: 3 });
    const login = new LoginPage(page);
    await login.goto();
    await login.identifier('unified').fill(users.plain.userName);
    for (const remaining of [4, 3, 2, 1]) {
      await login.password.fill(`Wrong#Pass${remaining}`);
      await login.submit.click();
      await expect(login.alert).toHaveText(`用户名或密码错误，剩余尝试次数：${remaining}。`);
    }
    await login.password.fill('Wrong#Pass0');
    await login.submit.click();
    await expect(login.alert).toContainText('账号已被锁定');
    await expect(page.getByRole('timer')).toHaveText(/^0:0[1-3] 后可重新登录$/);
    await expect(login.submit).toBeDisabled();
    await expectAccessible(page, 'locked');
    await expect(page.getByRole('status').filter({ hasText: '锁定已解除' })).toBeVisible({ timeout: 6000 });
    await expect(login.submit).toBeEnabled();
    await expectAccessible(page, 'lock over');
    await login.password.fill(PASSWORD);
    await login.submit.click();
    await expect(page.getByText(`欢迎，${users.plain.name}`)).toBeVisible();
  });

  test('a lock of hours shows h:mm:ss, and one beyond a day says so instead of a countdown in billions of minutes', async ({ page, tenant }) => {
    const login = new LoginPage(page);
    await login.goto();
    await tenant.settings({ maxAttempts: 1, lockSeconds: 3 * 3600 + 4 * 60 + 5 });
    await login.signIn('username', users.plain.userName, 'Wrong#Pass1');
    await expect(page.getByRole('timer')).toHaveText(/^3:0[34]:\d\d 后可重新登录$/);
    await tenant.settings({ lockSeconds: 99_999_999_999 * 60 + 38 });
    await login.identifier('username').fill(users.expiring.userName);
    await login.submit.click();
    await expect(page.getByRole('timer')).toHaveText('锁定时间超过一天，请稍后再试或联系管理员。');
    await expectAccessible(page, 'locked beyond a day');
  });

  test('a lock holds back that account only: another account can sign in meanwhile', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn('username', users.locked.userName, PASSWORD);
    await expect(login.submit).toBeDisabled();
    await login.identifier('username').fill(users.plain.userName);
    await expect(login.submit).toBeEnabled();
    await login.submit.click();
    await expect(page.getByText(`欢迎，${users.plain.name}`)).toBeVisible();
  });

  test('a tenant that asks for MFA, or denies access, is explained', async ({ page, tenant }) => {
    await tenant.scenario('mfa-required');
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn('username', users.plain.userName, PASSWORD);
    await expect(login.alert).toHaveText('该账号需要多因素认证，此页面暂不支持。请使用其他方式登录或联系管理员。');
    await expectAccessible(page, 'MFA_AUTH');
    await tenant.scenario('access-denied');
    await login.submit.click();
    await expect(login.alert).toHaveText('访问被拒绝：您的账号无权登录此应用。');
  });

  test('an account locked earlier shows the time left', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn('username', users.locked.userName, PASSWORD);
    await expect(login.alert).toContainText('账号已被锁定');
    await expect(page.getByRole('timer')).toHaveText(/^(29|30):\d\d 后可重新登录$/);
  });

  test('missing fields are explained next to the field and focus moves there', { tag: '@page' }, async ({ page, tenant }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.submit.click();
    await expect(page.getByText('请输入用户名、手机号或邮箱。')).toBeVisible();
    await expect(login.identifier('unified')).toBeFocused();
    await expect(login.identifier('unified')).toHaveAttribute('aria-invalid', 'true');
    await login.selectMode('email');
    await login.identifier('email').fill('not-an-email');
    await login.password.fill('x');
    await login.submit.click();
    await expect(page.getByText('请输入有效的邮箱地址，例如 name@example.com。')).toBeVisible();
    await expectAccessible(page, 'field errors');
    expect(await tenant.requests('/api/v2/sdk/login/auth')).toHaveLength(0);
  });
});

test.describe('language and keyboard', () => {
  test('switching language keeps what was typed, in every mode', { tag: '@page' }, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.identifier('unified').fill('zhangsan');
    await login.password.fill('Typed#Secret1');
    await login.selectMode('phone');
    await login.phoneNumber.fill('13800000000');
    await page.getByLabel('语言').selectOption('zh-TW');
    await expect(page.getByRole('heading', { level: 1, name: '登入' })).toBeVisible();
    await expectAccessible(page, 'zh-TW');
    await page.getByLabel('語言').selectOption('en');
    const english = login.withMessages(en);
    await expect(english.heading).toBeVisible();
    await expect(english.phoneNumber).toHaveValue('138 0000 0000');
    await expect(english.password).toHaveValue('Typed#Secret1');
    await english.selectMode('unified');
    await expect(english.identifier('unified')).toHaveValue('zhangsan');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page, 'English');
  });

  test('keyboard only: tabs with arrow keys, fields with Tab, submit with Enter', { tag: '@page' }, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('语言')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(login.tab('unified')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(login.tab('username')).toBeFocused();
    await expect(login.tab('username')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Tab');
    await expect(login.identifier('username')).toBeFocused();
    await page.keyboard.type(users.plain.userName);
    await page.keyboard.press('Tab');
    await expect(login.password).toBeFocused();
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '显示密码' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(login.password).toHaveAttribute('type', 'text');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByText(`欢迎，${users.plain.name}`)).toBeVisible();
  });
});
