import type { Locale } from '../../i18n/locales';
import { localText, type Theme } from '../../theme/model';
import { BRACKET_PAIRS } from '../../theme/brackets';
import type { Carrier } from './providers/types';

/** The carriers' own terms, which must always be shown (docs/one-click.md, "Carrier agreements"). */
export const OPERATOR_TERMS: Record<Carrier, string> = {
  CMCC: 'https://wap.cmpassport.com/resources/html/contract.html',
  CUCC: 'https://ms.zzx9.cn/html/oauth/protocol2.html',
  CTCC: 'https://e.189.cn/sdk/agreement/detail.do?hidetop=true',
};

export interface AgreementLink {
  id: 'operator' | 'privacyOne' | 'privacyTwo' | 'privacyThree';
  /** Shown text, brackets included. */
  label: string;
  url: string;
}

/**
 * The agreements in reading order: the app's (privacyOne…Three) with the carrier's inserted at
 * `privacyOperatorIndex` (default first), wrapped in the vendor brackets (default 《》).
 */
export function agreementLinks(theme: Theme, carrier: Carrier, operatorName: string, locale: Locale): AgreementLink[] {
  const links: AgreementLink[] = [];
  for (const id of ['privacyOne', 'privacyTwo', 'privacyThree'] as const) {
    const agreement = theme[id];
    const label = agreement && localText(agreement.name, locale);
    if (agreement && label) links.push({ id, label, url: agreement.url });
  }
  const open = theme.privacyOperatorPreText ?? '《';
  const close = theme.privacyOperatorSufText ?? BRACKET_PAIRS[open];
  const index = Math.min(theme.privacyOperatorIndex ?? 0, links.length);
  links.splice(index, 0, { id: 'operator', label: `${open}${operatorName}${close}`, url: OPERATOR_TERMS[carrier] });
  return links;
}

/** Connector before link `i` (i ≥ 1): the theme's `privacyConectTexts`, else the locale's defaults ("和", "、", "、"). */
export function connector(theme: Theme, defaults: string[], i: number, locale: Locale): string {
  const own = theme.privacyConectTexts?.[i - 1];
  return (own === undefined ? undefined : localText(own, locale)) ?? defaults[i - 1] ?? defaults[defaults.length - 1] ?? '';
}

/** Where agreement documents may be framed by this site (deploy/security-headers.ts sends frame-ancestors 'self' there only). */
export const AGREEMENTS_PATH = '/agreements/';

/** Agreements under /agreements/ open in the in-page viewer; any other opens in a new window (it may refuse framing). */
export function opensInViewer(url: string): boolean {
  return url.startsWith(AGREEMENTS_PATH);
}
