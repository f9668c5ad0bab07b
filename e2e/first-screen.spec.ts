import type { Page } from '@playwright/test';
import { en, zhCN } from './support/messages';
import { FIRST_SCREEN_ATTRIBUTE } from '../src/app/first-screen/marker';
import { appStarted, expect, expectAccessible, firstScreen, test } from './support/fixtures';
import { LoginPage, signedInHeading } from './support/login-page';
import { PASSWORD, users } from './support/users';

/** Holds the app's code (its entry chunk) back until the returned function is called. */
async function holdAppCode(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('the first screen in the page, before the app', () => {
  // As the build's config.json, from which the first screens were drawn: the routes below enabled.
  test.use({ appConfig: { methods: { default: 'password', enabled: ['password', 'sms'] }, registration: { enabled: true } } });

  test('is the login page, marked not yet usable; what was typed meanwhile, and the focus, carry over to the app, which signs in with it', async ({ page }) => {
    const release = await holdAppCode(page);
    const login = new LoginPage(page);
    await page.goto('/login', { waitUntil: 'domcontentloaded' });
    await expect(login.heading).toBeVisible();
    await expect(login.identifier('unified')).toBeVisible();
    await expect(firstScreen(page)).toHaveAttribute('aria-disabled', 'true');
    await expect(login.submit).toBeDisabled();
    await expectAccessible(page, 'first screen');

    // A person typing before the code has arrived (actionability checks would wait for the app).
    await login.identifier('unified').fill(users.plain.email, { force: true });
    await login.password.fill(PASSWORD, { force: true });
    release();

    await appStarted(page);
    await expect(page.locator('#root')).not.toHaveAttribute('aria-disabled');
    await expect(login.identifier('unified')).toHaveValue(users.plain.email);
    await expect(login.password).toHaveValue(PASSWORD);
    await expect(login.password).toBeFocused();
    await expect(login.submit).toBeEnabled();
    await expectAccessible(page, 'login form after the handover');
    await login.submit.click();
    await expect(signedInHeading(page)).toBeVisible();
  });

  test('a language chosen on it is the one the app starts in', async ({ page }) => {
    const release = await holdAppCode(page);
    await page.goto('/login/sms', { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1, name: zhCN['smsLogin.title'] })).toBeVisible();
    // Chosen with the keyboard, as actionability checks would wait for the app: 简体中文 → 繁體中文 → English.
    await page.getByLabel(zhCN['lang.label']).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel(zhCN['lang.label'])).toHaveValue('en');
    release();
    await expect(page.getByRole('heading', { level: 1, name: en['smsLogin.title'] })).toBeVisible();
    await appStarted(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test.describe('in a browser that prefers English', () => {
    test.use({ locale: 'en-US' });

    test('it is in the config’s language (zh-CN), and the app draws the page in English', async ({ page }) => {
      const release = await holdAppCode(page);
      await page.goto('/register', { waitUntil: 'domcontentloaded' });
      await expect(page.getByRole('heading', { level: 1, name: zhCN['register.title'] })).toBeVisible();
      release();
      await expect(page.getByRole('heading', { level: 1, name: en['register.title'] })).toBeVisible();
      await appStarted(page);
      await expectAccessible(page, 'register in English after the handover');
    });
  });

  test('a page without a first screen (an unknown path) starts as before', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.locator('#root')).not.toHaveAttribute(FIRST_SCREEN_ATTRIBUTE);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
