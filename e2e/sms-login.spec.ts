import type { Page } from '@playwright/test';
import { AccountPage } from './support/account-page';
import { expect, expectAccessible, JOURNEY, test, type TenantControl } from './support/fixtures';
import { zhCN } from './support/messages';
import { CAPTCHA_PATH, CAPTCHA_VERIFY_PATH, isPuzzleRequest, MAX_OFFSET, Slider, wrongPosition } from './support/slider';
import { escapeRegExp, otherCode, SMS_SEND_PATH, SmsLoginPage, smsCode } from './support/sms';
import { users } from './support/users';

const MOBILE = `+86-${users.plain.national}`;
const COUNTRY_CODES_PATH = '/api/v2/sdk/country-codes';
const CLOSED_RESULT = '{"event":"result","data":{"code":"105"}}';

test.use({ appConfig: { methods: { default: 'sms', enabled: ['password', 'sms'] } } });

/** The SMS login page with the plain user's number typed in, and the slider (not yet open). */
async function startAt(page: Page, tenant: TenantControl): Promise<{ sms: SmsLoginPage; slider: Slider }> {
  const sms = new SmsLoginPage(page);
  await sms.goto();
  await sms.phone.fill(users.plain.national);
  return { sms, slider: new Slider(page, tenant) };
}

/** The slider gave way and the code went out to the plain user's number. */
async function expectCodeSent(sms: SmsLoginPage, slider: Slider): Promise<void> {
  await expect(slider.dialog).toBeHidden();
  await expect(sms.sentNotice).toHaveText(sms.sentTo(MOBILE));
  await expect(sms.code).toBeFocused();
}

/** A description that holds the message (the field's error carries a warning sign before it). */
const messageIn = (message: string) => new RegExp(`${escapeRegExp(message)}$`);

const hostInbox = (page: Page) => page.evaluate(() => (window as unknown as { __hostInbox: unknown[] }).__hostInbox);

test.describe('SMS login', () => {
  test('end to end: phone, Get code, slider dragged with the mouse, the code from the SMS, signed in', async ({ page, tenant }) => {
    const sms = new SmsLoginPage(page);
    await sms.goto();
    await expect(sms.getCode).toBeEnabled();
    await expectAccessible(page, 'form');

    await sms.phone.fill(users.plain.national);
    const slider = new Slider(page, tenant);
    const { x } = await slider.openWith(sms.getCode);
    await expect(slider.handle).toBeFocused();
    await expectAccessible(page, 'slider open');

    await slider.dragWithMouse(x);
    await expectCodeSent(sms, slider);
    await expect(sms.resendCountdown).toBeDisabled();
    await expectAccessible(page, 'code sent');

    const outbox = await tenant.outbox();
    expect(outbox.map(({ mobile, type }) => ({ mobile, type }))).toEqual([{ mobile: MOBILE, type: 'LOGIN_SMS' }]);
    await sms.code.fill(await smsCode(tenant, MOBILE));
    await sms.submit.click();

    const account = new AccountPage(page);
    await expect(account.heading).toBeVisible();
    await expect(page).toHaveURL(/\/account$/);
    await expect(account.fact('account.name')).toHaveText(users.plain.name);
    await expect(account.fact('account.mobile')).toHaveText(MOBILE);
    await expectAccessible(page, 'signed in');
  });
});

test.describe('the one-a-minute limit survives a reload', () => {
  test('the countdown comes back after a reload, and sessionStorage holds neither the number nor the code', { tag: '@page' }, async ({ page, tenant }) => {
    const { sms, slider } = await startAt(page, tenant);
    const { x } = await slider.openWith(sms.getCode);
    await slider.solveWithKeys(x);
    await expectCodeSent(sms, slider);
    const code = await smsCode(tenant, MOBILE);
    await page.reload();
    await sms.heading.waitFor();
    await sms.phone.fill(users.plain.national);
    await expect(sms.resendCountdown).toBeDisabled();
    await expect(sms.resendCountdown).toHaveText(/^(5\d|60) 秒后可重新获取$/);
    const stored = await page.evaluate(() => Object.values(window.sessionStorage).join(' '));
    for (const secret of [users.plain.national, code]) expect(stored).not.toContain(secret);
    await expectAccessible(page, 'countdown after a reload');
    // Another number is not held back.
    await sms.phone.fill('13900000000');
    await expect(sms.getCode).toBeEnabled();
  });

  test('a send the tenant refuses within its minute says to wait, and counts down', async ({ page, tenant }) => {
    const { sms, slider } = await startAt(page, tenant);
    const first = await slider.openWith(sms.getCode);
    await slider.solveWithKeys(first.x);
    await expectCodeSent(sms, slider);
    // As if the code had been asked for in another tab: this page does not know about it.
    await page.evaluate(() => window.sessionStorage.clear());
    await page.reload();
    await sms.heading.waitFor();
    await sms.phone.fill(users.plain.national);
    const second = await slider.openWith(sms.getCode);
    await slider.solveWithKeys(second.x);
    await expect(page.getByRole('status').filter({ hasText: '同一号码每分钟只能获取一次验证码' })).toBeVisible();
    await expect(sms.resendCountdown).toBeDisabled();
    await expectAccessible(page, 'send refused within the minute');
  });
});

test.describe('the slider without a mouse drag', () => {
  test('keyboard only: Tab to Get code, arrows and Enter on the slider, the code typed, Enter signs in', JOURNEY, async ({ page, tenant }) => {
    const sms = new SmsLoginPage(page);
    await sms.goto();
    await sms.phone.fill(users.plain.national);
    await page.keyboard.press('Tab');
    await expect(sms.code).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(sms.getCode).toBeFocused();
    const slider = new Slider(page, tenant);
    const puzzle = slider.nextPuzzle();
    await page.keyboard.press('Enter');
    const { x } = await puzzle;
    await slider.expectReady();

    // The handle has focus when the dialog opens; Shift+Tab and Tab move between the dialog's controls.
    await expect(slider.handle).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(slider.close).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(slider.handle).toBeFocused();
    const valueText = (x: number) => zhCN['captcha.valueText'].replace('{percent}', Slider.percentFor(x));
    await expect(slider.handle).toHaveAttribute('aria-valuetext', valueText(0));

    // End goes to the far end, PageDown back 30 px; the path to the answer starts with Home.
    await page.keyboard.press('End');
    await expect(slider.handle).toHaveAttribute('aria-valuenow', '100');
    await page.keyboard.press('PageDown');
    await expect(slider.handle).toHaveAttribute('aria-valuenow', Slider.percentFor(MAX_OFFSET - 30));
    await slider.moveWithKeys(x);
    await expect(slider.handle).toHaveAttribute('aria-valuetext', valueText(x));
    await page.keyboard.press('Enter');
    await expectCodeSent(sms, slider);

    await page.keyboard.type(await smsCode(tenant, MOBILE));
    await page.keyboard.press('Enter');
    await expect(new AccountPage(page).heading).toBeVisible();
  });

  test('tapping the track where the piece fits places it there and submits; tapping the handle is no answer', { tag: '@page' }, async ({ page, tenant, isMobile }) => {
    const { sms, slider } = await startAt(page, tenant);
    const { x } = await slider.openWith(sms.getCode);
    const tap = (point: { x: number; y: number }) => (isMobile ? page.touchscreen.tap(point.x, point.y) : page.mouse.click(point.x, point.y));

    // A tap or click on the handle itself only gives it focus (for the arrow keys).
    const { from } = await slider.dragPath(0);
    await tap(from);
    await expect(slider.handle).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(slider.handle).toHaveAttribute('aria-valuenow', Slider.percentFor(5));
    await page.keyboard.press('Home');
    await slider.expectReady();
    expect(await tenant.requests(CAPTCHA_VERIFY_PATH)).toEqual([]);

    const verified = page.waitForResponse((r) => new URL(r.url()).pathname === CAPTCHA_VERIFY_PATH);
    await tap(await slider.trackPointFor(x));
    expect((await verified).ok()).toBe(true);
    await expectCodeSent(sms, slider);
  });

  test('a touch drag moves the piece without scrolling the page', { tag: '@page' }, async ({ page, tenant, isMobile }) => {
    test.skip(!isMobile, 'touch drag needs a touch screen');
    const { sms, slider } = await startAt(page, tenant);
    // A page taller than the screen: a finger moving up over it scrolls it.
    await page.evaluate(() => {
      const filler = document.createElement('div');
      filler.style.height = '3000px';
      filler.setAttribute('aria-hidden', 'true');
      document.body.append(filler);
    });
    expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight * 2)).toBe(true);
    const { x } = await slider.openWith(sms.getCode);
    const scrollBefore = await page.evaluate(() => window.scrollY);

    await slider.touchDrag(x);
    await expectCodeSent(sms, slider);
    // The notice shows after the pass pause: any scroll the drag caused has long happened.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
  });
});

test.describe('answers the tenant refuses, closing, expiry', () => {
  test('a wrong position is announced and a new puzzle replaces the old one; the new one can be solved', async ({ page, tenant }) => {
    const { sms, slider } = await startAt(page, tenant);
    const first = await slider.openWith(sms.getCode);
    const second = slider.nextPuzzle();
    await slider.solveWithKeys(wrongPosition(first.x));

    await expect(slider.status).toHaveText(zhCN['captcha.failed']);
    const next = await second;
    expect(next.token).not.toBe(first.token);
    await slider.expectReady();
    await expect(slider.handle).toBeFocused();
    await expectAccessible(page, 'wrong answer announced');
    expect(await tenant.outbox()).toEqual([]);

    await slider.dragWithMouse(next.x);
    await expectCodeSent(sms, slider);
  });

  for (const how of ['the close button', 'Escape'] as const) {
    test(`closing the slider with ${how} tells the host app 105, says so, and sends nothing`, { tag: '@page' }, async ({ page, tenant }) => {
      await page.addInitScript({ content: 'window.__hostInbox = []; window.webkit = { messageHandlers: { idaas: { postMessage(m) { window.__hostInbox.push(m); } } } };' });
      const { sms, slider } = await startAt(page, tenant);
      await slider.openWith(sms.getCode);
      if (how === 'Escape') await page.keyboard.press('Escape');
      else await slider.close.click();

      await expect(slider.dialog).toBeHidden();
      await expect(sms.closedNotice).toBeVisible();
      await expect(sms.getCode).toBeFocused();
      await expect.poll(() => hostInbox(page)).toContain(CLOSED_RESULT);
      await expectAccessible(page, 'slider closed');
      expect(await tenant.requests(SMS_SEND_PATH)).toEqual([]);
      expect(await tenant.outbox()).toEqual([]);

      // Get code opens it again.
      await slider.openWith(sms.getCode);
      await expect(sms.closedNotice).toBeHidden();
    });
  }

  test('a puzzle left alone is replaced before it expires, and the replacement is announced', async ({ page, tenant }) => {
    await page.clock.install();
    const { sms, slider } = await startAt(page, tenant);
    const first = await slider.openWith(sms.getCode);

    const second = slider.nextPuzzle();
    await page.clock.fastForward('01:51');
    const next = await second;
    expect(next.token).not.toBe(first.token);
    await expect(slider.status).toHaveText(zhCN['captcha.expired']);
    await slider.expectReady();
    await expectAccessible(page, 'puzzle replaced on expiry');

    await slider.solveWithKeys(next.x);
    await expectCodeSent(sms, slider);
  });
});

test.describe('the code', () => {
  test('Get code waits 60 s after a send, counting down, then sends again', async ({ page, tenant }) => {
    await page.clock.install();
    const { sms, slider } = await startAt(page, tenant);
    const { x } = await slider.openWith(sms.getCode);
    await slider.solveWithKeys(x);
    await expectCodeSent(sms, slider);

    await expect(sms.resendCountdown).toBeDisabled();
    await expect(sms.getCode).toHaveCount(0);
    // Half-way (the send itself took a moment of the minute): still waiting, 30 s or a little less to go.
    await page.clock.fastForward('00:30');
    await expect(sms.resendCountdown).toHaveText(new RegExp(`^(${[30, 29, 28, 27, 26, 25].map((n) => escapeRegExp(sms.resendIn(n))).join('|')})$`));
    await expect(sms.resendCountdown).toBeDisabled();
    await page.clock.fastForward('00:31');
    await expect(sms.getCode).toBeEnabled();
    await expect(sms.resendCountdown).toHaveCount(0);

    // The tenant's own minute has passed too: a second code goes out.
    await tenant.advanceClock(61);
    const again = await slider.openWith(sms.getCode);
    await slider.solveWithKeys(again.x);
    await expectCodeSent(sms, slider);
    await expect.poll(async () => (await tenant.outbox()).map(({ mobile, type }) => `${type} ${mobile}`)).toEqual([`LOGIN_SMS ${MOBILE}`, `LOGIN_SMS ${MOBILE}`]);
  });

  test('a pasted message fills the field with its six digits', { tag: '@page' }, async ({ page }) => {
    const sms = new SmsLoginPage(page);
    await sms.goto();
    const pasted = '验证码：123 456';

    // What the browser does with a paste or an autofill: the text arrives as an edit.
    await sms.code.fill(pasted);
    await expect(sms.code).toHaveValue('123456');

    // A paste event carrying the message, into a field that still holds an older code.
    await sms.code.fill('654321');
    await sms.code.evaluate((input, text) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, pasted);
    await expect(sms.code).toHaveValue('123456');
  });

  test('a wrong code and an expired code are explained at the code field', async ({ page, tenant }) => {
    const { sms, slider } = await startAt(page, tenant);
    const { x } = await slider.openWith(sms.getCode);
    await slider.solveWithKeys(x);
    await expectCodeSent(sms, slider);
    const code = await smsCode(tenant, MOBILE);

    await sms.code.fill(otherCode(code));
    await sms.submit.click();
    await expect(sms.code).toHaveAccessibleDescription(messageIn(zhCN['sms.error.codeWrong']));
    await expect(page.getByText(zhCN['sms.error.codeWrong'])).toBeVisible();
    await expect(sms.code).toHaveAttribute('aria-invalid', 'true');
    await expect(sms.code).toBeFocused();
    await expectAccessible(page, 'wrong code');

    await tenant.advanceClock(301);
    await sms.code.fill(code);
    await expect(sms.code).not.toHaveAttribute('aria-invalid');
    await sms.submit.click();
    await expect(sms.code).toHaveAccessibleDescription(messageIn(zhCN['sms.error.codeExpired']));
    await expect(page.getByText(zhCN['sms.error.codeExpired'])).toBeVisible();
    await expect(new AccountPage(page).heading).toHaveCount(0);
  });
});

test.describe('failures on the way', () => {
  test('a puzzle that fails to load (503, an HTML page) offers a retry that brings one', { tag: '@page' }, async ({ page, tenant }) => {
    await tenant.fault({ path: CAPTCHA_PATH, status: 503, body: 'html' });
    const { sms, slider } = await startAt(page, tenant);
    const failed = page.waitForResponse(isPuzzleRequest);
    await sms.getCode.click();
    expect((await failed).status()).toBe(503);
    await expect(slider.status).toHaveText(zhCN['captcha.loadFailed']);
    await expect(slider.alert).toContainText('HTTP 503');
    await expectAccessible(page, 'puzzle failed to load');

    const puzzle = slider.nextPuzzle();
    await slider.retry.click();
    const { x } = await puzzle;
    await slider.expectReady();
    await expect(slider.alert).toHaveCount(0);
    await slider.solveWithKeys(x);
    await expectCodeSent(sms, slider);
  });

  test.describe('with a 1.5 s request timeout', () => {
    test.use({ appConfig: { methods: { default: 'sms', enabled: ['password', 'sms'] }, tenant: { timeoutMs: 1500 } } });

    test('a puzzle that takes too long shows loading, then a timeout with a retry that brings one', { tag: '@page' }, async ({ page, tenant }) => {
      await tenant.fault({ path: CAPTCHA_PATH, latencyMs: 3000 });
      const { sms, slider } = await startAt(page, tenant);
      await sms.getCode.click();
      await expect(slider.status).toHaveText(zhCN['captcha.loading']);
      await expect(slider.handle).toHaveAttribute('aria-disabled', 'true');
      await expect(slider.alert).toContainText(zhCN['error.timeout']);
      await expect(slider.status).toHaveText(zhCN['captcha.loadFailed']);

      const puzzle = slider.nextPuzzle();
      await slider.retry.click();
      const { x } = await puzzle;
      await slider.expectReady();
      await slider.solveWithKeys(x);
      await expectCodeSent(sms, slider);
    });
  });

  test('Get code pressed while the area codes are still on their way waits for them instead of calling them failed', { tag: '@page' }, async ({ page, tenant }) => {
    await tenant.fault({ path: COUNTRY_CODES_PATH, latencyMs: 1500 });
    const sms = new SmsLoginPage(page);
    const codesArrived = page.waitForResponse((r) => new URL(r.url()).pathname === COUNTRY_CODES_PATH);
    await sms.goto();
    await sms.phone.fill(users.plain.national);
    const slider = new Slider(page, tenant);
    const puzzle = slider.nextPuzzle();
    await sms.getCode.click();
    expect((await codesArrived).ok()).toBe(true);
    const { x } = await puzzle;
    await slider.expectReady();
    await expect(page.getByText(zhCN['phone.loadFailed'])).toHaveCount(0);
    await slider.solveWithKeys(x);
    await expectCodeSent(sms, slider);
  });

  test('a send that fails (503) says so on the page, and the retry goes through the slider again', { tag: '@page' }, async ({ page, tenant }) => {
    await tenant.fault({ path: SMS_SEND_PATH, status: 503, body: 'html' });
    const { sms, slider } = await startAt(page, tenant);
    const { x } = await slider.openWith(sms.getCode);
    await slider.solveWithKeys(x);
    await expect(slider.dialog).toBeHidden();
    await expect(sms.pageAlert).toContainText('HTTP 503');
    await expect(sms.getCode).toBeFocused();
    await expect(sms.sentNotice).toHaveCount(0);
    await expectAccessible(page, 'send failed');
    expect(await tenant.outbox()).toEqual([]);

    const puzzle = slider.nextPuzzle();
    await sms.retry.click();
    const again = await puzzle;
    await slider.expectReady();
    await slider.solveWithKeys(again.x);
    await expectCodeSent(sms, slider);
    await expect(sms.pageAlert).toHaveCount(0);
    expect((await tenant.outbox()).map((entry) => entry.mobile)).toEqual([MOBILE]);
  });
});

test('the slider is a separate chunk, first requested when Get code is pressed', { tag: '@page' }, async ({ page, tenant }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const { sms, slider } = await startAt(page, tenant);
  await expect(sms.getCode).toBeEnabled();
  expect(requested.filter((url) => url.includes('SliderCaptcha'))).toEqual([]);

  await slider.openWith(sms.getCode);
  expect(requested.filter((url) => /SliderCaptcha[^/]*\.js$/.test(url))).toHaveLength(1);
});
