import { describe, expect, it } from 'vitest';
import { apiLanguage, matchLocale, resolveLocale } from './locales';

describe('locale choice', () => {
  it('maps language tags to the three supported locales', () => {
    expect(matchLocale('zh')).toBe('zh-CN');
    expect(matchLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(matchLocale('zh-HK')).toBe('zh-TW');
    expect(matchLocale('zh-Hant')).toBe('zh-TW');
    expect(matchLocale('en-GB')).toBe('en');
    expect(matchLocale('ja')).toBeUndefined();
  });

  it('prefers ?lang=, then config, then the browser, then zh-CN', () => {
    expect(resolveLocale('en', 'zh-TW', ['zh-CN'])).toBe('en');
    expect(resolveLocale(null, 'zh-TW', ['en'])).toBe('zh-TW');
    expect(resolveLocale(null, undefined, ['fr', 'en-US'])).toBe('en');
    expect(resolveLocale('xx', undefined, ['fr'])).toBe('zh-CN');
  });

  it('sends zh for both Chinese locales in X-L', () => {
    expect(apiLanguage('zh-TW')).toBe('zh');
    expect(apiLanguage('en')).toBe('en');
  });
});
