import { fillPlaceholders } from '../format';
import type { Locale } from '../locales';
import {
  adviceFor,
  catalogKey,
  FALLBACK_KEY,
  type OneClickAdvice,
  type OneClickCarrier,
  type OneClickCatalog,
  type OneClickCodeKey,
} from './codes';

// One chunk per language, loaded when the one-click page has a result code to explain.
const loaders: Record<Locale, () => Promise<{ default: OneClickCatalog }>> = {
  'zh-CN': () => import('./zh-CN'),
  'zh-TW': () => import('./zh-TW'),
  en: () => import('./en'),
};

/** The one-click result code messages in one language (its own chunk). */
export async function loadOneClickCatalog(locale: Locale): Promise<OneClickCatalog> {
  return (await loaders[locale]()).default;
}

export interface OneClickCodeDescription {
  /** The message for the user, in the catalog's language. */
  text: string;
  /** What the page should do: nothing, offer retry, offer the other methods, or also say to contact the administrator. */
  advice: OneClickAdvice;
  /** The code as received (trimmed), for support and for the host. */
  code: string;
  /** The catalog entry used (`fallback` when the catalog does not list the code). */
  key: OneClickCodeKey;
}

/** A code is shown to the user only inside the fallback sentence: keep it short. */
const MAX_SHOWN_CODE_LENGTH = 32;

/**
 * The message and advice for a result code from the provider (Aliyun, page event or carrier code).
 * China Unicom's `1` / `2` need the message its SDK sent with them; a code the catalog does not list
 * gets the generic message with the code in it.
 */
export function describeOneClickCode(
  catalog: OneClickCatalog,
  code: string,
  carrier?: OneClickCarrier,
  message?: string,
): OneClickCodeDescription {
  const trimmed = code.trim();
  const key = catalogKey(trimmed, carrier, message) ?? FALLBACK_KEY;
  const shown = trimmed.length > MAX_SHOWN_CODE_LENGTH ? `${trimmed.slice(0, MAX_SHOWN_CODE_LENGTH)}…` : trimmed || '?';
  const text = key === FALLBACK_KEY ? fillPlaceholders(catalog[key], { code: shown }) : catalog[key];
  return { text, advice: adviceFor(trimmed), code: trimmed, key };
}
