/**
 * The emulated carriers behind one-click login (docs/one-click.md, "The emulated carriers"). They stand in
 * for the Aliyun SDK + carrier gateway of a phone on mobile data: check the environment, pre-fetch
 * the carrier and masked number, issue a carrier token. Real tenants have none of this.
 */

export type Carrier = 'CMCC' | 'CUCC' | 'CTCC';

/**
 * How the emulated phone and carrier behave, chosen by the page (`?oneclick=` → body `scenario`)
 * or by test control (the tenant's default). Codes and wording are the SDKs' Alibaba Cloud
 * return codes (docs/one-click.md, "Result codes").
 */
export const oneClickScenarios = {
  cmcc: 'success on China Mobile (CMCC): +86-13800000000, zhangsan',
  cucc: 'success on China Unicom (CUCC): +86-18600000000, wujiu',
  ctcc: 'success on China Telecom (CTCC): +86-18900000000, zhengshi',
  '600007': 'no SIM card: the environment check fails with 600007',
  '600008': 'mobile data off: the environment check fails with 600008',
  '600013': 'carrier maintenance: the environment check fails with 600013',
  '600011': 'the check and pre-fetch succeed (CMCC), the token request fails with 600011',
  timeout: 'the check and pre-fetch succeed (CMCC), the token request hangs, then answers 600015',
  rejected: 'a token is issued (CMCC) but IDaaS refuses it at aliyun-mobile-auth (LOGIN.1001 GetMobile)',
  unbound: 'a token is issued for +86-13700000000 (CMCC), a number no user has: LOGIN.1002 "User not bound"',
} as const;
export type OneClickScenario = keyof typeof oneClickScenarios;

/** The scenario names in a reading order (an object lists its numeric keys first). */
export const oneClickScenarioNames: readonly OneClickScenario[] = ['cmcc', 'cucc', 'ctcc', '600007', '600008', '600013', '600011', 'timeout', 'rejected', 'unbound'];

export const DEFAULT_ONE_CLICK_SCENARIO: OneClickScenario = 'cmcc';

export function isOneClickScenario(value: unknown): value is OneClickScenario {
  return typeof value === 'string' && Object.hasOwn(oneClickScenarios, value);
}

/** The SDK documents' English descriptions of the Aliyun codes the carriers answer (docs/one-click.md, "Result codes"). */
export const carrierMessages = {
  '600000': 'Token retrieval successful',
  '600007': 'No SIM card detected',
  '600008': 'Mobile data network not enabled',
  '600011': 'Failed to retrieve Token',
  '600013': 'Carrier maintenance upgrade, this function is unavailable',
  '600015': 'Interface timeout',
  '600017': 'App ID, App Key parsing failed',
  '600024': 'Terminal environment check supports authentication',
  '600025': 'Terminal detection parameter error',
} as const;
export type CarrierCode = keyof typeof carrierMessages;

/** The phone the scenario emulates: its carrier and number, or the code its environment check fails with. */
export interface EmulatedPhone {
  carrier: Carrier;
  /** Wire form `+86-…`. */
  mobile: string;
  /** Set when the phone cannot do one-click at all: check, pre-fetch and token all answer it. */
  environmentFailure?: '600007' | '600008' | '600013';
  /** How the token request ends (default: a token). */
  token?: 'fails' | 'hangs' | 'rejected';
}

const CMCC_NUMBER = '+86-13800000000';

export function phoneFor(scenario: OneClickScenario): EmulatedPhone {
  switch (scenario) {
    case 'cmcc':
      return { carrier: 'CMCC', mobile: CMCC_NUMBER };
    case 'cucc':
      return { carrier: 'CUCC', mobile: '+86-18600000000' };
    case 'ctcc':
      return { carrier: 'CTCC', mobile: '+86-18900000000' };
    case '600007':
    case '600008':
    case '600013':
      return { carrier: 'CMCC', mobile: CMCC_NUMBER, environmentFailure: scenario };
    case '600011':
      return { carrier: 'CMCC', mobile: CMCC_NUMBER, token: 'fails' };
    case 'timeout':
      return { carrier: 'CMCC', mobile: CMCC_NUMBER, token: 'hangs' };
    case 'rejected':
      return { carrier: 'CMCC', mobile: CMCC_NUMBER, token: 'rejected' };
    case 'unbound':
      return { carrier: 'CMCC', mobile: '+86-13700000000' };
  }
}

/** The number as the SDKs show it: first 3 digits, four `*`, last 4 (`138****0000`). */
export function maskNumber(mobile: string): string {
  const national = mobile.replace(/^\+\d{1,4}-/, '');
  return `${national.slice(0, 3)}****${national.slice(-4)}`;
}

/** Seed 004: a carrier token is valid 2 min and single use ("token有效期2min，一次有效"). */
export const CARRIER_TOKEN_TTL_MS = 120_000;

export interface CarrierToken {
  mobile: string;
  carrier: Carrier;
  expiresAt: number;
  /** Issued under the `rejected` scenario: IDaaS cannot get a number for it. */
  rejected: boolean;
}

/** A tenant's one-click state: the default scenario set by test control, and the tokens issued for it. */
export class OneClickState {
  scenario: OneClickScenario | undefined;
  readonly tokens = new Map<string, CarrierToken>();

  /** Stores a token, forgetting expired ones first (so an idle dev server holds at most 2 minutes' worth). */
  issue(token: string, record: CarrierToken, now: number): void {
    for (const [key, existing] of this.tokens) if (existing.expiresAt <= now) this.tokens.delete(key);
    this.tokens.set(token, record);
  }

  /** Takes a token out (single use: presenting it burns it, whatever the outcome); undefined if unknown or expired. */
  take(token: string, now: number): CarrierToken | undefined {
    const record = this.tokens.get(token);
    this.tokens.delete(token);
    return record && record.expiresAt > now ? record : undefined;
  }
}
