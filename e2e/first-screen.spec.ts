import type { Page } from '@playwright/test';
import { en, zhCN } from './support/messages';
import { FIRST_SCREEN_ATTRIBUTE, SUBMIT_REQUESTED_ATTRIBUTE } from '../src/app/first-screen/marker';
import { appStarted, expect, expectAccessible, firstScreen, JOURNEY, test } from './support/fixtures';
import { LoginPage, signedInHeading } from './support/login-page';
import { PASSWORD, users } from './support/users';

/** The app's entry chunk. */
const APP_ENTRY = /\/assets\/index-[\w-]+\.js$/;
/** The first screen's boot script (src/app/first-screen/boot.js): held, none of the page's code runs. */
const BOOT_SCRIPT = /\/assets\/first-screen-[\w-]+\.js$/;

/** Holds the app's code (its entry chunk, or `script`) back until the returned function is called. */
async function holdAppCode(page: Page, script: RegExp = APP_ENTRY): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(script, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The main frame's navigation requests from now on (the page's own load included). */
function mainFrameNavigations(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) urls.push(request.url());
  });
  return urls;
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

  // Every route with a first screen and a form (route-table.ts `firstScreen`; /one-click has none),
  // its fields by the ids the first screen and the app share (takeover.tsx carries values by id).
  // The app may show a phone number grouped (`138 0000 0000`) once its phone library is in.
  const phoneNumber = (digits: string) => ({ typed: digits, shown: new RegExp(`^${digits.slice(0, 3)} ?${digits.slice(3, 7)} ?${digits.slice(7)}$`) });
  const as = (value: string) => ({ typed: value, shown: value });
  const firstScreenForms: { route: string; fields: [id: string, value: { typed: string; shown: string | RegExp }][] }[] = [
    { route: '/login', fields: [['login-identifier', as(users.plain.email)], ['login-password', as(PASSWORD)]] },
    { route: '/login/sms', fields: [['sms-login-phone', phoneNumber(users.plain.national)], ['sms-login-code', as('123456')]] },
    {
      route: '/password/forgot',
      fields: [['forgot-phone', phoneNumber(users.plain.national)], ['forgot-code', as('123456')], ['forgot-new', as(PASSWORD)], ['forgot-confirm', as(PASSWORD)]],
    },
    {
      route: '/register',
      fields: [
        ['register-phone', phoneNumber('13912345678')],
        ['register-code', as('123456')],
        ['register-user_name', as('first_screen')],
        ['register-name', as('首屏')],
        ['register-pwd', as(PASSWORD)],
        ['register-pwdConfirm', as(PASSWORD)],
      ],
    },
  ];

  for (const { route, fields } of firstScreenForms) {
    test(`Enter on the first screen of ${route}, before any of its code has run, goes nowhere: what was typed, and the focus, reach the app`, async ({ page }) => {
      const navigations = mainFrameNavigations(page);
      const release = await holdAppCode(page, BOOT_SCRIPT);
      // Not 'domcontentloaded': that waits for the (module) boot script.
      await page.goto(route, { waitUntil: 'commit' });
      await expect(firstScreen(page)).toBeVisible();
      for (const [id, { typed }] of fields) await page.locator(`#${id}`).fill(typed, { force: true });
      const [lastId] = fields.at(-1)!;
      await page.keyboard.press('Enter'); // In the last field: the form's implicit submission.
      release();

      await appStarted(page);
      expect(page.url(), 'still the page as opened (a submitted form adds a `?`)').toBe(new URL(route, page.url()).href);
      expect(navigations).toHaveLength(1);
      for (const [id, { shown }] of fields) await expect(page.locator(`#${id}`)).toHaveValue(shown);
      await expect(page.locator(`#${lastId}`)).toBeFocused();
    });
  }

  test('its submit button, clicked before the app is there, goes nowhere either', async ({ page }) => {
    const navigations = mainFrameNavigations(page);
    const release = await holdAppCode(page);
    const login = new LoginPage(page);
    await page.goto('/login', { waitUntil: 'domcontentloaded' });
    await login.identifier('unified').fill(users.plain.email, { force: true });
    await login.submit.click({ force: true });
    release();

    await appStarted(page);
    expect(page.url(), 'still the page as opened (a submitted form adds a `?`)').toBe(new URL('/login', page.url()).href);
    expect(navigations).toHaveLength(1);
    await expect(login.identifier('unified')).toHaveValue(users.plain.email);
  });

  test('Enter on it once the boot script has run is remembered: the app, on taking over, signs in with what was typed, once', JOURNEY, async ({ page, tenant }) => {
    const release = await holdAppCode(page);
    const login = new LoginPage(page);
    await page.goto('/login', { waitUntil: 'domcontentloaded' }); // The (module) boot script has run.
    await login.identifier('unified').fill(users.plain.email, { force: true });
    await login.password.fill(PASSWORD, { force: true });
    await page.keyboard.press('Enter');
    await expect(firstScreen(page).locator(`form[${SUBMIT_REQUESTED_ATTRIBUTE}]`)).toHaveCount(1);
    release();

    await expect(signedInHeading(page)).toBeVisible();
    expect(await tenant.requests('/api/v2/sdk/login/auth')).toHaveLength(1);
  });

  test('typing after Enter on it takes the Enter back: the app keeps what was typed, and the focus, and waits', async ({ page, tenant }) => {
    const release = await holdAppCode(page);
    const login = new LoginPage(page);
    await page.goto('/login', { waitUntil: 'domcontentloaded' });
    await login.identifier('unified').fill(users.plain.email, { force: true });
    await login.password.fill('typo', { force: true });
    await page.keyboard.press('Enter');
    await expect(firstScreen(page).locator(`form[${SUBMIT_REQUESTED_ATTRIBUTE}]`)).toHaveCount(1);
    await page.keyboard.press('Backspace');
    await expect(firstScreen(page).locator(`form[${SUBMIT_REQUESTED_ATTRIBUTE}]`)).toHaveCount(0);
    release();

    await appStarted(page);
    await expect(login.password).toHaveValue('typ');
    await expect(login.password).toBeFocused();
    await expect(login.submit).toBeEnabled();
    expect(await tenant.requests('/api/v2/sdk/login/auth')).toHaveLength(0);
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
