import { expect, expectAccessible, test } from './support/fixtures';
import { NEWER_THAN_MATRIX } from './support/old-engine';

/** Run by every browser project and by `old-engine` (playwright.config.ts picks it by this tag). */
const OLD_ENGINE = { tag: '@old-engine' };
/** Run by `old-engine` alone: what it checks is that project's own deletions (playwright.config.ts). */
const OLD_ENGINE_ONLY = { tag: ['@old-engine', '@old-engine-only'] };

test('the old-engine project really takes the newer web APIs away before the page runs', OLD_ENGINE_ONLY, async ({ page }) => {
  await page.goto('/login');
  const present = await page.evaluate((names) => names.filter((name) => name.split('.').reduce<unknown>((owner, step) => (owner as Record<string, unknown> | undefined)?.[step], globalThis) !== undefined), [...NEWER_THAN_MATRIX]);
  expect(present, 'APIs still there').toEqual([]);
  expect(await page.evaluate(() => typeof Object.hasOwn)).toBe('undefined');
  expect(await page.evaluate(() => typeof document.createElement('dialog').showModal)).toBe('undefined');
});

test.describe('below the support matrix', () => {
  test.describe('in English', () => {
    test.use({ locale: 'en-GB' });

    test('a browser lacking what the app needs (Promise.allSettled) is told so instead of a blank page', OLD_ENGINE, async ({ page, expectConsoleError }) => {
      await page.addInitScript(() => Reflect.deleteProperty(Promise, 'allSettled'));
      // The app's code still runs there, and finds no page to draw into: its errors are expected.
      expectConsoleError(/page error: .*null/);
      await page.goto('/login');
      await expect(page.getByRole('heading', { level: 1, name: 'This browser is too old to sign in' })).toBeVisible();
      await expect(page.getByText('Please update your browser')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('textbox')).toHaveCount(0);
      await expectAccessible(page, 'below the matrix, English');
    });
  });

  test.describe('in Traditional Chinese', () => {
    test.use({ locale: 'zh-TW' });

    test('a browser that cannot parse the app’s modules is told so instead of a blank page', OLD_ENGINE, async ({ page, expectConsoleError }) => {
      // Syntax the engine does not know, as in the entry chunk a too-old engine downloads. It comes
      // after the check, as on a network: the check is 0.4 kB first in <head>, the entry 90 kB
      // (docs/support-matrix.md); a route answering from memory would otherwise overtake it.
      const checkLoaded = page.waitForResponse((response) => response.url().endsWith('/engine-check.js')).then((response) => response.finished());
      await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
        await checkLoaded;
        // …and has run: a task of the page's queued after the script's.
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
        await route.fulfill({ contentType: 'text/javascript', body: 'export const unknownSyntax = 1 ?!? 2;' });
      });
      expectConsoleError(/SyntaxError|Unexpected token/);
      await page.goto('/account');
      await expect(page.getByRole('heading', { level: 1, name: '此瀏覽器版本過舊，無法登入' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
      await expectAccessible(page, 'below the matrix, zh-TW');
    });
  });
});
