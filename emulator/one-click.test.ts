import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oneClickScenarioNames, oneClickScenarios } from './carriers.ts';
import { createEmulator, type Emulator } from './server.ts';
import { api, expectError, expectSuccess, freshClientId, SEED_PASSWORD, SEED_PROFILE, testTarget, TestTenant, type Answer } from './test-kit.ts';

/**
 * One-click login against the emulated carriers (`/__carrier/*`) and IDaaS's
 * `login/aliyun-mobile-auth`, over real HTTP. Every test has its own `test-…` tenant.
 */

const AUTH = '/api/v2/sdk/login/aliyun-mobile-auth';
const SHORT_HOLD_MS = 300;

interface CarrierAnswer {
  resultCode?: string;
  msg?: string;
  carrier?: string;
  maskedNumber?: string;
  token?: string;
}

interface Servers {
  /** Test mode, `timeout` holds SHORT_HOLD_MS. */
  main: { emulator: Emulator; server: Server; base: string };
  /** Test mode, `timeout` holds a minute (the abort test). */
  longHold: { emulator: Emulator; server: Server; base: string };
  /** Not in test mode: what `npm run dev` / `npm run emulator` serve. */
  prod: { emulator: Emulator; server: Server; base: string };
}
let servers: Servers;

async function start(options: Parameters<typeof createEmulator>[0]): Promise<Servers['main']> {
  const emulator = await createEmulator({ profile: SEED_PROFILE, ...options });
  const server = await emulator.listen(0, '127.0.0.1');
  return { emulator, server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

beforeAll(async () => {
  servers = {
    main: await start({ testMode: true, carrierTimeoutHoldMs: SHORT_HOLD_MS }),
    longHold: await start({ testMode: true, carrierTimeoutHoldMs: 60_000 }),
    prod: await start({ clientIds: ['demo-client'], testMode: false }),
  };
  testTarget.baseUrl = servers.main.base;
});

afterAll(async () => {
  for (const { server } of Object.values(servers)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

type Step = 'check' | 'prefetch' | 'token';

interface CarrierCall {
  /** undefined: no x-client-id header. */
  clientId: string | undefined;
  body?: unknown;
  rawBody?: string;
  method?: string;
  base?: string;
  signal?: AbortSignal;
}

async function carrier(step: Step | string, call: CarrierCall): Promise<{ status: number; body: CarrierAnswer }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (call.clientId !== undefined) headers['x-client-id'] = call.clientId;
  const init: RequestInit = { method: call.method ?? 'POST', headers };
  const body = call.rawBody ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
  if (body !== undefined) init.body = body;
  if (call.signal) init.signal = call.signal;
  const res = await fetch(`${call.base ?? servers.main.base}/__carrier/${step}`, init);
  return { status: res.status, body: (await res.json()) as CarrierAnswer };
}

/** A carrier token for the tenant, under `scenario` (or the tenant's default). */
async function carrierToken(t: TestTenant, scenario?: string): Promise<string> {
  const answer = await carrier('token', { clientId: t.clientId, body: scenario === undefined ? {} : { scenario } });
  expect(answer).toMatchObject({ status: 200, body: { resultCode: '600000' } });
  expect(answer.body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  return answer.body.token!;
}

function oneClickLogin(t: TestTenant, accessToken: unknown, lang?: 'en' | 'zh'): Promise<{ status: number; body: Answer }> {
  return t.api(AUTH, { json: { access_token: accessToken }, headers: lang === undefined ? {} : { 'X-L': lang } });
}

async function jwks(base: string): Promise<JSONWebKeySet> {
  return (await (await fetch(`${base}/api/v1/oauth2/keys`)).json()) as JSONWebKeySet;
}

async function setOneClick(t: TestTenant, scenario: unknown): Promise<Response> {
  return t.control('PUT', 'one-click', { scenario });
}

async function advanceClock(t: TestTenant, seconds: number): Promise<void> {
  expect((await t.control('POST', 'clock', { advanceSeconds: seconds })).status).toBe(200);
}

async function until(condition: () => boolean, what: string, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const GET_MOBILE_EN = 'Error calling interface GetMobile';
const GET_MOBILE_ZH = '调用 GetMobile 接口出错';

const ok = { resultCode: '600024', msg: 'Terminal environment check supports authentication' };
const prefetched = (carrierName: string, maskedNumber: string) => ({ resultCode: '600000', carrier: carrierName, maskedNumber });
const failure = (resultCode: string, msg: string) => ({ resultCode, msg });
const NO_SIM = failure('600007', 'No SIM card detected');
const NO_DATA = failure('600008', 'Mobile data network not enabled');
const MAINTENANCE = failure('600013', 'Carrier maintenance upgrade, this function is unavailable');
const TOKEN = { resultCode: '600000' };

/** What each scenario answers at check, pre-fetch and token (the `timeout` token is tested on its own). */
const expectedSteps: Record<keyof typeof oneClickScenarios, Record<Step, object | 'hangs'>> = {
  cmcc: { check: ok, prefetch: prefetched('CMCC', '138****0000'), token: TOKEN },
  cucc: { check: ok, prefetch: prefetched('CUCC', '186****0000'), token: TOKEN },
  ctcc: { check: ok, prefetch: prefetched('CTCC', '189****0000'), token: TOKEN },
  '600007': { check: NO_SIM, prefetch: NO_SIM, token: NO_SIM },
  '600008': { check: NO_DATA, prefetch: NO_DATA, token: NO_DATA },
  '600013': { check: MAINTENANCE, prefetch: MAINTENANCE, token: MAINTENANCE },
  '600011': { check: ok, prefetch: prefetched('CMCC', '138****0000'), token: failure('600011', 'Failed to retrieve Token') },
  timeout: { check: ok, prefetch: prefetched('CMCC', '138****0000'), token: 'hangs' },
  rejected: { check: ok, prefetch: prefetched('CMCC', '138****0000'), token: TOKEN },
  unbound: { check: ok, prefetch: prefetched('CMCC', '137****0000'), token: TOKEN },
};

describe('emulated carriers: every scenario at each step', () => {
  const cases = Object.entries(expectedSteps).flatMap(([scenario, steps]) =>
    (Object.entries(steps) as [Step, object | 'hangs'][]).flatMap(([step, answer]) => (answer === 'hangs' ? [] : [{ scenario, step, answer }])),
  );

  it.each(cases)('$scenario at $step, chosen by the page (body)', async ({ scenario, step, answer }) => {
    const t = new TestTenant('steps-body');
    const res = await carrier(step, { clientId: t.clientId, body: { scenario } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(step === 'token' && 'resultCode' in answer && answer.resultCode === '600000' ? { resultCode: '600000', token: expect.any(String) } : answer);
  });

  it.each(cases)('$scenario at $step, chosen by test control', async ({ scenario, step, answer }) => {
    const t = new TestTenant('steps-control');
    expect((await setOneClick(t, scenario)).status).toBe(204);
    const res = await carrier(step, { clientId: t.clientId });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject(answer);
  });

  it('covers every exported scenario', () => {
    expect(Object.keys(expectedSteps).sort()).toEqual(Object.keys(oneClickScenarios).sort());
  });

  it('defaults to cmcc with no body, an empty object, or an empty scenario (`?oneclick=`)', async () => {
    const t = new TestTenant('default');
    for (const body of [undefined, {}, { scenario: '' }, { scenario: null }]) {
      expect((await carrier('prefetch', { clientId: t.clientId, body })).body).toEqual(prefetched('CMCC', '138****0000'));
    }
  });

  it('the page’s scenario beats the one set by test control', async () => {
    const t = new TestTenant('precedence');
    await setOneClick(t, '600008');
    expect((await carrier('check', { clientId: t.clientId })).body).toEqual(NO_DATA);
    expect((await carrier('check', { clientId: t.clientId, body: { scenario: 'ctcc' } })).body).toEqual(ok);
    expect((await carrier('prefetch', { clientId: t.clientId, body: { scenario: 'ctcc' } })).body).toEqual(prefetched('CTCC', '189****0000'));
    // null goes back to the default.
    expect((await setOneClick(t, null)).status).toBe(204);
    expect((await carrier('check', { clientId: t.clientId })).body).toEqual(ok);
  });

  it('keeps a tenant’s scenario to that tenant', async () => {
    const a = new TestTenant('tenant-a');
    const b = new TestTenant('tenant-b');
    await setOneClick(a, '600007');
    expect((await carrier('check', { clientId: a.clientId })).body).toEqual(NO_SIM);
    expect((await carrier('check', { clientId: b.clientId })).body).toEqual(ok);
  });

  it('issues a different, unguessable token every time', async () => {
    const t = new TestTenant('random');
    const tokens = new Set<string>();
    for (let i = 0; i < 20; i += 1) tokens.add(await carrierToken(t));
    expect(tokens.size).toBe(20);
  });
});

describe('emulated carriers: bad requests', () => {
  it('needs a known x-client-id (600017, 400)', async () => {
    for (const clientId of [undefined, '', 'nobody-knows-me']) {
      for (const step of ['check', 'prefetch', 'token'] as const) {
        const res = await carrier(step, { clientId });
        expect(res.status, `${step} ${clientId}`).toBe(400);
        expect(res.body.resultCode).toBe('600017');
        expect(res.body.msg).toMatch(/^App ID, App Key parsing failed: (missing|unknown) x-client-id$/);
      }
    }
  });

  it('refuses an unknown scenario, a body that is not a JSON object, or not JSON (600025, 400)', async () => {
    const t = new TestTenant('bad-body');
    const unknown = await carrier('check', { clientId: t.clientId, body: { scenario: 'cmcc2' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.resultCode).toBe('600025');
    expect(unknown.body.msg).toMatch(/^unknown scenario "cmcc2" \(one of cmcc, cucc, ctcc, /);
    expect((await carrier('token', { clientId: t.clientId, body: { scenario: 600008 } })).body.resultCode).toBe('600025');
    for (const body of [[], 'cmcc', 42]) {
      expect(await carrier('check', { clientId: t.clientId, body })).toMatchObject({ status: 400, body: { resultCode: '600025' } });
    }
    expect(await carrier('check', { clientId: t.clientId, rawBody: '{"scenario":' })).toMatchObject({ status: 400, body: { resultCode: '600025' } });
  });

  it('answers 405 to anything but POST and 404 to an unknown step', async () => {
    const t = new TestTenant('methods');
    expect(await carrier('check', { clientId: t.clientId, method: 'GET' })).toMatchObject({ status: 405, body: { resultCode: '600025' } });
    expect(await carrier('login', { clientId: t.clientId })).toMatchObject({ status: 404, body: { resultCode: '600025' } });
  });
});

describe('aliyun-mobile-auth', () => {
  const carriers = [
    ['cmcc', { id: '20220729174957176-2C7F-A2C54C293', userName: 'zhangsan', name: '张三', mobile: '+86-13800000000' }],
    ['cucc', { id: '20230115093012345-8A1B-C0FFEE006', userName: 'wujiu', name: '吴九', mobile: '+86-18600000000' }],
    ['ctcc', { id: '20230115093012345-8A1B-C0FFEE007', userName: 'zhengshi', name: '郑十', mobile: '+86-18900000000' }],
  ] as const;

  it.each(carriers)('%s: the whole flow ends signed in as the user with that number', async (scenario, user) => {
    const t = new TestTenant(`flow-${scenario}`);
    const body = { scenario };
    expect((await carrier('check', { clientId: t.clientId, body })).body.resultCode).toBe('600024');
    const { maskedNumber } = (await carrier('prefetch', { clientId: t.clientId, body })).body;
    expect(maskedNumber).toBe(`${user.mobile.slice(4, 7)}****${user.mobile.slice(-4)}`);
    const { id_token } = expectSuccess(await oneClickLogin(t, await carrierToken(t, scenario)));
    const { payload } = await jwtVerify(id_token, createLocalJWKSet(await jwks(servers.main.base)), {
      issuer: `${servers.main.base}/api/v1/oauth2`,
      audience: t.clientId,
    });
    expect(payload).toMatchObject({ ...user, sub: user.id });
  });

  it('answers like the other logins: the tenant scenario applies (access-denied)', async () => {
    const t = new TestTenant('like-others');
    await t.scenario('access-denied');
    const res = await oneClickLogin(t, await carrierToken(t));
    expect(res).toEqual({ status: 200, body: { status: 'ACCESS_DENIED' } });
  });

  it('takes a token once: the second use is refused with LOGIN.1001 GetMobile', async () => {
    const t = new TestTenant('single-use');
    const token = await carrierToken(t);
    expectSuccess(await oneClickLogin(t, token));
    expectError(await oneClickLogin(t, token, 'en'), 'IDAAS.SDK.LOGIN.1001', GET_MOBILE_EN);
  });

  it('refuses a token after its 120 s (tenant clock), accepts it just before', async () => {
    const t = new TestTenant('expiry');
    const early = await carrierToken(t);
    const late = await carrierToken(t);
    await advanceClock(t, 119);
    expectSuccess(await oneClickLogin(t, early));
    await advanceClock(t, 1);
    expectError(await oneClickLogin(t, late), 'IDAAS.SDK.LOGIN.1001', GET_MOBILE_ZH);
  });

  it('refuses a token of the rejected scenario, and burns it', async () => {
    const t = new TestTenant('rejected');
    const token = await carrierToken(t, 'rejected');
    expectError(await oneClickLogin(t, token, 'en'), 'IDAAS.SDK.LOGIN.1001', GET_MOBILE_EN);
    expectError(await oneClickLogin(t, token, 'zh'), 'IDAAS.SDK.LOGIN.1001', GET_MOBILE_ZH);
  });

  it('honours the live error style', async () => {
    const t = new TestTenant('live');
    await t.profile({ errorCodes: 'live' });
    expectError(await oneClickLogin(t, await carrierToken(t, 'rejected')), 'SDK.LOGIN.1001', GET_MOBILE_ZH);
    expectError(await oneClickLogin(t, await carrierToken(t, 'unbound')), 'SDK.LOGIN.1002', '用户未绑定');
  });

  it('refuses an unknown token, and a token of another tenant', async () => {
    const t = new TestTenant('unknown');
    const other = new TestTenant('other');
    expectError(await oneClickLogin(t, 'STsid0000001512438403572hQSEygBwiYc9fIw0vExdI4X3GMkI5UVw', 'en'), 'IDAAS.SDK.LOGIN.1001', GET_MOBILE_EN);
    expectError(await oneClickLogin(t, await carrierToken(other)), 'IDAAS.SDK.LOGIN.1001');
  });

  it('answers LOGIN.1002 "User not bound" for a number no user has (unbound)', async () => {
    const t = new TestTenant('unbound');
    expectError(await oneClickLogin(t, await carrierToken(t, 'unbound'), 'en'), 'IDAAS.SDK.LOGIN.1002', 'User not bound');
  });

  it('needs access_token (COMMON.1001 naming it), as a string (COMMON.1007)', async () => {
    const t = new TestTenant('missing');
    expectError(await t.api(AUTH, { json: {}, headers: { 'X-L': 'en' } }), 'IDAAS.SDK.COMMON.1001', 'Parameter access_token cannot be left blank');
    expectError(await oneClickLogin(t, ''), 'IDAAS.SDK.COMMON.1001', '参数 access_token 不能为空');
    expectError(await oneClickLogin(t, 42), 'IDAAS.SDK.COMMON.1007');
  });

  it('needs X-client-id and the device headers like every API call', async () => {
    const t = new TestTenant('headers');
    const token = await carrierToken(t);
    expectError(await api(undefined, AUTH, { json: { access_token: token } }), 'IDAAS.SDK.COMMON.1001');
    expectError(await t.api(AUTH, { json: { access_token: token }, omit: ['X-agent'] }), 'IDAAS.SDK.COMMON.1003');
    // Refused before the token was looked at: it still works.
    expectSuccess(await oneClickLogin(t, token));
  });
});

describe('the timeout scenario', () => {
  it('holds the token request, then answers 600015', async () => {
    const t = new TestTenant('timeout');
    const started = performance.now();
    const res = await carrier('token', { clientId: t.clientId, body: { scenario: 'timeout' } });
    const elapsed = performance.now() - started;
    expect(res).toEqual({ status: 200, body: { resultCode: '600015', msg: 'Interface timeout' } });
    expect(elapsed).toBeGreaterThanOrEqual(SHORT_HOLD_MS - 5);
    expect(servers.main.emulator.carriers.pendingHolds).toBe(0);
  });

  it('also when the scenario comes from test control; check and pre-fetch answer at once', async () => {
    const t = new TestTenant('timeout-control');
    await setOneClick(t, 'timeout');
    expect((await carrier('check', { clientId: t.clientId })).body).toEqual(ok);
    expect((await carrier('token', { clientId: t.clientId })).body.resultCode).toBe('600015');
  });

  it('frees the held request as soon as the client gives up (no timer left behind)', async () => {
    const { emulator, base } = servers.longHold;
    const clientId = freshClientId('abort');
    const controller = new AbortController();
    const pending = carrier('token', { clientId, body: { scenario: 'timeout' }, base, signal: controller.signal });
    await until(() => emulator.carriers.pendingHolds === 1, 'the request to be held');
    const timersWhileHeld = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    controller.abort();
    await expect(pending).rejects.toThrow();
    await until(() => emulator.carriers.pendingHolds === 0, 'the hold to be released');
    expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBeLessThan(timersWhileHeld);
    // The emulator still answers.
    expect((await carrier('check', { clientId, base })).body).toEqual(ok);
  });
});

describe('test control', () => {
  it('validates PUT one-click', async () => {
    const t = new TestTenant('validate');
    for (const body of [{ scenario: 'nope' }, { scenario: 7 }, {}, ['cmcc']]) {
      const res = await t.control('PUT', 'one-click', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as Answer).error_msg).toMatch(/^scenario must be null or one of cmcc, cucc, ctcc|expected a JSON object/);
    }
    const unknownTenant = await fetch(`${servers.main.base}/__emulator/tenants/not-a-test-tenant/one-click`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenario: 'cmcc' }),
    });
    expect(unknownTenant.status).toBe(404);
    expect((await carrier('check', { clientId: t.clientId })).body).toEqual(ok);
  });

  it('lists the one-click scenarios apart, leaving /__emulator/scenarios as it was', async () => {
    const oneClick = (await (await fetch(`${servers.main.base}/__emulator/one-click-scenarios`)).json()) as Record<string, string>;
    expect(oneClick).toEqual(oneClickScenarios);
    expect(Object.keys(oneClick).sort()).toEqual(['600007', '600008', '600011', '600013', 'cmcc', 'ctcc', 'cucc', 'rejected', 'timeout', 'unbound']);
    expect([...oneClickScenarioNames].sort()).toEqual(Object.keys(oneClick).sort());
    const tenantScenarios = (await (await fetch(`${servers.main.base}/__emulator/scenarios`)).json()) as Record<string, string>;
    expect(Object.keys(tenantScenarios)).toEqual(['normal', 'mfa-required', 'access-denied', 'hostile-regexes']);
  });

  it('tenant reset clears the one-click scenario and the carrier tokens', async () => {
    const t = new TestTenant('reset');
    const token = await carrierToken(t);
    await setOneClick(t, '600013');
    expect((await t.control('POST', 'reset')).status).toBe(204);
    expect((await carrier('check', { clientId: t.clientId })).body).toEqual(ok);
    expectError(await oneClickLogin(t, token), 'IDAAS.SDK.LOGIN.1001');
  });

  it('global reset clears them too', async () => {
    const t = new TestTenant('global-reset');
    const token = await carrierToken(t);
    await setOneClick(t, '600007');
    expect((await fetch(`${servers.main.base}/__emulator/reset`, { method: 'POST' })).status).toBe(204);
    expect((await carrier('check', { clientId: t.clientId })).body).toEqual(ok);
    expectError(await oneClickLogin(t, token), 'IDAAS.SDK.LOGIN.1001');
  });

  it('lists the carrier users among the seeded users, who sign in with the seed password', async () => {
    const { users } = (await (await fetch(`${servers.main.base}/__emulator/users`)).json()) as { users: { userName: string; mobile?: string }[] };
    expect(users).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userName: 'wujiu', name: '吴九', mobile: '+86-18600000000', email: 'wujiu@example.com' }),
        expect.objectContaining({ userName: 'zhengshi', name: '郑十', mobile: '+86-18900000000', email: 'zhengshi@example.com' }),
      ]),
    );
    const t = new TestTenant('carrier-users');
    expectSuccess(await t.login('wujiu', SEED_PASSWORD));
    expectSuccess(await t.api('/api/v2/sdk/login/mobile-pwd', { json: { mobile: '18900000000', password: SEED_PASSWORD } }));
  });
});

describe('outside test mode (npm run dev, npm run emulator)', () => {
  it('serves the carriers and aliyun-mobile-auth for the configured client id', async () => {
    const { base } = servers.prod;
    const body = { scenario: 'cucc' };
    expect((await carrier('check', { clientId: 'demo-client', body, base })).body).toEqual(ok);
    expect((await carrier('prefetch', { clientId: 'demo-client', body, base })).body).toEqual(prefetched('CUCC', '186****0000'));
    const token = (await carrier('token', { clientId: 'demo-client', body, base })).body.token;
    const { id_token } = expectSuccess(await api('demo-client', AUTH, { json: { access_token: token }, base }));
    const { payload } = await jwtVerify(id_token, createLocalJWKSet(await jwks(base)), { audience: 'demo-client' });
    expect(payload.mobile).toBe('+86-18600000000');
  });

  it('has no one-click test control, and knows no test-… tenants', async () => {
    const { base } = servers.prod;
    for (const path of ['/__emulator/one-click-scenarios', '/__emulator/tenants/demo-client/one-click']) {
      const res = await fetch(`${base}${path}`, { method: path.endsWith('one-click') ? 'PUT' : 'GET', body: path.endsWith('one-click') ? '{"scenario":"600008"}' : null });
      expect(res.status, path).toBe(404);
    }
    expect((await carrier('check', { clientId: 'demo-client', base })).body).toEqual(ok);
    expect((await carrier('check', { clientId: freshClientId('prod'), base })).body.resultCode).toBe('600017');
  });
});
