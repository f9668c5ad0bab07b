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

/**
 * Which pack a key lives in, read from its first segment: `change.title` is in `passwordChange`,
 * `common.retry` (a prefix no pack owns) in the core catalog every screen has. One owner per prefix,
 * checked by packs.node.test.ts, so a key says where it must be loaded from.
 */
export const PACK_PREFIXES = {
  account: ['account', 'handoff', 'token'],
  verification: ['captcha', 'forgot', 'register', 'sms', 'smsLogin'],
  startup: ['config', 'redirect'],
  oneClick: ['oneClick'],
  studio: ['studio'],
  passwordChange: ['change', 'warn'],
  forms: ['login', 'phone'],
} as const satisfies { [P in PackName]: readonly string[] };

/** The pack a message key is loaded with, or `core` for the catalog every screen has. */
export function packOfKey(key: string): PackName | 'core' {
  const prefix = key.slice(0, key.indexOf('.'));
  for (const name of Object.keys(PACK_PREFIXES) as PackName[]) {
    if ((PACK_PREFIXES[name] as readonly string[]).includes(prefix)) return name;
  }
  return 'core';
}
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
