import { readFileSync } from 'node:fs';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { SEED_000_OBJC_LINES, SEED_001_JAVA_CALLS } from '../src/features/studio/export/seed-examples';
import { fillPlaceholders } from '../src/i18n/format';
import { expect, expectAccessible, JOURNEY, test } from './support/fixtures';
import { en, zhCN } from './support/messages';
import { pressUntilFocused } from './support/one-click-page';

/**
 * The theme studio (issue 6): live previews of the real pages in device frames, controls and a JSON
 * editor, undo, storage, import/export for web, iOS and Android, contrast warnings on the preview.
 */

test.use({ appConfig: { studio: { enabled: true } } });
// Each test drives four live previews (four more app pages): 20 s on a quiet 2-core machine, so
// the default 30 s left no room when the machine is busy (a CI run failed at 38 s, on the last step).
test.describe.configure({ timeout: 60_000 });

const seed = (name: string) => `public/themes/${name}.json`;

/** Every preview frame on the page, each once its page has drawn `ready`. */
async function previews(page: Page, ready = '.oc-login'): Promise<FrameLocator[]> {
  const frames = page.locator('.sp-device iframe');
  await expect(frames.first()).toBeVisible();
  const count = await frames.count();
  const list = Array.from({ length: count }, (_, i) => frames.nth(i).contentFrame());
  for (const frame of list) await expect(frame.locator(ready).first()).toBeVisible();
  return list;
}

async function openStudio(page: Page): Promise<FrameLocator[]> {
  await page.goto('/studio');
  await expect(page.getByRole('heading', { level: 1, name: zhCN['studio.title'] })).toBeVisible();
  return previews(page);
}

const color = (locator: Locator, property: 'backgroundColor' | 'color') => locator.evaluate((el, p) => getComputedStyle(el)[p], property);
const top = (locator: Locator) => locator.evaluate((el) => el.getBoundingClientRect().top);

async function exported(page: Page, kind: 'studio.export.objc' | 'studio.export.java' | 'studio.export.json'): Promise<string> {
  await page.getByRole('button', { name: zhCN[kind] }).click();
  return page.getByLabel(zhCN['studio.export.code']).inputValue();
}

async function importFile(page: Page, path: string): Promise<void> {
  await page.locator('input[type="file"][accept*="json"]').setInputFiles(path);
  await expect(page.getByRole('status').first()).toContainText(fillPlaceholders(zhCN['studio.status.imported'], { name: path.split('/').pop()! }));
}

test('nav colour, login button text (zh-CN and en) and logo offset update every preview at once', async ({ page }) => {
  const frames = await openStudio(page);
  expect(frames).toHaveLength(4);
  await expectAccessible(page, 'studio, default theme');

  await page.getByLabel('navColor', { exact: true }).fill('#026ED2');
  for (const frame of frames) await expect.poll(() => color(frame.locator('.oc-nav'), 'backgroundColor')).toBe('rgb(2, 110, 210)');

  await page.getByLabel(fillPlaceholders(zhCN['studio.field.text'], { name: 'loginBtnText', locale: '简体中文' })).fill('立即登录');
  await page.getByLabel(fillPlaceholders(zhCN['studio.field.text'], { name: 'loginBtnText', locale: 'English' })).fill('Sign in now');
  for (const frame of frames) await expect(frame.locator('.oc-login')).toHaveText('立即登录');
  await page.getByLabel(zhCN['studio.option.locale']).selectOption('en');
  for (const frame of frames) await expect(frame.locator('.oc-login')).toHaveText('Sign in now');

  await page.getByLabel('logoImage', { exact: true }).fill('/themes/seed-000/wangluo.svg');
  for (const frame of frames) await expect(frame.locator('.oc-logo')).toBeVisible();
  const before = await Promise.all(frames.map((frame) => top(frame.locator('.oc-logo'))));
  await page.getByLabel(fillPlaceholders(zhCN['studio.frame.dy'], { name: 'logoFrame' })).fill('100');
  for (const [i, frame] of frames.entries()) await expect.poll(() => top(frame.locator('.oc-logo'))).toBeCloseTo(before[i]! + 100, 0);
});

test('list items and agreement names keep every language when one is edited', async ({ page }) => {
  await openStudio(page);
  await page.locator('[data-group="privacy"] > summary').click();
  const text = (name: string, locale: string) => page.getByLabel(fillPlaceholders(zhCN['studio.field.text'], { name, locale }), { exact: true });
  const item = (n: number) => fillPlaceholders(zhCN['studio.field.item'], { name: 'privacyConectTexts', n });
  await text(item(1), '简体中文').fill('和');
  await text(item(1), 'English').fill('and');
  await text(item(2), '简体中文').fill('以及');
  const agreement = fillPlaceholders(zhCN['studio.field.agreementName'], { name: 'privacyOne' });
  await text(agreement, '简体中文').fill('《用户协议》');
  await text(agreement, 'English').fill('Terms of Use');
  await page.getByLabel(fillPlaceholders(zhCN['studio.field.url'], { name: 'privacyOne' })).fill('https://example.com/terms');
  const json = JSON.parse(await exported(page, 'studio.export.json')) as Record<string, unknown>;
  expect(json['privacyConectTexts']).toEqual([{ 'zh-CN': '和', en: 'and' }, { 'zh-CN': '以及' }]);
  expect(json['privacyOne']).toEqual([{ 'zh-CN': '《用户协议》', en: 'Terms of Use' }, 'https://example.com/terms']);
});

test('importing seed 000 and exporting Objective-C gives the seed example’s property values', async ({ page }) => {
  await openStudio(page);
  await importFile(page, seed('seed-000-ios'));
  await page.getByLabel(zhCN['studio.option.locale']).selectOption('en');
  const objc = await exported(page, 'studio.export.objc');
  // The iOS AddThemeExample (seed-examples.ts), property by property.
  for (const line of SEED_000_OBJC_LINES) expect(objc.split('\n')).toContain(line);
  for (const block of ['logoFrameBlock', 'numberFrameBlock', 'loginBtnFrameBlock', 'changeBtnFrameBlock']) {
    const shift = block === 'logoFrameBlock' ? 100 : 40;
    expect(objc).toMatch(new RegExp(`model\\.${block} = \\^CGRect\\(CGSize screenSize, CGSize superViewSize, CGRect frame\\) \\{\\s+frame = CGRectMake\\(frame\\.origin\\.x, frame\\.origin\\.y \\+ ${shift}, frame\\.size\\.width, frame\\.size\\.height\\);`));
  }
  await expectAccessible(page, 'studio, Objective-C export', { disableRules: ['color-contrast'] });
});

test('the Java export of seed 001 matches its AuthUIConfig.Builder calls', async ({ page }) => {
  await openStudio(page);
  await importFile(page, seed('seed-001-android'));
  const java = await exported(page, 'studio.export.java');
  expect(java.startsWith('new AuthUIConfig.Builder()')).toBe(true);
  expect(java.trimEnd().endsWith('.create()')).toBe(true);
  // Seed 001's builder, call by call.
  for (const call of SEED_001_JAVA_CALLS) expect(java.split('\n').map((line) => line.trim())).toContain(call);
  // And the theme is the previews': seed-001-android.json's nav bar colour.
  for (const frame of await previews(page)) await expect.poll(() => color(frame.locator('.oc-nav'), 'backgroundColor')).toBe('rgb(2, 110, 210)');
  // The JSON export imports back to the same theme.
  const json = await exported(page, 'studio.export.json');
  expect(JSON.parse(json)).toMatchObject({ navColor: '#026ED2', changeBtnIsHidden: true, privacyTwo: ['《Baidu》', 'https://www.baidu.com'] });
});

test('an invalid JSON edit shows the error at its path and keeps the last valid preview', async ({ page }) => {
  const frames = await openStudio(page);
  await page.getByLabel('navColor', { exact: true }).fill('#026ED2');
  for (const frame of frames) await expect.poll(() => color(frame.locator('.oc-nav'), 'backgroundColor')).toBe('rgb(2, 110, 210)');
  await page.locator('.sp-views').getByRole('button', { name: zhCN['studio.tab.json'] }).click();
  const editor = page.getByLabel(zhCN['studio.json.label']);
  await expect(editor).toHaveValue(/"navColor": "#026ED2"/);

  await editor.fill('{\n  "navColor": true,\n  "loginBtnText": { "text": "Go" }\n}');
  const problems = page.getByTestId('json-problems');
  await expect(problems).toContainText('$.navColor');
  await expect(problems).toContainText(fillPlaceholders(zhCN['studio.json.line'], { line: 2 }));
  await expect(editor).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'studio, JSON with an error');

  await editor.fill('{\n  "navColor": "#026ED2",\n');
  await expect(problems).toContainText('$');
  for (const frame of frames) {
    await expect.poll(() => color(frame.locator('.oc-nav'), 'backgroundColor')).toBe('rgb(2, 110, 210)');
    await expect(frame.locator('.oc-login')).toHaveText(zhCN['oneClick.login']);
  }

  await editor.fill('{ "navColor": "#D4380D" }');
  await expect(problems).toBeHidden();
  for (const frame of frames) await expect.poll(() => color(frame.locator('.oc-nav'), 'backgroundColor')).toBe('rgb(212, 56, 13)');
});

test('undo restores the previous theme, redo the next; reload keeps the work', JOURNEY, async ({ page }) => {
  const frames = await openStudio(page);
  const navColor = page.getByLabel('navColor', { exact: true });
  await navColor.fill('#026ED2');
  await navColor.press('Tab');
  await navColor.fill('#D4380D');
  await navColor.press('Tab');
  for (const frame of frames) await expect.poll(() => color(frame.locator('.oc-nav'), 'backgroundColor')).toBe('rgb(212, 56, 13)');

  await page.getByRole('button', { name: zhCN['studio.undo'] }).click();
  await expect(navColor).toHaveValue('#026ED2');
  for (const frame of frames) await expect.poll(() => color(frame.locator('.oc-nav'), 'backgroundColor')).toBe('rgb(2, 110, 210)');
  await page.getByRole('button', { name: zhCN['studio.redo'] }).click();
  await expect(navColor).toHaveValue('#D4380D');
  await page.getByRole('button', { name: zhCN['studio.undo'] }).click();

  await page.reload();
  await expect(page.getByLabel('navColor', { exact: true })).toHaveValue('#026ED2');
  for (const frame of await previews(page)) await expect.poll(() => color(frame.locator('.oc-nav'), 'backgroundColor')).toBe('rgb(2, 110, 210)');
  // The studio stores the theme, nothing else (the app's own device id aside, made with a first tenant call: never a token).
  const stored = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(stored.filter((key) => key !== 'idaas.device-fingerprint')).toEqual(['idaas-studio:theme']);
});

test('keyboard only: a colour and a text are edited', async ({ page }) => {
  const frames = await openStudio(page);
  // Tab through the studio to the navColor field (no pointer), then type.
  const reached = (label: string) => pressUntilFocused(page, page.getByLabel(label, { exact: true }), 'Tab', 80);
  await reached('navColor');
  await page.keyboard.type('#026ED2');
  await page.keyboard.press('Enter');
  await reached(fillPlaceholders(zhCN['studio.field.text'], { name: 'loginBtnText', locale: '简体中文' }));
  await page.keyboard.type('键盘登录');
  for (const frame of frames) {
    await expect.poll(() => color(frame.locator('.oc-nav'), 'backgroundColor')).toBe('rgb(2, 110, 210)');
    await expect(frame.locator('.oc-login')).toHaveText('键盘登录');
  }
  // Undo from the keyboard, outside a text field.
  await page.getByRole('button', { name: zhCN['studio.undo'] }).focus();
  await page.keyboard.press('Control+z');
  for (const frame of frames) await expect(frame.locator('.oc-login')).toHaveText(zhCN['oneClick.login']);
});

test('every page and state previews in one device, with the real pages', async ({ page }) => {
  await openStudio(page);
  await page.getByLabel(zhCN['studio.option.scene']).selectOption('all');
  await expect(page.locator('.sp-device')).toHaveCount(12);
  const frame = (scene: string) => page.locator(`.sp-device[data-scene="${scene}"] iframe`).contentFrame();
  await expect(frame('one-click').locator('.oc-login')).toBeVisible();
  await expect(frame('one-click-window').locator('dialog.oc-window[open]')).toBeVisible();
  await expect(frame('consent-popup').locator('dialog[open]').last()).toBeVisible();
  await expect(frame('one-click-problem').locator('.oc-problem')).toContainText(zhCN['oneClick.retry']);
  await expect(frame('password-login').locator('#login-password')).toBeVisible();
  await expect(frame('password-login-errors').locator('.field-error').first()).toBeVisible();
  await expect(frame('password-warn').getByRole('heading', { name: zhCN['warn.title'] })).toBeVisible();
  await expect(frame('password-expired').locator('#change-rules')).toBeVisible();
  await expect(frame('sms-login').getByRole('heading', { level: 1 })).toBeVisible();
  await expect(frame('slider').locator('dialog[open] img').first()).toBeVisible();
  await expect(frame('forgot-password').getByRole('heading', { level: 1 })).toBeVisible();
  await expect(frame('register').getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'studio, every state');

  // Dark: the theme's dark variant in every frame.
  await page.locator('.sp-views').getByRole('button', { name: zhCN['studio.tab.json'] }).click();
  await page.getByLabel(zhCN['studio.json.label']).fill('{ "dark": { "backgroundColor": "#101418", "textColor": "#EEEEEE", "surfaceColor": "#1B2026" } }');
  await page.getByLabel(zhCN['studio.option.scheme']).selectOption('dark');
  await expect.poll(() => color(frame('password-login').locator('.card'), 'backgroundColor')).toBe('rgb(27, 32, 38)');
  await expect.poll(() => color(frame('password-login').locator('body'), 'backgroundColor')).toBe('rgb(16, 20, 24)');
});

test('a contrast warning is shown on the preview element at fault', async ({ page }) => {
  const frames = await openStudio(page);
  // White button text on a light grey button: 1.4:1.
  await page.getByLabel('primaryColor', { exact: true }).fill('#DDDDDD');
  await expect(page.locator('.sp-problems')).toContainText('$.loginBtnText.color');
  for (const frame of frames) {
    await expect(frame.locator('.oc-login')).toHaveAttribute('data-studio-contrast', /contrast \d\.\d\d:1/);
    await expect(frame.locator('.studio-mark').first()).toBeVisible();
  }
});

test('a share link carries the theme', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openStudio(page);
  await page.getByLabel('navColor', { exact: true }).fill('#026ED2');
  await page.getByRole('button', { name: zhCN['studio.share'] }).click();
  const link = await page.getByLabel(zhCN['studio.shareLink']).inputValue();
  expect(link).toMatch(/\/studio#theme=[\w-]+$/);
  await page.evaluate(() => localStorage.clear());
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('status').first()).toHaveText(zhCN['studio.status.linkLoaded']);
  await expect(other.getByLabel('navColor', { exact: true })).toHaveValue('#026ED2');
  expect(new URL(other.url()).hash).toBe('');
});

test('the studio in English; the previews never call the tenant', async ({ page, tenant }) => {
  await page.goto('/studio?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: en['studio.title'] })).toBeVisible();
  await previews(page);
  await page.getByLabel(en['studio.option.scene']).selectOption('all');
  await expect(page.locator('.sp-device')).toHaveCount(12);
  await expect(page.locator('.sp-device[data-scene="slider"] iframe').contentFrame().locator('dialog[open] img').first()).toBeVisible();
  expect(await tenant.requests()).toEqual([]);
});

test.describe('when config does not enable it', () => {
  test.use({ appConfig: { studio: { enabled: false } } });
  test('/studio and its preview page are "not found"', async ({ page }) => {
    for (const path of ['/studio', '/studio/preview']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: zhCN['notFound.title'] })).toBeVisible();
    }
  });
});

test('the seed theme files import cleanly', () => {
  for (const name of ['seed-000-ios', 'seed-001-android']) expect(() => JSON.parse(readFileSync(seed(name), 'utf8')) as unknown).not.toThrow();
});
