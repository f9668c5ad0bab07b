import { en } from './support/messages';
import { expect, expectAccessible, test } from './support/fixtures';
import { LoginPage } from './support/login-page';

test.describe('an invalid configuration', () => {
  test.use({ appConfig: { tennant: { clientId: 'typo' }, tenant: { clientId: '' }, session: { storage: 'local' } } });

  test('shows the operator which keys are wrong, instead of a blank page', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1, name: '登录页配置有误' })).toBeVisible();
    const problems = page.locator('.config-problems li');
    await expect(problems.filter({ hasText: 'tennant' })).toContainText('未知的配置项');
    await expect(problems.filter({ hasText: 'tenant.clientId' })).toContainText('不能为空');
    await expect(problems.filter({ hasText: 'session.storage' })).toContainText('"local"');
    await expectAccessible(page, 'config error');
  });

  test('in the language asked for', async ({ page }) => {
    await page.goto('/login?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: en['config.title'] })).toBeVisible();
    await expect(page.locator('.config-problems li').filter({ hasText: 'tennant' })).toContainText('unknown setting');
  });
});

test.describe('a missing configuration file', () => {
  test('is named with the HTTP status', async ({ page, expectConsoleError }) => {
    expectConsoleError(/status of 404/);
    await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('/');
    await expect(page.getByText('无法读取配置文件 /config.json：HTTP 404')).toBeVisible();
  });

  test('that is not JSON is named', async ({ page }) => {
    await page.route('**/config.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"tenant":' }));
    await page.goto('/');
    await expect(page.getByText('配置文件 /config.json 不是有效的 JSON。')).toBeVisible();
  });
});

test.describe('routing', () => {
  test('/ opens the default method', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await expect(new LoginPage(page).heading).toBeVisible();
  });

  test('an unknown path says so and leads to sign-in', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
    await expectAccessible(page, 'not found');
    await page.getByRole('link', { name: '返回登录' }).click();
    await expect(new LoginPage(page).heading).toBeVisible();
  });

  test('/account without a session goes to sign-in', async ({ page }) => {
    await page.goto('/account');
    await expect(page).toHaveURL(/\/login$/);
  });
});

test.describe('production headers (vite preview of the build)', () => {
  test('every page and asset carries the security headers; config.json and index.html are never cached', async ({ request }) => {
    const pageResponse = await request.get('/login');
    const headers = pageResponse.headers();
    const csp = headers['content-security-policy'] ?? '';
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['strict-transport-security']).toContain('max-age=');
    expect(headers['cache-control']).toBe('no-cache');

    expect((await request.get('/config.json')).headers()['cache-control']).toBe('no-cache');
    const html = await pageResponse.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const assetHeaders = (await request.get(asset!)).headers();
    expect(assetHeaders['cache-control']).toContain('immutable');
    expect(assetHeaders['x-content-type-options']).toBe('nosniff');
  });

  test('a missing asset is a plain 404 no cache keeps, never the app; the build manifest and dot paths are not served', async ({ request }) => {
    const missing = await request.get('/assets/index-00000000.js');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['cache-control']).toBe('no-store');
    expect(missing.headers()['content-type']).toBe('text/plain; charset=utf-8');
    expect(missing.headers()['x-content-type-options']).toBe('nosniff');
    expect(await missing.text()).not.toContain('<div id="root"');
    for (const path of ['/.vite/manifest.json', '/%2evite/manifest.json', '/assets/.hidden.js']) {
      const hidden = await request.get(path);
      expect(hidden.status(), path).toBe(404);
      expect(hidden.headers()['cache-control'], path).toBe('no-store');
      expect(await hidden.text(), path).not.toContain('"isEntry"');
    }
  });

  test('the page cannot be framed by another site', async ({ page, expectConsoleError }) => {
    expectConsoleError(/frame-ancestors 'none'/);
    await page.setContent(`<iframe src="${test.info().project.use.baseURL}/login" title="framed"></iframe>`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { name: '登录' })).toHaveCount(0);
  });
});
