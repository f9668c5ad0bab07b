import { describe, expect, it } from 'vitest';
import { extractErrorArgs } from '../api/error-args';
import { IdaasError, normaliseErrorCode, type IdaasErrorInit } from '../api/errors';
import { errorText } from './error-text';
import { IDAAS_ERROR_CODES, TENANT_PARAMS, type ErrorCatalog } from './errors/codes';
import enErrors from './errors/en';
import zhCNErrors from './errors/zh-CN';
import zhTWErrors from './errors/zh-TW';
import { fillPlaceholders, hasPlaceholders } from './format';
import type { Locale } from './locales';
import enMessages from './messages/en';
import zhCNMessages, { type CoreMessages } from './messages/zh-CN';
import zhTWMessages from './messages/zh-TW';

const messages: Record<Locale, CoreMessages> = { 'zh-CN': zhCNMessages, 'zh-TW': zhTWMessages, en: enMessages };
const catalogs: Record<Locale, ErrorCatalog> = { 'zh-CN': zhCNErrors, 'zh-TW': zhTWErrors, en: enErrors };

function textFor(locale: Locale, init: IdaasErrorInit): string {
  return errorText(new IdaasError(init), messages[locale], catalogs[locale], locale);
}

/** The error catalogs load on demand: the first error may be shown before its catalog arrives. */
function textWhileCatalogLoads(locale: Locale, init: IdaasErrorInit): string {
  return errorText(new IdaasError(init), messages[locale], undefined, locale);
}

/** A tenant error as the transport builds it from `{error_code, error_msg}`. */
function tenantError(rawCode: string, serverMessage?: string, status = 400): IdaasErrorInit {
  return {
    kind: 'tenant',
    status,
    rawCode,
    ...(serverMessage === undefined ? {} : { serverMessage }),
    args: extractErrorArgs(normaliseErrorCode(rawCode), serverMessage),
  };
}

function placeholders(template: string): string[] {
  return [...new Set(template.match(/\{\w+\}/g) ?? [])].sort();
}

describe('tenant error codes in the user language', () => {
  it('LOGIN.1005 shows the remaining attempts in every language', () => {
    const error: IdaasErrorInit = { kind: 'tenant', status: 400, rawCode: 'IDAAS.SDK.LOGIN.1005', serverMessage: 'x', args: ['4'] };
    expect(textFor('en', error)).toBe('Incorrect username or password. Attempts remaining: 4.');
    expect(textFor('zh-CN', error)).toBe('用户名或密码错误，剩余尝试次数：4。');
    expect(textFor('zh-TW', error)).toBe('使用者名稱或密碼錯誤，剩餘嘗試次數：4。');
  });

  it("a live tenant's Chinese LOGIN.1005 is shown in English with its number", () => {
    expect(textFor('en', tenantError('SDK.LOGIN.1005', '无效的用户名或密码。 剩余登录尝试次数:8'))).toBe(
      'Incorrect username or password. Attempts remaining: 8.',
    );
  });

  it("the seed's Chinese LOGIN.1003 lockout is shown with minutes and seconds", () => {
    const error = tenantError('IDAAS.SDK.LOGIN.1003', '由于多次登录失败,用户已被锁定。 它将在 4 分钟和 59 秒内解锁');
    expect(textFor('zh-CN', error)).toBe('由于多次登录失败，账号已被锁定，将在 4 分 59 秒后解锁。');
    expect(textFor('en', error)).toBe('Too many failed sign-in attempts: the account is locked. It unlocks in 4 min 59 s.');
  });

  it('without the values the "#bare" wording is used, never a raw {0}', () => {
    const error: IdaasErrorInit = { kind: 'tenant', rawCode: 'SDK.LOGIN.1005', serverMessage: 'Login failed, reworded by the tenant', args: [] };
    expect(textFor('en', error)).toBe('Incorrect username or password.');
    expect(textFor('zh-CN', error)).toBe('用户名或密码错误。');
    expect(textFor('zh-TW', error)).toBe('使用者名稱或密碼錯誤。');
    expect(textFor('en', { kind: 'tenant', rawCode: 'IDAAS.SDK.LOGIN.1003', args: [] })).toBe(enErrors['LOGIN.1003#bare']);
  });

  it('COMMON.1006 names the field the user knows instead of the parameter name', () => {
    const error: IdaasErrorInit = { kind: 'tenant', rawCode: 'IDAAS.SDK.COMMON.1006', serverMessage: 'The old_password parameter error', args: ['old_password'] };
    expect(textFor('zh-CN', error)).toBe('当前密码不正确。');
    expect(textFor('zh-TW', error)).toBe('目前密碼不正確。');
    expect(textFor('en', error)).toBe('The current password is not correct.');
  });

  it('COMMON.1001 in English starts with a capital letter when the field comes first', () => {
    const text = textFor('en', tenantError('IDAAS.SDK.COMMON.1001', 'Parameter user_name cannot be left blank'));
    expect(text).toBe('Username is required.');
    expect(text[0]).toBe(text[0]?.toUpperCase());
    expect(textFor('zh-CN', tenantError('IDAAS.SDK.COMMON.1001', '参数 user_name 不能为空'))).toBe('缺少必填项：用户名。');
  });

  it('a parameter without a label is shown as sent', () => {
    expect(textFor('en', tenantError('IDAAS.SDK.COMMON.1001', 'Parameter X-device-fingerprint cannot be left blank'))).toBe(
      'X-device-fingerprint is required.',
    );
  });

  it('an entry without placeholders ignores any values', () => {
    expect(textFor('en', { kind: 'tenant', status: 500, rawCode: 'IDAAS.SDK.COMMON.1008', args: ['7'] })).toBe(
      'The system is busy. Please try again later.',
    );
  });

  it("an unknown code shows the tenant's own message", () => {
    const error = tenantError('IDAAS.SDK.PARAM.1001', 'mobile 不能为空');
    expect(textFor('en', error)).toBe('mobile 不能为空');
    expect(textFor('zh-CN', error)).toBe('mobile 不能为空');
  });

  it('an unknown code without a message shows the generic text with the raw code', () => {
    const error: IdaasErrorInit = { kind: 'tenant', status: 400, rawCode: 'IDAAS.SDK.CAPTCHA.1009' };
    expect(textFor('en', error)).toBe('The request failed (error code IDAAS.SDK.CAPTCHA.1009).');
    expect(textFor('zh-CN', error)).toContain('IDAAS.SDK.CAPTCHA.1009');
    expect(textFor('zh-TW', error)).toContain('IDAAS.SDK.CAPTCHA.1009');
  });

  it("while the catalog is still loading the tenant's message stands in", () => {
    const error = tenantError('IDAAS.SDK.LOGIN.1005', 'Invalid username or password. Remaining login attempts: 4');
    expect(textWhileCatalogLoads('zh-CN', error)).toBe('Invalid username or password. Remaining login attempts: 4');
    expect(textWhileCatalogLoads('en', { kind: 'tenant', rawCode: 'SDK.LOGIN.1005' })).toBe('The request failed (error code SDK.LOGIN.1005).');
  });

  it('a code inherited from Object.prototype is not mistaken for a catalog entry', () => {
    expect(textFor('en', { kind: 'tenant', rawCode: 'constructor', serverMessage: 'odd' })).toBe('odd');
  });
});

describe('failures without a tenant code', () => {
  it.each<[IdaasErrorInit['kind'], keyof CoreMessages]>([
    ['network', 'error.network'],
    ['offline', 'error.offline'],
    ['timeout', 'error.timeout'],
    ['malformed', 'error.malformed'],
    ['invalid-input', 'error.invalidInput'],
  ])('%s shows the %s message in every language', (kind, key) => {
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      expect(textFor(locale, { kind })).toBe(messages[locale][key]);
    }
  });

  it('an HTTP failure includes the status', () => {
    expect(textFor('en', { kind: 'http', status: 502 })).toBe('The service is temporarily unavailable (HTTP 502). Please try again later.');
    expect(textFor('zh-CN', { kind: 'http', status: 503 })).toContain('HTTP 503');
    expect(textFor('zh-TW', { kind: 'http', status: 504 })).toContain('HTTP 504');
  });

  it('does not need the error catalog', () => {
    expect(textWhileCatalogLoads('en', { kind: 'timeout' })).toBe(enMessages['error.timeout']);
  });
});

describe('error catalogs are complete and consistent', () => {
  const locales = ['zh-CN', 'zh-TW', 'en'] as const;

  it.each(locales)('%s has a non-empty message for every IDaaS error code', (locale) => {
    const missing = IDAAS_ERROR_CODES.filter((code) => typeof catalogs[locale][code] !== 'string' || catalogs[locale][code].trim() === '');
    expect(missing).toEqual([]);
  });

  it('the three catalogs have the same keys, all of them known codes, their "#bare" variants or parameter labels', () => {
    const keys = Object.keys(zhCNErrors).sort();
    expect(Object.keys(zhTWErrors).sort()).toEqual(keys);
    expect(Object.keys(enErrors).sort()).toEqual(keys);
    const known = new Set<string>([...IDAAS_ERROR_CODES.flatMap((code) => [code, `${code}#bare`]), ...TENANT_PARAMS.map((param) => `param.${param}`)]);
    expect(keys.filter((key) => !known.has(key))).toEqual([]);
  });

  it('every placeholder of a zh-CN entry appears in the zh-TW and en entries of the same key (and no other)', () => {
    const mismatches: string[] = [];
    for (const [key, zhCN] of Object.entries(zhCNErrors)) {
      const expected = placeholders(zhCN);
      for (const locale of ['zh-TW', 'en'] as const) {
        const other = (catalogs[locale] as Record<string, string | undefined>)[key] ?? '';
        if (placeholders(other).join() !== expected.join()) mismatches.push(`${locale} ${key}: ${other}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('only {0}, {1}… positional placeholders are used, as tenants send them', () => {
    for (const catalog of Object.values(catalogs)) {
      for (const entry of Object.values(catalog)) {
        for (const placeholder of placeholders(entry ?? '')) expect(placeholder).toMatch(/^\{\d\}$/);
      }
    }
  });

  it.each(locales)('%s: every entry with placeholders has a "#bare" wording without any', (locale) => {
    const catalog = catalogs[locale] as Record<string, string | undefined>;
    for (const code of IDAAS_ERROR_CODES) {
      if (!hasPlaceholders(catalog[code] ?? '')) continue;
      const bare = catalog[`${code}#bare`];
      expect(bare, `${locale} ${code}#bare`).toBeTruthy();
      expect(hasPlaceholders(bare ?? ''), `${locale} ${code}#bare`).toBe(false);
    }
  });
});

describe('UI message catalogs are consistent', () => {
  it('zh-CN, zh-TW and en have exactly the same keys', () => {
    const keys = Object.keys(zhCNMessages).sort();
    expect(Object.keys(zhTWMessages).sort()).toEqual(keys);
    expect(Object.keys(enMessages).sort()).toEqual(keys);
  });

  it('each key has the same {placeholders} in every language', () => {
    const mismatches: string[] = [];
    for (const [key, zhCN] of Object.entries(zhCNMessages)) {
      for (const locale of ['zh-TW', 'en'] as const) {
        const other = (messages[locale] as Record<string, string | undefined>)[key] ?? '';
        if (placeholders(other).join() !== placeholders(zhCN).join()) mismatches.push(`${locale} ${key}: ${other}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('no message is empty', () => {
    for (const catalog of Object.values(messages)) {
      expect(Object.entries(catalog).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });
});

describe('fillPlaceholders', () => {
  it('fills named placeholders', () => {
    expect(fillPlaceholders('Welcome, {name}', { name: 'Alice' })).toBe('Welcome, Alice');
    expect(fillPlaceholders('{min}–{max} characters', { min: 8, max: 18 })).toBe('8–18 characters');
  });

  it('fills positional placeholders from an array', () => {
    expect(fillPlaceholders('unlocked in {0} minutes and {1} seconds', ['4', 59])).toBe('unlocked in 4 minutes and 59 seconds');
  });

  it('fills a placeholder used twice', () => {
    expect(fillPlaceholders('{code} / {code}', { code: '86' })).toBe('86 / 86');
  });

  it('keeps unknown placeholders visible rather than blanking them', () => {
    expect(fillPlaceholders('{0} and {1}', ['a'])).toBe('a and {1}');
    expect(fillPlaceholders('Hello {name}', { other: 'x' })).toBe('Hello {name}');
  });

  it('fills empty strings and zero (they are values, not missing)', () => {
    expect(fillPlaceholders('[{a}]', { a: '' })).toBe('[]');
    expect(fillPlaceholders('{0} left', [0])).toBe('0 left');
  });

  it('returns the template unchanged without params', () => {
    expect(fillPlaceholders('Sign in {now}', undefined)).toBe('Sign in {now}');
  });

  it('does not re-expand placeholders that appear inside a value', () => {
    expect(fillPlaceholders('{0} / {1}', ['{1}', 'x'])).toBe('{1} / x');
  });

  it('hasPlaceholders tells templates from plain text', () => {
    expect(hasPlaceholders('Attempts remaining: {0}.')).toBe(true);
    expect(hasPlaceholders('Incorrect username or password.')).toBe(false);
  });
});
