import { expect, expectAccessible, test } from './support/fixtures';
import { LoginPage } from './support/login-page';
import { PASSWORD, users } from './support/users';

const AUTH = '/api/v2/sdk/login/auth';

async function fillUnified(login: LoginPage): Promise<void> {
  await login.goto();
  await login.identifier('unified').fill(users.plain.userName);
  await login.password.fill(PASSWORD);
}

test.describe('a tenant that misbehaves', () => {
  test('slow: the button shows it is busy and a double click sends one request', async ({ page, tenant }) => {
    await tenant.fault({ path: AUTH, latencyMs: 4000 });
    const login = new LoginPage(page);
    await fillUnified(login);
    await login.submit.dblclick();
    await expect(login.busySubmit).toBeDisabled();
    await expect(login.busySubmit).toHaveAttribute('aria-busy', 'true');
    // More attempts while the first is in flight: a click on the busy button and Enter in a field.
    await login.busySubmit.click({ force: true });
    await login.password.press('Enter');
    await expectAccessible(page, 'busy');
    await expect(page.getByText(`欢迎，${users.plain.name}`)).toBeVisible({ timeout: 15_000 });
    expect(await tenant.requests(AUTH)).toHaveLength(1);
  });

  test('two submits in the same task, before any re-render, still send one request', async ({ page, tenant }) => {
    await tenant.fault({ path: AUTH, latencyMs: 1500 });
    const login = new LoginPage(page);
    await fillUnified(login);
    // Both clicks run before React can disable the button: only the in-flight guard stops the second.
    await login.submit.evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });
    await expect(page.getByText(`欢迎，${users.plain.name}`)).toBeVisible({ timeout: 15_000 });
    expect(await tenant.requests(AUTH)).toHaveLength(1);
  });

  test('500: a message with “try again”, the input kept, and the retry works', async ({ page, tenant }) => {
    await tenant.fault({ path: AUTH, status: 500 });
    const login = new LoginPage(page);
    await fillUnified(login);
    await login.submit.click();
    await expect(login.alert).toContainText('系统繁忙，请稍后再试。');
    await expect(login.identifier('unified')).toHaveValue(users.plain.userName);
    await expect(login.password).toHaveValue(PASSWORD);
    await expectAccessible(page, '500');
    await login.alert.getByRole('button', { name: '重试' }).click();
    await expect(page.getByText(`欢迎，${users.plain.name}`)).toBeVisible();
  });

  test('a proxy’s HTML error page (502) is explained, not shown', async ({ page, tenant }) => {
    await tenant.fault({ path: AUTH, status: 502, body: 'html' });
    const login = new LoginPage(page);
    await fillUnified(login);
    await login.submit.click();
    await expect(login.alert).toContainText('服务暂时不可用（HTTP 502），请稍后重试。');
    await expect(login.alert).not.toContainText('Bad Gateway');
    await expectAccessible(page, '502');
  });

  test('offline: a message, the input kept, and it works once back online', async ({ page, context }) => {
    const login = new LoginPage(page);
    // Offline once the form has fetched what it fetches when idle (the tenant regexes' evaluator for
    // submit, session/load-sign-in.ts for a success); cut off mid-fetch, the browser logs the failure.
    const idleParts = ['untrusted-regex', 'complete-sign-in'].map((name) =>
      page.waitForResponse((response) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`).test(response.url())),
    );
    await fillUnified(login);
    await Promise.all(idleParts);
    await context.setOffline(true);
    await login.submit.click();
    await expect(login.alert).toContainText('您已离线，请连接网络后重试。');
    await expect(login.identifier('unified')).toHaveValue(users.plain.userName);
    await expect(login.password).toHaveValue(PASSWORD);
    await expectAccessible(page, 'offline');
    await context.setOffline(false);
    await login.alert.getByRole('button', { name: '重试' }).click();
    await expect(page.getByText(`欢迎，${users.plain.name}`)).toBeVisible();
  });

  test('malformed JSON: a message, no page error, the retry works', async ({ page, tenant }) => {
    await tenant.fault({ path: AUTH, body: 'malformed' });
    const login = new LoginPage(page);
    await fillUnified(login);
    await login.submit.click();
    await expect(login.alert).toContainText('服务器返回了无法识别的响应，请稍后重试。');
    await expect(login.password).toHaveValue(PASSWORD);
    await expectAccessible(page, 'malformed');
    await login.alert.getByRole('button', { name: '重试' }).click();
    await expect(page.getByText(`欢迎，${users.plain.name}`)).toBeVisible();
  });

  test('timeout: the request is abandoned with a clear message', async ({ page, tenant }) => {
    await tenant.fault({ path: AUTH, latencyMs: 5000 });
    await page.route('**/config.json', (route) =>
      route.fulfill({ json: { tenant: { clientId: tenant.clientId, timeoutMs: 1500 } } }),
    );
    const login = new LoginPage(page);
    await fillUnified(login);
    await login.submit.click();
    await expect(login.alert).toContainText('服务器响应超时，请重试。');
    await expect(login.submit).toBeEnabled();
    await expectAccessible(page, 'timeout');
  });

  test('area codes that fail to load are retried, then offered again by hand', async ({ page }) => {
    // The tenant fails until the alert is shown: how many automatic tries that takes depends on
    // when the phone field mounts (a field mounted after a failure tries once more), not on a count.
    let failing = true;
    let failed = 0;
    await page.route('**/api/v2/sdk/country-codes', (route) => {
      if (!failing) return route.continue();
      failed += 1;
      return route.fulfill({ status: 500, contentType: 'text/html', body: '<h1>500 Internal Server Error</h1>' });
    });
    const login = new LoginPage(page);
    await login.goto();
    await login.selectMode('phone');
    const alert = page.getByRole('alert').filter({ hasText: '区号加载失败。' });
    await expect(alert).toBeVisible({ timeout: 10_000 });
    expect(failed, 'tried again automatically before giving up').toBeGreaterThanOrEqual(3);
    await login.phoneNumber.fill('13800000000');
    await expectAccessible(page, 'area codes failed');
    failing = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(login.areaCodeButton).toHaveText(/\+86/);
    await expect(login.phoneNumber).toHaveValue(/138 ?0000 ?0000/);
    await expect(alert).toBeHidden();
  });
});
