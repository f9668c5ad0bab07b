import type { Page } from '@playwright/test';
import { AccountPage } from './support/account-page';
import { expect, expectAccessible, JOURNEY, test } from './support/fixtures';
import { LoginPage } from './support/login-page';
import { en } from './support/messages';
import { countRefreshCalls, expectNoStoredTokens, nextTokens, REFRESH_PATH, refreshCalls, storedEntries, verifiedClaims, type TokenAnswer } from './support/tokens';
import { escapeRegExp } from './support/sms';
import { PASSWORD, users } from './support/users';

const USERNAME_LOGIN = '/api/v2/sdk/login';
const SESSION_TTL_SECONDS = 432000;

/** Signs the plain seeded user in (username mode) and returns the tokens the tenant answered with, and about when (page clock). */
async function signIn(page: Page): Promise<{ account: AccountPage; tokens: TokenAnswer; answeredAt: { from: number; to: number } }> {
  const login = new LoginPage(page);
  await login.goto();
  const answer = nextTokens(page, USERNAME_LOGIN);
  const pageNow = () => page.evaluate(() => Date.now());
  const from = await pageNow();
  await login.signIn('username', users.plain.userName, PASSWORD);
  const { tokens } = await answer;
  const to = await pageNow();
  const account = new AccountPage(page);
  await expect(account.heading).toBeVisible();
  return { account, tokens, answeredAt: { from, to } };
}

const shown = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Shanghai' });

/** The times the page may show for `expire` seconds after an answer that arrived within `answeredAt` (to the second). */
function sessionEndTexts(answeredAt: { from: number; to: number }, expire: number): RegExp {
  const texts = new Set<string>();
  for (let at = answeredAt.from - 1000; at <= answeredAt.to + 1000; at += 500) texts.add(shown.format(new Date(at + expire * 1000)));
  return new RegExp(`^(${[...texts].map(escapeRegExp).join('|')})$`);
}

/** The session_token header of every refresh the page sends, in order. */
function refreshHeaders(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === REFRESH_PATH) sent.push(request.headers()['session-token'] ?? '(none)');
  });
  return sent;
}

test.describe('the signed-in page (no host app takes the result)', () => {
  test('shows the user, both expiries, verifies (code 0), refreshes (rotating where the tenant does), and signs out leaving no token', JOURNEY, async ({ page, tenant }) => {
    const { rotateSessionToken } = await tenant.behaviour();
    const { account, tokens, answeredAt } = await signIn(page);
    await expect(account.fact('account.name')).toHaveText(users.plain.name);
    await expect(account.fact('account.userName')).toHaveText(users.plain.userName);
    await expect(account.fact('account.mobile')).toHaveText(`+86-${users.plain.national}`);
    await expect(account.fact('account.email')).toHaveText(users.plain.email);
    const claims = await verifiedClaims(tokens.id_token, tenant.clientId);
    await expect(account.fact('account.tokenId')).toHaveText(claims.jti!);
    // The id_token's own expiry, and the session's end (`expire` after the answer): 2 h and 2 h (seed), 2 h and 5 days (live).
    await expect(account.fact('account.expiresAt')).toHaveText(shown.format(new Date(claims.exp! * 1000)));
    await expect(account.fact('account.sessionEndsAt')).toHaveText(sessionEndTexts(answeredAt, tokens.expire));
    await expectAccessible(page, 'signed in');

    await account.verify.click();
    await expect(account.notice).toHaveText('校验结果：代码 0，令牌有效：签名、签发方、应用和有效期均校验通过。');
    await expectAccessible(page, 'token verified');

    const sent = refreshHeaders(page);
    const first = nextTokens(page, REFRESH_PATH);
    await account.refresh.click();
    const { tokens: refreshed } = await first;
    if (rotateSessionToken) expect(refreshed.session_token).not.toBe(tokens.session_token);
    else expect(refreshed.session_token).toBe(tokens.session_token);
    expect(refreshed.id_token).not.toBe(tokens.id_token);
    await expect(account.fact('account.tokenId')).toHaveText((await verifiedClaims(refreshed.id_token, tenant.clientId)).jti!);
    await expect(account.notice).toContainText('令牌已刷新');
    await expectAccessible(page, 'token refreshed');

    // The next refresh sends the session_token the last answer gave (a rotating tenant refuses the old one).
    const second = nextTokens(page, REFRESH_PATH);
    await account.refresh.click();
    const { tokens: again } = await second;
    expect(sent).toEqual([tokens.session_token, refreshed.session_token]);
    await expect(account.fact('account.tokenId')).toHaveText((await verifiedClaims(again.id_token, tenant.clientId)).jti!);
    await account.verify.click();
    await expect(account.notice).toContainText('代码 0');

    await account.signOut.click();
    await expect(new LoginPage(page).heading).toBeVisible();
    await expectNoStoredTokens(page, [tokens, refreshed, again].flatMap((t) => [t.session_token, t.id_token]));
    await page.goto('/account');
    await expect(new LoginPage(page).heading).toBeVisible();
  });

  test('English, keyboard only: verify, refresh and sign out', async ({ page }) => {
    const login = new LoginPage(page, en);
    await page.goto('/login?lang=en');
    await login.selectMode('username');
    await login.identifier('username').fill(users.plain.userName);
    await login.password.fill(PASSWORD);
    await login.password.press('Enter');
    const account = new AccountPage(page, en);
    await expect(account.heading).toBeVisible();
    await account.verify.focus();
    await page.keyboard.press('Enter');
    await expect(account.notice).toHaveText('Verification: code 0. The token is valid: signature, issuer, application and validity period all check out.');
    // Focus stays on the button that was pressed (a busy button is not disabled away from the keyboard).
    await expect(account.verify).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(account.refresh).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(account.notice).toContainText('Token refreshed, valid until');
    await page.keyboard.press('Tab');
    await expect(account.signOut).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(login.heading).toBeVisible();
  });

  test('switching language on the signed-in page brings its strings (a message pack) in the new language', async ({ page }) => {
    const { account } = await signIn(page);
    await page.getByLabel('语言').selectOption('en');
    const english = new AccountPage(page, en);
    await expect(english.heading).toBeVisible();
    await expect(english.verify).toBeVisible();
    await expect(english.fact('account.userName')).toHaveText(users.plain.userName);
    await page.getByLabel('Language').selectOption('zh-TW');
    await expect(page.getByRole('button', { name: '驗證權杖' })).toBeVisible();
    await expect(account.heading).toHaveCount(0);
  });

  test('a refresh the tenant refuses (session over) signs out with the reason', async ({ page, tenant }) => {
    const { account } = await signIn(page);
    await tenant.advanceClock(SESSION_TTL_SECONDS + 60);
    await account.refresh.click();
    const login = new LoginPage(page);
    await expect(login.heading).toBeVisible();
    const notice = page.getByRole('status').filter({ hasText: '登录状态已失效，请重新登录。' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('登录会话');
    await expectAccessible(page, 'session ended notice');
    expect(await storedEntries(page)).not.toContain('idaas.session');

    // Signing in again clears the notice.
    await login.signIn('username', users.plain.userName, PASSWORD);
    await expect(account.heading).toBeVisible();
    await account.signOut.click();
    await expect(login.heading).toBeVisible();
    await expect(notice).toHaveCount(0);
  });

  const passingFailures = [
    { name: 'a 503', fault: { path: REFRESH_PATH, status: 503, body: 'html' as const } },
    { name: 'a malformed answer', fault: { path: REFRESH_PATH, body: 'malformed' as const } },
  ];
  for (const failure of passingFailures) {
    test(`a refresh that meets ${failure.name} keeps the session and offers a retry`, async ({ page, tenant }) => {
      const { account, tokens } = await signIn(page);
      await tenant.fault(failure.fault);
      await account.refresh.click();
      const alert = account.notice.getByRole('alert');
      await expect(alert).toBeVisible();
      await expect(account.heading).toBeVisible();
      await expectAccessible(page, `refresh failed: ${failure.name}`);
      const retried = nextTokens(page, REFRESH_PATH);
      await alert.getByRole('button', { name: '重试' }).click();
      expect((await retried).tokens.id_token).not.toBe(tokens.id_token);
      await expect(account.notice).toContainText('令牌已刷新');
    });
  }

  test('offline: the refresh says so and works once back online; a slow one sends one request for a double click', async ({ page, tenant, context }) => {
    const { account } = await signIn(page);
    await context.setOffline(true);
    await account.refresh.click();
    await expect(account.notice.getByRole('alert')).toContainText('离线');
    await context.setOffline(false);

    await tenant.fault({ path: REFRESH_PATH, latencyMs: 1500 });
    const sent = refreshHeaders(page);
    const answer = nextTokens(page, REFRESH_PATH);
    await account.refresh.dblclick();
    await expect(account.refresh).toHaveAttribute('aria-busy', 'true');
    await answer;
    await expect(account.notice).toContainText('令牌已刷新');
    expect(sent).toHaveLength(1);
  });

  test('Verify reports 102 when the tenant keys cannot be fetched', async ({ page }) => {
    const { account } = await signIn(page);
    await page.route('**/api/v1/oauth2/keys', (route) => route.abort('connectionrefused'));
    await account.verify.click();
    await expect(account.notice).toHaveText('校验结果：代码 102，无法获取租户的签名公钥，请检查网络后重试。');
    await expectAccessible(page, 'verify 102');
  });

  test.describe('scheduled refresh (a 120 s id_token, the page clock under test control)', () => {
    test.beforeEach(async ({ page, tenant }) => {
      // A session of 120 s too, so that `expire` is 120 s under either reading (seed: the id_token's; live: the session's).
      await tenant.settings({ idTokenTtlSeconds: 120, sessionTtlSeconds: 120 });
      await countRefreshCalls(page);
      await page.clock.install();
    });

    test('refreshes once, 60 s before expiry, without the user doing anything', async ({ page, tenant }) => {
      const { account, tokens } = await signIn(page);
      // Due 60 s before the 120 s expiry (half the lifetime, as it is shorter than 5 minutes).
      await page.clock.fastForward('00:55');
      expect(await refreshCalls(page)).toBe(0);
      const refreshed = nextTokens(page, REFRESH_PATH);
      await page.clock.fastForward('00:06');
      const { tokens: fresh } = await refreshed;
      expect(fresh.id_token).not.toBe(tokens.id_token);
      await expect(account.fact('account.tokenId')).toHaveText((await verifiedClaims(fresh.id_token, tenant.clientId)).jti!);
      expect(await refreshCalls(page)).toBe(1);
    });

    test('retries a failing refresh with backoff and, when expire passes after a last try, signs out saying so', async ({ page, tenant }) => {
      await signIn(page);
      await tenant.fault({ path: REFRESH_PATH, status: 503, body: 'html', count: 20 });
      // Due at 60 s, then retries after 5, 10 and 20 s, and a last try at expire (120 s): here expire
      // equals the id_token's lifetime, so it may not be the session's end (the SDK documents' reading: docs/tenant-api.md, "expire").
      for (const step of ['01:01', '00:05', '00:10', '00:20', '00:25']) {
        const failed = page.waitForResponse((r) => new URL(r.url()).pathname === REFRESH_PATH && r.status() === 503);
        await page.clock.fastForward(step);
        await failed;
      }
      await expect(new LoginPage(page).heading).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: '登录已过期且未能续期，请重新登录。' })).toBeVisible();
      expect(await refreshCalls(page)).toBe(5);
      await expectAccessible(page, 'session expired notice');
    });
  });
});

test.describe('token storage', () => {
  test.describe('session (sessionStorage)', () => {
    test.use({ appConfig: { session: { storage: 'session' } } });

    test('a reload keeps the session; sign-out removes it; localStorage never holds a token', async ({ page }) => {
      const { account, tokens } = await signIn(page);
      expect(await page.evaluate(() => window.sessionStorage.getItem('idaas.session'))).toContain(tokens.id_token);
      expect((await page.evaluate(() => Object.values(window.localStorage))).join(' ')).not.toContain(tokens.id_token);
      await page.reload();
      await expect(account.heading).toBeVisible();
      await expect(account.fact('account.name')).toHaveText(users.plain.name);
      await account.signOut.click();
      await expect(new LoginPage(page).heading).toBeVisible();
      await expectNoStoredTokens(page, [tokens.session_token, tokens.id_token]);
    });

    test('a tampered stored id_token fails verification with 103', async ({ page }) => {
      const { account } = await signIn(page);
      await page.evaluate(() => {
        const saved = JSON.parse(window.sessionStorage.getItem('idaas.session')!) as { idToken: string };
        const [header, payload, signature] = saved.idToken.split('.') as [string, string, string];
        const flipped = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
        window.sessionStorage.setItem('idaas.session', JSON.stringify({ ...saved, idToken: `${header}.${payload}.${flipped}` }));
      });
      await page.reload();
      await account.verify.click();
      await expect(account.notice).toHaveText('校验结果：代码 103，签名校验失败：令牌可能被篡改。');
    });
    // A misconfigured or hostile tenant's dates: the page must neither crash nor call such a token valid.
    const absurdDates = [
      { name: 'exp 10^13 s (year 318857)', dates: { exp: 1e13 }, shown: { expiresAt: '无法识别的时间' }, verdict: '代码 103，令牌的时间不合理（签发、生效或过期时间超出可信范围）。' },
      { name: 'iat −10^20 s', dates: { iat: -1e20 }, shown: { issuedAt: '无法识别的时间' }, verdict: '代码 103，令牌的时间不合理（签发、生效或过期时间超出可信范围）。' },
      { name: 'iat a day in the future', dates: { iat: Math.floor(Date.now() / 1000) + 86_400 }, shown: {}, verdict: '代码 106，令牌尚未生效，请检查设备时间。' },
    ];
    for (const { name, dates, shown: texts, verdict } of absurdDates) {
      test(`an id_token with ${name}: the signed-in page shows it, verification refuses it, a reload keeps the page and sign-out works`, async ({ page, tenant }) => {
        await tenant.idTokenDates(dates);
        const { account } = await signIn(page);
        for (const [fact, text] of Object.entries(texts)) await expect(account.fact(fact === 'expiresAt' ? 'account.expiresAt' : 'account.issuedAt')).toHaveText(text);
        await account.verify.click();
        await expect(account.notice).toHaveText(`校验结果：${verdict}`);
        // An unreadable exp must not read as "refresh now" (again and again with every new token).
        expect(await tenant.requests(REFRESH_PATH)).toEqual([]);
        await expectAccessible(page, `signed in, id_token ${name}`);
        await page.reload();
        await expect(account.heading).toBeVisible();
        await account.signOut.click();
        await expect(new LoginPage(page).heading).toBeVisible();
      });
    }
  });

  test.describe('memory (default)', () => {
    test('a reload ends the session and nothing was stored', async ({ page }) => {
      const { tokens } = await signIn(page);
      await expectNoStoredTokens(page, [tokens.session_token, tokens.id_token]);
      await page.reload();
      await expect(new LoginPage(page).heading).toBeVisible();
    });
  });
});
