import { create } from 'zustand';
import { loadErrorCatalog, loadMessages } from './catalogs';
import type { ErrorCatalog } from './errors/codes';
import type { Locale } from './locales';
import type { Messages } from './messages/zh-CN';
import { loadPack, type PackName } from './packs';

interface I18nState {
  locale: Locale;
  /** The core catalog plus the packs loaded so far (a pack's keys are present once ensurePack resolved). */
  messages: Messages;
  packs: readonly PackName[];
  errors: ErrorCatalog | undefined;
  /** A screen that can show tenant errors is up: keep the current language's catalog loaded. */
  errorsWanted: boolean;
  /** Switches language once the new catalog is loaded, so the page never blanks and keeps its input. */
  setLocale(locale: Locale): Promise<void>;
  /** Loads the error catalog of the current language (idempotent, never rejects). */
  ensureErrors(): Promise<void>;
  /** Loads a message pack in the current language, and keeps it loaded across language switches. */
  ensurePack(name: PackName): Promise<void>;
}

/** The core catalog and every wanted pack in one language, merged. */
async function loadCatalog(locale: Locale, packs: readonly PackName[]): Promise<Messages> {
  const [core, ...loaded] = await Promise.all([loadMessages(locale), ...packs.map((pack) => loadPack(pack, locale))]);
  return Object.assign({}, core, ...loaded) as Messages;
}

function applyToDocument(locale: Locale, messages: Pick<Messages, 'app.title'>): void {
  document.documentElement.lang = locale;
  document.title = messages['app.title'];
}

/** Only the latest language switch applies, however the loads finish. */
let latestSwitch = 0;

export const useI18n = create<I18nState>()((set, get) => ({
  // Replaced by initI18n before the first render.
  locale: 'zh-CN',
  messages: {} as Messages,
  packs: [],
  errors: undefined,
  errorsWanted: false,
  async setLocale(locale) {
    const ticket = ++latestSwitch;
    if (locale === get().locale) return;
    try {
      let packs = get().packs;
      let messages = await loadCatalog(locale, packs);
      // A pack that arrived (in the old language) while this loaded must come in the new one too.
      while (get().packs.some((pack) => !packs.includes(pack))) {
        packs = get().packs;
        messages = await loadCatalog(locale, packs);
      }
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
  async ensurePack(name) {
    if (get().packs.includes(name)) return;
    const locale = get().locale;
    const pack = await loadPack(name, locale);
    // A language switch while loading: setLocale will not have had this pack; load it in the new language.
    if (get().locale !== locale) return get().ensurePack(name);
    if (!get().packs.includes(name)) set({ messages: { ...get().messages, ...pack }, packs: [...get().packs, name] });
  },
}));

/** A screen's code together with the message packs it shows, loaded side by side. */
export async function withPacks<T>(code: Promise<T>, packs: readonly PackName[]): Promise<T> {
  const { ensurePack } = useI18n.getState();
  const [loaded] = await Promise.all([code, ...packs.map((pack) => ensurePack(pack))]);
  return loaded;
}

export async function initI18n(locale: Locale): Promise<void> {
  // Pack keys are absent until their screens load them (withPacks).
  const messages = (await loadMessages(locale)) as Messages;
  applyToDocument(locale, messages);
  useI18n.setState({ locale, messages, packs: [], errors: undefined, errorsWanted: false });
}
