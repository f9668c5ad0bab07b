import { mkdir } from 'node:fs/promises';
import { expect, test as base } from '../support/fixtures';
import { previewUrl } from '../support/env';
import type { EngineBrowser, EngineDriver, EngineName } from './driver';
import { startEngineProxy, type EngineProxy } from './proxy';

export interface EngineOptions {
  /** The engine a project drives (playwright.config.ts). */
  engine: EngineName;
}

interface EngineWorkerFixtures extends EngineOptions {
  engineBrowser: EngineBrowser;
  engineProxy: EngineProxy;
}

interface EngineTestFixtures {
  /** This test's page in the project's engine, served this test's config.json; problem-free at the end or the test fails. */
  app: EngineDriver;
  /** The slider answer of the next puzzle the page fetches after `action` (as the Chromium Slider.nextPuzzle). */
  nextPuzzle: (action: () => Promise<void>) => Promise<{ token: string; x: number }>;
}

/** The phone width the journeys and screenshots use (the Chromium `phone` project's viewport). */
export const VIEWPORT = { width: 390, height: 844 };
export const SHOTS_DIR = 'test-results/engine-shots';

export const test = base.extend<EngineTestFixtures, EngineWorkerFixtures>({
  engine: ['firefox-esr', { option: true, scope: 'worker' }],

  engineBrowser: [
    async ({ engine }, use) => {
      const browser = engine === 'firefox-esr' ? await (await import('./firefox')).launchFirefox() : await (await import('./webkit')).launchWebKit();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  engineProxy: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      const proxy = await startEngineProxy(previewUrl);
      await use(proxy);
      await proxy.close();
    },
    { scope: 'worker' },
  ],

  app: async ({ engineBrowser, engineProxy, servedConfig }, use, testInfo) => {
    testInfo.annotations.push({ type: 'engine', description: engineBrowser.version });
    engineProxy.begin(servedConfig);
    const driver = await engineBrowser.newDriver(engineProxy.origin, VIEWPORT);
    await mkdir(SHOTS_DIR, { recursive: true });
    try {
      await use(driver);
      // Problems the current page holds whose report may not have reached the proxy yet.
      const onPage = await driver.evaluate(() => (window as unknown as { __engineProblems?: { id: string; text: string }[] }).__engineProblems ?? []).catch(() => []);
      const byId = new Map([...engineProxy.problems(), ...onPage].map((problem) => [problem.id, problem.text]));
      const reports = [...byId.values(), ...driver.engineProblems()];
      for (const note of new Set(reports.filter((text) => text.startsWith('note: ')))) testInfo.annotations.push({ type: 'engine note', description: note });
      const problems = reports.filter((text) => !text.startsWith('note: '));
      expect(problems, 'no console errors, page errors, failed resources or CSP violations').toEqual([]);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus) await driver.screenshot(testInfo.outputPath('failure.png')).catch(() => undefined);
      await driver.close();
    }
  },

  nextPuzzle: async ({ engineProxy, tenant }, use) => {
    await use(async (action) => {
      const before = engineProxy.puzzleTokens().length;
      await action();
      await expect.poll(() => engineProxy.puzzleTokens().length, 'a slider puzzle fetched').toBeGreaterThan(before);
      const token = engineProxy.puzzleTokens().at(-1)!;
      return { token, x: await tenant.captchaAnswer(token) };
    });
  },
});

export { expect };
