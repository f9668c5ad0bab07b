import type { Locale } from './locales';
import type { AccountMessages } from './packs/account/zh-CN';
import type { FormsMessages } from './packs/forms/zh-CN';
import type { OneClickMessages } from './packs/one-click/zh-CN';
import type { PasswordChangeMessages } from './packs/password-change/zh-CN';
import type { StartupMessages } from './packs/startup/zh-CN';
import type { StudioMessages } from './packs/studio/zh-CN';
import type { VerificationMessages } from './packs/verification/zh-CN';

/**
 * Message packs: the strings of screens a first visit to the sign-in page does not show, loaded
 * with those screens (per locale, like the core catalog) so that page stays within its budget.
 */
export interface PackCatalogs {
  account: AccountMessages;
  verification: VerificationMessages;
  startup: StartupMessages;
  oneClick: OneClickMessages;
  studio: StudioMessages;
  passwordChange: PasswordChangeMessages;
  forms: FormsMessages;
}
export type PackName = keyof PackCatalogs;
export type PackMessageKey = { [P in PackName]: keyof PackCatalogs[P] }[PackName];

const packLoaders: { [P in PackName]: Record<Locale, () => Promise<{ default: PackCatalogs[P] }>> } = {
  account: {
    'zh-CN': () => import('./packs/account/zh-CN'),
    'zh-TW': () => import('./packs/account/zh-TW'),
    en: () => import('./packs/account/en'),
  },
  verification: {
    'zh-CN': () => import('./packs/verification/zh-CN'),
    'zh-TW': () => import('./packs/verification/zh-TW'),
    en: () => import('./packs/verification/en'),
  },
  startup: {
    'zh-CN': () => import('./packs/startup/zh-CN'),
    'zh-TW': () => import('./packs/startup/zh-TW'),
    en: () => import('./packs/startup/en'),
  },
  oneClick: {
    'zh-CN': () => import('./packs/one-click/zh-CN'),
    'zh-TW': () => import('./packs/one-click/zh-TW'),
    en: () => import('./packs/one-click/en'),
  },
  studio: {
    'zh-CN': () => import('./packs/studio/zh-CN'),
    'zh-TW': () => import('./packs/studio/zh-TW'),
    en: () => import('./packs/studio/en'),
  },
  passwordChange: {
    'zh-CN': () => import('./packs/password-change/zh-CN'),
    'zh-TW': () => import('./packs/password-change/zh-TW'),
    en: () => import('./packs/password-change/en'),
  },
  forms: {
    'zh-CN': () => import('./packs/forms/zh-CN'),
    'zh-TW': () => import('./packs/forms/zh-TW'),
    en: () => import('./packs/forms/en'),
  },
};

export async function loadPack(name: PackName, locale: Locale): Promise<Record<string, string>> {
  return (await packLoaders[name][locale]()).default;
}
