/**
 * The production response headers (docs/quality.md, "Security"), derived from the runtime config so the
 * preview server used by the tests and the shipped nginx configuration send exactly the same ones.
 */
export interface HeaderInputs {
  /** Origins allowed to frame the pages (CSP frame-ancestors); empty = none. */
  frameAncestors: readonly string[];
  /** The tenant origin when it is not same-origin (CSP connect-src). */
  tenantOrigin: string | undefined;
  /** Popup delivery needs the opener: COOP same-origin would sever it. */
  openerDelivery: boolean;
  /** The URL of Alibaba's H5 one-click SDK (aliyun-web provider): CSP script-src. */
  scriptOrigins?: readonly string[];
  /** Further origins the page may call (the H5 SDK's own endpoints; config security.connectOrigins). */
  connectOrigins?: readonly string[];
  /** Where browsers send CSP violation reports (config security.cspReportUri): an https URL or a same-origin path. */
  cspReportUri?: string | undefined;
  /** HSTS with `preload` (config security.hstsPreload): only for a domain meant for the browsers' preload lists. */
  hstsPreload?: boolean;
}

/** Agreements the authorization page shows in its in-page viewer (an iframe of this origin). */
export const AGREEMENTS_PATH = '/agreements/';
/** The page the theme studio's previews frame (iframes of this origin). */
export const STUDIO_PREVIEW_PATH = '/studio/preview';

/** Paths this origin itself may frame: agreement documents and the studio's preview page. */
export function isFramedBySelf(path: string): boolean {
  return path.startsWith(AGREEMENTS_PATH) || path === STUDIO_PREVIEW_PATH;
}

export function contentSecurityPolicy(inputs: HeaderInputs, framedBySelf = false): string {
  const connect = ["'self'", ...(inputs.tenantOrigin ? [inputs.tenantOrigin] : []), ...(inputs.connectOrigins ?? [])];
  const allowed = [...(framedBySelf ? ["'self'"] : []), ...inputs.frameAncestors.filter((o) => !framedBySelf || o !== "'self'")];
  const ancestors = allowed.length > 0 ? allowed.join(' ') : "'none'";
  return [
    "default-src 'self'",
    ["script-src 'self'", ...(inputs.scriptOrigins ?? [])].join(' '),
    "style-src 'self'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
    // report-uri for browsers without the Reporting API; report-to names the Reporting-Endpoints entry.
    ...(inputs.cspReportUri ? [`report-uri ${inputs.cspReportUri}`, `report-to ${CSP_REPORT_GROUP}`] : []),
  ].join('; ');
}

/** The Reporting-Endpoints name the CSP's report-to refers to. */
const CSP_REPORT_GROUP = 'csp';

/** Two years with preload, as the browsers' preload lists ask (at least one year); one year otherwise. */
export function strictTransportSecurity(preload: boolean): string {
  return preload ? 'max-age=63072000; includeSubDomains; preload' : 'max-age=31536000; includeSubDomains';
}

/** The headers of a response; agreement documents and the studio's previews may also be framed by this origin. */
export function securityHeaders(inputs: HeaderInputs, path = '/'): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(inputs, isFramedBySelf(path)),
    ...(inputs.cspReportUri ? { 'Reporting-Endpoints': `${CSP_REPORT_GROUP}="${inputs.cspReportUri}"` } : {}),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Strict-Transport-Security': strictTransportSecurity(inputs.hstsPreload ?? false),
    'Cross-Origin-Opener-Policy': inputs.openerDelivery ? 'unsafe-none' : 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/**
 * Reads what the headers depend on from a config.json (the SPA validates the whole file itself; here
 * anything unexpected falls back to the strictest value).
 */
export function headerInputsFromConfig(config: unknown): HeaderInputs {
  const record = (value: unknown): Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const root = record(config);
  const security = record(root.security);
  const baseUrl = record(root.tenant).baseUrl;
  let tenantOrigin: string | undefined;
  if (typeof baseUrl === 'string' && baseUrl !== '') {
    try {
      tenantOrigin = new URL(baseUrl).origin;
    } catch {
      tenantOrigin = undefined;
    }
  }
  const frameAncestors = strings(security.frameAncestors).filter((o) => /^https?:\/\/[^\s;,]+$/.test(o) || o === "'self'");
  const openerDelivery = strings(record(root.delivery).openerOrigins).length > 0;
  const oneClick = record(root.oneClick);
  const scriptUrl = record(oneClick.aliyunWeb).scriptUrl;
  // The SDK script's exact URL (CSP matches paths), not its whole CDN origin.
  const scriptOrigins = oneClick.provider === 'aliyun-web' && typeof scriptUrl === 'string' ? [scriptSource(scriptUrl)].filter((o): o is string => o !== undefined) : [];
  const connectOrigins = strings(security.connectOrigins).filter((o) => /^https:\/\/[^\s;,/]+$/.test(o));
  const cspReportUri = typeof security.cspReportUri === 'string' && isCspReportUri(security.cspReportUri) ? security.cspReportUri : undefined;
  const hstsPreload = security.hstsPreload === true;
  return {
    frameAncestors: frameAncestors.filter(isHeaderSafe),
    tenantOrigin: tenantOrigin !== undefined && isHeaderSafe(tenantOrigin) ? tenantOrigin : undefined,
    openerDelivery,
    scriptOrigins: scriptOrigins.filter(isHeaderSafe),
    connectOrigins: connectOrigins.filter(isHeaderSafe),
    cspReportUri,
    hstsPreload,
  };
}

/**
 * No character that ends a CSP directive or source (`;`, `,`, whitespace), quotes (a structured
 * header string, nginx's add_header "…"), `$` (an nginx variable: the value would take request data)
 * or a backslash.
 */
function isHeaderSafe(value: string): boolean {
  return !/[\s;,'"$\\]/.test(value) || value === "'self'";
}

/**
 * security.cspReportUri: an https:// URL or a same-origin path (`/csp-reports`, not `//host`), and
 * nothing that could end the directive or the header. src/config/config.ts applies the same rule.
 */
export function isCspReportUri(value: string): boolean {
  if (value.length > 500 || !/^[\x21-\x7e]+$/.test(value) || !isHeaderSafe(value)) return false;
  if (/^\/(?![/\\])/.test(value)) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

function scriptSource(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || /[\s;,']/.test(parsed.href)) return undefined;
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return undefined;
  }
}

/** A 404 (a missing asset, a hidden path) must not stay in any cache. */
export const NOT_FOUND_CACHE_CONTROL = 'no-store';

/** Dot paths (the build's .vite/manifest.json, a stray .git or .env) are never served: nginx's `location ~ /\.` too. */
export function isHiddenPath(path: string): boolean {
  return path.includes('/.');
}

/** Caching: config.json and index.html are never cached; hashed assets (that exist) are cached forever. */
export function cacheControlFor(path: string): string | undefined {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (path === '/config.json' || path === '/' || path.endsWith('.html') || !/\.[a-z0-9]+$/i.test(path)) return 'no-cache';
  return undefined;
}
