/**
 * The production response headers (quality.md, "Security"), derived from the runtime config so the
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
  ].join('; ');
}

/** The headers of a response; agreement documents and the studio's previews may also be framed by this origin. */
export function securityHeaders(inputs: HeaderInputs, path = '/'): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(inputs, isFramedBySelf(path)),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
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
  const baseUrl = record(root.tenant).baseUrl;
  let tenantOrigin: string | undefined;
  if (typeof baseUrl === 'string' && baseUrl !== '') {
    try {
      tenantOrigin = new URL(baseUrl).origin;
    } catch {
      tenantOrigin = undefined;
    }
  }
  const frameAncestors = strings(record(root.security).frameAncestors).filter((o) => /^https?:\/\/[^\s;,]+$/.test(o) || o === "'self'");
  const openerDelivery = strings(record(root.delivery).openerOrigins).length > 0;
  const oneClick = record(root.oneClick);
  const scriptUrl = record(oneClick.aliyunWeb).scriptUrl;
  // The SDK script's exact URL (CSP matches paths), not its whole CDN origin.
  const scriptOrigins = oneClick.provider === 'aliyun-web' && typeof scriptUrl === 'string' ? [scriptSource(scriptUrl)].filter((o): o is string => o !== undefined) : [];
  const connectOrigins = strings(record(root.security).connectOrigins).filter((o) => /^https:\/\/[^\s;,/]+$/.test(o));
  return { frameAncestors, tenantOrigin, openerDelivery, scriptOrigins, connectOrigins };
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

/** Caching: config.json and index.html are never cached; hashed assets are cached forever. */
export function cacheControlFor(path: string): string | undefined {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (path === '/config.json' || path === '/' || path.endsWith('.html') || !/\.[a-z0-9]+$/i.test(path)) return 'no-cache';
  return undefined;
}
