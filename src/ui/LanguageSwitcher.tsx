import { LOCALES, localeNames, type Locale } from '../i18n/locales';
import { useI18n } from '../i18n/store';
import { useT } from '../i18n/use-t';

/** Switching keeps every field as typed: the page is re-rendered, never remounted. */
export function LanguageSwitcher() {
  const t = useT();
  const locale = useI18n((s) => s.locale);
  const setLocale = useI18n((s) => s.setLocale);
  return (
    <div className="lang-switcher">
      <label htmlFor="lang-select">{t('lang.label')}</label>
      <select id="lang-select" value={locale} onChange={(e) => void setLocale(e.currentTarget.value as Locale)}>
        <LocaleOptions />
      </select>
    </div>
  );
}

/** One option per UI language, each named in its own language. */
export function LocaleOptions() {
  return LOCALES.map((l) => (
    <option key={l} value={l} lang={l}>
      {localeNames[l]}
    </option>
  ));
}
