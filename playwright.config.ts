import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

import { EMULATOR_PORT, emulatorUrl, PREVIEW_PORT, previewUrl as baseURL } from './e2e/support/env';

/**
 * Playwright's own Chromium when it is installed; otherwise the system's (Debian's chromium, which
 * .ci/run installs on machines that cannot download browsers).
 */
function chromiumExecutable(): string | undefined {
  const override = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (override) return override;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No bundled browser registered.
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path));
}

const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  ...(process.env.CI ? { workers: 2 } : {}),
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    },
  },
  projects: [
    { name: 'phone', use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: [
    {
      command: `npx tsx emulator/main.ts --test-mode --quiet --port ${EMULATOR_PORT}`,
      url: `${emulatorUrl}/__emulator/scenarios`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The production build, with the production headers (vite.config.ts), proxying /api/ to the emulator.
      command: `npx vite preview --port ${PREVIEW_PORT} --strictPort`,
      url: `${baseURL}/config.json`,
      reuseExistingServer: !process.env.CI,
      env: { IDAAS_TENANT_URL: emulatorUrl, PREVIEW_PORT: String(PREVIEW_PORT) },
      timeout: 60_000,
    },
  ],
});
