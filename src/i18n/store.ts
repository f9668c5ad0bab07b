import { create } from 'zustand';
import { loadErrorCatalog, loadMessages } from './catalogs';
import type { ErrorCatalog } from './errors/codes';
import type { Locale } from './locales';
import type { Messages } from './messages/zh-CN';

interface I18nState {
  locale: Locale;
  messages: Messages;
  errors: ErrorCatalog | undefined;
  /** A screen that can show tenant errors is up: keep the current language's catalog loaded. */
  errorsWanted: boolean;
  /** Switches language once the new catalog is loaded, so the page never blanks and keeps its input. */
  setLocale(locale: Locale): Promise<void>;
  /** Loads the error catalog of the current language (idempotent, never rejects). */
  ensureErrors(): Promise<void>;
}

function applyToDocument(locale: Locale, messages: Messages): void {
  document.documentElement.lang = locale;
  document.title = messages['app.title'];
}

/** Only the latest language switch applies, however the loads finish. */
let latestSwitch = 0;

export const useI18n = create<I18nState>()((set, get) => ({
  // Replaced by initI18n before the first render.
  locale: 'zh-CN',
  messages: {} as Messages,
  errors: undefined,
  errorsWanted: false,
  async setLocale(locale) {
    const ticket = ++latestSwitch;
    if (locale === get().locale) return;
    try {
      const messages = await loadMessages(locale);
      if (ticket !== latestSwitch) return;
      applyToDocument(locale, messages);
      set({ locale, messages, errors: undefined });
    } catch {
      // The catalog could not be loaded (offline): stay in the current language, input untouched.
      return;
    }
    if (get().errorsWanted) await get().ensureErrors();
  },
  async ensureErrors() {
    set({ errorsWanted: true });
    if (get().errors) return;
    const locale = get().locale;
    try {
      const errors = await loadErrorCatalog(locale);
      if (get().locale === locale) set({ errors });
    } catch {
      // Offline or a failed deploy: messages fall back to the tenant's own wording; retried next time.
    }
  },
}));

export async function initI18n(locale: Locale): Promise<void> {
  const messages = await loadMessages(locale);
  applyToDocument(locale, messages);
  useI18n.setState({ locale, messages, errors: undefined, errorsWanted: false });
}
