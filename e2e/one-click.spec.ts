import type { Locator, Page } from '@playwright/test';
import oneClickCodesEn from '../src/i18n/one-click-codes/en';
import tenantErrorsZhCN from '../src/i18n/errors/zh-CN';
import oneClickCodesZhCN from '../src/i18n/one-click-codes/zh-CN';
import { AccountPage } from './support/account-page';
import { expect, expectAccessible, JOURNEY, test } from './support/fixtures';
import { LoginPage } from './support/login-page';
import { en, zhCN } from './support/messages';
import {
  CARRIER_LOGIN_PATH,
  CARRIER_TOKEN_PATH,
  carrierUsers,
  expectSuccessResult,
  FAKE_IOS_HOST,
  hostEvents,
  INIT_SCRIPT_BLOCKED_IN_VIEWER,
  oneClickConfig,
  OneClickPage,
  pressUntilFocused,
  PRIVACY,
  recordRequests,
  VIEWER_AXE,
} from './support/one-click-page';

/** The one-click code catalog (src/i18n/one-click-codes), whose texts the page shows for a result code. */
const codeText = { zh: oneClickCodesZhCN, en: oneClickCodesEn };

const PRIVACY_LABEL = PRIVACY[0];
const OPERATOR_CMCC = `《${zhCN['oneClick.operator.CMCC']}》`;

/** "Tapping" on a touch phone, a click on the desktop. */
function press(locator: Locator, isMobile: boolean, options?: { position: { x: number; y: number } }): Promise<void> {
  return isMobile ? locator.tap(options) : locator.click(options);
}

/**
 * A press on the plain words that open the agreement line ("登录即同意"), away from the links and
 * from the box's own 44 px target (a phone's touch adjustment gives a press right next to it to the box).
 */
const pressAgreementText = (oneClick: OneClickPage, isMobile: boolean) => press(oneClick.agreements, isMobile, { position: { x: 32, y: 8 } });

async function expectSignedInAs(page: Page, user: { userName: string; mobile: string }): Promise<void> {
  const account = new AccountPage(page);
  await expect(account.heading).toBeVisible();
  await expect(page).toHaveURL(/\/account$/);
  await expect(account.fact('account.userName')).toHaveText(user.userName);
  await expect(account.fact('account.mobile')).toHaveText(user.mobile);
}

test.use({ appConfig: oneClickConfig });

test.describe('one-click login on each carrier', () => {
  for (const [scenario, user] of Object.entries(carrierUsers)) {
    test(`${user.carrier}: the masked number and the carrier's terms, tick, login: signed in as ${user.userName}`, async ({ page, tenant }) => {
      const carrierTokens = recordRequests(page, CARRIER_TOKEN_PATH);
      const oneClick = new OneClickPage(page);
      await oneClick.goto(`?oneclick=${scenario}`, user.masked);
      await expect(page.getByText(zhCN[`oneClick.slogan.${user.carrier}`])).toBeVisible();
      // The carrier's own terms are always there, in the vendor brackets, as a link.
      await expect(oneClick.agreement(`《${zhCN[`oneClick.operator.${user.carrier}`]}》`)).toBeVisible();
      await expect(oneClick.checkbox).not.toBeChecked();
      await expectAccessible(page, `authorization page (${user.carrier})`);

      await oneClick.checkbox.check();
      await oneClick.loginButton().click();
      await expectSignedInAs(page, user);
      await expectAccessible(page, `signed in (${user.carrier})`);
      expect(carrierTokens).toHaveLength(1);
      expect(await tenant.requests(CARRIER_LOGIN_PATH)).toHaveLength(1);
    });
  }
});

test.describe('login pressed with the box unticked', () => {
  test('sends nothing, shows the toast (default theme) and keeps the page', async ({ page, tenant }) => {
    const carrierTokens = recordRequests(page, CARRIER_TOKEN_PATH);
    const oneClick = new OneClickPage(page);
    await oneClick.goto();
    await oneClick.loginButton().click();
    await expect(oneClick.toast).toBeVisible();
    await expect(oneClick.checkbox).not.toBeChecked();
    await expectAccessible(page, 'toast');
    expect(carrierTokens).toEqual([]);
    expect(await tenant.requests(CARRIER_LOGIN_PATH)).toEqual([]);
    await expect(page).toHaveURL(/\/one-click$/);
  });

  test.describe('with logBtnToastHidden', () => {
    test.use({ appConfig: { ...oneClickConfig, theme: { default: { logBtnToastHidden: true } } } });

    test('no toast, still no request: the agreement line shakes instead', async ({ page, tenant }) => {
      const carrierTokens = recordRequests(page, CARRIER_TOKEN_PATH);
      const oneClick = new OneClickPage(page);
      await oneClick.goto();
      await oneClick.loginButton().click();
      await expect(page.locator('.oc-privacy[data-shake]')).toHaveCount(1);
      await expect(page.locator('.oc-toast')).toHaveCount(0);
      await expect(oneClick.toast).toHaveCount(0);
      await expectAccessible(page, 'unticked, toast hidden');
      expect(carrierTokens).toEqual([]);
      expect(await tenant.requests(CARRIER_LOGIN_PATH)).toEqual([]);
    });
  });
});

test.describe('the agreement text and the checkbox', () => {
  test.describe('expandAuthPageCheckedScope on', () => {
    test.use({ appConfig: { ...oneClickConfig, theme: { default: { expandAuthPageCheckedScope: true, privacyOne: PRIVACY } } } });

    test('tapping the text ticks (and unticks) the box; tapping a link opens the agreement and leaves the box alone', async ({ page, context, isMobile, tolerateConsoleError }) => {
      tolerateConsoleError(INIT_SCRIPT_BLOCKED_IN_VIEWER);
      const oneClick = new OneClickPage(page);
      await oneClick.goto();
      await pressAgreementText(oneClick, isMobile);
      await expect(oneClick.checkbox).toBeChecked();
      await expectAccessible(page, 'expanded scope, ticked by the text');
      await pressAgreementText(oneClick, isMobile);
      await expect(oneClick.checkbox).not.toBeChecked();

      // A same-origin agreement: the in-page viewer.
      await press(oneClick.agreement(PRIVACY_LABEL), isMobile);
      await expect(oneClick.viewer(PRIVACY_LABEL)).toBeVisible();
      await expect(oneClick.checkbox).not.toBeChecked();
      await oneClick.viewerBack(PRIVACY_LABEL).click();
      await expect(oneClick.viewer(PRIVACY_LABEL)).toBeHidden();
      await expect(oneClick.checkbox).not.toBeChecked();

      // The carrier's terms (another site): a new window, served here by the test.
      await context.route('https://wap.cmpassport.com/**', (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="zh-CN"><title>条款</title><h1>${zhCN['oneClick.operator.CMCC']}</h1></html>` }),
      );
      const opened = page.waitForEvent('popup');
      await press(oneClick.agreement(OPERATOR_CMCC), isMobile);
      const terms = await opened;
      await expect(terms.getByRole('heading', { name: zhCN['oneClick.operator.CMCC'] })).toBeVisible();
      await terms.close();
      await expect(oneClick.checkbox).not.toBeChecked();
    });
  });

  test.describe('a same-origin agreement', () => {
    test.use({ appConfig: { ...oneClickConfig, theme: { default: { privacyOne: PRIVACY } } } });

    test('opens in the in-page viewer, which shows the agreement document', async ({ page, tolerateConsoleError }) => {
      tolerateConsoleError(INIT_SCRIPT_BLOCKED_IN_VIEWER);
      const oneClick = new OneClickPage(page);
      await oneClick.goto();
      await oneClick.agreement(PRIVACY_LABEL).click();
      await expect(oneClick.viewer(PRIVACY_LABEL)).toBeVisible();
      const document = page.frameLocator(`iframe[title="${PRIVACY_LABEL}"]`);
      await expect(document.getByRole('heading', { name: '隐私政策', exact: true })).toBeVisible();
      await expectAccessible(page, 'agreement viewer', VIEWER_AXE);
      await oneClick.viewerBack(PRIVACY_LABEL).click();
      await expect(oneClick.viewer(PRIVACY_LABEL)).toBeHidden();
      await expect(oneClick.agreement(PRIVACY_LABEL)).toBeFocused();
    });
  });

  test.describe('expandAuthPageCheckedScope off (default)', () => {
    test('tapping the text does not tick the box; the box itself does', async ({ page, isMobile }) => {
      const oneClick = new OneClickPage(page);
      await oneClick.goto();
      await pressAgreementText(oneClick, isMobile);
      // Nothing to wait for when nothing happens: the box is read after the press has been handled.
      await expect(oneClick.checkbox).not.toBeChecked();
      await press(oneClick.checkbox, isMobile);
      await expect(oneClick.checkbox).toBeChecked();
    });
  });
});

test.describe('a native host (fake iOS WKWebView bridge)', () => {
  test.use({ appConfig: { ...oneClickConfig, theme: { default: { privacyOne: PRIVACY } } } });

  test('hears 700003 (new state), 700004, 700002, then the result whose id_token verifies', async ({ page, tenant, tolerateConsoleError }) => {
    tolerateConsoleError(INIT_SCRIPT_BLOCKED_IN_VIEWER);
    await page.addInitScript({ content: FAKE_IOS_HOST });
    const oneClick = new OneClickPage(page);
    await oneClick.goto();
    await oneClick.checkbox.check();
    await oneClick.agreement(PRIVACY_LABEL).click();
    await expect(oneClick.viewer(PRIVACY_LABEL)).toBeVisible();
    await oneClick.viewerBack(PRIVACY_LABEL).click();
    await expect(oneClick.viewer(PRIVACY_LABEL)).toBeHidden();
    await oneClick.loginButton().click();
    // The host owns the session now: the page says so.
    await expect(page.getByRole('heading', { level: 1, name: zhCN['handoff.title'] })).toBeVisible();
    await expectAccessible(page, 'handed to the host');

    const events = await hostEvents(page);
    // 600001 (the authorization page is shown) first, then the user's actions in order, then the result.
    expect(events.map((m) => m.event)).toEqual(['600001', '700003', '700004', '700002', 'result']);
    expect(events[1]!.data).toEqual({ checked: true });
    expect(events[2]!.data).toMatchObject({ url: PRIVACY[1] });
    await expectSuccessResult(events[4], tenant.clientId, carrierUsers.cmcc.userName);
  });

  test('back reports 700000 and the result {code:"700000"}', async ({ page }) => {
    await page.addInitScript({ content: FAKE_IOS_HOST });
    const oneClick = new OneClickPage(page);
    await oneClick.goto();
    await oneClick.back.click();
    await expect.poll(async () => (await hostEvents(page)).map((m) => [m.event, m.data])).toEqual([
      ['600001', undefined],
      ['700000', undefined],
      ['result', { code: '700000' }],
    ]);
  });

  test('"other login methods" reports 700001 and the result {code:"700001"}, and lands on password login', async ({ page }) => {
    await page.addInitScript({ content: FAKE_IOS_HOST });
    const oneClick = new OneClickPage(page);
    await oneClick.goto();
    await oneClick.otherMethods().click();
    await expect(new LoginPage(page).heading).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    await expectAccessible(page, 'other methods (host)');
    expect((await hostEvents(page)).map((m) => [m.event, m.data])).toEqual([
      ['600001', undefined],
      ['700001', undefined],
      ['result', { code: '700001' }],
    ]);
  });
});

test.describe('without a host', () => {
  test('back returns to the page before; "other login methods" goes to password login', async ({ page }) => {
    await page.goto('/login');
    await new LoginPage(page).heading.waitFor();
    const oneClick = new OneClickPage(page);
    await oneClick.goto();
    await oneClick.back.click();
    await expect(new LoginPage(page).heading).toBeVisible();

    await oneClick.goto();
    await oneClick.otherMethods().click();
    await expect(new LoginPage(page).heading).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
  });
});

test.describe('"prompt the user" codes: what to fix, and retry', () => {
  test('600008 mobile data off: the page asks to turn it on; retry after it is on shows the authorization page', async ({ page, tenant }) => {
    await tenant.oneClickScenario('600008');
    const oneClick = new OneClickPage(page);
    await page.goto('/one-click');
    await expect(oneClick.alert).toContainText(codeText.zh['600008']);
    await expect(oneClick.retry).toBeVisible();
    await expect(oneClick.checkbox).toHaveCount(0);
    await expectAccessible(page, '600008');

    await tenant.oneClickScenario('cmcc');
    await oneClick.retry.click();
    await oneClick.shown();
    await expect(oneClick.loginButton()).toBeVisible();
    await expectAccessible(page, 'after retry');
  });

  test('600007 no SIM (English): the page says to check the SIM; retry with one works', async ({ page, tenant }) => {
    await tenant.oneClickScenario('600007');
    const oneClick = new OneClickPage(page, en);
    await page.goto('/one-click?lang=en');
    await expect(oneClick.alert).toContainText(codeText.en['600007']);
    await expectAccessible(page, '600007');
    await tenant.oneClickScenario(null);
    await oneClick.retry.click();
    await oneClick.shown();
  });
});

test.describe('"switch" codes: password login with an explanation', () => {
  /** Password login after one-click gave up, with the reason in an info alert. */
  async function expectMovedToLogin(page: Page, explanation: string, state: string): Promise<void> {
    await expect(new LoginPage(page).heading).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByTestId('switch-notice')).toHaveText(explanation);
    await expectAccessible(page, state);
  }

  test('600011 when the token is asked for', async ({ page, tenant }) => {
    await tenant.oneClickScenario('600011');
    const oneClick = new OneClickPage(page);
    await oneClick.goto();
    await oneClick.tickAndLogin();
    await expectMovedToLogin(page, codeText.zh['600011'], 'moved: 600011');
    expect(await tenant.requests(CARRIER_LOGIN_PATH)).toEqual([]);
  });

  test.describe('with a 1.5 s token time limit', () => {
    test.use({ appConfig: { ...oneClickConfig, oneClick: { provider: 'emulator', tokenTimeoutMs: 1500 } } });

    test('a carrier that never answers: 600015 after the time limit', async ({ page, tenant }) => {
      await tenant.oneClickScenario('timeout');
      const oneClick = new OneClickPage(page);
      await oneClick.goto();
      await oneClick.tickAndLogin();
      await expect(oneClick.busyLogin).toBeVisible();
      await expectMovedToLogin(page, codeText.zh['600015'], 'moved: 600015');
    });
  });

  test('600013 at the environment check, before the authorization page shows', async ({ page, tenant }) => {
    await tenant.oneClickScenario('600013');
    await page.goto('/one-click');
    await expectMovedToLogin(page, codeText.zh['600013'], 'moved: 600013');
  });

  test('a token IDaaS refuses: password login with the tenant’s message', async ({ page, tenant }) => {
    await tenant.oneClickScenario('rejected');
    const oneClick = new OneClickPage(page);
    await oneClick.goto();
    await oneClick.tickAndLogin();
    await expect(new LoginPage(page).heading).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    // LOGIN.1001 naming the Aliyun API IDaaS failed to call (the emulator's answer to a refused token).
    await expect(page.getByRole('alert')).toHaveText(tenantErrorsZhCN['LOGIN.1001'].replace('{0}', 'GetMobile'));
    await expectAccessible(page, 'moved: rejected');
    expect(await tenant.requests(CARRIER_LOGIN_PATH)).toHaveLength(1);
  });
});

test.describe('window mode', () => {
  test.use({
    appConfig: {
      ...oneClickConfig,
      theme: {
        default: {
          contentViewFrame: { width: 320, height: 420 },
          alertBlurViewColor: '#000000',
          alertBlurViewAlpha: 0.6,
          // Native order [top-left, bottom-left, bottom-right, top-right]: all different, so the order shows.
          alertCornerRadiusArray: [20, 4, 8, 12],
        },
      },
    },
  });

  test('a modal dialog with the frame, the radii and the mask; login works inside it', async ({ page }) => {
    const oneClick = new OneClickPage(page);
    await oneClick.goto();
    const dialog = page.getByRole('dialog', { name: zhCN['oneClick.title'] });
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
    const box = (await dialog.boundingBox())!;
    expect([box.width, box.height]).toEqual([320, 420]);
    const look = await dialog.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        radii: [style.borderTopLeftRadius, style.borderTopRightRadius, style.borderBottomRightRadius, style.borderBottomLeftRadius],
        // The mask is the dialog's shadow over the whole viewport (one-click.css: ::backdrop inherits
        // no custom property before Chrome 122 / Safari 17.4); the backdrop itself stays clear.
        mask: style.boxShadow.replace(/( -?[\d.]+px){4}$/, ''),
        backdrop: getComputedStyle(element, '::backdrop').backgroundColor,
        shadowReach: Number(/ ([\d.]+)px$/.exec(style.boxShadow)?.[1]),
      };
    });
    // CSS clockwise from the top left: TL 20, TR 12, BR 8, BL 4.
    expect(look.radii).toEqual(['20px', '12px', '8px', '4px']);
    expect(rgba(look.mask)).toEqual({ r: 0, g: 0, b: 0, a: 0.6 });
    expect(rgba(look.backdrop).a).toBe(0);
    expect(look.shadowReach).toBeGreaterThanOrEqual(Math.max(page.viewportSize()!.width, page.viewportSize()!.height));
    await expectAccessible(page, 'window mode');

    await dialog.getByRole('checkbox', { name: zhCN['oneClick.agree'] }).check();
    await dialog.getByRole('button', { name: zhCN['oneClick.login'], exact: true }).click();
    await expectSignedInAs(page, carrierUsers.cmcc);
  });
});

/** `rgba(r, g, b, a)`, `rgb(r, g, b)` or `color(srgb r g b / a)` (channels 0–1) as numbers. */
function rgba(css: string): { r: number; g: number; b: number; a: number } {
  const legacy = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(css);
  if (legacy) return { r: Number(legacy[1]), g: Number(legacy[2]), b: Number(legacy[3]), a: legacy[4] === undefined ? 1 : Number(legacy[4]) };
  const modern = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(css);
  if (modern) {
    const [r, g, b] = [modern[1], modern[2], modern[3]].map((c) => Math.round(Number(c) * 255));
    return { r: r!, g: g!, b: b!, a: modern[4] === undefined ? 1 : Number(modern[4]) };
  }
  throw new Error(`not a colour this test reads: ${css}`);
}

test.describe('the second consent popup', () => {
  test.describe('with auto-login', () => {
    test.use({ appConfig: { ...oneClickConfig, theme: { default: { privacyAlertIsNeedShow: true, privacyAlertIsNeedAutoLogin: true } } } });

    test('login unticked opens it; "agree" ticks the box and signs in', async ({ page, tenant }) => {
      const oneClick = new OneClickPage(page);
      await oneClick.goto();
      await oneClick.loginButton().click();
      await expect(oneClick.consent).toBeVisible();
      await expect(oneClick.consent.getByRole('link', { name: OPERATOR_CMCC })).toBeVisible();
      await expect(oneClick.toast).toHaveCount(0);
      await expectAccessible(page, 'consent popup');
      expect(await tenant.requests(CARRIER_LOGIN_PATH)).toEqual([]);
      await oneClick.consentAgree.click();
      await expectSignedInAs(page, carrierUsers.cmcc);
    });
  });

  test.describe('without auto-login', () => {
    test.use({ appConfig: { ...oneClickConfig, theme: { default: { privacyAlertIsNeedShow: true } } } });

    test('"agree" only ticks the box; login then signs in', async ({ page, tenant }) => {
      const carrierTokens = recordRequests(page, CARRIER_TOKEN_PATH);
      const oneClick = new OneClickPage(page);
      await oneClick.goto();
      await oneClick.loginButton().click();
      await oneClick.consentAgree.click();
      await expect(oneClick.consent).toBeHidden();
      await expect(oneClick.checkbox).toBeChecked();
      await expect(page).toHaveURL(/\/one-click$/);
      await expectAccessible(page, 'agreed, not logged in');
      expect(carrierTokens).toEqual([]);
      expect(await tenant.requests(CARRIER_LOGIN_PATH)).toEqual([]);
      await oneClick.loginButton().click();
      await expectSignedInAs(page, carrierUsers.cmcc);
    });
  });
});

test.describe('keyboard only', () => {
  test('Tab to the checkbox, Space ticks, back to the login button, Enter signs in', JOURNEY, async ({ page }) => {
    const oneClick = new OneClickPage(page);
    await oneClick.goto();
    await pressUntilFocused(page, oneClick.checkbox);
    await page.keyboard.press('Space');
    await expect(oneClick.checkbox).toBeChecked();
    // The login button stands above the agreement line, as on the native page: it comes before the box.
    await pressUntilFocused(page, oneClick.loginButton(), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expectSignedInAs(page, carrierUsers.cmcc);
  });

  test.describe('with the consent popup and a same-origin agreement', () => {
    test.use({ appConfig: { ...oneClickConfig, theme: { default: { privacyAlertIsNeedShow: true, privacyOne: PRIVACY } } } });

    test('Escape closes the consent popup and the agreement viewer; focus returns to what opened them', JOURNEY, async ({ page, tolerateConsoleError }) => {
      tolerateConsoleError(INIT_SCRIPT_BLOCKED_IN_VIEWER);
      const oneClick = new OneClickPage(page);
      await oneClick.goto();
      await pressUntilFocused(page, oneClick.loginButton());
      await page.keyboard.press('Enter');
      await expect(oneClick.consent).toBeVisible();
      // Focus moved into the popup.
      expect(await oneClick.consent.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
      await page.keyboard.press('Escape');
      await expect(oneClick.consent).toBeHidden();
      await expect(oneClick.loginButton()).toBeFocused();
      await expect(oneClick.checkbox).not.toBeChecked();

      const link = oneClick.agreement(PRIVACY_LABEL);
      await pressUntilFocused(page, link);
      await page.keyboard.press('Enter');
      await expect(oneClick.viewer(PRIVACY_LABEL)).toBeVisible();
      await expectAccessible(page, 'viewer opened by keyboard', VIEWER_AXE);
      await page.keyboard.press('Escape');
      await expect(oneClick.viewer(PRIVACY_LABEL)).toBeHidden();
      await expect(link).toBeFocused();
    });
  });
});

test.describe('IDaaS misbehaving at aliyun-mobile-auth', () => {
  test('slow: the button shows it is busy, and a double click sends one request', async ({ page, tenant }) => {
    await tenant.fault({ path: CARRIER_LOGIN_PATH, latencyMs: 3000 });
    const carrierTokens = recordRequests(page, CARRIER_TOKEN_PATH);
    const oneClick = new OneClickPage(page);
    await oneClick.goto();
    await oneClick.checkbox.check();
    await oneClick.loginButton().dblclick();
    await expect(oneClick.busyLogin).toHaveAttribute('aria-busy', 'true');
    // One more press on the busy button (aria-disabled, yet pressable): still nothing sent twice.
    await oneClick.busyLogin.click({ force: true });
    await expectAccessible(page, 'busy');
    await expectSignedInAs(page, carrierUsers.cmcc);
    expect(await tenant.requests(CARRIER_LOGIN_PATH)).toHaveLength(1);
    expect(carrierTokens).toHaveLength(1);
  });

  test('500: a message with retry; the retry asks the carrier for a new token and signs in', async ({ page, tenant }) => {
    await tenant.fault({ path: CARRIER_LOGIN_PATH, status: 500 });
    const posted = recordRequests(page, CARRIER_LOGIN_PATH);
    const oneClick = new OneClickPage(page);
    await oneClick.goto();
    await oneClick.tickAndLogin();
    await expect(oneClick.alert).toContainText('系统繁忙，请稍后再试。');
    await expect(oneClick.checkbox).toBeChecked();
    await expectAccessible(page, '500');
    await oneClick.alert.getByRole('button', { name: zhCN['common.retry'] }).click();
    await expectSignedInAs(page, carrierUsers.cmcc);
    // Carrier tokens are single use: the retry did not send the burnt one again.
    const tokens = posted.map((request) => (request.postDataJSON() as { access_token: string }).access_token);
    expect(tokens).toHaveLength(2);
    expect(tokens[1]).not.toBe(tokens[0]);
  });

  test('offline during the POST: says so (the explanation was fetched while idle); back online, the retry signs in', async ({ page, context }) => {
    const oneClick = new OneClickPage(page);
    await oneClick.goto();
    // The connection goes as the POST leaves (the carrier token was already fetched).
    await page.route(
      `**${CARRIER_LOGIN_PATH}`,
      async (route) => {
        await context.setOffline(true);
        await route.abort('internetdisconnected');
      },
      { times: 1 },
    );
    await oneClick.tickAndLogin();
    await expect(oneClick.alert).toContainText(zhCN['error.offline']);
    await expectAccessible(page, 'offline');
    await context.setOffline(false);
    await oneClick.alert.getByRole('button', { name: zhCN['common.retry'] }).click();
    await expectSignedInAs(page, carrierUsers.cmcc);
  });

  test('malformed JSON: a message, no page error, and the retry works', async ({ page, tenant }) => {
    await tenant.fault({ path: CARRIER_LOGIN_PATH, body: 'malformed' });
    const oneClick = new OneClickPage(page);
    await oneClick.goto();
    await oneClick.tickAndLogin();
    await expect(oneClick.alert).toContainText(zhCN['error.malformed']);
    await expectAccessible(page, 'malformed');
    await oneClick.alert.getByRole('button', { name: zhCN['common.retry'] }).click();
    await expectSignedInAs(page, carrierUsers.cmcc);
  });
});
