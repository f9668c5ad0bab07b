import { hasOwn } from '../../platform/has-own';

/**
 * The advice per Aliyun code (docs/one-click.md, "Result codes"), apart from the long carrier tables: the authorization page
 * needs only this much up front (the messages and carrier codes load when a code must be explained).
 */
/**
 * What the page does about a code: nothing (success / information), ask the user to fix something
 * and retry, offer the other sign-in methods, or (a setup problem only an engineer can fix) offer
 * the other methods and say to contact the administrator.
 */
export type OneClickAdvice = 'none' | 'retry' | 'switch' | 'contact';

/** Alibaba Cloud return codes with the SDK documents' suggestion ("Suggestion" / "Recommendation" / 建议 column; docs/one-click.md, "Result codes"). */
export const ALIYUN_CODES = {
  '600000': { advice: 'none' }, // Token retrieval successful — None.
  '600001': { advice: 'none' }, // Authorization page invoked — None.
  '600002': { advice: 'switch' }, // Failed to invoke authorization page — switch to other login methods.
  '600004': { advice: 'contact' }, // Failed to retrieve carrier configuration — create a ticket.
  '600005': { advice: 'switch' }, // Mobile terminal insecure — switch.
  '600007': { advice: 'retry' }, // No SIM card — prompt the user to check the SIM card and retry.
  '600008': { advice: 'retry' }, // Mobile data off — prompt the user to enable mobile data and retry.
  '600009': { advice: 'contact' }, // Unable to determine carrier — create a ticket.
  '600010': { advice: 'contact' }, // Unknown exception — create a ticket.
  '600011': { advice: 'switch' }, // Failed to retrieve Token — switch.
  '600012': { advice: 'none' }, // Pre-login (pre-fetch) failed — None.
  '600013': { advice: 'contact' }, // Carrier maintenance, unavailable — create a ticket.
  '600014': { advice: 'contact' }, // Carrier maintenance, call limit reached — create a ticket.
  '600015': { advice: 'switch' }, // Interface timeout — switch.
  '600017': { advice: 'contact' }, // App ID / App Key parsing failed — check the key, then a ticket.
  '600021': { advice: 'switch' }, // Carrier switched when clicking login — switch.
  '600023': { advice: 'contact' }, // Custom control failed to load — check the custom control.
  '600024': { advice: 'none' }, // Terminal supports authentication — None.
  '600025': { advice: 'contact' }, // Terminal detection parameter error — check parameter types and ranges.
  '600026': { advice: 'contact' }, // Accelerate / pre-login called while the page is loaded — not allowed.
} as const satisfies Record<string, { readonly advice: OneClickAdvice }>;

export type AliyunCode = keyof typeof ALIYUN_CODES;

/** Authorization page click events: back, switch, login, checkbox, agreement link. */
export const PAGE_EVENT_CODES = ['700000', '700001', '700002', '700003', '700004'] as const;

export type PageEventCode = (typeof PAGE_EVENT_CODES)[number];

export function isAliyunCode(code: string): code is AliyunCode {
  return hasOwn(ALIYUN_CODES, code);
}

export function isPageEventCode(code: string): code is PageEventCode {
  return (PAGE_EVENT_CODES as readonly string[]).includes(code);
}

/**
 * What to do about a code: the SDK documents' suggestion for an Aliyun code; `none` for page events (the
 * user's own action); `switch` for carrier codes and codes the catalog does not list, since the
 * one-click path cannot succeed once they appear.
 */
export function adviceFor(code: string): OneClickAdvice {
  const trimmed = code.trim();
  if (isAliyunCode(trimmed)) return ALIYUN_CODES[trimmed].advice;
  if (isPageEventCode(trimmed)) return 'none';
  return 'switch';
}
