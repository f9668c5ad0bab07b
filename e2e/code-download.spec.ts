import type { Page, Route } from '@playwright/test';
import { AccountPage } from './support/account-page';
import { expect, expectAccessible, test } from './support/fixtures';
import { LoginPage } from './support/login-page';
import { zhCN } from './support/messages';
import { PASSWORD, users } from './support/users';

/** The signed-in page's own chunk (src/app/routes.ts), as the build names it. */
const ACCOUNT_CHUNK = /\/assets\/AccountPage-[\w-]+\.js$/;
/** Every language's messages and packs: the build names those chunks after their locale. */
const LANGUAGE_CHUNKS = /\/assets\/(zh-CN|zh-TW|en)-[\w-]+\.js$/;
/** The browser's log of a chunk the test answered with 503 (fixtures.ts fails a test on any console error not declared). */
const CHUNK_503 = /Failed to load resource: the server responded with a status of 503/;

interface Answered {
  requests: number;
  failed: number;
}

/**
 * Answers `pattern` with 503 while `failing(ms since its first request)` says so, counting the
 * requests. A route chunk is asked for once more than the app imports it: Vite's preload helper
 * also lists the chunk itself as a modulepreload, and whether that shares the import's request
 * depends on timing. So the tests say how long the server is down, not for how many requests.
 */
async function failWhile(page: Page, pattern: RegExp, failing: (sinceFirst: number) => boolean): Promise<Answered> {
  const seen = { requests: 0, failed: 0 };
  let first: number | undefined;
  await page.route(pattern, (route: Route) => {
    seen.requests += 1;
    first ??= Date.now();
    if (!failing(Date.now() - first)) return route.continue();
    seen.failed += 1;
    return route.fulfill({ status: 503, body: 'unavailable' });
  });
  return seen;
}

/** The browser logs each 503 it got (how many at start-up depends on timing: prefetches share a request or not). */
function expect503Logs(answered: Answered, expectConsoleError: (pattern: RegExp) => void): void {
  for (let i = 0; i < answered.failed; i++) expectConsoleError(CHUNK_503);
}

/** Identifies the document: the same value after the account page appeared means no reload happened. */
const documentStart = (page: Page) => page.evaluate(() => performance.timeOrigin);

async function signInWithPassword(page: Page): Promise<number> {
  const login = new LoginPage(page);
  await login.goto();
  const started = await documentStart(page);
  await login.signIn('username', users.plain.userName, PASSWORD);
  return started;
}

test.describe('code that fails to download after sign-in (session in memory)', () => {
  test('is retried in place: the signed-in page appears without a reload, still signed in', async ({ page, expectConsoleError }) => {
    // Down for 1.5 s: the first two attempts fail; the third comes at least 2 s after the first
    // (retryingImport's pauses, 0.5 s and 1.5 s).
    const chunk = await failWhile(page, ACCOUNT_CHUNK, (sinceFirst) => sinceFirst < 1500);
    const started = await signInWithPassword(page);
    const account = new AccountPage(page);
    await expect(account.heading).toBeVisible();
    await expect(account.fact('account.userName')).toHaveText(users.plain.userName);
    expect(chunk.failed).toBeGreaterThanOrEqual(2);
    expect(chunk.requests).toBe(chunk.failed + 1);
    expect503Logs(chunk, expectConsoleError);
    expect(await documentStart(page)).toBe(started);
    await expectAccessible(page, 'signed in after two failed downloads');
  });

  test('still failing: says so truthfully, and “Try again” shows the page without a reload, still signed in', async ({ page, expectConsoleError }) => {
    let serverDown = true;
    const chunk = await failWhile(page, ACCOUNT_CHUNK, () => serverDown);
    // React reports the error its boundary caught.
    expectConsoleError(/code could not be downloaded/);
    const started = await signInWithPassword(page);

    const failed = page.getByRole('heading', { level: 1, name: zhCN['app.code.title'] });
    await expect(failed).toBeVisible();
    await expect(page.getByText(zhCN['app.code.server'])).toBeVisible();
    await expect(page.getByText(zhCN['app.code.offline'])).toHaveCount(0);
    // A reload would end a session kept only in memory: the button says so.
    await expect(page.getByRole('button', { name: zhCN['app.failed.reloadSignsOut'] })).toBeVisible();
    await expectAccessible(page, 'code failed');
    // retryingImport's three attempts (and perhaps the modulepreload's own request).
    expect(chunk.requests).toBeGreaterThanOrEqual(3);
    expect(chunk.failed).toBe(chunk.requests);
    expect503Logs(chunk, expectConsoleError);

    serverDown = false;
    await page.getByRole('button', { name: zhCN['common.retry'] }).click();
    const account = new AccountPage(page);
    await expect(account.heading).toBeVisible();
    await expect(account.fact('account.userName')).toHaveText(users.plain.userName);
    expect(await documentStart(page)).toBe(started);
    await expectAccessible(page, 'signed in after “Try again”');
  });

  test('offline: says the device is offline, and “Try again” once back online shows the page', async ({ page, context, expectConsoleError, tolerateConsoleError }) => {
    // Offline, the browser logs each request the page makes meanwhile (the retries among them): how many depends on timing.
    tolerateConsoleError(/net::ERR_INTERNET_DISCONNECTED/);
    // The chunk's request is held until the test has gone offline, then fails like the network did.
    let offline: () => void = () => undefined;
    const wentOffline = new Promise<void>((resolve) => (offline = resolve));
    let requested: () => void = () => undefined;
    const chunkRequested = new Promise<void>((resolve) => (requested = resolve));
    let held = true;
    await page.route(ACCOUNT_CHUNK, async (route) => {
      if (!held) return route.continue();
      requested();
      await wentOffline;
      return route.abort('internetdisconnected');
    });
    expectConsoleError(/code could not be downloaded/);
    const started = await signInWithPassword(page);
    await chunkRequested;
    await context.setOffline(true);
    offline();

    await expect(page.getByRole('heading', { level: 1, name: zhCN['app.code.title'] })).toBeVisible();
    await expect(page.getByText(zhCN['app.code.offline'])).toBeVisible();
    await expect(page.getByText(zhCN['app.code.server'])).toHaveCount(0);
    await expectAccessible(page, 'code failed offline');

    held = false;
    await context.setOffline(false);
    await page.getByRole('button', { name: zhCN['common.retry'] }).click();
    const account = new AccountPage(page);
    await expect(account.fact('account.userName')).toHaveText(users.plain.userName);
    expect(await documentStart(page)).toBe(started);
  });
});

test.describe('the language’s messages fail to download at start-up', () => {
  test('the failure page speaks Chinese with words of its own, no message keys', async ({ page, expectConsoleError }) => {
    const messages = await failWhile(page, LANGUAGE_CHUNKS, () => true);
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1, name: '登录页面未能加载' })).toBeVisible();
    await expect(page.getByText('请重新加载。')).toBeVisible();
    await expect(page.getByRole('button', { name: '重新加载' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(/\b(app|lang|login)\.[\w.]+/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expectAccessible(page, 'start-up failed (zh-CN)');
    expect503Logs(messages, expectConsoleError);
  });

  test.describe('in an English browser', () => {
    test.use({ locale: 'en-GB' });

    test('the failure page speaks English', async ({ page, expectConsoleError }) => {
      const messages = await failWhile(page, LANGUAGE_CHUNKS, () => true);
      await page.goto('/login');
      await expect(page.getByRole('heading', { level: 1, name: 'The sign-in page could not load' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
      await expect(page.locator('body')).not.toContainText(/\b(app|lang|login)\.[\w.]+/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page).toHaveTitle('The sign-in page could not load');
      await expectAccessible(page, 'start-up failed (en)');
      expect503Logs(messages, expectConsoleError);
    });
  });
});
