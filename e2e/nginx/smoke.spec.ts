import type { APIResponse } from '@playwright/test';
import { brotliModulesInstalled } from '../../deploy/nginx';
import { cacheControlFor, headerInputsFromConfig, securityHeaders } from '../../deploy/security-headers';
import { FIRST_SCREEN_ATTRIBUTE } from '../../src/app/first-screen/marker';
import { expect, expectAccessible, test } from '../support/fixtures';
import { LoginPage, signedInHeading } from '../support/login-page';
import { carrierUsers, oneClickConfig, OneClickPage } from '../support/one-click-page';
import { PASSWORD, users } from '../support/users';

/**
 * The build served by the shipped nginx configuration (deploy/nginx.ts, run by deploy/nginx-local.ts
 * on 127.0.0.1 with the tenant API proxied to the emulator): the same headers as the preview server
 * the other projects use, the caching and compression it promises, and real sign-ins through it.
 */

/** The headers every response must carry, computed from the config.json nginx serves (as the generator did). */
async function expectedHeaders(request: { get(url: string): Promise<APIResponse> }, path: string): Promise<Record<string, string>> {
  const config: unknown = await (await request.get('/config.json')).json();
  return securityHeaders(headerInputsFromConfig(config), path);
}

function expectSecurityHeaders(response: APIResponse, expected: Record<string, string>): void {
  const headers = response.headers();
  for (const [name, value] of Object.entries(expected)) expect(headers[name.toLowerCase()], `${name} on ${response.url()}`).toBe(value);
}

/** A hashed JS asset the app's entry page loads. */
async function entryScript(request: { get(url: string): Promise<APIResponse> }): Promise<string> {
  const html = await (await request.get('/')).text();
  const src = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(src, 'index.html names its entry script').toBeDefined();
  return src!;
}

test.describe('responses', () => {
  for (const path of ['/', '/login', '/one-click', '/no/such/page', '/config.json', '/themes/default.json']) {
    test(`${path}: the production headers and no caching`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expectSecurityHeaders(response, await expectedHeaders(request, path));
      expect(response.headers()['cache-control']).toBe('no-cache');
      expect(cacheControlFor(path) ?? 'no-cache', 'the preview server agrees').toBe('no-cache');
      if (!path.endsWith('.json')) {
        // SPA fallback: every page path is the app, whose router draws the page (or "not found").
        expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
        expect(await response.text()).toContain('<div id="root"');
      }
    });
  }

  test('hashed assets: cached for a year, immutable, with the headers; a missing one is a 404, not the app', async ({ request }) => {
    const script = await entryScript(request);
    const response = await request.get(script);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/javascript; charset=utf-8');
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(response, await expectedHeaders(request, script));

    const missing = await request.get('/assets/index-00000000.js');
    expect(missing.status()).toBe(404);
    expect(await missing.text()).not.toContain('<div id="root">');
    // A 404 kept for a year would outlive the deployment that brings the file.
    expect(missing.headers()['cache-control']).toBe('no-store');
    expectSecurityHeaders(missing, await expectedHeaders(request, '/assets/index-00000000.js'));
  });

  test('the build manifest and other dot paths are not served', async ({ request }) => {
    for (const path of ['/.vite/manifest.json', '/%2evite/manifest.json', '/assets/.hidden.js', '/.git/config']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['cache-control'], path).toBe('no-store');
      expect(await response.text(), path).not.toContain('"isEntry"');
      expectSecurityHeaders(response, await expectedHeaders(request, path));
    }
  });

  test('a sign-in route is its own page, with its first screen drawn and its chunks named for start-up; an unknown path is the plain app', async ({ request }) => {
    const login = await (await request.get('/login')).text();
    expect(login).toContain(`<div id="root" ${FIRST_SCREEN_ATTRIBUTE} aria-disabled="true">`);
    expect(login).toMatch(/<script type="application\/json" id="app-modules">\[[^\]]*"\/assets\/LoginPage-[\w-]+\.js"/);
    const sms = await (await request.get('/login/sms')).text();
    expect(sms).toMatch(/<script type="application\/json" id="app-modules">\[[^\]]*"\/assets\/SmsLoginPage-[\w-]+\.js"/);
    const unknown = await (await request.get('/no/such/page')).text();
    expect(unknown).not.toContain('modulepreload');
    expect(unknown).not.toContain(FIRST_SCREEN_ATTRIBUTE);
  });

  test('agreement documents may be framed by this origin only (the one-click viewer)', async ({ request }) => {
    const response = await request.get('/agreements/privacy.html');
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response, await expectedHeaders(request, '/agreements/privacy.html'));
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  });

  test("the theme studio's preview page may be framed by this origin; the studio itself by none", async ({ request }) => {
    const preview = await request.get('/studio/preview');
    expect(preview.status()).toBe(200);
    expectSecurityHeaders(preview, await expectedHeaders(request, '/studio/preview'));
    expect(preview.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(preview.headers()['cache-control']).toBe('no-cache');
    expect(await preview.text()).toMatch(/modulepreload[^>]+PreviewPage-[\w-]+\.js/);
    const studio = await request.get('/studio');
    expect(studio.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  test(`compressed assets: ${brotliModulesInstalled() ? 'brotli (module installed) and gzip' : 'gzip (no brotli module here)'}`, async ({ request }) => {
    const script = await entryScript(request);
    const raw = (await request.get(script, { headers: { 'Accept-Encoding': 'identity' } })).headers();
    expect(raw['content-encoding']).toBeUndefined();
    const gzip = (await request.get(script, { headers: { 'Accept-Encoding': 'gzip' } })).headers();
    expect(gzip['content-encoding']).toBe('gzip');
    expect(gzip['vary']).toBe('Accept-Encoding');
    const best = (await request.get(script, { headers: { 'Accept-Encoding': 'br, gzip' } })).headers();
    expect(best['content-encoding']).toBe(brotliModulesInstalled() ? 'br' : 'gzip');
    // The precompressed file (gzip -9 at build time) is what is sent: no per-request compression.
    expect(Number(gzip['content-length'])).toBeLessThan(Number(raw['content-length']) / 2);
  });

  test('the server does not say its version', async ({ request }) => {
    expect((await request.get('/')).headers()['server']).toBe('nginx');
  });
});

test.describe('in a browser, through nginx (no CSP violation, no console error)', () => {
  test('password login signs in through the proxied tenant API', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await expectAccessible(page, 'login form (nginx)');
    await login.signIn('unified', users.plain.email, PASSWORD);
    await expect(signedInHeading(page)).toBeVisible();
    await expectAccessible(page, 'signed in (nginx)');
  });

  test.describe('one-click', () => {
    test.use({ appConfig: oneClickConfig });

    test('the authorization page and its sign-in', async ({ page }) => {
      const oneClick = new OneClickPage(page);
      await oneClick.goto();
      await expectAccessible(page, 'authorization page (nginx)');
      await oneClick.tickAndLogin();
      await expect(page.getByText(carrierUsers.cmcc.userName, { exact: true })).toBeVisible();
    });
  });

  test('a deep link reloads into the same page', async ({ page }) => {
    await page.goto('/password/forgot');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.reload();
    await expect(page).toHaveURL(/\/password\/forgot$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
