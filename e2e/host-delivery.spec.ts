import type { BrowserContext, Page } from '@playwright/test';
import { headerInputsFromConfig, securityHeaders } from '../deploy/security-headers.ts';
import { AccountPage } from './support/account-page';
import { previewUrl } from './support/env';
import { expect, expectAccessible, test } from './support/fixtures';
import { LoginPage } from './support/login-page';
import { expectNoStoredTokens, verifiedClaims } from './support/tokens';
import { PASSWORD, users } from './support/users';

const HOST_ORIGIN = 'https://app.example.com';
const OTHER_ORIGIN = 'https://other.example.net';
const CALLBACK = `${HOST_ORIGIN}/callback`;

interface ResultMessage {
  event: 'result';
  data: { code: string; data: { session_token: string; id_token: string; expire: number } };
}

async function signInPlain(page: Page): Promise<void> {
  const login = new LoginPage(page);
  await login.heading.waitFor();
  await login.signIn('username', users.plain.userName, PASSWORD);
}

/** What a host app must be able to do with a delivered result: read code 0 and verify the tokens. */
async function expectSuccessResult(json: unknown, clientId: string): Promise<void> {
  expect(typeof json).toBe('string');
  const message = JSON.parse(json as string) as ResultMessage;
  expect(message).toMatchObject({ event: 'result', data: { code: '0', data: { expire: 7200 } } });
  expect(message.data.data.session_token).toMatch(/\S{16,}/);
  const claims = await verifiedClaims(message.data.data.id_token, clientId);
  expect(claims).toMatchObject({ userName: users.plain.userName, name: users.plain.name });
}

const handoffHeading = (page: Page) => page.getByRole('heading', { level: 1, name: '登录成功' });

test.describe('WebView hosts', () => {
  /** Fake native bridges, as each platform's WebView exposes them, recording what the page sends. */
  const fakeHosts = {
    ios: 'window.webkit = { messageHandlers: { idaas: { postMessage(message) { window.__hostInbox.push(message); } } } };',
    android: 'window.IDaaSAndroid = { postMessage(message) { window.__hostInbox.push(message); } };',
    'react-native': 'window.ReactNativeWebView = { postMessage(message) { window.__hostInbox.push(message); } };',
  } as const;

  for (const [platform, script] of Object.entries(fakeHosts)) {
    test(`the ${platform} bridge receives the result with tokens that verify; the page keeps none`, async ({ page, tenant }) => {
      await page.addInitScript({ content: `window.__hostInbox = []; ${script}` });
      await page.goto('/login');
      await signInPlain(page);
      await expect(handoffHeading(page)).toBeVisible();
      await expect(page.getByRole('status')).toHaveText('正在返回应用…');
      await expectAccessible(page, `handed to ${platform}`);

      const inbox = await page.evaluate(() => (window as unknown as { __hostInbox: unknown[] }).__hostInbox);
      expect(inbox).toHaveLength(1);
      await expectSuccessResult(inbox[0], tenant.clientId);
      await expectNoStoredTokens(page, []);
      // The host owns the session now: the page has none to show.
      await page.goto('/account');
      await expect(new LoginPage(page).heading).toBeVisible();
    });
  }

  test('the page answers to window.IDaaSBridge.receive and shrugs off garbage', async ({ page }) => {
    await page.addInitScript({ content: `window.__hostInbox = []; ${fakeHosts.ios}` });
    await page.goto('/login');
    await expect
      .poll(() => page.evaluate(() => typeof (window as unknown as { IDaaSBridge?: { receive?: unknown } }).IDaaSBridge?.receive))
      .toBe('function');
    await page.evaluate(() => {
      const bridge = (window as unknown as { IDaaSBridge: { receive(message: unknown): void } }).IDaaSBridge;
      for (const message of ['not json', '{"id":"999","result":{}}', '{"event":"result","data":{"code":"0"}}', 42, null, { id: 1 }]) bridge.receive(message);
    });
    await signInPlain(page);
    await expect(handoffHeading(page)).toBeVisible();
  });

  test.describe('with the bridge switched off in config', () => {
    test.use({ appConfig: { delivery: { bridge: false } } });

    test('an iOS host present gets nothing and the page keeps the session', async ({ page }) => {
      await page.addInitScript({ content: `window.__hostInbox = []; ${fakeHosts.ios}` });
      await page.goto('/login');
      await signInPlain(page);
      await expect(new AccountPage(page).heading).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { __hostInbox: unknown[] }).__hostInbox)).toEqual([]);
    });
  });
});

test.describe('a web page that opened the login page (popup)', () => {
  test.use({ appConfig: { delivery: { openerOrigins: [HOST_ORIGIN] } } });

  /**
   * A host page on `origin` (served by the test) opens the login page in a popup. The login page is
   * served with the headers its configuration calls for, as the shipped server computes them
   * (COOP unsafe-none when opener delivery is configured, else the opener would be severed).
   */
  async function openFromHost(page: Page, context: BrowserContext, origin: string, config: Record<string, unknown>, answerHello = true): Promise<Page> {
    await context.route(`${origin}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Host app</title><h1>Host app</h1><script>
          window.inbox = [];
          window.answerHello = true;
          addEventListener('message', (e) => {
            inbox.push({ origin: e.origin, data: e.data });
            if (e.origin !== ${JSON.stringify(previewUrl)} || typeof e.data !== 'string' || !answerHello) return;
            let message;
            try { message = JSON.parse(e.data); } catch { return; }
            if (message.method === 'hello') e.source.postMessage(JSON.stringify({ id: message.id, result: {} }), e.origin);
          });
        </script></html>`,
      }),
    );
    const headers = Object.fromEntries(Object.entries(securityHeaders(headerInputsFromConfig(config))).map(([name, value]) => [name.toLowerCase(), value]));
    await context.route(`${previewUrl}/**`, async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      return route.fulfill({ response, headers: { ...response.headers(), ...headers } });
    });
    await page.goto(`${origin}/`);
    await page.evaluate((answer) => ((window as unknown as { answerHello: boolean }).answerHello = answer), answerHello);
    const popup = page.waitForEvent('popup');
    await page.evaluate((url) => void window.open(url, 'idaas-login', 'popup,width=420,height=760'), `${previewUrl}/login`);
    return popup;
  }

  const hostInbox = (page: Page) => page.evaluate(() => (window as unknown as { inbox: { origin: string; data: unknown }[] }).inbox);

  /** The login page asks its opener `hello`; only an answer from an allowed origin makes the opener its host. */
  const isHello = (data: unknown) => typeof data === 'string' && data.includes('"method":"hello"');
  const hostMessages = async (page: Page) => (await hostInbox(page)).filter((m) => m.data !== 'marker' && !isHello(m.data));

  /** Every message the popup posted before this point has reached the host once this marker has. */
  async function drainMessages(popup: Page, host: Page): Promise<void> {
    await popup.evaluate((origin) => window.opener.postMessage('marker', origin), new URL(host.url()).origin);
    await expect.poll(async () => (await hostInbox(host)).some((m) => m.data === 'marker')).toBe(true);
  }

  test('an opener on an allowlisted origin receives the result', async ({ page, context, tenant, servedConfig }) => {
    const popup = await openFromHost(page, context, HOST_ORIGIN, servedConfig);
    await expect.poll(async () => (await hostInbox(page)).filter((m) => isHello(m.data))).toHaveLength(1);
    expect((await hostInbox(page))[0]!.origin).toBe(previewUrl);
    await signInPlain(popup);
    await expect(handoffHeading(popup)).toBeVisible();
    await expect(popup.getByRole('status')).toHaveText('登录结果已交给打开此页面的网站，现在可以关闭此窗口。');
    await expect(popup.getByRole('button', { name: '关闭此窗口' })).toBeVisible();
    await expectAccessible(popup, 'handed to the opener');
    await drainMessages(popup, page);

    const received = await hostMessages(page);
    expect(received).toHaveLength(1);
    expect(received[0]!.origin).toBe(previewUrl);
    await expectSuccessResult(received[0]!.data, tenant.clientId);
    await expectNoStoredTokens(popup, []);
  });

  test('an allowlisted opener that never answers hello is not trusted with the result: the page keeps the session', async ({ page, context, servedConfig }) => {
    const popup = await openFromHost(page, context, HOST_ORIGIN, servedConfig, false);
    await expect.poll(async () => (await hostInbox(page)).some((m) => isHello(m.data))).toBe(true);
    await signInPlain(popup);
    await expect(new AccountPage(popup).heading).toBeVisible();
    await drainMessages(popup, page);
    expect(await hostMessages(page)).toEqual([]);
  });

  test('an opener on another origin receives nothing, and its forged messages change nothing', async ({ page, context, servedConfig }) => {
    const popup = await openFromHost(page, context, OTHER_ORIGIN, servedConfig);
    const login = new LoginPage(popup);
    await login.heading.waitFor();

    // Forged hello answers, answers and results, as strings and objects, from the (not allowed) opener.
    await popup.evaluate(() => {
      (window as unknown as { seen: number }).seen = 0;
      addEventListener('message', () => (window as unknown as { seen: number }).seen++);
    });
    const forged = await page.evaluate(() => {
      const popupWindow = window.open('', 'idaas-login')!;
      const messages = [
        ...['1', '2', '3'].map((id) => ({ id, result: {} })),
        { event: 'result', data: { code: '0', data: { session_token: 'forged', id_token: 'eyJhbGciOiJub25lIn0.eyJ1c2VyTmFtZSI6ImFkbWluIn0.', expire: 7200 } } },
      ];
      for (const message of messages) {
        popupWindow.postMessage(message, '*');
        popupWindow.postMessage(JSON.stringify(message), '*');
      }
      return messages.length * 2;
    });
    await expect.poll(() => popup.evaluate(() => (window as unknown as { seen: number }).seen)).toBe(forged);
    await expect(login.heading).toBeVisible();
    expect(new URL(popup.url()).pathname).toBe('/login');
    await expectNoStoredTokens(popup, ['forged']);

    // Had a forged hello answer been taken, the result would go to this opener: it stays with the page.
    await signInPlain(popup);
    await expect(new AccountPage(popup).heading).toBeVisible();
    await expect(new AccountPage(popup).fact('account.userName')).toHaveText(users.plain.userName);
    await drainMessages(popup, page);
    expect(await hostMessages(page)).toEqual([]);
  });
});

test.describe('redirect back to the app', () => {
  test.use({ appConfig: { delivery: { redirectUris: [CALLBACK] } } });

  test('an allowlisted redirect_uri gets the tokens and state in the fragment, never the query', async ({ page, tenant }) => {
    const requested: string[] = [];
    await page.route(`${HOST_ORIGIN}/**`, (route) => {
      requested.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>App</title><h1>App</h1></html>' });
    });
    const state = 'xyz/1 2&3';
    await page.goto(`/login?redirect_uri=${encodeURIComponent(CALLBACK)}&state=${encodeURIComponent(state)}`);
    await signInPlain(page);
    await page.waitForURL((url) => url.origin === HOST_ORIGIN);

    const url = new URL(page.url());
    expect(`${url.origin}${url.pathname}`).toBe(CALLBACK);
    expect(url.search).toBe('');
    const fragment = new URLSearchParams(url.hash.slice(1));
    expect(fragment.get('code')).toBe('0');
    expect(fragment.get('state')).toBe(state);
    expect(fragment.get('expire')).toBe('7200');
    expect(fragment.get('session_token')).toMatch(/\S{16,}/);
    const claims = await verifiedClaims(fragment.get('id_token')!, tenant.clientId);
    expect(claims.userName).toBe(users.plain.userName);
    // The server behind the redirect never sees the tokens: fragments are not sent.
    expect(requested).toEqual([CALLBACK]);
  });

  test('a state over 1024 characters refuses the request instead of delivering the tokens without it', async ({ page, tenant }) => {
    await page.goto(`/login?redirect_uri=${encodeURIComponent(CALLBACK)}&state=${'s'.repeat(1025)}`);
    await expect(page.getByRole('heading', { level: 1, name: '无法完成此登录请求' })).toBeVisible();
    await expect(page.getByText('state 参数有 1025 个字符，最多允许 1024 个')).toBeVisible();
    await expect(page.getByLabel('密码', { exact: true })).toHaveCount(0);
    await expectAccessible(page, 'state too long');
    expect(await tenant.requests()).toEqual([]);
  });

  for (const refused of ['https://evil.example.com/callback', `${CALLBACK}/`, `${CALLBACK}?next=/admin`, '//evil.com', 'javascript:alert(1)']) {
    test(`a redirect_uri that is not exactly allowlisted is refused with a clear page: ${refused}`, async ({ page }) => {
      await page.goto(`/login?redirect_uri=${encodeURIComponent(refused)}`);
      await expect(page.getByRole('heading', { level: 1, name: '无法返回该地址' })).toBeVisible();
      await expect(page.getByText('为保护你的账号，本页不会跳转到那里')).toBeVisible();
      await expect(page.locator('code')).toHaveText(refused);
      await expect(page.getByLabel('密码', { exact: true })).toHaveCount(0);
      await expectAccessible(page, 'refused redirect');
      await page.getByRole('link', { name: '在本站登录' }).click();
      await expect(new LoginPage(page).heading).toBeVisible();
    });
  }
});
