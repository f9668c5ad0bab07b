import type { ErrorCatalog } from './errors/codes';
import type { Locale } from './locales';
import type { CoreMessages } from './messages/zh-CN';

// One chunk per locale: a first visit downloads only its own language.
const messageLoaders: Record<Locale, () => Promise<{ default: CoreMessages }>> = {
  'zh-CN': () => import('./messages/zh-CN'),
  'zh-TW': () => import('./messages/zh-TW'),
  en: () => import('./messages/en'),
};

// The error catalogs are loaded on demand: when a screen that calls the tenant appears.
const errorLoaders: Record<Locale, () => Promise<{ default: ErrorCatalog }>> = {
  'zh-CN': () => import('./errors/zh-CN'),
  'zh-TW': () => import('./errors/zh-TW'),
  en: () => import('./errors/en'),
};

export async function loadMessages(locale: Locale): Promise<CoreMessages> {
  return (await messageLoaders[locale]()).default;
}

export async function loadErrorCatalog(locale: Locale): Promise<ErrorCatalog> {
  return (await errorLoaders[locale]()).default;
}
