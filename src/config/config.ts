import * as v from 'valibot';
import { LOCALES, matchLocale, type Locale } from '../i18n/locales';
import { isHttpsUrl, isSameOriginPath, isSecureUrl } from '../platform/url-safety';
import { isAllowlistedRedirectUri } from '../session/redirect-allowlist';

export const PASSWORD_MODES = ['unified', 'username', 'phone', 'email'] as const;
export type PasswordMode = (typeof PASSWORD_MODES)[number];

/** The optional profile fields of registration by mobile (`registUserByPhone`), in the tenant's names (docs/product.md, "Registration profile"). */
export const REGISTRATION_FIELDS = [
  'user_name',
  'name',
  'email',
  'pwd',
  'head_img',
  'attr_gender',
  'attr_birthday',
  'attr_nick_name',
  'mailing_address',
  'zip_code',
  'first_name',
  'middle_name',
  'last_name',
  'industry',
] as const;
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];

/** How the slider's `point_json` is sent (docs/tenant-api.md, "Slider captcha"). */
export const CAPTCHA_POINT_ENCODINGS = ['auto', 'aes', 'plain'] as const;
export type CaptchaPointEncoding = (typeof CAPTCHA_POINT_ENCODINGS)[number];

/** Sign-in methods this build implements. */
export const METHODS = ['one-click', 'password', 'sms'] as const;
export type Method = (typeof METHODS)[number];

// Custom messages are message keys: the config error page shows them in the operator's language.
/** The rules a config value can break; the config error page words each (app/ConfigErrorPage.tsx, startup pack). */
export type ConfigRule = 'aliyunWeb' | 'baseUrl' | 'cspReportUri' | 'defaultEnabled' | 'nonEmpty' | 'origin' | 'sameOriginPath' | 'unique' | 'url';
const RULE_MARK = 'rule:';
const rule = (name: ConfigRule) => RULE_MARK + name;

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

function isTenantBaseUrl(value: string): boolean {
  if (value === '') return true;
  return isSecureUrl(value) && new URL(value).pathname.replace(/\/+$/, '') === '' && !/[?#]/.test(value);
}

// A theme is data for the theme validator (theme/validate.ts), which reports its problems itself.
const themeSource = v.union([
  v.pipe(v.string(), v.check(isSameOriginPath, rule('sameOriginPath'))),
  v.record(v.string(), v.unknown()),
]);

const timeLimit = (fallback: number) => v.optional(v.pipe(v.number(), v.integer(), v.minValue(500), v.maxValue(60_000)), fallback);

/**
 * An https:// URL or a same-origin path, with nothing that could end a CSP directive or a header
 * (the same rule as isCspReportUri in deploy/security-headers.ts, which builds the headers).
 */
function isCspReportUri(value: string): boolean {
  if (value.length > 500 || !/^[\x21-\x7e]+$/.test(value) || /[;,'"$\\]/.test(value)) return false;
  return /^\/(?!\/)/.test(value) || isHttpsUrl(value);
}

function isOrigin(value: string): boolean {
  return isSecureUrl(value) && new URL(value).origin === value;
}

const configSchema = v.pipe(
  v.strictObject({
    tenant: v.strictObject({
      /** '' = same origin (the shipped server proxies /api/ to the tenant). */
      baseUrl: v.optional(v.pipe(v.string(), v.check(isTenantBaseUrl, rule('baseUrl'))), ''),
      clientId: v.pipe(v.string(), v.trim(), v.nonEmpty(rule('nonEmpty')), v.maxLength(200)),
      timeoutMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(120_000)), 15_000),
      /** The id_token issuer, when it is not `{baseUrl or this origin}/api/v1/oauth2` (a same-origin proxy). */
      issuer: v.optional(v.pipe(v.string(), v.check(isSecureUrl, rule('url')))),
      /**
       * How the slider's answer goes to the tenant: `auto` AES-encrypted when the puzzle brings a
       * `secretKey`, `aes` always, `plain` never (tenants that show a key but expect plain text).
       */
      captchaPointEncoding: v.optional(v.picklist(CAPTCHA_POINT_ENCODINGS), 'auto'),
    }),
    methods: v.optional(
      v.strictObject({
        default: v.optional(v.picklist(METHODS), 'password'),
        enabled: v.optional(v.pipe(v.array(v.picklist(METHODS)), v.minLength(1, rule('nonEmpty')), v.check(unique, rule('unique'))), [
          'password',
        ]),
      }),
      {},
    ),
    password: v.optional(
      v.strictObject({
        modes: v.optional(
          v.pipe(v.array(v.picklist(PASSWORD_MODES)), v.minLength(1, rule('nonEmpty')), v.check(unique, rule('unique'))),
          [...PASSWORD_MODES],
        ),
        /** "Forgot password" by SMS (`/password/forgot`) is offered. */
        forgot: v.optional(v.boolean(), true),
        /**
         * The tenant's password policy, for screens that have no login answer carrying it (forgot
         * password, registration): checked as the user types; the tenant still decides.
         */
        policy: v.optional(
          v.strictObject({
            minLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(128))),
            maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(128))),
            regEx: v.optional(v.pipe(v.string(), v.maxLength(1000))),
            tip: v.optional(v.pipe(v.string(), v.maxLength(500))),
          }),
        ),
      }),
      {},
    ),
    delivery: v.optional(
      v.strictObject({
        bridge: v.optional(v.boolean(), true),
        /** How long the page waits for a host's answer to a bridge request (default 3 s, as the SDKs': docs/one-click.md, "Providers"). */
        requestTimeoutMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(500), v.maxValue(60_000)), 3000),
        openerOrigins: v.optional(v.array(v.pipe(v.string(), v.check(isOrigin, rule('origin')))), []),
        redirectUris: v.optional(v.array(v.pipe(v.string(), v.check(isSecureUrl, rule('url')))), []),
      }),
      {},
    ),
    oneClick: v.optional(
      v.strictObject({
        /** Where the carrier token comes from (docs/one-click.md, "Providers"). */
        provider: v.optional(v.picklist(['native', 'aliyun-web', 'emulator']), 'native'),
        envTimeoutMs: timeLimit(3000),
        prefetchTimeoutMs: timeLimit(3000),
        tokenTimeoutMs: timeLimit(5000),
        aliyunWeb: v.optional(
          v.strictObject({
            scriptUrl: v.pipe(v.string(), v.check(isSecureUrl, rule('url'))),
            /** Subresource integrity of the script: required, since it runs with the page's rights. */
            scriptIntegrity: v.pipe(v.string(), v.regex(/^sha(256|384|512)-[A-Za-z0-9+/=]{20,}$/)),
            globalName: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z_$][\w$]{0,63}$/)), 'PhoneServerCustomization'),
            accessToken: v.optional(v.pipe(v.string(), v.maxLength(4096))),
            jwtToken: v.optional(v.pipe(v.string(), v.maxLength(4096))),
            authTokenUrl: v.optional(v.pipe(v.string(), v.check(isSameOriginPath, rule('sameOriginPath')))),
          }),
        ),
      }),
      {},
    ),
    theme: v.optional(
      v.strictObject({
        /** The theme every page takes; absent = the built-in neutral theme. */
        default: v.optional(themeSource),
        /** Themes `?theme=<name>` may pick. */
        named: v.optional(v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)), themeSource), {}),
      }),
      {},
    ),
    session: v.optional(v.strictObject({ storage: v.optional(v.picklist(['memory', 'session']), 'memory') }), {}),
    locale: v.optional(v.strictObject({ default: v.optional(v.picklist(LOCALES)) }), {}),
    registration: v.optional(
      v.strictObject({
        /** `/register` is offered (from the sign-in pages too). Opt-in: self-registration is the tenant's call. */
        enabled: v.optional(v.boolean(), false),
        /** The profile fields of `registUserByPhone` to ask for, in order, and whether each is required. */
        fields: v.optional(
          v.pipe(
            v.array(v.strictObject({ key: v.picklist(REGISTRATION_FIELDS), required: v.optional(v.boolean(), false) })),
            v.check((fields) => unique(fields.map((f) => f.key)), rule('unique')),
          ),
          [
            { key: 'user_name', required: false },
            { key: 'name', required: false },
            { key: 'pwd', required: false },
          ],
        ),
        /** The tenant's own user attributes (`extension`), with their labels in each language. */
        extension: v.optional(
          v.pipe(
            v.array(
              v.strictObject({
                key: v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/)),
                type: v.optional(v.picklist(['string', 'number']), 'string'),
                required: v.optional(v.boolean(), false),
                maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)), 100),
                label: v.strictObject({ 'zh-CN': v.pipe(v.string(), v.nonEmpty()), 'zh-TW': v.pipe(v.string(), v.nonEmpty()), en: v.pipe(v.string(), v.nonEmpty()) }),
              }),
            ),
            v.check((attributes) => unique(attributes.map((a) => a.key)), rule('unique')),
          ),
          [],
        ),
      }),
      {},
    ),
    /** The theme studio (`/studio`): on in development, off in a production build unless enabled here. */
    studio: v.optional(v.strictObject({ enabled: v.optional(v.boolean(), import.meta.env.DEV) }), {}),
    security: v.optional(
      v.strictObject({
        frameAncestors: v.optional(v.array(v.pipe(v.string(), v.check((o) => o === "'self'" || isOrigin(o), rule('origin')))), []),
        /** Origins beyond the tenant the page may call: the endpoints of Alibaba's H5 one-click SDK (CSP connect-src). */
        connectOrigins: v.optional(v.array(v.pipe(v.string(), v.check(isOrigin, rule('origin')))), []),
        /** Where browsers send CSP violation reports (the servers' headers, deploy/security-headers.ts). */
        cspReportUri: v.optional(v.pipe(v.string(), v.check(isCspReportUri, rule('cspReportUri')))),
        /** HSTS `preload` (the servers' headers): only for a domain meant for the browsers' preload lists. */
        hstsPreload: v.optional(v.boolean(), false),
      }),
      {},
    ),
  }),
  v.forward(
    v.check((c) => c.methods.enabled.includes(c.methods.default), rule('defaultEnabled')),
    ['methods', 'default'],
  ),
  v.forward(
    v.check((c) => c.oneClick.provider !== 'aliyun-web' || hasAliyunCredentials(c.oneClick.aliyunWeb), rule('aliyunWeb')),
    ['oneClick', 'aliyunWeb'],
  ),
);

/** The H5 SDK needs its script and the accessToken/jwtToken pair, fixed or from the tenant backend. */
function hasAliyunCredentials(settings: { accessToken?: string | undefined; jwtToken?: string | undefined; authTokenUrl?: string | undefined } | undefined): boolean {
  return settings !== undefined && ((settings.accessToken !== undefined && settings.jwtToken !== undefined) || settings.authTokenUrl !== undefined);
}

export type AppConfig = v.InferOutput<typeof configSchema>;

/** The host bridge's settings from `delivery`. */
export function bridgeOptions(config: AppConfig) {
  return { native: config.delivery.bridge, openerOrigins: config.delivery.openerOrigins, requestTimeoutMs: config.delivery.requestTimeoutMs };
}

/** What the operator must fix, per key: rendered by the config error page. */
export type ConfigProblem =
  | { kind: 'fetch'; path: string; reason: string }
  | { kind: 'json'; path: string }
  | { kind: 'unknown-key'; key: string }
  | { kind: 'expected'; key: string; expected: string; received: string }
  | { kind: 'rule'; key: string; rule: ConfigRule }
  | { kind: 'invalid'; key: string; message: string };

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problems: ConfigProblem[] };

export function validateConfig(input: unknown): ConfigResult {
  const result = v.safeParse(configSchema, input);
  if (result.success) return { ok: true, config: result.output };
  const problems = result.issues.map((issue): ConfigProblem => {
    const key = v.getDotPath(issue) ?? '(root)';
    if (issue.type === 'strict_object' && issue.expected === 'never') return { kind: 'unknown-key', key };
    // Only this schema's own `rule(…)` messages carry the mark.
    if (issue.message.startsWith(RULE_MARK)) return { kind: 'rule', key, rule: issue.message.slice(RULE_MARK.length) as ConfigRule };
    if (issue.kind === 'schema') return { kind: 'expected', key, expected: issue.expected ?? '?', received: issue.received };
    return { kind: 'invalid', key, message: issue.message };
  });
  return { ok: false, problems };
}

export const CONFIG_PATH: string = import.meta.env.VITE_CONFIG_PATH ?? '/config.json';

export async function loadConfig(path = CONFIG_PATH): Promise<ConfigResult> {
  let text: string;
  try {
    const response = await fetch(path, { cache: 'no-store', credentials: 'same-origin' });
    if (!response.ok) return { ok: false, problems: [{ kind: 'fetch', path, reason: `HTTP ${response.status}` }] };
    text = await response.text();
  } catch (error) {
    return { ok: false, problems: [{ kind: 'fetch', path, reason: error instanceof Error ? error.message : String(error) }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ kind: 'json', path }] };
  }
  return validateConfig(json);
}

/** Start-up settings from the URL, accepted only where safe (docs/product.md, "Runtime configuration"). */
export interface UrlOverrides {
  locale: Locale | undefined;
  method: Method | undefined;
  /** Present only when it exactly matches an allowlisted URI. */
  redirectUri: string | undefined;
  /** The app's `state`, returned with the result on redirect (only with an allowed redirect_uri). */
  redirectState: string | undefined;
  /** A redirect that was asked for and refused: the page says why and never follows it. */
  refusedRedirect: RefusedRedirect | undefined;
  /** A theme named in config `theme.named` (`?theme=`). */
  theme: string | undefined;
  /** The emulated carriers' scenario (`?oneclick=`), for the emulator provider only. */
  oneClickScenario: string | undefined;
}

/** Longest `state` passed back to an app: enough for any CSRF nonce or encoded app state. */
export const MAX_REDIRECT_STATE_LENGTH = 1024;

/**
 * Why a redirect sign-in request is refused before anyone types a password: an address not on the
 * allowlist, or a `state` too long to hand back (delivering the tokens without it would let the
 * app take a result it cannot tie to its request).
 */
export type RefusedRedirect = { reason: 'not-allowed'; uri: string } | { reason: 'state-too-long'; length: number };

export function urlOverrides(search: string, config: AppConfig | undefined): UrlOverrides {
  const params = new URLSearchParams(search);
  const method = params.get('method');
  const redirect = params.get('redirect_uri');
  const allowed = redirect !== null && config !== undefined && isAllowlistedRedirectUri(redirect, config.delivery.redirectUris);
  const state = params.get('state');
  const stateTooLong = state !== null && state.length > MAX_REDIRECT_STATE_LENGTH;
  return {
    locale: matchLocale(params.get('lang')),
    method: config?.methods.enabled.find((m) => m === method),
    redirectUri: allowed && !stateTooLong ? redirect : undefined,
    redirectState: allowed && !stateTooLong && state !== null ? state : undefined,
    refusedRedirect:
      redirect !== null && !allowed
        ? { reason: 'not-allowed', uri: redirect }
        : allowed && stateTooLong && state !== null
          ? { reason: 'state-too-long', length: state.length }
          : undefined,
    theme: Object.keys(config?.theme.named ?? {}).find((name) => name === params.get('theme')),
    oneClickScenario: config?.oneClick.provider === 'emulator' ? (/^[a-z0-9-]{1,20}$/.exec(params.get('oneclick') ?? '')?.[0] ?? undefined) : undefined,
  };
}
