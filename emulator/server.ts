import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApiCall, requestLanguage, type ApiArea, type ApiHandler } from './context.ts';
import { header, readBody, requestOrigin, Router, send, sleep, TenantError, UnreadableBody, type EmulatorRequest, type EmulatorResponse } from './http.ts';
import { generateSigningKeys, type SigningKeys } from './keys.ts';
import { tenantError, type ErrorStyle } from './messages.ts';
import { captchaArea } from './routes/captcha.ts';
import { controlRouter } from './routes/control.ts';
import { countryCodesArea } from './routes/country-codes.ts';
import { loginArea } from './routes/login.ts';
import { CARRIER_PREFIX, EmulatedCarriers, oneClickArea } from './routes/one-click.ts';
import { passwordArea } from './routes/password.ts';
import { registerArea } from './routes/register.ts';
import { smsArea } from './routes/sms.ts';
import { tokensArea } from './routes/tokens.ts';
import { TenantRegistry, type ExtensionAttribute, type Fault, type TenantConfig, type TenantProfile } from './tenant.ts';

/** The areas of the tenant API the emulator implements. */
const areas: readonly ApiArea[] = [loginArea, passwordArea, captchaArea, smsArea, registerArea, countryCodesArea, tokensArea, oneClickArea];

/** Headers a real tenant insists on (`SDK.COMMON.1003` "Device information is incomplete" otherwise). */
const DEVICE_HEADERS = ['x-device-fingerprint', 'x-operating-sys-version', 'x-agent'] as const;

export const DEFAULT_CLIENT_ID = 'demo-client';

export interface EmulatorOptions {
  /** Client ids of the tenant's applications (default: `demo-client`). */
  clientIds?: readonly string[];
  /** Enables `/__emulator/*` test control and on-demand `test-…` tenants. Never on in production. */
  testMode?: boolean;
  now?: () => number;
  /** The tenant-defined user attributes registration accepts in `extension` (default: `age` (number), `employee_no`). */
  extensionAttributes?: readonly ExtensionAttribute[];
  /** Told of every SMS sent (the codes a developer types in under `npm run dev`). */
  onSms?: TenantConfig['onSms'];
  /** What every tenant plays at start and after a reset (default: the `live` profile). */
  profile?: TenantProfile;
  /** How long the `timeout` one-click scenario holds a `/__carrier/token` request before answering 600015 (default 30 000 ms). */
  carrierTimeoutHoldMs?: number;
}

export interface Emulator {
  /** Handles emulator paths; resolves false for anything else (so it can sit in front of a dev server). */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  listen(port: number, host: string): Promise<Server>;
  readonly tenants: TenantRegistry;
  readonly keys: SigningKeys;
  /** The emulated carriers (`/__carrier/*`); `pendingHolds` counts token requests the `timeout` scenario is holding. */
  readonly carriers: { readonly pendingHolds: number };
}

export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const testMode = options.testMode ?? false;
  const now = options.now ?? Date.now;
  const keys = await generateSigningKeys();
  const tenants = new TenantRegistry(
    options.clientIds ?? [DEFAULT_CLIENT_ID],
    testMode,
    now,
    {
      ...(options.extensionAttributes === undefined ? {} : { extensionAttributes: options.extensionAttributes }),
      ...(options.onSms === undefined ? {} : { onSms: options.onSms }),
      ...(options.profile === undefined ? {} : { profile: options.profile }),
    },
  );
  const apiRouter = new Router<ApiHandler>();
  for (const area of areas) {
    for (const [method, path, handler] of area.routes) apiRouter.add(method, path, handler);
  }
  const control = controlRouter(tenants);
  const carriers = new EmulatedCarriers(tenants, options.carrierTimeoutHoldMs ?? 30_000);

  async function handleApi(raw: IncomingMessage, res: ServerResponse, req: EmulatorRequest): Promise<void> {
    const lang = requestLanguage(req);
    const clientId = header(req, 'x-client-id');
    // Before a tenant is known, its profile is not: the emulator's start-up profile words these.
    if (clientId === undefined) throw tenantError('COMMON.1001', lang, tenants.startProfile.behaviour.errorCodes, 'X-client-id');
    const tenant = tenants.get(clientId);
    if (!tenant) throw tenantError('COMMON.1012', lang, tenants.startProfile.behaviour.errorCodes);
    tenant.requestLog.push({ method: req.method, path: req.path, at: now() });

    const fault = tenant.takeFault(req.path);
    if (fault && (await applyFault(fault, raw, res, tenant.behaviour.errorCodes))) return;
    const call = new ApiCall(req, tenant, keys);

    if (DEVICE_HEADERS.some((name) => header(req, name) === undefined)) throw call.error('COMMON.1003');
    // BambooCloud's reference lists Content-Type as required on every request, GETs included (docs/tenant-api.md, "Every request").
    if (tenant.behaviour.contentTypeRequired && !isJsonContentType(header(req, 'content-type'))) return send(res, unsupportedMediaType(req.path, now()));
    try {
      req.body = await readBody(raw);
    } catch (error) {
      if (!(error instanceof UnreadableBody)) throw error;
      throw call.error(error.reason === 'not-json' ? 'COMMON.1002' : 'COMMON.1006', 'body');
    }
    const match = apiRouter.match(req.method, req.path);
    if (match === undefined) return send(res, { status: 404, body: { error_code: 'NOT_FOUND', error_msg: `No API at ${req.path}` } });
    if (match === 'method-not-allowed') return send(res, { status: 405, body: { error_code: 'METHOD_NOT_ALLOWED', error_msg: req.method } });
    send(res, await match.handler(call, match.params));
  }

  async function handle(raw: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(raw.url ?? '/', 'http://emulator.invalid');
    const path = url.pathname;
    const isApi = path.startsWith('/api/v2/sdk/');
    const isKeys = path === '/api/v1/oauth2/keys';
    const isControl = testMode && path.startsWith('/__emulator/');
    // The emulated carriers run whenever the emulator does: the SPA's `emulator` one-click provider needs them under `npm run dev`.
    const isCarrier = path.startsWith(CARRIER_PREFIX);
    if (!isApi && !isKeys && !isControl && !isCarrier) return false;
    try {
      if (isCarrier) {
        await carriers.handle(raw, res, path);
        return true;
      }
      if (isKeys) {
        send(res, { status: 200, body: keys.jwks, headers: { 'cache-control': 'public, max-age=300' } });
        return true;
      }
      const req: EmulatorRequest = {
        method: raw.method ?? 'GET',
        path,
        query: url.searchParams,
        headers: raw.headers,
        body: undefined,
        origin: requestOrigin(raw),
      };
      if (isApi) {
        await handleApi(raw, res, req);
      } else {
        try {
          req.body = await readBody(raw);
        } catch (error) {
          if (!(error instanceof UnreadableBody)) throw error;
          throw new TenantError(400, 'EMULATOR.CONTROL', `body: ${error.reason}`);
        }
        const match = control.match(req.method, path);
        if (match === undefined || match === 'method-not-allowed') send(res, { status: 404, body: { error: 'no such control endpoint' } });
        else send(res, await match.handler(req, match.params));
      }
    } catch (error) {
      if (!res.headersSent && !res.destroyed) send(res, errorResponse(error));
    }
    return true;
  }

  return {
    handle,
    tenants,
    keys,
    carriers,
    listen(port, host) {
      const server = createServer((req, res) => {
        void handle(req, res).then((handled) => {
          if (!handled) send(res, { status: 404, body: { error: 'not an emulator path' } });
        });
      });
      // Clients reuse idle connections (the tests' control calls): a socket the server closes just
      // as a client reuses it resets that request (ECONNRESET, a CI run), so the server waits longer.
      server.keepAliveTimeout = 65_000;
      server.headersTimeout = 66_000;
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(server));
      });
    },
  };
}

function errorResponse(error: unknown, status?: number): EmulatorResponse {
  if (error instanceof TenantError) return { status: status ?? error.status, body: { error_code: error.errorCode, error_msg: error.errorMsg } };
  console.error('[emulator] unexpected error', error);
  return systemBusy(status);
}

/**
 * A request without `Content-Type: application/json` where the tenant requires it. The reference
 * does not say how it is refused: the emulator answers as the tenant's framework (Spring) does, a
 * 415 that is not in the tenant's error shape (docs/tenant-api.md, "Every request").
 */
function unsupportedMediaType(path: string, at: number): EmulatorResponse {
  return { status: 415, body: { timestamp: new Date(at).toISOString(), status: 415, error: 'Unsupported Media Type', path } };
}

/** `application/json`, with or without parameters (`;charset=utf8`). */
function isJsonContentType(value: string | undefined): boolean {
  return value !== undefined && value.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** COMMON.1008 "system busy", the tenant's answer to its own failures, in its code style. */
function systemBusy(status?: number, style: ErrorStyle = 'seed'): EmulatorResponse {
  return errorResponse(tenantError('COMMON.1008', 'zh', style), status);
}

/** Applies an injected fault; resolves true when it has answered (or dropped) the request itself. */
async function applyFault(fault: Fault, raw: IncomingMessage, res: ServerResponse, style: ErrorStyle): Promise<boolean> {
  if (fault.latencyMs) await sleep(fault.latencyMs);
  if (fault.drop) {
    raw.socket.destroy();
    return true;
  }
  if (fault.body === 'malformed') {
    send(res, { status: fault.status ?? 200, body: '{"status":"SUCCESS","session_tok', headers: { 'content-type': 'application/json' } });
    return true;
  }
  if (fault.body === 'html') {
    send(res, { status: fault.status ?? 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', headers: { 'content-type': 'text/html' } });
    return true;
  }
  if (fault.body === 'empty') {
    send(res, { status: fault.status ?? 200 });
    return true;
  }
  if (fault.status !== undefined) {
    send(res, systemBusy(fault.status, style));
    return true;
  }
  return false;
}
