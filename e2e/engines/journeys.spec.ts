import { seedPasswordPolicy } from '../../emulator/policy.ts';
import { FIRST_SCREEN_ATTRIBUTE } from '../../src/app/first-screen/marker';
import { zhCN } from '../support/messages';
import { carrierUsers, oneClickConfig } from '../support/one-click-page';
import { REFERENCE_WIDTH, Slider } from '../support/slider';
import { smsCode } from '../support/sms';
import { PASSWORD, users } from '../support/users';
import type { EngineDriver, Key, Query } from './driver';
import { expect, SHOTS_DIR, test } from './fixtures';

/**
 * The main journeys in Firefox ESR and WebKitGTK (projects `firefox-esr` and `webkit-gtk`), through
 * the engine-neutral driver (driver.ts), with the tenant control of the Chromium specs. The fixture
 * fails any test whose pages print a console error, throw, fail to load a resource or violate the CSP.
 */

const MOBILE = `+86-${users.plain.national}`;
const policy = { minLength: seedPasswordPolicy.minLength, maxLength: seedPasswordPolicy.maxLength, regEx: seedPasswordPolicy.regEx, tip: seedPasswordPolicy.tip.zh };

/** Every method, the registration form with a password, the emulator's password policy (emulator/policy.ts), Chinese: each journey's pages in one configuration. */
test.use({
  appConfig: {
    ...oneClickConfig,
    methods: { default: 'password', enabled: ['one-click', 'password', 'sms'] },
    password: { policy },
    registration: { enabled: true, fields: [{ key: 'user_name', required: true }, { key: 'pwd', required: true }] },
    // MiniBrowser reports en-US whatever its environment says when the system lacks the zh_CN locale: the tenant's default language instead.
    locale: { default: 'zh-CN' },
  },
});

const heading = (key: keyof typeof zhCN): Query => ({ role: 'heading', level: 1, name: zhCN[key] });
const button = (key: keyof typeof zhCN): Query => ({ role: 'button', name: zhCN[key] });
const textbox = (key: keyof typeof zhCN): Query => ({ role: 'textbox', name: zhCN[key] });
const label = (key: keyof typeof zhCN): Query => ({ label: zhCN[key] });

const dialog: Query = { role: 'dialog', name: zhCN['captcha.title'] };
const handle: Query = { role: 'slider', name: zhCN['captcha.handle'], within: dialog };

/** Opens a page and waits for the app to take over from the build-time first screen. */
async function open(app: EngineDriver, path: string, title: Query): Promise<void> {
  await app.goto(path);
  await app.waitFor(title);
  await app.waitFor({ css: `#root:not([${FIRST_SCREEN_ATTRIBUTE}])` });
}

/** The facts /account lists (dt → dd). */
function accountFacts(app: EngineDriver): Promise<Record<string, string>> {
  return app.evaluate(() => Object.fromEntries([...document.querySelectorAll('dt')].map((dt) => [dt.textContent?.trim() ?? '', dt.nextElementSibling?.textContent?.trim() ?? ''])));
}

async function expectSignedIn(app: EngineDriver, facts: Record<string, string>): Promise<void> {
  await app.waitFor(heading('account.title'), { timeout: 10_000 });
  expect(await app.location()).toBe('/account');
  await expect.poll(() => accountFacts(app)).toMatchObject(facts);
}

/** The slider is shown, takes input and starts at 0 (Slider.expectReady). */
async function sliderReady(app: EngineDriver): Promise<void> {
  await app.waitFor({ role: 'img', name: zhCN['captcha.image'], within: dialog });
  await expect.poll(() => app.attribute(handle, 'aria-valuenow')).toBe('0');
  expect(await app.attribute(handle, 'aria-disabled')).not.toBe('true');
}

/** Home, then PageUp (30), arrows (5), Shift+arrows (1) to `x`, then Enter (Slider.moveWithKeys). */
async function solveWithKeys(app: EngineDriver, x: number): Promise<void> {
  await app.focus(handle);
  const keys: Key[] = ['Home'];
  let rest = Math.round(x);
  for (; rest >= 30; rest -= 30) keys.push('PageUp');
  for (; rest >= 5; rest -= 5) keys.push('ArrowRight');
  for (; rest >= 1; rest -= 1) keys.push('Shift+ArrowRight');
  await app.press(keys);
  await expect.poll(() => app.attribute(handle, 'aria-valuenow')).toBe(Slider.percentFor(x));
  await app.press(['Enter']);
}

/** The handle pressed at its middle and dragged along the track to `x`, then let go (Slider.dragWithMouse). */
async function solveWithPointer(app: EngineDriver, x: number): Promise<void> {
  const track = await app.box({ css: '.captcha-track', within: dialog });
  const knob = await app.box(handle);
  const from = { x: knob.x + knob.width / 2, y: knob.y + knob.height / 2 };
  await app.drag(from, { x: from.x + (x * track.width) / REFERENCE_WIDTH, y: from.y });
}

type Solve = (app: EngineDriver, x: number) => Promise<void>;

/** Phone number, Get code, the slider solved, the code from the tenant's outbox typed in. */
async function phoneAndCode(app: EngineDriver, nextPuzzle: (action: () => Promise<void>) => Promise<{ x: number }>, phone: { national: string; type: string }, solve: Solve, code: () => Promise<string>): Promise<void> {
  await app.fill(textbox('common.field.phone'), phone.national);
  const { x } = await nextPuzzle(() => app.click(button('sms.getCode')));
  await sliderReady(app);
  await solve(app, x);
  await app.waitFor(dialog, { state: 'hidden' });
  await app.fill(textbox('sms.code'), await code());
}

test.describe('password', () => {
  test('signs in and lands on /account, which shows the user; signing out goes back', async ({ app }) => {
    await open(app, '/login', heading('login.title'));
    await app.click({ role: 'tab', name: zhCN['login.mode.username'] });
    await app.fill(textbox('login.field.username'), users.plain.userName);
    await app.fill(label('login.field.password'), PASSWORD);
    await app.click(button('login.submit'));
    await expectSignedIn(app, { [zhCN['account.userName']]: users.plain.userName, [zhCN['account.name']]: users.plain.name });
    await app.click(button('account.signOut'));
    await app.waitFor(heading('login.title'));
  });

  test('a wrong password says how many attempts remain', async ({ app }) => {
    await open(app, '/login', heading('login.title'));
    await app.fill(textbox('login.field.unified'), users.plain.userName);
    await app.fill(label('login.field.password'), 'Wrong#Pass1');
    await app.click(button('login.submit'));
    await expect.poll(() => app.text({ role: 'alert' })).toBe('用户名或密码错误，剩余尝试次数：4。');
    expect(await app.location()).toBe('/login');
  });
});

test.describe('SMS login', () => {
  const solvers: [string, Solve][] = [
    ['the keyboard', solveWithKeys],
    ['a pointer drag', solveWithPointer],
  ];
  for (const [how, solve] of solvers) {
    test(`slider solved with ${how}, the code from the SMS: signed in`, async ({ app, tenant, nextPuzzle }) => {
      await open(app, '/login/sms', heading('smsLogin.title'));
      await phoneAndCode(app, nextPuzzle, { national: users.plain.national, type: 'LOGIN_SMS' }, solve, async () => {
        await app.waitFor({ role: 'status', text: zhCN['sms.sent'].replace('{mobile}', MOBILE) });
        return smsCode(tenant, MOBILE);
      });
      await app.click(button('smsLogin.submit'));
      await expectSignedIn(app, { [zhCN['account.name']]: users.plain.name, [zhCN['account.mobile']]: MOBILE });
    });
  }
});

test('one-click with the emulated carrier: tick, login, signed in as the number’s owner', async ({ app }) => {
  const user = carrierUsers.cmcc;
  await app.goto('/one-click');
  await app.waitFor({ text: user.masked });
  await app.evaluate(() => Promise.all((document.querySelector('.oc-body')?.getAnimations() ?? []).map((animation) => animation.finished)).then(() => true));
  await app.click({ role: 'checkbox', name: zhCN['oneClick.agree'] });
  await app.click(button('oneClick.login'));
  await expectSignedIn(app, { [zhCN['account.userName']]: user.userName, [zhCN['account.mobile']]: user.mobile });
});

test('forgot password: code by SMS, a new password, which then signs in', async ({ app, tenant, nextPuzzle }) => {
  const newPassword = 'Newpass2026';
  await open(app, '/login', heading('login.title'));
  await app.click({ role: 'link', name: zhCN['login.forgot'] });
  await app.waitFor(heading('forgot.title'));
  await phoneAndCode(app, nextPuzzle, { national: users.plain.national, type: 'FORGET_PWD_SMS' }, solveWithPointer, () => smsCode(tenant, MOBILE, 'FORGET_PWD_SMS'));
  await app.fill(label('change.field.new'), newPassword);
  await app.fill(label('change.field.confirm'), newPassword);
  await app.click(button('forgot.submit'));
  await app.waitFor(heading('login.title'));
  await app.waitFor({ role: 'status', text: zhCN['login.passwordReset'] });
  await expect.poll(() => app.value(textbox('common.field.phone'))).toBe('138 0000 0000');
  await app.fill(label('login.field.password'), newPassword);
  await app.click(button('login.submit'));
  await expectSignedIn(app, { [zhCN['account.userName']]: users.plain.userName });
});

test('registration by mobile: registered, signed in, the new user on /account', async ({ app, tenant, nextPuzzle }) => {
  const national = '13900000009';
  const password = 'Register2026';
  await open(app, '/login', heading('login.title'));
  await app.click({ role: 'link', name: zhCN['common.register'] });
  await app.waitFor(heading('register.title'));
  await phoneAndCode(app, nextPuzzle, { national, type: 'REGISTER_SMS' }, solveWithKeys, () => smsCode(tenant, `+86-${national}`, 'REGISTER_SMS'));
  await app.fill(label('register.field.user_name'), 'wangxiaoming');
  await app.fill(label('register.field.pwd'), password);
  await app.fill(label('register.field.pwdConfirm'), password);
  await app.click(button('register.submit'));
  await expectSignedIn(app, { [zhCN['account.userName']]: 'wangxiaoming', [zhCN['account.mobile']]: `+86-${national}` });
});

test('screenshots at 390 px: /login, /login/sms with the slider open, /one-click, /register', async ({ app, nextPuzzle }) => {
  const shot = (name: string) => app.screenshot(`${SHOTS_DIR}/${app.engine}-${name}.png`);
  await open(app, '/login', heading('login.title'));
  await shot('login');
  await open(app, '/login/sms', heading('smsLogin.title'));
  await app.fill(textbox('common.field.phone'), users.plain.national);
  await nextPuzzle(() => app.click(button('sms.getCode')));
  await sliderReady(app);
  await shot('sms-slider');
  await app.goto('/one-click');
  await app.waitFor({ text: carrierUsers.cmcc.masked });
  await app.evaluate(() => Promise.all((document.querySelector('.oc-body')?.getAnimations() ?? []).map((animation) => animation.finished)).then(() => true));
  await shot('one-click');
  await open(app, '/register', heading('register.title'));
  await shot('register');
});
