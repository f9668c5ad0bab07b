import type { Locale } from '../i18n/locales';
import { Button } from '../ui/Button';

/**
 * Start-up's own words (title, body, button), part of the entry: they must show when what failed
 * to download is the language's messages (i18n/catalogs.ts).
 */
const WORDS: Record<Locale, readonly [string, string, string]> = {
  'zh-CN': ['登录页面未能加载', '请重新加载。', '重新加载'],
  'zh-TW': ['登入頁面未能載入', '請重新載入。', '重新載入'],
  en: ['The sign-in page could not load', 'Please reload.', 'Reload'],
};

/**
 * Start-up's last resort (main.tsx): no session exists yet, so a reload loses nothing. Needs
 * nothing that may have failed: no messages, no config, no language switcher (Page's header).
 */
export function startupFailed(locale: Locale) {
  const [title, body, reload] = WORDS[locale];
  document.documentElement.lang = locale;
  document.title = title;
  return (
    <main className="page-main">
      <div className="card">
        <h1 className="page-title">{title}</h1>
        <div className="stack">
          <p>{body}</p>
          <Button onClick={() => window.location.reload()}>{reload}</Button>
        </div>
      </div>
    </main>
  );
}
