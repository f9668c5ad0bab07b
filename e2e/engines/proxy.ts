import { request as httpRequest, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the engines' pages see of the world, per worker: a pass-through to the preview server (its
 * production headers, CSP included, reach the browser untouched) that also
 *  - answers /config.json with the running test's configuration (the Chromium projects route it in
 *    the browser; WebKit's WebDriver cannot, so both engines get it here, from the same place);
 *  - puts the problem watcher (WATCHER, a same-origin script the CSP allows) first in every page;
 *  - keeps what the watcher reports, and the token of the last slider puzzle the page fetched (the
 *    Chromium slider helper reads it from the response; WebDriver sees no responses).
 */
export interface EngineProxy {
  readonly origin: string;
  /** Starts a test: its config.json, no problems, no puzzle. */
  begin(config: unknown): void;
  /** Problems the pages of this test reported (each `id` once). */
  problems(): EngineProblem[];
  /** The tokens of the slider puzzles served since `begin`, oldest first. */
  puzzleTokens(): string[];
  close(): Promise<void>;
}

export interface EngineProblem {
  id: string;
  text: string;
}

export const WATCHER_PATH = '/__engines/watch.js';
export const REPORT_PATH = '/__engines/problems';
/** A same-origin page without the app, where a reused WebKit session clears its storage between tests. */
export const BLANK_PATH = '/__engines/blank';
const CAPTCHA_PATH = '/api/v2/sdk/captcha';

/**
 * Installed before any of the app's scripts: console.error calls, uncaught errors and rejections,
 * resources that fail to load, and CSP violations, each sent to the proxy (sendBeacon survives a
 * navigation) and kept in `window.__engineProblems` for the test to read from the current page.
 */
const WATCHER = `(() => {
  const doc = Math.random().toString(36).slice(2);
  let n = 0;
  const problems = (window.__engineProblems = []);
  const report = (text) => {
    const problem = { id: doc + '-' + n++, text: text + ' (' + location.pathname + ')' };
    problems.push(problem);
    try { navigator.sendBeacon(${JSON.stringify(REPORT_PATH)}, JSON.stringify(problem)); } catch {}
  };
  const describe = (value) => (value instanceof Error ? value.name + ': ' + value.message : typeof value === 'string' ? value : (() => { try { return JSON.stringify(value); } catch { return String(value); } })());
  const error = console.error.bind(console);
  console.error = (...args) => { report('console error: ' + args.map(describe).join(' ')); error(...args); };
  // Loads the page itself abandons by leaving (a test moving on while preloads are in flight) are not failures.
  let leaving = false;
  addEventListener('beforeunload', () => { leaving = true; });
  addEventListener('error', (event) => {
    const target = event.target;
    if (target && target !== window && target.tagName) {
      if (leaving) return;
      const url = target.src || target.href || '';
      // Firefox fires error at a modulepreload link (Vite's preload helper adds them) for a module
      // already fetched (the entry, which boot.js imports): a note, not a failure.
      const fetched = target.rel === 'modulepreload' && performance.getEntriesByName(url).some((entry) => entry.responseStatus === 200);
      report((fetched ? 'note: modulepreload error event for an already fetched module: ' : 'resource failed: ') + '<' + target.tagName.toLowerCase() + '> ' + url);
    }
    else report('page error: ' + (event.error ? describe(event.error) : event.message));
  }, true);
  addEventListener('unhandledrejection', (event) => report('unhandled rejection: ' + describe(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) => report('CSP violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI));
})();
`;

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

export async function startEngineProxy(upstream: string): Promise<EngineProxy> {
  const target = new URL(upstream);
  let config: unknown = {};
  let problems = new Map<string, EngineProblem>();
  let puzzleTokens: string[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === WATCHER_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(WATCHER);
      return;
    }
    if (path === REPORT_PATH && req.method === 'POST') {
      try {
        const problem = JSON.parse((await readBody(req)).toString('utf8')) as EngineProblem;
        problems.set(problem.id, problem);
      } catch {
        problems.set(`unreadable-${problems.size}`, { id: `unreadable-${problems.size}`, text: 'an unreadable problem report' });
      }
      res.writeHead(204).end();
      return;
    }
    if (path === BLANK_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>blank</title>');
      return;
    }
    // Bodies this proxy reads or rewrites come uncompressed; hashed assets pass as they are (brotli and all).
    const headers = { ...req.headers, host: target.host };
    if (!path.startsWith('/assets/')) delete headers['accept-encoding'];
    const body = await readBody(req);
    const upstreamResponse = await new Promise<IncomingMessage>((resolve, reject) => {
      const forward = httpRequest({ hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers }, resolve);
      forward.on('error', reject);
      forward.end(body);
    });
    const status = upstreamResponse.statusCode ?? 502;
    const type = String(upstreamResponse.headers['content-type'] ?? '');
    const rewrite = path === '/config.json' || type.startsWith('text/html') || (path === CAPTCHA_PATH && req.method === 'GET');
    if (!rewrite) {
      res.writeHead(status, upstreamResponse.headers);
      upstreamResponse.pipe(res);
      return;
    }
    let text = (await readBody(upstreamResponse)).toString('utf8');
    if (path === '/config.json' && status === 200) text = JSON.stringify(config);
    else if (type.startsWith('text/html')) text = text.replace(/<head>/i, `<head><script src="${WATCHER_PATH}"></script>`);
    else if (status === 200) {
      const { token } = JSON.parse(text) as { token?: unknown };
      if (typeof token === 'string') puzzleTokens.push(token);
    }
    const outHeaders = { ...upstreamResponse.headers };
    delete outHeaders['content-length'];
    delete outHeaders['etag'];
    delete outHeaders['last-modified'];
    res.writeHead(status, { ...outHeaders, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(`engine proxy: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    begin(next) {
      config = next;
      problems = new Map();
      puzzleTokens = [];
    },
    problems: () => [...problems.values()],
    puzzleTokens: () => [...puzzleTokens],
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
