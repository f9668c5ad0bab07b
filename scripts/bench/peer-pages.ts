import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';

export interface PeerPage {
  name: string;
  /** The published package (a dev dependency) whose bundle the page loads. */
  pkg: string;
  /** Served at /vendor/<id>/ (the package's dist/) and /<id>/ (the page). */
  id: string;
  /** What shows once the widget has drawn its sign-in form. */
  ready: (page: Page) => Locator;
  /** What the page shows, for a person reading the results. */
  shows: string;
  /**
   * A dummy backend: JSON answers by path (scripts/bench/peers/<id>-backend.json), for a widget
   * that draws nothing before its backend has answered. Every other call gets a 404.
   */
  backend?: boolean;
}

/**
 * The peers' sign-in widgets, each drawn by a page of its own (scripts/bench/peers/<id>.html) from
 * its published bundle and CSS, with a dummy configuration pointing the widget at this server:
 * nothing leaves the machine.
 */
export const PEER_PAGES: PeerPage[] = [
  {
    name: 'Okta Sign-In Widget',
    pkg: '@okta/okta-signin-widget',
    id: 'okta',
    ready: (page) => page.getByRole('button', { name: 'Sign In', exact: true }),
    shows: 'okta-sign-in.min.js (the default bundle) + okta-sign-in.min.css, classic engine, English (its default): "Sign In" title, Username, Password, "Remember me", a "Sign In" button, "Need help signing in?"',
  },
  {
    name: 'Authing Guard',
    pkg: '@authing/guard',
    id: 'guard',
    ready: (page) => page.getByRole('button', { name: /^登\s*录$/ }),
    shows: 'guard.min.js + guard.min.css (the global bundle), zh-CN: a logo and the app name, tabs 密码登录 / 验证码登录, the account (phone, email or username) and password fields, a 登录 button, 忘记密码',
    backend: true,
  },
];

const require = createRequire(import.meta.url);
const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'peers');

export function packageDir(pkg: string): string {
  return dirname(require.resolve(`${pkg}/package.json`));
}

export function packageVersion(pkg: string): string {
  return (JSON.parse(readFileSync(join(packageDir(pkg), 'package.json'), 'utf8')) as { version: string }).version;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'application/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.js', '.css', '.svg', '.json']);

/** A file under `root`, or undefined when the path leaves it. */
function fileUnder(root: string, relative: string): string | undefined {
  const path = normalize(join(root, relative));
  return path.startsWith(root + sep) ? path : undefined;
}

/** One answer of a dummy backend: JSON, or a text of the given type. */
interface BackendAnswer {
  json?: unknown;
  text?: string;
  contentType?: string;
}

export interface PeerServer {
  origin: string;
  url(peer: PeerPage): string;
  /** What the widgets asked of their (dummy) backend, answered 404. */
  blocked: string[];
  stop(): Promise<void>;
}

/**
 * Serves the peer pages and each package's dist/ on 127.0.0.1, compressed as vite preview and the
 * shipped nginx serve our assets (brotli 11 or gzip 9, for JS, CSS, SVG and JSON of 1 kB or more),
 * so that Lighthouse's simulated network sees comparable transfer sizes. Any other request (a
 * widget calling its backend) gets a 404.
 */
export async function startPeerServer(port = 0): Promise<PeerServer> {
  const blocked: string[] = [];
  const answers = new Map<string, BackendAnswer>();
  for (const peer of PEER_PAGES.filter((each) => each.backend)) {
    for (const [path, body] of Object.entries(JSON.parse(readFileSync(join(PAGES_DIR, `${peer.id}-backend.json`), 'utf8')) as Record<string, BackendAnswer>)) answers.set(path, body);
  }
  const backendAnswer = (pathname: string) => answers.get(pathname);
  const cache = new Map<string, { body: Buffer; encoding?: string }>();
  const send = (req: IncomingMessage, res: ServerResponse, path: string) => {
    const extension = extname(path);
    const accept = req.headers['accept-encoding'] ?? '';
    const encoding = COMPRESSIBLE.has(extension) ? (/\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined) : undefined;
    const key = `${encoding ?? 'identity'}:${path}`;
    let entry = cache.get(key);
    if (!entry) {
      const raw = readFileSync(path);
      entry =
        encoding && raw.length >= 1024
          ? { body: encoding === 'br' ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(raw, { level: 9 }), encoding }
          : { body: raw };
      cache.set(key, entry);
    }
    res.setHeader('Content-Type', `${TYPES[extension] ?? 'application/octet-stream'}; charset=utf-8`);
    if (entry.encoding) res.setHeader('Content-Encoding', entry.encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Content-Length', entry.body.length);
    res.end(entry.body);
  };
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [, first, second, ...rest] = pathname.split('/');
    const vendor = first === 'vendor' ? PEER_PAGES.find((peer) => peer.id === second) : undefined;
    const page = PEER_PAGES.find((peer) => peer.id === first && (second ?? '') === '' && rest.length === 0);
    const answer = backendAnswer(pathname);
    try {
      if (page) return send(req, res, join(PAGES_DIR, `${page.id}.html`));
      if (answer) {
        res.setHeader('Content-Type', `${answer.contentType ?? 'application/json'}; charset=utf-8`);
        return res.end(answer.text ?? JSON.stringify(answer.json));
      }
      const file = vendor ? fileUnder(packageDir(vendor.pkg), rest.join('/')) : undefined;
      if (file && /^dist\//.test(rest.join('/'))) return send(req, res, file);
    } catch {
      // Not a file: a 404 below.
    }
    if (!vendor) blocked.push(`${req.method} ${pathname}`);
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('Not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the peer server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (peer) => `${origin}/${peer.id}/`,
    blocked,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
