import { describe, expect, it, vi } from 'vitest';
import { createIdaasClient, loadClientCode, type IdaasClient } from './client';
import { asIdaasError, IdaasError } from './errors';
import { JSON_CONTENT_TYPE, type ApiLanguage, type TransportOptions } from './transport';

// ---------------------------------------------------------------------------------------------
// A fake tenant: a `fetch` that records every request and answers from a script.
// ---------------------------------------------------------------------------------------------

type FetchFn = NonNullable<TransportOptions['fetch']>;

interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  /** The raw body as sent, or undefined when the request had none. */
  body: string | undefined;
  signal: AbortSignal | undefined;
}

type Responder = (request: RecordedRequest) => Response | Promise<Response>;

function fakeTenant(respond: Responder = () => json(successAnswer)) {
  const requests: RecordedRequest[] = [];
  const fetch: FetchFn = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = init?.body;
    const request: RecordedRequest = {
      url,
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: body === undefined || body === null ? undefined : String(body),
      signal: init?.signal ?? undefined,
    };
    requests.push(request);
    return respond(request);
  };
  return { fetch, requests };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function text(body: string, status = 200, contentType = 'application/json'): Response {
  return new Response(body, { status, headers: { 'content-type': contentType } });
}

const device = {
  fingerprint: '6f1c2d7e-3b4a-4c5d-9e8f-0a1b2c3d4e5f',
  operatingSystem: 'iOS 17.4',
  agent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
};

const TENANT = 'https://tenant.example.idaas.cn';

function clientWith(respond?: Responder, overrides: Partial<TransportOptions> = {}) {
  const tenant = fakeTenant(respond);
  const client = createIdaasClient({
    baseUrl: TENANT,
    clientId: 'client-123',
    device,
    language: () => 'zh',
    timeoutMs: 5_000,
    isOnline: () => true,
    fetch: tenant.fetch,
    ...overrides,
  });
  return { client, requests: tenant.requests };
}

/** Awaits a call that must fail and hands back its IdaasError. */
async function failureOf(promise: Promise<unknown>): Promise<IdaasError> {
  let outcome: unknown;
  try {
    outcome = await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(IdaasError);
    return error as IdaasError;
  }
  throw new Error(`expected the call to fail, it answered ${JSON.stringify(outcome)}`);
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0]!;
}

// ---------------------------------------------------------------------------------------------
// Answers taken from the contract (docs/tenant-api.md) and the seeds.
// ---------------------------------------------------------------------------------------------

const successAnswer = { status: 'SUCCESS', session_token: 'sess-1', id_token: 'eyJ.id.token', expire: 432000 };

/** The SDK documents' PASSWORD_WARN example, verbatim (`data` is a JSON string holding the policy of emulator/policy.ts). */
const seedPasswordWarnBody = String.raw`{
"status": "PASSWORD_WARN",
"state_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ7XCJ1c2VySWRcIjpcIjIwMjIwMjExMTY0NDUwNjk5LTE2M0QtNTVFMEI1RTRCXCIsXCJzdGF0dXNcIjpcIlBBU1NXT1JEX0VYUElSRURcIn0iLCJleHAiOjE2NDQ1NzEzNjAsImlhdCI6MTY0NDU2OTU2MCwianRpIjoiMTY0NDU2OTU2MDIwNDAifQ.WGk9GGQGmKsmo4UmCzKfiC9x1Fj0WBowdO7jEStMvB4",
"data": "{\"maxLength\":18,\"minLength\":8,\"regEx\":\"^(?![a-zA-Z]+$)(?![A-Z0-9]+$)(?![A-Z~!#$%&+\\\\-,*:;<=>@_?^、` + '`' + String.raw`~\\\\./]+$)(?![a-z0-9]+$)(?![a-z~!#$%&+\\\\-,*:;<=>@_?^、` + '`' + String.raw`~\\\\./]+$)(?![0-9~!#$%&+\\\\-,*:;<=>@_?^、` + '`' + String.raw`~\\\\./]+$)[a-zA-Z0-9~!#$%&+\\\\-,*:;<=>@_?^、` + '`' + String.raw`~\\\\./]{1,}$\",\"tip\":\"至少包含数字、大写字母、小写字母和特殊字符中的3种\"}"
}`;

/** The policy as the emulator holds it (emulator/policy.ts `seedPasswordPolicy`, zh tip). */
const seedRegEx =
  '^(?![a-zA-Z]+$)(?![A-Z0-9]+$)(?![A-Z~!#$%&+\\-,*:;<=>@_?^、`~\\./]+$)(?![a-z0-9]+$)(?![a-z~!#$%&+\\-,*:;<=>@_?^、`~\\./]+$)(?![0-9~!#$%&+\\-,*:;<=>@_?^、`~\\./]+$)[a-zA-Z0-9~!#$%&+\\-,*:;<=>@_?^、`~\\./]{1,}$';
const seedPolicyData = JSON.stringify({ maxLength: 18, minLength: 8, regEx: seedRegEx, tip: '至少包含数字、大写字母、小写字母和特殊字符中的3种' });

/** The SDK documents' country-codes example, verbatim (the first five of emulator/data/country-codes.ts). */
const seedCountryCodesBody = String.raw`{
"phoneAreaCodeDefinitions": [
{ "areaCode": "86", "displayMapping": { "zh-TW": "中國大陸", "en": "China", "zh-CN": "中国大陆" }, "countryCode": "CN", "mobileRegex": "^(\\+86){0,1}\\-?1\\d{10}$", "areaCodeSuffixes": [] },
{ "areaCode": "852", "displayMapping": { "zh-TW": "中國香港", "en": "Hong Kong", "zh-CN": "中国香港" }, "countryCode": "HK", "mobileRegex": "^(\\+852){1}\\-?0{0,1}[1,4,5,6,7,8,9](?:\\d{7}|\\d{8}|\\d{12})$", "areaCodeSuffixes": [] },
{ "areaCode": "886", "displayMapping": { "zh-TW": "中國臺灣", "en": "Taiwan", "zh-CN": "中国台湾" }, "countryCode": "TW", "mobileRegex": "^(\\+886){1}\\-?[6,7,9](?:\\d{7}|\\d{8})$", "areaCodeSuffixes": [] },
{ "areaCode": "853", "displayMapping": { "zh-TW": "中國澳門", "en": "Macau", "zh-CN": "中国澳门" }, "countryCode": "MO", "mobileRegex": "^(\\+853){1}\\-?0{0,1}[1,4,5,6,7,8,9](?:\\d{7}|\\d{8}|\\d{12})$", "areaCodeSuffixes": [] },
{ "areaCode": "93", "displayMapping": { "zh-TW": "阿富汗", "en": "Afghanistan", "zh-CN": "阿富汗" }, "countryCode": "AF", "mobileRegex": "^(\\+93){1}\\-\\d{6,11}", "areaCodeSuffixes": [] }
],
"preferredAreaCode": "CN"
}`;

const captchaAnswer = { token: 'captcha-tok', secretKey: 'k3y', originalImageBase64: 'iVBORw0KGgo=', jigsawImageBase64: 'iVBORw0KGgo=', repCode: '0000' };
const jwks = { keys: [{ kty: 'RSA', kid: 'key-1', alg: 'RS256', use: 'sig', n: 'sXch', e: 'AQAB' }] };

// ---------------------------------------------------------------------------------------------
// Every operation: method, path, headers, body.
// ---------------------------------------------------------------------------------------------

interface OperationCase {
  name: keyof IdaasClient;
  call: (client: IdaasClient) => Promise<unknown>;
  method: 'GET' | 'POST';
  path: string;
  /** The exact JSON body on the wire; undefined = no body. */
  body?: Record<string, unknown>;
  /** Per-call headers the tenant needs. */
  headers?: Record<string, string>;
  answer: () => Response;
  expected: unknown;
}

const successOutcome = { status: 'SUCCESS', sessionToken: 'sess-1', idToken: 'eyJ.id.token', expire: 432000 };

const operations: OperationCase[] = [
  {
    name: 'loginUnified',
    call: (c) => c.loginUnified({ identifier: 'alice', password: 'Idaas@2026' }),
    method: 'POST',
    path: '/api/v2/sdk/login/auth',
    body: { user_name: 'alice', password: 'Idaas@2026' },
    answer: () => json(successAnswer),
    expected: successOutcome,
  },
  {
    name: 'loginByUserName',
    call: (c) => c.loginByUserName({ userName: 'alice', password: 'Idaas@2026' }),
    method: 'POST',
    path: '/api/v2/sdk/login',
    body: { user_name: 'alice', password: 'Idaas@2026' },
    answer: () => json(successAnswer),
    expected: successOutcome,
  },
  {
    name: 'loginByMobile',
    call: (c) => c.loginByMobile({ mobile: '+86-13800000000', password: 'Idaas@2026' }),
    method: 'POST',
    path: '/api/v2/sdk/login/mobile-pwd',
    body: { mobile: '+86-13800000000', password: 'Idaas@2026' },
    answer: () => json(successAnswer),
    expected: successOutcome,
  },
  {
    name: 'loginByEmail',
    call: (c) => c.loginByEmail({ email: 'alice@example.com', password: 'Idaas@2026' }),
    method: 'POST',
    path: '/api/v2/sdk/login/auth',
    body: { user_name: 'alice@example.com', password: 'Idaas@2026' },
    answer: () => json(successAnswer),
    expected: successOutcome,
  },
  {
    name: 'loginBySmsCode',
    call: (c) => c.loginBySmsCode({ mobile: '+86-13800000000', verifyCode: '123456' }),
    method: 'POST',
    path: '/api/v2/sdk/login/mobile-verify-code',
    body: { mobile: '+86-13800000000', verify_code: '123456' },
    answer: () => json(successAnswer),
    expected: successOutcome,
  },
  {
    name: 'loginByCarrierToken',
    call: (c) => c.loginByCarrierToken({ accessToken: 'carrier-token' }),
    method: 'POST',
    path: '/api/v2/sdk/login/aliyun-mobile-auth',
    body: { access_token: 'carrier-token' },
    answer: () => json(successAnswer),
    expected: successOutcome,
  },
  {
    name: 'skipPasswordUpdate',
    call: (c) => c.skipPasswordUpdate('state-abc'),
    method: 'GET',
    path: '/api/v2/sdk/pwd/skip-update',
    headers: { 'X-state-token': 'state-abc' },
    answer: () => json(successAnswer),
    expected: successOutcome,
  },
  {
    name: 'updatePassword',
    call: (c) => c.updatePassword('state-abc', { oldPassword: 'Old@2025x', newPassword: 'Idaas@2026' }),
    method: 'POST',
    path: '/api/v2/sdk/pwd/update',
    body: { old_password: 'Old@2025x', new_password: 'Idaas@2026' },
    headers: { 'X-state-token': 'state-abc' },
    answer: () => json(successAnswer),
    expected: successOutcome,
  },
  {
    name: 'resetPasswordByMobile',
    call: (c) => c.resetPasswordByMobile({ mobile: '+86-13800000000', verifyCode: '654321', password: 'Idaas@2026' }),
    method: 'POST',
    path: '/api/v2/sdk/pwd/update-by-mobile',
    body: { mobile: '+86-13800000000', verify_code: '654321', password: 'Idaas@2026' },
    answer: () => new Response('', { status: 200 }),
    expected: undefined,
  },
  {
    name: 'getCaptcha',
    call: (c) => c.getCaptcha(),
    method: 'GET',
    path: '/api/v2/sdk/captcha',
    answer: () => json(captchaAnswer),
    expected: { token: 'captcha-tok', secretKey: 'k3y', backgroundPng: 'iVBORw0KGgo=', piecePng: 'iVBORw0KGgo=' },
  },
  {
    name: 'verifyCaptcha',
    call: (c) => c.verifyCaptcha({ pointJson: '{"x":120.5,"y":5.0}', token: 'captcha-tok', sender: '+86-13800000000' }),
    method: 'POST',
    path: '/api/v2/sdk/captcha/verify',
    body: { point_json: '{"x":120.5,"y":5.0}', token: 'captcha-tok', sender: '+86-13800000000' },
    answer: () => json({ captcha_token: 'ct-1' }),
    expected: 'ct-1',
  },
  {
    name: 'sendSms',
    call: (c) => c.sendSms({ mobile: '+86-13800000000', type: 'LOGIN_SMS', captchaToken: 'ct-1' }),
    method: 'POST',
    path: '/api/v2/sdk/sms/send',
    body: { mobile: '+86-13800000000', type: 'LOGIN_SMS', captcha_token: 'ct-1' },
    answer: () => new Response(null, { status: 200 }),
    expected: undefined,
  },
  {
    name: 'registerByMobile',
    call: (c) =>
      c.registerByMobile({
        mobile: '+86-13800000000',
        verifyCode: '112233',
        profile: {
          user_name: 'alice',
          name: 'Alice',
          email: 'alice@example.com',
          pwd: 'Idaas@2026',
          head_img: 'https://cdn.example.com/a.png',
          attr_gender: 'female',
          attr_birthday: '1990-01-31',
          attr_nick_name: 'Al',
          mailing_address: '1 Main St',
          zip_code: '100000',
          first_name: 'Alice',
          middle_name: 'B',
          last_name: 'Chen',
          industry: 'IT',
          extension: { age: '18' },
        },
      }),
    method: 'POST',
    path: '/api/v2/sdk/register/mobile-verify-code',
    body: {
      mobile: '+86-13800000000',
      verify_code: '112233',
      user_name: 'alice',
      name: 'Alice',
      email: 'alice@example.com',
      pwd: 'Idaas@2026',
      head_img: 'https://cdn.example.com/a.png',
      attr_gender: 'female',
      attr_birthday: '1990-01-31',
      attr_nick_name: 'Al',
      mailing_address: '1 Main St',
      zip_code: '100000',
      first_name: 'Alice',
      middle_name: 'B',
      last_name: 'Chen',
      industry: 'IT',
      extension: { age: '18' },
    },
    answer: () => json(successAnswer),
    expected: successOutcome,
  },
  {
    name: 'getCountryCodes',
    call: (c) => c.getCountryCodes(),
    method: 'GET',
    path: '/api/v2/sdk/country-codes',
    answer: () => text(seedCountryCodesBody),
    expected: expect.objectContaining({ preferredAreaCode: 'CN' }),
  },
  {
    name: 'refreshIdToken',
    call: (c) => c.refreshIdToken('sess-old'),
    method: 'POST',
    path: '/api/v2/sdk/sso/session-token/id-token',
    headers: { 'session-token': 'sess-old' },
    answer: () => json({ session_token: 'sess-new', id_token: 'eyJ.new', expire: 432000 }),
    expected: { sessionToken: 'sess-new', idToken: 'eyJ.new', expire: 432000 },
  },
  {
    name: 'getJwks',
    call: (c) => c.getJwks(),
    method: 'GET',
    path: '/api/v1/oauth2/keys',
    answer: () => json(jwks),
    expected: jwks,
  },
];

describe('every client operation reaches the endpoint docs/tenant-api.md names', () => {
  it('covers every request-making operation of the client', () => {
    const { client } = clientWith();
    const requestMaking = Object.keys(client).filter((name) => name !== 'jwksUrl');
    expect(operations.map((op) => op.name).sort()).toEqual(requestMaking.sort());
  });

  it.each(operations)('$name sends $method $path with the device headers and the contract body', async (op) => {
    const { client, requests } = clientWith(op.answer);

    await expect(op.call(client)).resolves.toEqual(op.expected);

    const request = only(requests);
    expect(request.method).toBe(op.method);
    expect(request.url).toBe(`${TENANT}${op.path}`);

    // The device headers real tenants insist on (missing ones answer COMMON.1003).
    expect(request.headers.get('X-client-id')).toBe('client-123');
    expect(request.headers.get('X-device-fingerprint')).toBe(device.fingerprint);
    expect(request.headers.get('X-operating-sys-version')).toBe('iOS 17.4');
    expect(request.headers.get('X-agent')).toBe(device.agent);
    expect(request.headers.get('X-L')).toBe('zh');
    // Not known in a browser: omitted.
    expect(request.headers.has('X-device-ip')).toBe(false);

    for (const [name, value] of Object.entries(op.headers ?? {})) expect(request.headers.get(name)).toBe(value);
    for (const perCall of ['X-state-token', 'session-token']) {
      if (!op.headers || !(perCall in op.headers)) expect(request.headers.has(perCall)).toBe(false);
    }

    // Content-Type on every request, GETs included, as BambooCloud's pages require (docs/tenant-api.md, "Every request").
    expect(request.headers.get('content-type')).toBe(JSON_CONTENT_TYPE);
    if (op.body === undefined) expect(request.body).toBeUndefined();
    else expect(JSON.parse(request.body ?? 'null')).toStrictEqual(op.body);
  });
});

describe('request building', () => {
  it('a base URL with a trailing slash does not produce a double slash', async () => {
    const { client, requests } = clientWith(undefined, { baseUrl: `${TENANT}//` });
    await client.loginByUserName({ userName: 'alice', password: 'pw' });
    expect(only(requests).url).toBe(`${TENANT}/api/v2/sdk/login`);
  });

  it("an empty base URL ('' = same origin behind the shipped proxy) requests the bare path", async () => {
    const { client, requests } = clientWith(undefined, { baseUrl: '' });
    await client.loginByUserName({ userName: 'alice', password: 'pw' });
    expect(only(requests).url).toBe('/api/v2/sdk/login');
    await expect(client.jwksUrl()).resolves.toBe('/api/v1/oauth2/keys');
  });

  it('jwksUrl points at the tenant signing keys', async () => {
    const { client } = clientWith(undefined, { baseUrl: `${TENANT}/` });
    await expect(client.jwksUrl()).resolves.toBe(`${TENANT}/api/v1/oauth2/keys`);
  });

  it('X-L follows the UI language at the time of each call, not at client creation', async () => {
    let language: ApiLanguage = 'zh';
    const { client, requests } = clientWith(undefined, { language: () => language });
    await client.loginUnified({ identifier: 'alice', password: 'pw' });
    language = 'en';
    await client.loginUnified({ identifier: 'alice', password: 'pw' });
    expect(requests.map((r) => r.headers.get('X-L'))).toEqual(['zh', 'en']);
  });

  it('a profile field left empty or undefined is not sent on registration', async () => {
    const { client, requests } = clientWith();
    await client.registerByMobile({ mobile: '+86-13800000000', verifyCode: '112233', profile: { user_name: 'alice', name: '', email: '' } });
    expect(JSON.parse(only(requests).body ?? 'null')).toStrictEqual({ mobile: '+86-13800000000', verify_code: '112233', user_name: 'alice' });
  });

  it('loginByEmail refuses a value that is not an email address without contacting the tenant', async () => {
    const { client, requests } = clientWith();
    const error = await failureOf(client.loginByEmail({ email: 'not-an-email', password: 'pw' }));
    expect(error.kind).toBe('invalid-input');
    expect(error.retryable).toBe(false);
    expect(requests).toHaveLength(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Answer parsing.
// ---------------------------------------------------------------------------------------------

describe('login answers', () => {
  it('SUCCESS becomes camelCase tokens with expire in seconds', async () => {
    const { client } = clientWith(() => json(successAnswer));
    await expect(client.loginUnified({ identifier: 'alice', password: 'pw' })).resolves.toStrictEqual(successOutcome);
  });

  it('SUCCESS with expire as a numeric string (some SDK examples) is accepted as a number', async () => {
    const { client } = clientWith(() => json({ ...successAnswer, expire: '432000' }));
    await expect(client.loginUnified({ identifier: 'alice', password: 'pw' })).resolves.toStrictEqual(successOutcome);
  });

  it('unknown extra fields in an answer are ignored', async () => {
    const { client } = clientWith(() => json({ ...successAnswer, user_id: 'u-1', mfa: null, extra: { nested: true } }));
    await expect(client.loginUnified({ identifier: 'alice', password: 'pw' })).resolves.toStrictEqual(successOutcome);
  });

  it('PASSWORD_WARN from seed 002 yields the state token and a usable password policy', async () => {
    const { client } = clientWith(() => text(seedPasswordWarnBody));
    const outcome = await client.loginUnified({ identifier: 'alice', password: 'pw' });
    expect(outcome.status).toBe('PASSWORD_WARN');
    if (outcome.status !== 'PASSWORD_WARN') return;
    expect(outcome.stateToken).toMatch(/^eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\./);
    expect(outcome.policy).toEqual({ minLength: 8, maxLength: 18, regEx: seedRegEx, tip: '至少包含数字、大写字母、小写字母和特殊字符中的3种' });
    const complexity = new RegExp(outcome.policy?.regEx ?? '');
    expect(complexity.test('Idaas@2026')).toBe(true);
    expect(complexity.test('abcdefgh')).toBe(false);
  });

  it('PASSWORD_EXPIRED with the emulator policy data yields min 8, max 18 and a compilable regEx', async () => {
    const { client } = clientWith(() => json({ status: 'PASSWORD_EXPIRED', state_token: 'st-1', data: seedPolicyData }));
    const outcome = await client.loginByUserName({ userName: 'alice', password: 'pw' });
    expect(outcome).toMatchObject({ status: 'PASSWORD_EXPIRED', stateToken: 'st-1', policy: { minLength: 8, maxLength: 18 } });
    if (outcome.status !== 'PASSWORD_EXPIRED') return;
    const complexity = new RegExp(outcome.policy?.regEx ?? '');
    expect(complexity.test('Idaas@2026')).toBe(true);
    expect(complexity.test('abcdefgh')).toBe(false);
  });

  it('a password answer whose data is not JSON still continues the flow, without a policy', async () => {
    const { client } = clientWith(() => json({ status: 'PASSWORD_WARN', state_token: 'st-1', data: '{"maxLength":18,' }));
    await expect(client.loginUnified({ identifier: 'alice', password: 'pw' })).resolves.toStrictEqual({
      status: 'PASSWORD_WARN',
      stateToken: 'st-1',
      policy: undefined,
    });
  });

  it('a password answer without data continues the flow, without a policy', async () => {
    const { client } = clientWith(() => json({ status: 'PASSWORD_EXPIRED', state_token: 'st-1' }));
    await expect(client.loginUnified({ identifier: 'alice', password: 'pw' })).resolves.toStrictEqual({
      status: 'PASSWORD_EXPIRED',
      stateToken: 'st-1',
      policy: undefined,
    });
  });

  it('MFA_AUTH is reported (with its state token when present)', async () => {
    const { client } = clientWith(() => json({ status: 'MFA_AUTH', state_token: 'mfa-1' }));
    await expect(client.loginUnified({ identifier: 'alice', password: 'pw' })).resolves.toStrictEqual({ status: 'MFA_AUTH', stateToken: 'mfa-1' });
    const bare = clientWith(() => json({ status: 'MFA_AUTH' }));
    await expect(bare.client.loginUnified({ identifier: 'alice', password: 'pw' })).resolves.toStrictEqual({ status: 'MFA_AUTH', stateToken: undefined });
  });

  it('ACCESS_DENIED is reported', async () => {
    const { client } = clientWith(() => json({ status: 'ACCESS_DENIED' }));
    await expect(client.loginUnified({ identifier: 'alice', password: 'pw' })).resolves.toStrictEqual({ status: 'ACCESS_DENIED' });
  });

  it('a refresh keeps the rotated session token', async () => {
    const { client } = clientWith(() => json({ session_token: 'sess-rotated', id_token: 'eyJ.new', expire: '7200', extra: 1 }));
    await expect(client.refreshIdToken('sess-old')).resolves.toStrictEqual({ sessionToken: 'sess-rotated', idToken: 'eyJ.new', expire: 7200 });
  });
});

describe('country codes', () => {
  it("the seed's five entries parse with names, regexes and the preferred code", async () => {
    const { client } = clientWith(() => text(seedCountryCodesBody));
    const codes = await client.getCountryCodes();
    expect(codes.preferredAreaCode).toBe('CN');
    expect(codes.definitions.map((d) => `${d.countryCode}+${d.areaCode}`)).toEqual(['CN+86', 'HK+852', 'TW+886', 'MO+853', 'AF+93']);
    expect(codes.definitions[0]).toStrictEqual({
      areaCode: '86',
      countryCode: 'CN',
      mobileRegex: String.raw`^(\+86){0,1}\-?1\d{10}$`,
      displayMapping: { 'zh-TW': '中國大陸', en: 'China', 'zh-CN': '中国大陆' },
      areaCodeSuffixes: [],
    });
    expect(codes.definitions[4]?.mobileRegex).toBe(String.raw`^(\+93){1}\-\d{6,11}`);
  });

  it('tolerates numeric area codes, lower-case country codes and missing optional fields', async () => {
    const { client } = clientWith(() =>
      json({
        phoneAreaCodeDefinitions: [
          { areaCode: 86, countryCode: 'cn', mobileRegex: null, unknownField: 'x' },
          { areaCode: '852', countryCode: 'Hk', displayMapping: null, areaCodeSuffixes: null },
        ],
      }),
    );
    await expect(client.getCountryCodes()).resolves.toStrictEqual({
      definitions: [
        { areaCode: '86', countryCode: 'CN', mobileRegex: undefined, displayMapping: {}, areaCodeSuffixes: [] },
        { areaCode: '852', countryCode: 'HK', mobileRegex: undefined, displayMapping: {}, areaCodeSuffixes: [] },
      ],
      preferredAreaCode: undefined,
    });
  });
});

describe('answers as the reference allows them', () => {
  it('areaCodeSuffixes as a (comma-separated) string, as Huawei types it', async () => {
    const { client } = clientWith(() =>
      json({ phoneAreaCodeDefinitions: [{ areaCode: '1', countryCode: 'US', areaCodeSuffixes: '201, 202,' }, { areaCode: '86', countryCode: 'CN', areaCodeSuffixes: '' }], preferredAreaCode: 'CN' }),
    );
    const codes = await client.getCountryCodes();
    expect(codes.definitions.map((d) => d.areaCodeSuffixes)).toEqual([['201', '202'], []]);
  });

  it("the captcha as BambooCloud's example has it (null AJ fields beside the key) and with a null secretKey (Huawei)", async () => {
    const png = 'iVBORw0KGgo=';
    const bambooCloud = { captchaId: null, projectCode: null, secretKey: 'yMXC583dP4R7uhmq', originalImageBase64: png, point: null, jigsawImageBase64: png, token: '389c21b32a8e4eba9a6d75b71150bfd1', result: false };
    await expect(clientWith(() => json(bambooCloud)).client.getCaptcha()).resolves.toStrictEqual({ token: bambooCloud.token, secretKey: 'yMXC583dP4R7uhmq', backgroundPng: png, piecePng: png });
    await expect(clientWith(() => json({ ...bambooCloud, secretKey: null })).client.getCaptcha()).resolves.toMatchObject({ secretKey: '' });
  });

  it("a captcha_token of the reference's form <token>---<point_json> is passed on as it is", async () => {
    const token = '71dd26999e314f9abb0c635336976635---{"x":237.0,"y":5.0}';
    await expect(clientWith(() => json({ captcha_token: token })).client.verifyCaptcha({ pointJson: '{"x":237.0,"y":5.0}', token: 't', sender: '+86-13800000000' })).resolves.toBe(token);
  });
});

describe('empty answers', () => {
  it.each([
    ['an empty body', () => new Response('', { status: 200 })],
    ['no body at all', () => new Response(null, { status: 200 })],
    ['a 204', () => new Response(null, { status: 204 })],
  ])('sendSms and resetPasswordByMobile accept %s as success', async (_label, answer) => {
    const { client } = clientWith(answer);
    await expect(client.sendSms({ mobile: '+86-13800000000', type: 'REGISTER_SMS', captchaToken: 'ct' })).resolves.toBeUndefined();
    await expect(client.resetPasswordByMobile({ mobile: '+86-13800000000', verifyCode: '1', password: 'p' })).resolves.toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Malformed answers: an IdaasError of kind 'malformed', never a crash.
// ---------------------------------------------------------------------------------------------

describe('a 200 answer that breaks the contract is a malformed-answer error', () => {
  it.each([
    ['an HTML page', () => text('<!doctype html><title>Portal</title>', 200, 'text/html')],
    ['truncated JSON', () => text('{"status":"SUCCESS","session_token":"s')],
    ['an empty body', () => new Response('', { status: 200 })],
    ['whitespace only', () => text('  \n ')],
    ['SUCCESS without id_token', () => json({ status: 'SUCCESS', session_token: 's', expire: 1 })],
    ['an unknown status', () => json({ status: 'WHATEVER' })],
    ['a negative expire', () => json({ ...successAnswer, expire: -5 })],
    ['an empty id_token', () => json({ ...successAnswer, id_token: '' })],
    ['a JSON array', () => json([successAnswer])],
    ['JSON null', () => text('null')],
    ['PASSWORD_WARN without state_token', () => json({ status: 'PASSWORD_WARN', data: '{}' })],
  ])('a login answered with %s', async (_label, answer) => {
    const { client } = clientWith(answer);
    const error = await failureOf(client.loginUnified({ identifier: 'alice', password: 'pw' }));
    expect(error.kind).toBe('malformed');
    expect(error.status).toBe(200);
    expect(error.retryable).toBe(true);
  });

  it.each<[string, (client: IdaasClient) => Promise<unknown>, () => Response]>([
    ['captcha without images', (c) => c.getCaptcha(), () => json({ token: 't' })],
    ['captcha verify without captcha_token', (c) => c.verifyCaptcha({ pointJson: '{}', token: 't', sender: 's' }), () => json({ result: true })],
    ['country codes without the list', (c) => c.getCountryCodes(), () => json({ preferredAreaCode: 'CN' })],
    ['country codes with a bad area code', (c) => c.getCountryCodes(), () => json({ phoneAreaCodeDefinitions: [{ areaCode: '+86', countryCode: 'CN' }] })],
    ['refresh without session_token', (c) => c.refreshIdToken('s'), () => json({ id_token: 'i', expire: 1 })],
    ['JWKS that is not a key set', (c) => c.getJwks(), () => json({ keys: 'none' })],
  ])('%s', async (_label, call, answer) => {
    const { client } = clientWith(answer);
    const error = await failureOf(call(client));
    expect(error.kind).toBe('malformed');
  });
});

// ---------------------------------------------------------------------------------------------
// Tenant errors, HTTP failures, network, timeouts, aborts.
// ---------------------------------------------------------------------------------------------

describe('tenant errors', () => {
  it('seed style IDAAS.SDK.LOGIN.1005 becomes code LOGIN.1005 with the remaining attempts', async () => {
    const { client } = clientWith(() =>
      json({ error_code: 'IDAAS.SDK.LOGIN.1005', error_msg: 'Invalid username or password. Remaining login attempts: 4' }, 400),
    );
    const error = await failureOf(client.loginUnified({ identifier: 'alice', password: 'wrong' }));
    expect(error).toMatchObject({
      kind: 'tenant',
      status: 400,
      code: 'LOGIN.1005',
      rawCode: 'IDAAS.SDK.LOGIN.1005',
      serverMessage: 'Invalid username or password. Remaining login attempts: 4',
      args: ['4'],
    });
    expect(error.retryable).toBe(false);
  });

  it('live style SDK.LOGIN.1005 in reworded Chinese still yields the remaining attempts', async () => {
    const { client } = clientWith(() => json({ error_code: 'SDK.LOGIN.1005', error_msg: '无效的用户名或密码。 剩余登录尝试次数:8' }, 400));
    const error = await failureOf(client.loginUnified({ identifier: 'alice', password: 'wrong' }));
    expect(error).toMatchObject({ kind: 'tenant', code: 'LOGIN.1005', rawCode: 'SDK.LOGIN.1005', args: ['8'] });
  });

  it.each([
    ['zh (seed wording)', '由于多次登录失败,用户已被锁定。 它将在 4 分钟和 59 秒内解锁'],
    ['en (seed wording)', 'The user has been locked due to too many unsuccessful login attempts. It will be unlocked in 4 minutes and 59 seconds'],
    ['en (seed wording, with a final period)', 'The user has been locked due to too many unsuccessful login attempts. It will be unlocked in 4 minutes and 59 seconds.'],
  ])('LOGIN.1003 lockout in %s yields minutes and seconds', async (_label, message) => {
    const { client } = clientWith(() => json({ error_code: 'IDAAS.SDK.LOGIN.1003', error_msg: message }, 400));
    const error = await failureOf(client.loginByUserName({ userName: 'alice', password: 'wrong' }));
    expect(error).toMatchObject({ kind: 'tenant', code: 'LOGIN.1003', args: ['4', '59'] });
  });

  it('a reworded LOGIN.1003 that mentions a failure count first still yields the lock time (the last two numbers)', async () => {
    const { client } = clientWith(() => json({ error_code: 'SDK.LOGIN.1003', error_msg: '连续登录失败5次,账号已锁定,请在12分钟30秒后重试' }, 400));
    const error = await failureOf(client.loginByUserName({ userName: 'alice', password: 'wrong' }));
    expect(error).toMatchObject({ kind: 'tenant', code: 'LOGIN.1003', args: ['12', '30'] });
  });

  it('COMMON.1001 names the missing parameter', async () => {
    const { client } = clientWith(() => json({ error_code: 'IDAAS.SDK.COMMON.1001', error_msg: 'Parameter X-client-id cannot be left blank.' }, 400));
    const error = await failureOf(client.getCountryCodes());
    expect(error).toMatchObject({ kind: 'tenant', code: 'COMMON.1001', args: ['X-client-id'] });
  });

  it('COMMON.1001 without a final period, and in Chinese, names the missing parameter', async () => {
    for (const message of ['Parameter X-client-id cannot be left blank', '参数 X-client-id 不能为空']) {
      const { client } = clientWith(() => json({ error_code: 'SDK.COMMON.1001', error_msg: message }, 400));
      const error = await failureOf(client.getCountryCodes());
      expect(error.args).toEqual(['X-client-id']);
    }
  });

  it('the CIAM docs family IDAAS.SDK.PARAM.1001 is normalised to PARAM.1001', async () => {
    const { client } = clientWith(() => json({ error_code: 'IDAAS.SDK.PARAM.1001', error_msg: 'mobile is blank' }, 400));
    const error = await failureOf(client.sendSms({ mobile: '', type: 'LOGIN_SMS', captchaToken: 'ct' }));
    expect(error).toMatchObject({ kind: 'tenant', code: 'PARAM.1001', rawCode: 'IDAAS.SDK.PARAM.1001', serverMessage: 'mobile is blank', args: [] });
  });

  it('an error without error_msg is still a tenant error', async () => {
    const { client } = clientWith(() => json({ error_code: 'SDK.PWD.1003' }, 400));
    const error = await failureOf(client.updatePassword('st', { oldPassword: 'a', newPassword: 'b' }));
    expect(error).toMatchObject({ kind: 'tenant', code: 'PWD.1003', serverMessage: undefined, args: [] });
  });

  it('HTTP 500 COMMON.1008 (system busy) is worth retrying', async () => {
    const { client } = clientWith(() => json({ error_code: 'IDAAS.SDK.COMMON.1008', error_msg: 'The system is busy. Try again later' }, 500));
    const error = await failureOf(client.loginUnified({ identifier: 'alice', password: 'pw' }));
    expect(error).toMatchObject({ kind: 'tenant', status: 500, code: 'COMMON.1008' });
    expect(error.retryable).toBe(true);
  });

  it("a proxy's 502 HTML page is an HTTP failure worth retrying", async () => {
    const { client } = clientWith(() => text('<html><body><h1>502 Bad Gateway</h1></body></html>', 502, 'text/html'));
    const error = await failureOf(client.loginUnified({ identifier: 'alice', password: 'pw' }));
    expect(error).toMatchObject({ kind: 'http', status: 502, code: undefined, rawCode: undefined });
    expect(error.retryable).toBe(true);
  });

  it.each([
    // [code as sent, message as sent, the meaning pages route by]
    ['IDAAS.SDK.CAPTCHA.0002', 'Graphic verification code verification failed', 'wrong-slider'],
    ['IDAAS.SDK.SMS.1003', 'blockPuzzle verification code coordinate verification fails', 'wrong-slider'],
    ['IDAAS.SDK.CAPTCHA.0007', 'Incorrect verification code', 'wrong-code'],
    ['SDK.SMS.1005', '短信验证码验证错误', 'wrong-code'],
    ['IDAAS.SDK.COMMON.1005', 'The verify_code has failed', 'code-expired'],
    ['IDAAS.SDK.PARAM.0014', 'Invalid state token', 'state-expired'],
    ['IDAAS.SDK.COMMON.1005', 'state_token 已失效', 'state-expired'],
    ['IDAAS.SDK.COMMON.1007', 'state_token parameter error', 'state-expired'],
    ['IDAAS.SDK.PARAM.0023', 'Invalid or expired session token', 'session-expired'],
    ['IDAAS.SDK.COMMON.1005', 'The session_token has failed', 'session-expired'],
    ['IDAAS.SDK.CAPTCHA.0006', 'Failed to send verification code', 'send-failed'],
    ['IDAAS.SDK.PARAM.0001', ' Device information is incomplete', 'device-info'],
    ['SDK.LOGIN.1003', '由于多次登录失败,用户已被锁定。 它将在 4 分钟和 59 秒内解锁', 'locked'],
    ['IDAAS.SDK.COMMON.1006', 'The old_password parameter error', 'wrong-old-password'],
    ['IDAAS.SDK.COMMON.1006', 'The mobile parameter error', 'value-rejected'],
    ['IDAAS.SDK.PWD.1005', 'The password is used before, cannot be used again', 'password-reused'],
    ['IDAAS.SDK.COMMON.1005', 'Something has expired, reworded', 'expired'],
    ['IDAAS.SDK.COMMON.1001', 'Parameter user_name cannot be left blank', 'value-missing'],
    ['IDAAS.SDK.PARAM.0009', 'Verification code cannot be empty', 'code-missing'],
    ['IDAAS.SDK.NEW.0001', 'Something new', 'unknown'],
  ])('%s "%s" means %s, whichever family it comes in', async (code, message, meaning) => {
    const { client } = clientWith(() => json({ error_code: code, error_msg: message }, 400));
    const error = await failureOf(client.getCaptcha());
    expect(error.meaning).toBe(meaning);
    expect(error.retryable).toBe(false);
  });

  it('a 4xx JSON body that is not the tenant error shape is an HTTP failure', async () => {
    const { client } = clientWith(() => json({ message: 'Not Found' }, 404));
    const error = await failureOf(client.getJwks());
    expect(error).toMatchObject({ kind: 'http', status: 404 });
  });
});

describe('asIdaasError: any failure as an IdaasError', () => {
  it('keeps an IdaasError as it is, and makes anything else an unreachable tenant (offline when the browser says so)', () => {
    const tenant = new IdaasError({ kind: 'tenant', rawCode: 'SDK.LOGIN.1005' });
    expect(asIdaasError(tenant)).toBe(tenant);
    vi.stubGlobal('navigator', { onLine: true });
    expect(asIdaasError(new TypeError('Failed to fetch'))).toMatchObject({ kind: 'network' });
    vi.stubGlobal('navigator', { onLine: false });
    expect(asIdaasError('dropped')).toMatchObject({ kind: 'offline' });
    vi.unstubAllGlobals();
  });
});

describe('when nothing usable comes back', () => {
  it('a fetch that rejects with a TypeError is a network error while online', async () => {
    const { client } = clientWith(() => Promise.reject(new TypeError('fetch failed')), { isOnline: () => true });
    const error = await failureOf(client.loginUnified({ identifier: 'alice', password: 'pw' }));
    expect(error.kind).toBe('network');
    expect(error.retryable).toBe(true);
  });

  it('the same failure while the browser is offline is reported as offline', async () => {
    const { client } = clientWith(() => Promise.reject(new TypeError('Failed to fetch')), { isOnline: () => false });
    const error = await failureOf(client.loginUnified({ identifier: 'alice', password: 'pw' }));
    expect(error.kind).toBe('offline');
    expect(error.retryable).toBe(true);
  });

  it('a tenant that never answers is a timeout after timeoutMs, and the request is aborted', async () => {
    let seenSignal: AbortSignal | undefined;
    const { client } = clientWith(
      (request) =>
        new Promise<Response>((_resolve, reject) => {
          seenSignal = request.signal;
          request.signal?.addEventListener('abort', () => reject(request.signal?.reason), { once: true });
        }),
      { timeoutMs: 20 },
    );
    const started = Date.now();
    const error = await failureOf(client.loginUnified({ identifier: 'alice', password: 'pw' }));
    expect(error.kind).toBe('timeout');
    expect(error.retryable).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
    expect(seenSignal?.aborted).toBe(true);
  });

  it('a caller abort rejects with the abort itself, not a timeout or network error', async () => {
    const caller = new AbortController();
    const { client, requests } = clientWith(
      (request) =>
        new Promise<Response>((_resolve, reject) => {
          request.signal?.addEventListener('abort', () => reject(request.signal?.reason), { once: true });
        }),
      { timeoutMs: 10_000 },
    );
    const pending = client.getCountryCodes({ signal: caller.signal });
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    caller.abort();
    const rejection = await pending.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(rejection).not.toBeInstanceOf(IdaasError);
    expect((rejection as Error).name).toBe('AbortError');
    expect(only(requests).signal?.aborted).toBe(true);
  });

  // An 'abort' listener never fires for a signal aborted before the call: without the up-front
  // check the request would go out (an SMS really sent).
  it('a signal that is already aborted sends no request', async () => {
    const { client, requests } = clientWith(() => new Response('', { status: 200 }));
    const call = client.sendSms({ mobile: '+86-13800000000', type: 'LOGIN_SMS', captchaToken: 'ct' }, { signal: AbortSignal.abort() });
    await expect(call).rejects.toThrow();
    expect(requests).toHaveLength(0);
  });
});

describe("the client's code loads with the first call", () => {
  const options = { baseUrl: TENANT, clientId: 'client-123', device, language: () => 'zh' as const, timeoutMs: 5_000 };

  it('nothing is loaded until a call is made, and one load serves every call', async () => {
    const tenant = fakeTenant(() => json(successAnswer));
    const loadCode = vi.fn(loadClientCode);
    const client = createIdaasClient({ ...options, fetch: tenant.fetch, isOnline: () => true }, loadCode);
    expect(loadCode).not.toHaveBeenCalled();
    await Promise.all([client.loginByUserName({ userName: 'alice', password: 'pw' }), client.loginUnified({ identifier: 'alice', password: 'pw' })]);
    await client.getCountryCodes().catch(() => undefined);
    expect(loadCode).toHaveBeenCalledTimes(1);
    expect(tenant.requests).toHaveLength(3);
  });

  it('a load that fails (offline, a new deployment) is the failure of an unreachable tenant, and the next call loads again', async () => {
    const tenant = fakeTenant(() => json(successAnswer));
    let online = false;
    const loadCode = vi.fn<typeof loadClientCode>().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    loadCode.mockImplementation(loadClientCode);
    const client = createIdaasClient({ ...options, fetch: tenant.fetch, isOnline: () => online }, loadCode);

    const failure = await client.loginByUserName({ userName: 'alice', password: 'pw' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(IdaasError);
    expect((failure as IdaasError).kind).toBe('offline');
    expect(tenant.requests).toHaveLength(0);

    online = true;
    await expect(client.loginByUserName({ userName: 'alice', password: 'pw' })).resolves.toMatchObject({ status: 'SUCCESS' });
    expect(loadCode).toHaveBeenCalledTimes(2);
    expect(tenant.requests).toHaveLength(1);
  });

  it('a client that could not be set up (the device id, say) is set up again by the next call', async () => {
    const tenant = fakeTenant(() => json(successAnswer));
    const loadCode = vi.fn<typeof loadClientCode>().mockResolvedValueOnce({
      createEndpoints: () => {
        throw new TypeError('crypto.randomUUID is not a function');
      },
    });
    loadCode.mockImplementation(loadClientCode);
    const client = createIdaasClient({ ...options, fetch: tenant.fetch, isOnline: () => true }, loadCode);
    await expect(client.loginByUserName({ userName: 'alice', password: 'pw' })).rejects.toThrow('randomUUID');
    await expect(client.loginByUserName({ userName: 'alice', password: 'pw' })).resolves.toMatchObject({ status: 'SUCCESS' });
    expect(tenant.requests).toHaveLength(1);
  });

  it('a caller that gave up while the code loaded sends no request', async () => {
    const tenant = fakeTenant(() => json(successAnswer));
    const caller = new AbortController();
    const client = createIdaasClient({ ...options, fetch: tenant.fetch, isOnline: () => true }, async () => {
      caller.abort();
      return loadClientCode();
    });
    await expect(client.sendSms({ mobile: '+86-13800000000', type: 'LOGIN_SMS', captchaToken: 'ct' }, { signal: caller.signal })).rejects.toThrow();
    expect(tenant.requests).toHaveLength(0);
  });
});
