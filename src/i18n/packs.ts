import type { Locale } from './locales';
import type { AccountMessages } from './packs/account/zh-CN';

/**
 * Message packs: the strings of screens a first visit to the sign-in page does not show, loaded
 * with those screens (per locale, like the core catalog) so that page stays within its budget.
 */
export interface PackCatalogs {
  account: AccountMessages;
}
export type PackName = keyof PackCatalogs;
export type PackMessageKey = { [P in PackName]: keyof PackCatalogs[P] }[PackName];

const packLoaders: { [P in PackName]: Record<Locale, () => Promise<{ default: PackCatalogs[P] }>> } = {
  account: {
    'zh-CN': () => import('./packs/account/zh-CN'),
    'zh-TW': () => import('./packs/account/zh-TW'),
    en: () => import('./packs/account/en'),
  },
};

export async function loadPack(name: PackName, locale: Locale): Promise<Record<string, string>> {
  return (await packLoaders[name][locale]()).default;
}
