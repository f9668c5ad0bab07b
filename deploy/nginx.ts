/**
 * The shipped production server configuration: an nginx server block that serves dist/, proxies
 * /api/ to the tenant and sends the same headers as the tests' preview server (security-headers.ts).
 *
 *   npm run --silent deploy:nginx -- <dist/config.json> <https://tenant.example.com> [--brotli|--no-brotli] [--ca-bundle <file.pem>] > idaas-login.conf
 *
 * nginx checks the tenant's certificate (chain and name) before it forwards anything: against
 * Debian's CA bundle, or `--ca-bundle` for a tenant with a certificate from a private CA (README,
 * "nginx (shipped)").
 *
 * Written for Debian's nginx (1.22, bookworm) and newer. Brotli needs Debian's
 * libnginx-mod-http-brotli-filter and -static packages; without them the block uses gzip only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { AGREEMENTS_PATH, headerInputsFromConfig, securityHeaders, STUDIO_PREVIEW_PATH, type HeaderInputs } from './security-headers.ts';

export interface NginxOptions {
  /** Where dist/ is deployed. */
  root?: string;
  /**
   * Production listens on 443 with TLS and HTTP/2 (certificate paths to fill in). A `host:port`
   * listens there over plain HTTP: for checking the configuration on this machine only.
   */
  listen?: 'tls' | `${string}:${number}`;
  /** Brotli for text and the precompressed `.br` assets (the module must be installed). */
  brotli?: boolean;
  /** Local checks only: the emulated carriers' endpoints (the `emulator` one-click provider) proxied here. */
  carrierEmulator?: string;
  /** The CAs the tenant's certificate must chain to (PEM). Default: Debian's bundle of public CAs. */
  caBundle?: string;
  /** How many intermediate certificates may stand between the tenant's certificate and a CA of the bundle. */
  verifyDepth?: number;
}

/** Debian's (ca-certificates) bundle of the public CAs. */
export const DEFAULT_CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';
/** nginx's default (1) refuses chains with two intermediates, which public CAs do use (cross-signing). */
export const DEFAULT_VERIFY_DEPTH = 3;

/** Hashed assets are cached for a year when they are there; a 404 (or any error) must not be. */
const ASSET_CACHE_CONTROL = '$idaas_login_asset_cache_control';

/** The compressible types this app serves. */
const TEXT_TYPES = 'text/css application/javascript application/json image/svg+xml text/plain';

/** Debian's packaged brotli modules are there (and so loaded by its modules-enabled/ includes). */
export function brotliModulesInstalled(modulesDir = '/usr/lib/nginx/modules'): boolean {
  return existsSync(`${modulesDir}/ngx_http_brotli_filter_module.so`) && existsSync(`${modulesDir}/ngx_http_brotli_static_module.so`);
}

function headerLines(inputs: HeaderInputs, path?: string): string {
  return Object.entries(securityHeaders(inputs, path))
    .map(([name, value]) => {
      // headerInputsFromConfig drops such values; in add_header a `$` would read request data.
      if (value.includes('$')) throw new Error(`a header value nginx would read as a variable: ${name}: ${value}`);
      return `    add_header ${name} "${value.replace(/"/g, '\\"')}" always;`;
    })
    .join('\n');
}

function compression(brotli: boolean): string {
  const gzip = `    # Precompressed assets (dist/assets/*.gz, *.br, written by the build) first, else on the fly.
    gzip on;
    gzip_static on;
    gzip_vary on;
    gzip_comp_level 6;
    gzip_min_length 1024;
    gzip_types ${TEXT_TYPES};`;
  if (!brotli) return gzip;
  return `${gzip}
    brotli on;
    brotli_static on;
    brotli_comp_level 6;
    brotli_min_length 1024;
    brotli_types ${TEXT_TYPES};`;
}

function listenLines(listen: NginxOptions['listen']): string {
  if (listen === undefined || listen === 'tls') {
    return `    listen 443 ssl http2;
    listen [::]:443 ssl http2;
    # Your certificate (HSTS is sent: serve this origin over HTTPS only).
    ssl_certificate /etc/ssl/certs/idaas-login.pem;
    ssl_certificate_key /etc/ssl/private/idaas-login.key;`;
  }
  return `    # Plain HTTP on a local address: for checking this configuration, never for users.
    listen ${listen};`;
}

interface UpstreamTls {
  caBundle: string;
  verifyDepth: number;
}

/**
 * nginx does not check an upstream's certificate unless told to: without these lines it would send
 * a password to any server that answers for the tenant's address. A failed check is a 502.
 */
function tlsLines(upstream: URL, tls: UpstreamTls): string {
  if (upstream.protocol !== 'https:') return '';
  return `
        proxy_ssl_verify on;
        proxy_ssl_trusted_certificate ${tls.caBundle};
        proxy_ssl_verify_depth ${tls.verifyDepth};
        proxy_ssl_server_name on;
        proxy_ssl_name ${upstream.hostname};
        proxy_ssl_protocols TLSv1.2 TLSv1.3;`;
}

function proxyLocation(path: string, upstream: URL, tls: UpstreamTls): string {
  // The client's own forwarding headers are never passed on: the tenant sees this server's peer.
  return `    location ${path} {
        proxy_pass ${upstream.origin};
        proxy_set_header Host ${upstream.host};${tlsLines(upstream, tls)}
        proxy_set_header X-Forwarded-For $remote_addr;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header Forwarded "";
        proxy_set_header X-Forwarded-Proto $scheme;
    }`;
}

/** A path nginx reads as one token: absolute, with no whitespace, quotes, `;`, `$` or braces. */
function checkedPath(path: string, what: string): string {
  if (!/^\/[^\s;'"$\\{}#]+$/.test(path)) throw new Error(`${what} must be an absolute path without spaces, quotes, ';', '$', braces or '#': ${path}`);
  return path;
}

function checkedDepth(depth: number): number {
  if (!Number.isInteger(depth) || depth < 0 || depth > 10) throw new Error(`the verify depth must be an integer from 0 to 10: ${depth}`);
  return depth;
}

export function nginxConfig(config: unknown, tenantUrl: string, options: NginxOptions = {}): string {
  const tenant = new URL(tenantUrl);
  const local = options.listen !== undefined && options.listen !== 'tls';
  if (tenant.protocol !== 'https:' && !(local && tenant.hostname === '127.0.0.1')) throw new Error('the tenant must be an https:// URL');
  const tls = { caBundle: checkedPath(options.caBundle ?? DEFAULT_CA_BUNDLE, 'the CA bundle'), verifyDepth: checkedDepth(options.verifyDepth ?? DEFAULT_VERIFY_DEPTH) };
  const inputs = headerInputsFromConfig(config);
  const headers = headerLines(inputs);
  const carrier =
    options.carrierEmulator === undefined ? '' : `\n    # The emulated carriers (local checks with the emulator provider only).\n${proxyLocation('/__carrier/', new URL(options.carrierEmulator), tls)}\n`;
  return `# Generated by deploy/nginx.ts from config.json; regenerate when config.json changes.
# (Included in the http block, as Debian's sites-enabled/ is: the map below belongs there.)

# Hashed assets: a year, immutable, for the file itself (200, a range, a revalidation); a missing
# one (404) or an error must not stay in caches.
map $status ${ASSET_CACHE_CONTROL} {
    200 "public, max-age=31536000, immutable";
    206 "public, max-age=31536000, immutable";
    304 "public, max-age=31536000, immutable";
    default "no-store";
}

server {
${listenLines(options.listen)}
    root ${options.root ?? '/usr/share/nginx/html'};
    index index.html;
    server_tokens off;
    charset utf-8;
    charset_types ${TEXT_TYPES};

${compression(options.brotli ?? false)}

${headers}

    # The tenant API on this origin (tenant.baseUrl "" in config.json).
${proxyLocation('/api/', tenant, tls)}
${carrier}
    # Hashed assets never change: cached forever. A missing one is a 404 (not cached), never the app's page.
    location /assets/ {
${headers}
        add_header Cache-Control ${ASSET_CACHE_CONTROL} always;
        try_files $uri =404;
    }

    # Dot paths (the build's .vite/manifest.json, a stray .git or .env) are never served.
    location ~ /\\. {
${headers}
        add_header Cache-Control "no-store" always;
        return 404;
    }

    # config.json and index.html are never cached (revalidated on every visit).
    location = /config.json {
${headers}
        add_header Cache-Control "no-cache" always;
    }

    # Agreement documents: the authorization page's in-page viewer frames them (frame-ancestors 'self').
    location ${AGREEMENTS_PATH} {
${headerLines(inputs, AGREEMENTS_PATH)}
        add_header Cache-Control "no-cache" always;
        try_files $uri =404;
    }

    # The theme studio's preview page: framed by the studio on this origin (frame-ancestors 'self').
    location = ${STUDIO_PREVIEW_PATH} {
${headerLines(inputs, STUDIO_PREVIEW_PATH)}
        add_header Cache-Control "no-cache" always;
        try_files $uri $uri.html /index.html;
    }

    # Everything else: the file if there is one, the route's own page (/login → login.html, the app
    # with that route's chunks preloaded), else the app (its router draws the page or "not found").
    location / {
${headers}
        add_header Cache-Control "no-cache" always;
        try_files $uri $uri.html /index.html;
    }
}
`;
}

const USAGE = 'usage: deploy/nginx.ts <config.json> <https://tenant.example.com> [--brotli|--no-brotli] [--ca-bundle <file.pem>] [--verify-depth <n>]';

/** The command line: two positionals, the flags, and the options that take a value. */
export function parseArguments(args: readonly string[]): { configPath: string; tenantUrl: string; options: NginxOptions } {
  const positionals: string[] = [];
  const options: NginxOptions = {};
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    const value = () => {
      const next = args[++index];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--brotli') options.brotli = true;
    else if (arg === '--no-brotli') options.brotli = false;
    else if (arg === '--ca-bundle') options.caBundle = value();
    else if (arg === '--verify-depth') options.verifyDepth = Number(value());
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else positionals.push(arg);
  }
  const [configPath, tenantUrl, ...extra] = positionals;
  if (!configPath || !tenantUrl || extra.length > 0) throw new Error(USAGE);
  return { configPath, tenantUrl, options };
}

if (process.argv[1]?.endsWith('nginx.ts')) {
  try {
    const { configPath, tenantUrl, options } = parseArguments(process.argv.slice(2));
    const caBundle = options.caBundle ?? DEFAULT_CA_BUNDLE;
    // Generated elsewhere than it runs is fine; said so, since nginx -t would refuse a missing bundle.
    if (!existsSync(caBundle)) console.error(`warning: ${caBundle} is not on this machine; nginx needs it where the block runs`);
    const conf = nginxConfig(JSON.parse(readFileSync(configPath, 'utf8')), tenantUrl, { ...options, brotli: options.brotli ?? brotliModulesInstalled() });
    process.stdout.write(conf);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
