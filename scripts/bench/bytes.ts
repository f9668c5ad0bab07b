import { gzipSync } from 'node:zlib';
import type { Browser, Locator, Page, Request } from '@playwright/test';
import { FIRST_SCREEN_ATTRIBUTE } from '../../src/app/first-screen/marker.ts';

export interface ByteFigures {
  /** gzip -9 of the JS and CSS the browser fetched before the page was usable, in bytes. */
  usable: number;
  /** The same once the page has been idle (what loads after first use too: prefetches, idle work). */
  idle: number;
  /** The JS and CSS files of `usable`, by path. */
  files: string[];
  /** The JS alone of `usable`. */
  usableJs: number;
}

const isCode = (contentType: string | undefined) => /javascript|text\/css/.test(contentType ?? '');

/**
 * Holds back the page's idle callbacks until `__releaseIdle()`: what the app defers to idle time
 * (prefetches, the theme report, the error catalog) is then told apart from what it needs to be
 * usable, whatever the timing of this machine.
 */
const HOLD_IDLE_WORK = `(() => {
  const held = [];
  window.requestIdleCallback = (callback) => held.push(callback);
  window.cancelIdleCallback = () => undefined;
  window.__releaseIdle = () => {
    window.requestIdleCallback = (callback) => setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 0);
    for (const callback of held.splice(0)) callback({ didTimeout: false, timeRemaining: () => 50 });
  };
})();`;

/**
 * What a first visit downloads, from the browser's own network log: every response whose
 * content type is JS or CSS, sized as gzip -9 of its body (the budgets' measure, whatever the
 * server's own compression). Usable: `ready` shows and the network is quiet, idle work held back;
 * idle: the same after the idle work ran.
 */
export async function measureFirstVisit(
  browser: Browser,
  url: string,
  ready: (page: Page) => Locator,
  options: { prepare?: (page: Page) => Promise<void>; whenReady?: (page: Page) => Promise<void> } = {},
): Promise<ByteFigures> {
  const { prepare, whenReady } = options;
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  if (prepare) await prepare(page);
  await page.addInitScript({ content: HOLD_IDLE_WORK });
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(url);
  await ready(page).waitFor({ state: 'visible', timeout: 30_000 });
  // The app itself, not the first screen drawn at build time (which looks the same).
  await page.locator(`[${FIRST_SCREEN_ATTRIBUTE}]`).waitFor({ state: 'detached', timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  if (whenReady) await whenReady(page);
  const beforeUse = [...requests];
  await page.evaluate(() => (window as unknown as { __releaseIdle(): void }).__releaseIdle());
  await page.waitForLoadState('networkidle');
  const sizeOf = async (list: Request[]) => {
    let total = 0;
    let js = 0;
    const files: string[] = [];
    for (const request of list) {
      const response = await request.response();
      const contentType = response?.headers()['content-type'];
      if (!response || !isCode(contentType)) continue;
      const size = gzipSync(await response.body(), { level: 9 }).length;
      total += size;
      if (contentType?.includes('javascript')) js += size;
      files.push(new URL(request.url()).pathname);
    }
    return { total, js, files };
  };
  const usable = await sizeOf(beforeUse);
  const idle = await sizeOf(requests);
  await context.close();
  return { usable: usable.total, usableJs: usable.js, idle: idle.total, files: usable.files };
}
