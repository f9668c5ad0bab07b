import { en } from './support/messages';
import { expect, expectAccessible, JOURNEY, test } from './support/fixtures';
import { LoginPage } from './support/login-page';
import { PASSWORD, users } from './support/users';

test.describe('phone login and the area-code picker', () => {
  test('the picker lists the tenant’s codes in the UI language, preferred first, searchable', JOURNEY, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.selectMode('phone');
    await login.areaCodeButton.click();
    const dialog = page.getByRole('dialog', { name: '选择国家或地区' });
    await expect(dialog).toBeVisible();
    const options = dialog.getByRole('option');
    await expect(options.first()).toHaveText(/^中国大陆\s*常用\s*\+86$/);
    expect(await options.count()).toBeGreaterThanOrEqual(40);
    await expect(dialog.getByRole('option', { name: /中国香港/ })).toBeVisible();
    await expectAccessible(page, 'picker open');

    const search = dialog.getByRole('combobox', { name: '搜索国家/地区或区号' });
    await search.fill('香港');
    await expect(options).toHaveCount(1);
    await expect(options.first()).toHaveText(/中国香港\s*\+852/);
    await search.fill('+852');
    await expect(options).toHaveText([/中国香港/]);
    await search.fill('hk');
    await expect(options).toHaveText([/中国香港/]);
    await search.fill('找不到的地方');
    await expect(options).toHaveCount(0);
    await expect(dialog.getByText('没有匹配的国家或地区。').last()).toBeVisible();

    // Keyboard: arrows move through the results, Enter chooses, focus returns to the button.
    // '澳' matches 澳大利亚 (ao, first in pinyin order) and 中国澳门 (zhong).
    await search.fill('澳');
    await expect(options).toHaveText([/澳大利亚\s*\+61/, /中国澳门\s*\+853/]);
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await search.press('ArrowDown');
    await expect(search).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await search.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(login.areaCodeButton).toBeFocused();
    await expect(login.areaCodeButton).toHaveText('+853');

    // Reopened: focus starts in the search box; Escape closes without choosing.
    await page.keyboard.press('Enter');
    await expect(search).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(login.areaCodeButton).toHaveText('+853');
    await expect(login.areaCodeButton).toBeFocused();
  });

  test('in English the names are English and search works by English name', async ({ page }) => {
    const login = new LoginPage(page).withMessages(en);
    await login.goto('?lang=en');
    await login.selectMode('phone');
    await login.areaCodeButton.click();
    const dialog = page.getByRole('dialog', { name: en['phone.picker.title'] });
    await expect(dialog.getByRole('option').first()).toHaveText(/^China\s*Preferred\s*\+86$/);
    await dialog.getByRole('combobox', { name: en['phone.picker.search'] }).fill('hong');
    await expect(dialog.getByRole('option')).toHaveText([/Hong Kong\s*\+852/]);
    await expectAccessible(page, 'picker in English');
  });

  test('a Hong Kong number is accepted with +852 and sent in wire form', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.selectMode('phone');
    await login.chooseAreaCode('香港', /中国香港/);
    await expect(login.areaCodeButton).toHaveAccessibleName('区号 中国香港 +852，更改');
    await login.phoneNumber.pressSequentially(users.phoneOnly.national);
    await expect(login.phoneNumber).toHaveValue('5123 4567');
    await login.password.fill(PASSWORD);
    const request = page.waitForRequest('**/api/v2/sdk/login/mobile-pwd');
    await login.submit.click();
    expect((await request).postDataJSON()).toEqual({ mobile: '+852-51234567', password: PASSWORD });
    await expect(page.getByText(`欢迎，${users.phoneOnly.name}`)).toBeVisible();
  });

  test('a malformed number is refused before any request', async ({ page, tenant }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.selectMode('phone');
    await login.chooseAreaCode('852', /中国香港/);
    await login.phoneNumber.fill('2345');
    await login.password.fill(PASSWORD);
    await login.submit.click();
    await expect(page.getByText('请输入有效的中国香港手机号（+852）。')).toBeVisible();
    await expect(login.phoneNumber).toBeFocused();
    await expect(login.phoneNumber).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'phone invalid');
    await login.chooseAreaCode('86', /中国大陆/);
    await login.phoneNumber.fill('2380000000');
    await login.submit.click();
    await expect(page.getByText('请输入有效的中国大陆手机号（+86）。')).toBeVisible();
    expect(await tenant.requests('/api/v2/sdk/login/mobile-pwd')).toHaveLength(0);
  });

  test('hostile tenant regexes: a broken one falls back to libphonenumber-js, a catastrophic one cannot freeze the page', async ({ page, tenant }) => {
    await tenant.scenario('hostile-regexes');
    const login = new LoginPage(page);
    await login.goto();
    await login.selectMode('phone');
    // Malaysia's regex is ^(\d+)+0$: exponential on digits not ending in 0. The guard lets it see
    // at most 15 digits (about 16 000 steps); 20 digits are refused before it runs.
    await login.chooseAreaCode('马来西亚', /马来西亚/);
    await login.password.fill(PASSWORD);
    await login.phoneNumber.fill('1'.repeat(20));
    await login.submit.click();
    await expect(page.getByText('手机号过长。')).toBeVisible();
    await login.phoneNumber.fill('1'.repeat(15));
    const started = Date.now();
    await login.submit.click();
    await expect(page.getByText('请输入有效的马来西亚手机号（+60）。')).toBeVisible();
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Singapore's regex does not compile: libphonenumber-js validates instead, and the request goes out.
    await login.chooseAreaCode('新加坡', /新加坡/);
    await login.phoneNumber.fill('8123 4567');
    await login.submit.click();
    await expect(login.alert).toHaveText('用户名或密码错误，剩余尝试次数：4。');
    const sent = await tenant.requests('/api/v2/sdk/login/mobile-pwd');
    expect(sent).toHaveLength(1);
  });
});
