import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request as route handlers see it: parsed once, headers lower-cased by Node. */
export interface EmulatorRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** Origin the client used, for the token issuer (honours a proxy's X-Forwarded-* headers). */
  origin: string;
}

export interface EmulatorResponse {
  status: number;
  /** undefined = empty body (some IDaaS successes are an empty HTTP 200). */
  body?: unknown;
  headers?: Record<string, string>;
}

/** Thrown by handlers; turned into the tenant's `{error_code, error_msg}` answer. */
export class TenantError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    readonly errorMsg: string,
  ) {
    super(`${errorCode}: ${errorMsg}`);
  }
}

export type Handler = (req: EmulatorRequest, params: Record<string, string>) => EmulatorResponse | Promise<EmulatorResponse>;

interface Route<H> {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: H;
}

/** A minimal method + path router; `:name` segments become params. */
export class Router<H = Handler> {
  private readonly routes: Route<H>[] = [];

  add(method: string, path: string, handler: H): this {
    const keys: string[] = [];
    const source = path.replace(/:([a-zA-Z]+)/g, (_m, key: string) => {
      keys.push(key);
      return '([^/]+)';
    });
    this.routes.push({ method, pattern: new RegExp(`^${source}$`), keys, handler });
    return this;
  }

  match(method: string, path: string): { handler: H; params: Record<string, string> } | 'method-not-allowed' | undefined {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      try {
        route.keys.forEach((key, i) => {
          params[key] = decodeURIComponent(m[i + 1] ?? '');
        });
      } catch {
        return undefined; // A malformed %-escape names nothing that exists.
      }
      return { handler: route.handler, params };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }
}

const MAX_BODY_BYTES = 64 * 1024;

/** A body the tenant cannot read; the caller words it in the request's language and error style. */
export class UnreadableBody extends Error {
  constructor(readonly reason: 'not-json' | 'too-large') {
    super(reason);
  }
}

/** The JSON body, undefined when empty, or an UnreadableBody (thrown) when it is not JSON or too large. */
export async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new UnreadableBody('too-large');
    chunks.push(buf);
  }
  if (size === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UnreadableBody('not-json');
  }
}

export function requestOrigin(req: IncomingMessage): string {
  const forwardedHost = req.headers['x-forwarded-host'];
  const forwardedProto = req.headers['x-forwarded-proto'];
  const host = (Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost) ?? req.headers.host ?? 'localhost';
  const proto = (Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto) ?? 'http';
  return `${proto.split(',')[0]?.trim() ?? 'http'}://${host.split(',')[0]?.trim() ?? host}`;
}

export function send(res: ServerResponse, response: EmulatorResponse): void {
  const headers: Record<string, string> = { 'cache-control': 'no-store', ...response.headers };
  if (response.body === undefined) {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  if (typeof response.body === 'string' && headers['content-type']) {
    res.writeHead(response.status, headers);
    res.end(response.body);
    return;
  }
  res.writeHead(response.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(response.body));
}

export function json(body: unknown, status = 200): EmulatorResponse {
  return { status, body };
}

export function header(req: EmulatorRequest, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? undefined : first;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
