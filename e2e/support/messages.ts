import type { Messages } from '../../src/i18n/messages/zh-CN';
import coreEn from '../../src/i18n/messages/en';
import coreZhCN from '../../src/i18n/messages/zh-CN';
import coreZhTW from '../../src/i18n/messages/zh-TW';
import accountEn from '../../src/i18n/packs/account/en';
import accountZhCN from '../../src/i18n/packs/account/zh-CN';
import accountZhTW from '../../src/i18n/packs/account/zh-TW';
import oneClickEn from '../../src/i18n/packs/one-click/en';
import oneClickZhCN from '../../src/i18n/packs/one-click/zh-CN';
import oneClickZhTW from '../../src/i18n/packs/one-click/zh-TW';
import startupEn from '../../src/i18n/packs/startup/en';
import startupZhCN from '../../src/i18n/packs/startup/zh-CN';
import startupZhTW from '../../src/i18n/packs/startup/zh-TW';
import verificationEn from '../../src/i18n/packs/verification/en';
import verificationZhCN from '../../src/i18n/packs/verification/zh-CN';
import verificationZhTW from '../../src/i18n/packs/verification/zh-TW';
import studioEn from '../../src/i18n/packs/studio/en';
import studioZhCN from '../../src/i18n/packs/studio/zh-CN';
import studioZhTW from '../../src/i18n/packs/studio/zh-TW';

/** Every string of a locale, core catalog and packs, as the pages show them once loaded. */
export const zhCN: Messages = { ...coreZhCN, ...accountZhCN, ...verificationZhCN, ...startupZhCN, ...oneClickZhCN, ...studioZhCN };
export const zhTW: Messages = { ...coreZhTW, ...accountZhTW, ...verificationZhTW, ...startupZhTW, ...oneClickZhTW, ...studioZhTW };
export const en: Messages = { ...coreEn, ...accountEn, ...verificationEn, ...startupEn, ...oneClickEn, ...studioEn };
export type { Messages };
