import { expect, expectAccessible, test } from './support/fixtures';
import { LoginPage, signedInHeading } from './support/login-page';
import { PASSWORD, users } from './support/users';

test.describe('password login, each mode', () => {
  test('unified field: username, phone or email signs in', async ({ page }) => {
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
