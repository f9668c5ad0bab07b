import { defineConfig } from '@playwright/test';

import { findNginx } from './deploy/nginx-local';
import { missingFor } from './e2e/engines/available';
import type { EngineOptions } from './e2e/engines/fixtures';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/support/chromium';
import { EMULATOR_PORT, emulatorUrl, NGINX_PORT, nginxUrl, PREVIEW_PORT, previewUrl as baseURL } from './e2e/support/env';
import type { ProjectOptions as Fixtures } from './e2e/support/fixtures';

const executablePath = chromiumExecutable();

/**
 * The `nginx` project checks the shipped server configuration (deploy/nginx.ts) and needs nginx.
 * CI installs it and must run the project; elsewhere, without nginx, it is left out, and said so.
 */
const nginx = findNginx();
if (!nginx) {
  if (process.env.CI) throw new Error('nginx is required in CI for the nginx smoke project (.ci/run installs it)');
  console.warn('nginx not found: the nginx smoke project (e2e/nginx/) is not run. Debian: apt-get install nginx');
}

/**
 * The journeys in Firefox ESR and WebKitGTK (e2e/engines/, README "Other engines"): required in CI
 * (.ci/run installs them); elsewhere an engine whose browser is missing is left out, and said so.
 */
const engines = (['firefox-esr', 'webkit-gtk'] as const).filter((engine) => {
  const missing = missingFor(engine);
  if (missing.length === 0) return true;
  if (process.env.CI) throw new Error(`${engine} needs ${missing.join(', ')} in CI (.ci/run installs them)`);
  console.warn(`${missing.join(', ')} not found: the ${engine} project (e2e/engines/) is not run. Debian: apt-get install firefox-esr webkit2gtk-driver xvfb`);
  return false;
});

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 800 } };

/** Specs only the `live` tenant profile can play (its session upkeep, captcha key behaviours, sign-up by SMS login). */
const LIVE_ONLY = ['live/**'];
/**
 * The sign-in journeys, run against both tenant profiles; a test tagged `@page` checks the page's
 * own behaviour (keyboard, language, a fault injected by the test, what is loaded when), which no
 * tenant profile changes, and runs once, on `seed`. /account's upkeep under `live` is live/**.
 */
const LIVE_JOURNEYS = ['live/**/*.spec.ts', 'login.spec.ts', 'password-expiry.spec.ts', 'sms-login.spec.ts', 'forgot-password.spec.ts', 'register.spec.ts'];
const PAGE_ONLY = /@page\b/;
/** Checks of the old-engine project's own set-up (e2e/old-engine.spec.ts): nothing to check elsewhere. */
const OLD_ENGINE_ONLY = /@old-engine-only\b/;

export default defineConfig<Fixtures & EngineOptions>({
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
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // Every spec against a tenant answering as the SDK documents describe (emulator profile `seed`)…
    { name: 'phone', testIgnore: ['nginx/**', 'engines/**', ...LIVE_ONLY], grepInvert: OLD_ENGINE_ONLY, use: { ...phone, tenantProfile: 'seed' } },
    { name: 'desktop', testIgnore: ['nginx/**', 'engines/**', ...LIVE_ONLY], grepInvert: OLD_ENGINE_ONLY, use: { ...desktop, tenantProfile: 'seed' } },
    // …and the sign-in journeys against one answering as the tenant's API reference says (`live`).
    { name: 'phone-live', testMatch: LIVE_JOURNEYS, grepInvert: PAGE_ONLY, use: { ...phone, tenantProfile: 'live' } },
    { name: 'desktop-live', testMatch: LIVE_JOURNEYS, grepInvert: PAGE_ONLY, use: { ...desktop, tenantProfile: 'live' } },
    // The main journeys (tagged @journey) and the engine checks, without the web APIs newer than the support matrix (e2e/support/old-engine.ts).
    { name: 'old-engine', testIgnore: ['nginx/**', 'engines/**', ...LIVE_ONLY], grep: /@journey|@old-engine/, use: { ...phone, tenantProfile: 'seed', oldEngine: true } },
    // The main journeys in the other engines, through puppeteer-core (Firefox, BiDi) and WebDriver (WebKitGTK).
    ...engines.map((engine) => ({ name: engine, testMatch: 'engines/**/*.spec.ts', use: { engine } })),
    // The build behind the shipped nginx configuration: headers, caching, compression, SPA fallback, a sign-in.
    ...(nginx ? [{ name: 'nginx', testMatch: 'nginx/**/*.spec.ts', use: { baseURL: nginxUrl, viewport: { width: 1280, height: 800 } } }] : []),
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
    ...(nginx
      ? [
          {
            command: `npx tsx deploy/nginx-local.ts --port ${NGINX_PORT} --tenant ${emulatorUrl}`,
            url: `${nginxUrl}/config.json`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
