import { expect, expectAccessible, test } from './support/fixtures';
import { LoginPage, signedInHeading } from './support/login-page';
import { PasswordChangePage } from './support/password-change-page';
import { PASSWORD, PREVIOUS_PASSWORD, users } from './support/users';

const NEW_PASSWORD = 'Newpass#2026';

test.describe('password about to expire (PASSWORD_WARN)', () => {
  test('skip: signed in with the old password kept', async ({ page, tenant }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn('username', users.expiring.userName, PASSWORD);
    const warn = page.getByRole('heading', { level: 1, name: '密码即将过期' });
    await expect(warn).toBeVisible();
    await expect(warn).toBeFocused();
    await expectAccessible(page, 'password warn');
    await page.getByRole('button', { name: '暂不修改' }).click();
    await expect(page.getByText(`欢迎，${users.expiring.name}`)).toBeVisible();
    const skips = await tenant.requests('/api/v2/sdk/pwd/skip-update');
    expect(skips).toEqual([expect.objectContaining({ method: 'GET' })]);
  });

  test('a skip with a state token that has died says to start again, with the way back focused', async ({ page, tenant }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn('username', users.expiring.userName, PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: '密码即将过期' })).toBeVisible();
    await tenant.advanceClock(31 * 60); // the state token lives 30 minutes (seed COMMON.1005, live PARAM.0014)
    await page.getByRole('button', { name: '暂不修改' }).click();
    await expect(page.getByRole('alert')).toHaveText('密码修改已超时，请重新登录。');
    const back = page.getByRole('button', { name: '返回登录' });
    await expect(back).toBeFocused();
    await expect(page.getByRole('button', { name: '暂不修改' })).toHaveCount(0);
    await expectAccessible(page, 'stale state token (warn)');
    await back.click();
    await expect(login.heading).toBeVisible();
    await login.signIn('username', users.expiring.userName, PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: '密码即将过期' })).toBeVisible();
  });

  test('change: signed in with the new password, and the old one no longer works', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn('unified', users.expiring.email, PASSWORD);
    await page.getByRole('button', { name: '立即修改' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '修改密码' })).toBeVisible();
    await expect(page).toHaveURL(/\/password\/change$/);
    const change = new PasswordChangePage(page);
    await expect(change.skip).toBeVisible();
    await expectAccessible(page, 'change (warn)');
    await change.change(PASSWORD, NEW_PASSWORD);
    await expect(signedInHeading(page)).toBeVisible();
    await expect(page.getByText(`欢迎，${users.expiring.name}`)).toBeVisible();

    await page.getByRole('button', { name: '退出登录' }).click();
    await login.heading.waitFor();
    await login.signIn('username', users.expiring.userName, PASSWORD);
    await expect(login.alert).toHaveText('用户名或密码错误，剩余尝试次数：4。');
    await login.password.fill(NEW_PASSWORD);
    await login.submit.click();
    // A freshly changed password does not expire soon: straight to signed in.
    await expect(page.getByText(`欢迎，${users.expiring.name}`)).toBeVisible();
  });
});

test.describe('password expired (PASSWORD_EXPIRED)', () => {
  test('forces a change: no way to skip', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn('username', users.expired.userName, PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: '密码已过期' })).toBeVisible();
    const change = new PasswordChangePage(page);
    await expect(change.skip).toHaveCount(0);
    await expect(page.getByRole('button', { name: '暂不修改' })).toHaveCount(0);
    await expectAccessible(page, 'change (expired)');
    await change.change(PASSWORD, NEW_PASSWORD);
    await expect(page.getByText(`欢迎，${users.expired.name}`)).toBeVisible();
  });

  test('a new password that breaks the policy is refused live, before any request', { tag: '@page' }, async ({ page, tenant }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn('username', users.expired.userName, PASSWORD);
    const change = new PasswordChangePage(page);
    await change.old.fill(PASSWORD);

    await change.new.fill('Ab1#');
    await expect(change.rule('length')).toHaveAttribute('data-met', 'false');
    await expect(change.rule('length')).toContainText('长度为 8–18 个字符');
    await expect(change.rule('complexity')).toHaveAttribute('data-met', 'true');

    await change.new.fill('abcdefghij');
    await expect(change.rule('length')).toHaveAttribute('data-met', 'true');
    await expect(change.rule('complexity')).toHaveAttribute('data-met', 'false');
    // The tenant's tip names the complexity rule.
    await expect(change.rule('complexity')).toContainText('至少包含数字、大写字母、小写字母和特殊字符中的3种');

    await change.new.fill(users.expired.userName);
    await expect(change.rule('notUsername')).toHaveAttribute('data-met', 'false');

    await change.new.fill(PASSWORD);
    await expect(change.rule('notOld')).toHaveAttribute('data-met', 'false');
    await expectAccessible(page, 'rules unmet');

    await change.new.fill('abcdefghij');
    await change.confirm.fill('abcdefghij');
    await change.submit.click();
    await expect(page.getByText('新密码不符合要求，请按提示修改。')).toBeVisible();
    await expect(change.new).toBeFocused();

    await change.new.fill(NEW_PASSWORD);
    await change.confirm.fill(`${NEW_PASSWORD}x`);
    await change.submit.click();
    await expect(page.getByText('两次输入的新密码不一致。')).toBeVisible();
    await expect(change.confirm).toBeFocused();
    expect(await tenant.requests('/api/v2/sdk/pwd/update')).toHaveLength(0);
  });

  test('the server refuses a reused password (PWD.1005), and a wrong current password, input kept', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn('username', users.expired.userName, PASSWORD);
    const change = new PasswordChangePage(page);
    await change.change(PASSWORD, PREVIOUS_PASSWORD);
    await expect(page.getByRole('alert')).toHaveText('该密码以前使用过，不能再次使用。');
    await expect(change.new).toHaveValue(PREVIOUS_PASSWORD);
    await expectAccessible(page, 'PWD.1005');
    await change.change('Not#MyPass1', NEW_PASSWORD);
    await expect(page.getByRole('alert')).toHaveText('当前密码不正确。');
    await change.change(PASSWORD, NEW_PASSWORD);
    await expect(page.getByText(`欢迎，${users.expired.name}`)).toBeVisible();
  });

  test('an expired password-change session says so and leads back to sign-in', async ({ page, tenant }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn('username', users.expired.userName, PASSWORD);
    const change = new PasswordChangePage(page);
    await change.old.fill(PASSWORD);
    await change.new.fill(NEW_PASSWORD);
    await change.confirm.fill(NEW_PASSWORD);
    await tenant.advanceClock(31 * 60); // the state token lives 30 minutes
    await change.submit.click();
    await expect(page.getByRole('alert')).toHaveText('密码修改已超时，请重新登录。');
    await expect(page.getByRole('button', { name: '返回登录' })).toBeFocused();
    await expectAccessible(page, 'stale state token (expired)');
    await page.getByRole('button', { name: '返回登录' }).click();
    await expect(login.heading).toBeVisible();
  });

  test('keyboard only: from the expired answer to signed in', { tag: '@page' }, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn('username', users.expired.userName, PASSWORD);
    const heading = page.getByRole('heading', { level: 1, name: '密码已过期' });
    await expect(heading).toBeFocused();
    const change = new PasswordChangePage(page);
    await page.keyboard.press('Tab');
    await expect(change.old).toBeFocused();
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Tab'); // show-password toggle
    await page.keyboard.press('Tab');
    await expect(change.new).toBeFocused();
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(change.confirm).toBeFocused();
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page.getByText(`欢迎，${users.expired.name}`)).toBeVisible();
  });

  test('/password/change without a sign-in explains where to start', { tag: '@page' }, async ({ page }) => {
    await page.goto('/password/change');
    await expect(page.getByText('修改密码需要先登录。')).toBeVisible();
    await expectAccessible(page, 'change without flow');
    await page.getByRole('link', { name: '返回登录' }).click();
    await expect(new LoginPage(page).heading).toBeVisible();
  });
});
