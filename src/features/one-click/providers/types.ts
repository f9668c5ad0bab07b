import type { OneClickCarrier } from '../../../i18n/one-click-codes/codes';
/**
 * Where the carrier token comes from (docs/one-click.md, "Providers"): one interface, three
 * implementations chosen by config `oneClick.provider`. Every failure is an Aliyun / carrier
 * result code (`600008`, `600015`, …) that the page maps to its advice (docs/one-click.md, "Result codes").
 */
export type Carrier = OneClickCarrier;

export const CARRIERS: readonly Carrier[] = ['CMCC', 'CUCC', 'CTCC'];

/** What the pre-fetch (`accelerateLoginPage` / `getLoginMaskPhone`) learns before the page shows. */
export interface NumberPreview {
  carrier: Carrier;
  /** `138****1234`: the carrier hides the middle digits. */
  maskedNumber: string;
  /** The provider needs the user to type the hidden middle digits before it can issue a token (aliyun-web). */
  needsHiddenDigits: boolean;
}

export type ProviderResult<T> = { ok: true; value: T } | { ok: false; code: string; detail?: string };

export interface TokenRequest {
  /** The hidden middle digits the user typed, when `needsHiddenDigits`. */
  hiddenDigits?: string;
  signal?: AbortSignal;
}

/**
 * A provider never rejects: every outcome is a `ProviderResult`. When the caller's `signal` aborts,
 * the call resolves at once with `{ ok: false, code: '600010', detail: 'aborted' }` (see
 * `ABORTED_DETAIL`), which the caller that aborted ignores.
 */
export interface OneClickProvider {
  readonly name: 'native' | 'aliyun-web' | 'emulator';
  /** `checkEnvAvailable`: ok means `600024`, the terminal supports one-click here. */
  checkEnvironment(signal?: AbortSignal): Promise<ProviderResult<void>>;
  /** `accelerateLoginPage`: the carrier and masked number, so the page opens without waiting. */
  prefetch(signal?: AbortSignal): Promise<ProviderResult<NumberPreview>>;
  /** `getLoginToken`: the carrier token (`600000`) to send to IDaaS `login/aliyun-mobile-auth`. */
  getToken(request: TokenRequest): Promise<ProviderResult<{ token: string }>>;
}

/** Result codes the providers produce themselves, Alibaba Cloud return codes (docs/one-click.md, "Result codes"). */
export const CODES = {
  envOk: '600024',
  tokenOk: '600000',
  pageFailed: '600002',
  tokenFailed: '600011',
  timeout: '600015',
  unknown: '600010',
  /** The carrier could not be determined (pre-fetch answered without a known carrier). */
  carrierUnknown: '600009',
  /** The provider's own settings are unusable: SDK script URL, `accessToken` / `jwtToken` pair. */
  credentialsFailed: '600017',
  /** A parameter is wrong: the hidden middle digits are missing or not 4 digits. */
  invalidParameter: '600025',
} as const;

/** The `detail` of the failure a call resolves with once its caller aborted it. */
export const ABORTED_DETAIL = 'aborted';

/** The provider's settings: config `oneClick` plus what the providers need of the tenant. */
export interface ProviderSettings {
  provider: OneClickProvider['name'];
  /** `checkEnvAvailable` time limit (default 3 s, as the SDKs': docs/one-click.md, "Providers"). */
  envTimeoutMs: number;
  /** `accelerateLoginPage` time limit (default 3 s, as the SDKs': docs/one-click.md, "Providers"). */
  prefetchTimeoutMs: number;
  /** `getLoginToken` time limit. */
  tokenTimeoutMs: number;
  aliyunWeb?: {
    /** Alibaba's H5 SDK, loaded at run time (it is not on npm): an https URL. */
    scriptUrl: string;
    /** Subresource integrity of that script (`sha384-…`), checked by the browser when present. */
    scriptIntegrity?: string | undefined;
    /** The global the script defines (default `PhoneServerCustomization`). */
    globalName: string;
    /** The `accessToken` / `jwtToken` pair the tenant backend issues: fixed here, or fetched from `authTokenUrl`. */
    accessToken?: string | undefined;
    jwtToken?: string | undefined;
    /** Same-origin path answering `{"accessToken":"…","jwtToken":"…"}` to a GET. */
    authTokenUrl?: string | undefined;
  };
  /** Where the emulated carriers answer (`emulator` provider): the tenant base URL ('' = same origin) and client id. */
  tenant: { baseUrl: string; clientId: string };
  /** The emulator scenario from `?oneclick=` (emulator provider only). */
  scenario?: string;
}
