import type { Messages } from '../../src/i18n/messages/zh-CN';
import coreEn from '../../src/i18n/messages/en';
import coreZhCN from '../../src/i18n/messages/zh-CN';
import coreZhTW from '../../src/i18n/messages/zh-TW';
import accountEn from '../../src/i18n/packs/account/en';
import accountZhCN from '../../src/i18n/packs/account/zh-CN';
import accountZhTW from '../../src/i18n/packs/account/zh-TW';

/** Every string of a locale, core catalog and packs, as the pages show them once loaded. */
export const zhCN: Messages = { ...coreZhCN, ...accountZhCN };
export const zhTW: Messages = { ...coreZhTW, ...accountZhTW };
export const en: Messages = { ...coreEn, ...accountEn };
export type { Messages };
