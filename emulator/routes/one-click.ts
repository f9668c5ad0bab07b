import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  CARRIER_TOKEN_TTL_MS,
  carrierMessages,
  DEFAULT_ONE_CLICK_SCENARIO,
  isOneClickScenario,
  maskNumber,
  oneClickScenarioNames,
  phoneFor,
  type CarrierCode,
  type OneClickScenario,
} from '../carriers.ts';
import type { ApiArea } from '../context.ts';
import { readBody, send, UnreadableBody, type EmulatorResponse } from '../http.ts';
import { randomToken } from '../keys.ts';
import { loginResult } from '../sessions.ts';
import type { TenantRegistry } from '../tenant.ts';

/**
 * The Aliyun number-authentication API IDaaS calls with the carrier token to learn the number
 * (Dypnsapi `GetMobile`). When it yields no number, IDaaS answers LOGIN.1001 naming it.
 */
const ALIYUN_GET_MOBILE = 'GetMobile';

/**
 * `POST /api/v2/sdk/login/aliyun-mobile-auth {access_token}`: IDaaS swaps the carrier token for
 * the number (through Aliyun) and signs in the user who has it.
 *
 * A token that yields no number (unknown, already used, older than its 2 minutes, or one the
 * carrier refuses: the `rejected` scenario) answers LOGIN.1001 "Error calling interface GetMobile".
 * Of the tenant's codes (messages.ts) it is the one that says what happened: IDaaS's call to Aliyun failed. COMMON.1005
 * ("The {0} has failed") would fit an expired token but not a refused one, and all four cases look
 * the same from IDaaS's side (Aliyun answers no number), so they get one answer. A number without a
 * user is LOGIN.1002 "User not bound". Presenting a token burns it, whatever the outcome.
 */
export const oneClickArea: ApiArea = {
  routes: [
    [
      'POST',
      '/api/v2/sdk/login/aliyun-mobile-auth',
      (call) => {
        const accessToken = call.requiredString('access_token');
        const { tenant } = call;
        const token = tenant.oneClick.take(accessToken, call.now);
        if (!token || token.rejected) throw call.error('LOGIN.1001', ALIYUN_GET_MOBILE);
        const user = tenant.userByMobile(token.mobile);
        if (!user) throw call.error('LOGIN.1002');
        return loginResult(call, user);
      },
    ],
  ],
};

function carrierAnswer(status: number, resultCode: CarrierCode, extra: Record<string, string> = {}): EmulatorResponse {
  return { status, body: { resultCode, msg: carrierMessages[resultCode], ...extra } };
}

const CARRIER_STEPS = ['check', 'prefetch', 'token'] as const;
type CarrierStep = (typeof CARRIER_STEPS)[number];

function isCarrierStep(value: string): value is CarrierStep {
  return (CARRIER_STEPS as readonly string[]).includes(value);
}

export const CARRIER_PREFIX = '/__carrier/';

/**
 * The emulated carriers at `/__carrier/{check,prefetch,token}` (POST, JSON `{scenario?}`, tenant by
 * `x-client-id`). Always on, test mode or not: the SPA's `emulator` one-click provider calls them
 * under `npm run dev`. Answers are the Aliyun SDK's result dictionaries (`resultCode`, `msg`, …).
 */
export class EmulatedCarriers {
  private readonly holds = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly tenants: TenantRegistry,
    /** How long the `timeout` scenario holds a token request before answering 600015. */
    private readonly timeoutHoldMs: number,
  ) {}

  /** Token requests being held by the `timeout` scenario right now (each holds one timer). */
  get pendingHolds(): number {
    return this.holds.size;
  }

  async handle(raw: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    let body: unknown;
    let unreadable: UnreadableBody | undefined;
    try {
      body = await readBody(raw);
    } catch (error) {
      if (!(error instanceof UnreadableBody)) throw error;
      unreadable = error;
    }
    const step = path.slice(CARRIER_PREFIX.length);
    if (!isCarrierStep(step)) {
      return send(res, { status: 404, body: { resultCode: '600025', msg: `no carrier endpoint ${path} (check, prefetch, token)` } });
    }
    if (raw.method !== 'POST') return send(res, { status: 405, body: { resultCode: '600025', msg: `${path} takes POST` } });
    const clientIdHeader = raw.headers['x-client-id'];
    const clientId = (Array.isArray(clientIdHeader) ? clientIdHeader[0] : clientIdHeader)?.trim();
    const tenant = clientId ? this.tenants.get(clientId) : undefined;
    if (!tenant) {
      return send(res, carrierAnswer(400, '600017', { msg: `${carrierMessages['600017']}: ${clientId ? 'unknown' : 'missing'} x-client-id` }));
    }
    if (unreadable) return send(res, carrierAnswer(400, '600025', { msg: `${carrierMessages['600025']}: body ${unreadable.reason}` }));
    const scenario = this.scenarioOf(body, tenant.oneClick.scenario);
    if (typeof scenario !== 'string') return send(res, scenario);
    const phone = phoneFor(scenario);

    if (phone.environmentFailure) return send(res, carrierAnswer(200, phone.environmentFailure));
    if (step === 'check') return send(res, carrierAnswer(200, '600024'));
    if (step === 'prefetch') return send(res, { status: 200, body: { resultCode: '600000', carrier: phone.carrier, maskedNumber: maskNumber(phone.mobile) } });
    if (phone.token === 'fails') return send(res, carrierAnswer(200, '600011'));
    if (phone.token === 'hangs') {
      if (await this.hold(res)) send(res, carrierAnswer(200, '600015'));
      return;
    }
    const token = randomToken(32);
    const now = tenant.now();
    tenant.oneClick.issue(token, { mobile: phone.mobile, carrier: phone.carrier, expiresAt: now + CARRIER_TOKEN_TTL_MS, rejected: phone.token === 'rejected' }, now);
    send(res, { status: 200, body: { resultCode: '600000', token } });
  }

  /** The body's scenario when it names one, else the tenant's (test control), else `cmcc`; or the 400 answer for a bad one. */
  private scenarioOf(body: unknown, tenantDefault: OneClickScenario | undefined): OneClickScenario | EmulatorResponse {
    const badRequest = (msg: string): EmulatorResponse => ({ status: 400, body: { resultCode: '600025', msg } });
    if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) return badRequest('body must be a JSON object');
    const value = body === undefined ? undefined : (body as Record<string, unknown>).scenario;
    // `?oneclick=` with no value arrives as "": no scenario chosen.
    if (value === undefined || value === null || value === '') return tenantDefault ?? DEFAULT_ONE_CLICK_SCENARIO;
    if (!isOneClickScenario(value)) {
      return badRequest(`unknown scenario ${JSON.stringify(value)} (one of ${oneClickScenarioNames.join(', ')})`);
    }
    return value;
  }

  /** Waits the hold; resolves false (and frees the timer at once) when the client goes away first. */
  private hold(res: ServerResponse): Promise<boolean> {
    return new Promise((resolve) => {
      if (res.destroyed || !res.socket || res.socket.destroyed) {
        resolve(false);
        return;
      }
      const finish = (elapsed: boolean): void => {
        clearTimeout(timer);
        this.holds.delete(timer);
        res.off('close', onClose);
        resolve(elapsed);
      };
      const onClose = (): void => finish(false);
      const timer = setTimeout(() => finish(true), this.timeoutHoldMs);
      this.holds.add(timer);
      res.once('close', onClose);
    });
  }
}
