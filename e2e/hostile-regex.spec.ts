import type { Browser, Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { LoginPage } from './support/login-page';
import { zhCN } from './support/messages';
import { PasswordChangePage } from './support/password-change-page';
import { SmsLoginPage } from './support/sms';
import { PASSWORD, users } from './support/users';

// Issue 17: tenant regexes that froze a page for seconds on 15–20 characters, and one that does not compile.
const BROKEN = '([0-9';
const PATTERNS = ['(\\d*){14}x', '(a|aa)+$', '^(\\w+\\s?)*$', '(x+x+)+y', BROKEN] as const;
type Pattern = (typeof PATTERNS)[number];
const LONG_TASK_MS = 50;
const SMS_LOGIN_PATH = '/api/v2/sdk/login/mobile-verify-code';

/** A valid mainland number, and not a prefix of what is typed before it (so judged afresh). */
const VALID_NUMBER = '13912345678';

/**
 * What a tenant regex says of VALID_NUMBER once the page has judged it: its own answer when it
 * gives one in time, libphonenumber-js's (valid) when it does not compile or it has run out of
 * time on the numbers typed before (`(\d*){14}x` spins for seconds on 15 digits).
 */
const validNumberAccepted: Record<Pattern, boolean> = {
  '(\\d*){14}x': true,
  '(a|aa)+$': false,
  '^(\\w+\\s?)*$': true,
  '(x+x+)+y': false,
  [BROKEN]: true,
};

/** 20 characters each pattern backtracks worst on (none of them matches). */
const hostilePassword: Record<Pattern, string> = {
  '(\\d*){14}x': '12345678901234567890',
  '(a|aa)+$': `${'a'.repeat(19)}!`,
  '^(\\w+\\s?)*$': `${'a'.repeat(19)}!`,
  '(x+x+)+y': 'x'.repeat(20),
  [BROKEN]: 'Abcdefgh#12345678901',
};

/** The page's long tasks (PerformanceObserver `longtask`), observed from before its own scripts run. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Runs `work` and says which tasks of the page's main thread took longer than 50 ms. A long task
 * counts when its thread time (the trace's `tdur`) is over 50 ms too: on a machine shared by other
 * jobs a 10 ms task can be a long task by the clock while the thread waited for a core, and a
 * regex backtracking on the main thread is thread time through and through.
 */
async function blockingTasks(browser: Browser, page: Page, work: () => Promise<void>): Promise<{ longTasks: number[]; blocking: number[] }> {
  await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
  await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
  let trace: Buffer;
  try {
    await work();
  } finally {
    trace = await browser.stopTracing();
  }
  const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
  const mainThreads = new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const blocking = traceEvents
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`) && (e.tdur ?? e.dur ?? 0) > LONG_TASK_MS * 1000)
    .map((e) => Math.round((e.tdur ?? e.dur ?? 0) / 1000));
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
  return { longTasks, blocking };
}

/**
 * What the page loads on a field's first keystrokes (libphonenumber-js, the regex evaluator) is
 * loaded before anything is measured: a few characters every pattern judges at once, then cleared.
 */
async function warmUp(page: Page, field: Locator, characters: string, expected: string): Promise<void> {
  await field.focus();
  await page.keyboard.type(characters);
  await expect(field).toHaveValue(expected);
  await field.fill('');
}

test.describe('tenant regexes cannot freeze the page', () => {
  test.use({ appConfig: { methods: { default: 'sms', enabled: ['password', 'sms'] } } });

  test('as a country’s mobileRegex: typing 20 digits blocks nothing, and the number is judged by the regex or the fallback', async ({ browser, page, tenant }) => {
    test.setTimeout(90_000);
    await watchLongTasks(page);
    const sms = new SmsLoginPage(page);
    const phoneError = page.locator('#sms-login-phone-error');
    let sent = 0;
    for (const pattern of PATTERNS) {
      await tenant.rules({ mobileRegex: { CN: pattern } });
      await sms.goto();
      await sms.code.fill('123456');
      // Formatted as "138 0": libphonenumber-js has arrived.
      await warmUp(page, sms.phone, '1380', '138 0');
      const typing = await blockingTasks(browser, page, async () => {
        await page.keyboard.type('13800000000123456789');
        // Submit judges what was typed once the regex has answered or been refused: 20 digits are too many.
        await sms.submit.click();
        await expect(phoneError, pattern).toContainText(zhCN['phone.error.tooLong']);
      });
      expect(typing.blocking, `main-thread tasks over 50 ms while typing against ${pattern} (long tasks: ${typing.longTasks.join(', ')})`).toEqual([]);

      await sms.phone.fill('');
      const judging = await blockingTasks(browser, page, async () => {
        await page.keyboard.type(VALID_NUMBER);
        await sms.submit.click();
        if (validNumberAccepted[pattern]) {
          // The number went to the tenant.
          await expect.poll(async () => (await tenant.requests(SMS_LOGIN_PATH)).length, pattern).toBe(++sent);
          await expect(phoneError).toHaveCount(0);
        } else {
          await expect(phoneError, pattern).toContainText('请输入有效的中国大陆手机号（+86）。');
        }
      });
      expect(judging.blocking, `main-thread tasks over 50 ms judging ${VALID_NUMBER} against ${pattern} (long tasks: ${judging.longTasks.join(', ')})`).toEqual([]);
    }
    expect(await tenant.requests(SMS_LOGIN_PATH)).toHaveLength(PATTERNS.filter((p) => validNumberAccepted[p]).length);
  });

  test('as the password policy’s regEx: typing 20 characters blocks nothing, and the length rules still judge', async ({ browser, page, tenant }) => {
    test.setTimeout(90_000);
    await watchLongTasks(page);
    const login = new LoginPage(page);
    const change = new PasswordChangePage(page);
    for (const pattern of PATTERNS) {
      await tenant.rules({ passwordPolicy: { regEx: pattern, minLength: 8, maxLength: 20 } });
      await login.goto();
      await login.signIn('username', users.expired.userName, PASSWORD);
      await expect(page.getByRole('heading', { level: 1, name: zhCN['change.expiredTitle'] })).toBeVisible();
      await change.old.fill(PASSWORD);
      await warmUp(page, change.new, 'a', 'a');
      const typing = await blockingTasks(browser, page, async () => {
        await page.keyboard.type(hostilePassword[pattern]);
        await expect(change.rule('length'), pattern).toHaveAttribute('data-met', 'true');
        if (pattern === BROKEN || pattern === '(\\d*){14}x') {
          // Refused (does not compile / ran out of time): its rule goes, the length rules stand alone.
          await expect(change.rule('complexity'), pattern).toHaveCount(0);
        } else {
          // Answered in time (no match), or ran out of time (no rule): never met.
          await expect(page.locator('#change-rules [data-rule="complexity"][data-met="true"]'), pattern).toHaveCount(0);
        }
      });
      expect(typing.blocking, `main-thread tasks over 50 ms while typing against ${pattern} (long tasks: ${typing.longTasks.join(', ')})`).toEqual([]);

      // The fallback still judges: too short for the policy, refused before any request.
      await change.new.fill('Ab1#');
      await change.confirm.fill('Ab1#');
      await change.submit.click();
      await expect(page.locator('#change-new-error'), pattern).toContainText(zhCN['change.error.policy']);
      await expect(change.rule('length')).toHaveAttribute('data-met', 'false');
    }
    expect(await tenant.requests('/api/v2/sdk/pwd/update')).toEqual([]);
  });
});
