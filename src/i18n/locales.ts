export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Each language named in itself, as language pickers show them. */
export const localeNames: Record<Locale, string> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Maps a BCP 47 tag (`zh-Hant-HK`, `zh`, `en-GB`) to a supported locale. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  if (lower.startsWith('en')) return 'en';
  if (!lower.startsWith('zh')) return undefined;
  if (/^zh-(hant|tw|hk|mo)\b/.test(lower)) return 'zh-TW';
  return 'zh-CN';
}

/** Locale from `?lang=`, then config, then the browser's languages, then zh-CN. */
export function resolveLocale(query: string | null, configured: Locale | undefined, browser: readonly string[]): Locale {
  return matchLocale(query) ?? configured ?? browser.map(matchLocale).find((l) => l !== undefined) ?? DEFAULT_LOCALE;
}

/** The tenant's `X-L`: `zh` or `en` (zh-TW sends `zh`). */
export function apiLanguage(locale: Locale): 'zh' | 'en' {
  return locale === 'en' ? 'en' : 'zh';
}
