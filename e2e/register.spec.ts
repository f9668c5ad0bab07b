import type { Page } from '@playwright/test';
import { seedPasswordPolicy } from '../emulator/policy.ts';
import { AccountPage } from './support/account-page';
import { expect, expectAccessible, JOURNEY, test, type TenantControl } from './support/fixtures';
import { LoginPage } from './support/login-page';
import { en, zhCN, type Messages } from './support/messages';
import { Slider } from './support/slider';
import { smsCode } from './support/sms';
import { users } from './support/users';

const REGISTER_PATH = '/api/v2/sdk/register/mobile-verify-code';
const NEW_NATIONAL = '13900000009';
const NEW_MOBILE = `+86-${NEW_NATIONAL}`;
const NEW_PASSWORD = 'Register2026';

const ALL_FIELDS = [
  'user_name',
  'name',
  'email',
  'pwd',
  'head_img',
  'attr_gender',
  'attr_birthday',
  'attr_nick_name',
  'mailing_address',
  'zip_code',
  'first_name',
  'middle_name',
  'last_name',
  'industry',
] as const;

test.use({
  appConfig: {
    password: { policy: { minLength: seedPasswordPolicy.minLength, maxLength: seedPasswordPolicy.maxLength, regEx: seedPasswordPolicy.regEx, tip: seedPasswordPolicy.tip.zh } },
    registration: {
      enabled: true,
      fields: ALL_FIELDS.map((key) => ({ key, required: key === 'user_name' })),
      extension: [{ key: 'age', type: 'number', label: { 'zh-CN': '年龄', 'zh-TW': '年齡', en: 'Age' } }],
    },
  },
});

/** The registration page, by role and label (optional fields carry the catalog's "(optional)" wording). */
class RegisterPage {
  constructor(
    readonly page: Page,
    readonly text: Messages = zhCN,
  ) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.text['register.title'] });
  }

  field(key: (typeof ALL_FIELDS)[number] | 'age', required = false) {
    const label = key === 'age' ? (this.text === en ? 'Age' : '年龄') : this.text[`register.field.${key}`];
    const shown = required ? label : this.text['register.optional'].replace('{label}', label);
    return this.page.getByLabel(shown, { exact: true });
  }

  get confirm() {
    return this.page.getByLabel(this.text['register.field.pwdConfirm'], { exact: true });
  }

  get phone() {
    return this.page.getByRole('textbox', { name: this.text['common.field.phone'] });
  }

  get code() {
    return this.page.getByRole('textbox', { name: this.text['sms.code'] });
  }

  get submit() {
    return this.page.getByRole('button', { name: this.text['register.submit'], exact: true });
  }

  /** Phone, Get code, the slider solved with the keyboard, the code from the outbox. */
  async getCodeFor(tenant: TenantControl, national = NEW_NATIONAL): Promise<void> {
    await this.phone.fill(national);
    const slider = new Slider(this.page, tenant, this.text);
    const { x } = await slider.openWith(this.page.getByRole('button', { name: this.text['sms.getCode'], exact: true }));
    await slider.solveWithKeys(x);
    await expect(slider.dialog).toBeHidden();
    await this.code.fill(await smsCode(tenant, `+86-${national}`, 'REGISTER_SMS'));
  }
}

test.describe('registration by mobile', () => {
  test('every optional field and an extension attribute: registered, signed in, the name on /account', JOURNEY, async ({ page, tenant }) => {
    await page.goto('/login');
    await page.getByRole('link', { name: zhCN['common.register'] }).click();
    const register = new RegisterPage(page);
    await expect(register.heading).toBeVisible();
    await expectAccessible(page, 'registration form');

    await register.getCodeFor(tenant);
    await register.field('user_name', true).fill('wangxiaoming');
    await register.field('name').fill('王小明');
    await register.field('email').fill('xiaoming@example.com');
    await register.field('pwd').fill(NEW_PASSWORD);
    await register.confirm.fill(NEW_PASSWORD);
    await register.field('head_img').fill('https://example.com/avatar.png');
    await register.field('attr_gender').selectOption('male');
    await register.field('attr_birthday').fill('1990-05-17');
    await register.field('attr_nick_name').fill('小明');
    await register.field('mailing_address').fill('湖北省武汉市');
    await register.field('zip_code').fill('430000');
    await register.field('first_name').fill('Xiaoming');
    await register.field('middle_name').fill('M');
    await register.field('last_name').fill('Wang');
    await register.field('industry').fill('事业单位');
    await register.field('age').fill('36');
    await expectAccessible(page, 'registration form filled');

    const sent = page.waitForRequest((r) => new URL(r.url()).pathname === REGISTER_PATH);
    await register.submit.click();
    const body = (await sent).postDataJSON() as Record<string, unknown>;
    expect(body).toMatchObject({
      mobile: NEW_MOBILE,
      user_name: 'wangxiaoming',
      name: '王小明',
      email: 'xiaoming@example.com',
      pwd: NEW_PASSWORD,
      head_img: 'https://example.com/avatar.png',
      attr_gender: 'male',
      attr_birthday: '1990-05-17',
      attr_nick_name: '小明',
      mailing_address: '湖北省武汉市',
      zip_code: '430000',
      first_name: 'Xiaoming',
      middle_name: 'M',
      last_name: 'Wang',
      industry: '事业单位',
      extension: { age: '36' },
    });

    const account = new AccountPage(page);
    await expect(account.heading).toBeVisible();
    await expect(account.fact('account.name')).toHaveText('王小明');
    await expect(account.fact('account.userName')).toHaveText('wangxiaoming');
    await expect(account.fact('account.mobile')).toHaveText(NEW_MOBILE);
    await expectAccessible(page, 'registered and signed in');

    // The new account signs in with its password.
    await account.signOut.click();
    const login = new LoginPage(page);
    await login.signIn('username', 'wangxiaoming', NEW_PASSWORD);
    await expect(account.heading).toBeVisible();
  });

  test('refusals are told at their field and every value is kept', async ({ page, tenant }) => {
    await page.goto('/register');
    const register = new RegisterPage(page);
    await register.submit.click();
    await expect(register.phone).toBeFocused();
    await expect(page.getByText('请填写用户名。')).toBeVisible();
    await expectAccessible(page, 'empty registration submitted');

    await register.getCodeFor(tenant);
    // Checked before sending: a number that is not one, a birthday in the future.
    await register.field('user_name', true).fill(users.plain.userName);
    await register.field('name').fill('重名用户');
    await register.field('email').fill(users.plain.email);
    await register.field('attr_birthday').fill('2999-01-01');
    await register.field('age').fill('eighteen');
    await register.submit.click();
    await expect(page.getByText(zhCN['register.error.birthday'])).toBeVisible();
    await expect(page.getByText('年龄只能填写数字。')).toBeVisible();
    expect(await tenant.requests(REGISTER_PATH)).toHaveLength(0);
    await expectAccessible(page, 'client-side refusals');

    // The tenant refuses the taken username: said at the field, nothing typed is lost.
    await register.field('attr_birthday').fill('1990-01-01');
    await register.field('age').fill('18');
    await register.submit.click();
    await expect(page.getByText('该用户名已被注册。')).toBeVisible();
    await expect(register.field('user_name', true)).toBeFocused();
    await expect(register.field('user_name', true)).toHaveAttribute('aria-invalid', 'true');
    await expect(register.field('name')).toHaveValue('重名用户');
    await expect(register.field('attr_birthday')).toHaveValue('1990-01-01');
    await expect(register.field('age')).toHaveValue('18');
    await expect(register.phone).toHaveValue('139 0000 0009');
    await expect(register.code).not.toHaveValue('');
    await expectAccessible(page, 'tenant refused a taken username');

    // Then the taken email; the code still works once both are fixed.
    await register.field('user_name', true).fill('chongming');
    await register.submit.click();
    await expect(page.getByText('该邮箱已被注册。')).toBeVisible();
    await register.field('email').fill('chongming@example.com');
    await register.submit.click();
    await expect(new AccountPage(page).fact('account.name')).toHaveText('重名用户');
  });

  test('a number that already has an account is refused at the phone field (English)', async ({ page, tenant }) => {
    await page.goto('/register?lang=en');
    const register = new RegisterPage(page, en);
    await register.getCodeFor(tenant, users.plain.national);
    await register.field('user_name', true).fill('another_zhang');
    await register.submit.click();
    await expect(page.getByText('Phone number is already registered to an account.')).toBeVisible();
    await expect(register.phone).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'taken mobile, English');
  });
});
