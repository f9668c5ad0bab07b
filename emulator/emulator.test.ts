import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from './server.ts';
import {
  api,
  expectError,
  expectSuccess,
  freshClientId,
  langHeaders,
  LOGIN,
  NEW_PASSWORD,
  SEED_OLD_PASSWORD,
  SEED_PASSWORD,
  SEED_PROFILE,
  testTarget,
  TestTenant,
  type Lang,
} from './test-kit.ts';

/**
 * The emulated tenant over real HTTP: one emulator in test mode (plus one without, for the
 * production-mode checks), every test on its own `test-…` client id, so its own fresh tenant.
 */

const users = {
  zhangsan: { id: '20220729174957176-2C7F-A2C54C293', userName: 'zhangsan', name: '张三', mobile: '+86-13800000000', email: 'zhangsan@example.com' },
  chan_hk: { id: '20230115093012345-8A1B-C0FFEE004', userName: 'chan_hk', name: 'Chan Tai Man', mobile: '+852-51234567', email: '' },
  zhouba: { id: '20230115093012345-8A1B-C0FFEE005', userName: 'zhouba', name: '周八', mobile: '', email: 'zhouba@example.com' },
} as const;

/** Seed 002's password policy (PASSWORD_WARN / PASSWORD_EXPIRED examples), verbatim. */
const SEED_POLICY_REGEX =
  '^(?![a-zA-Z]+$)(?![A-Z0-9]+$)(?![A-Z~!#$%&+\\-,*:;<=>@_?^、`~\\./]+$)(?![a-z0-9]+$)(?![a-z~!#$%&+\\-,*:;<=>@_?^、`~\\./]+$)(?![0-9~!#$%&+\\-,*:;<=>@_?^、`~\\./]+$)[a-zA-Z0-9~!#$%&+\\-,*:;<=>@_?^、`~\\./]{1,}$';
const TIP_ZH = '至少包含数字、大写字母、小写字母和特殊字符中的3种';
const TIP_EN = 'At least include 3 types from numbers, uppercase letters, lowercase letters, and special characters';

/** The SDK documents' country-codes example, verbatim (the first five of data/country-codes.ts). */
const SEED_FIRST_FIVE = JSON.parse(String.raw`[
  {"areaCode":"86","displayMapping":{"zh-TW":"中國大陸","en":"China","zh-CN":"中国大陆"},"countryCode":"CN","mobileRegex":"^(\\+86){0,1}\\-?1\\d{10}$","areaCodeSuffixes":[]},
  {"areaCode":"852","displayMapping":{"zh-TW":"中國香港","en":"Hong Kong","zh-CN":"中国香港"},"countryCode":"HK","mobileRegex":"^(\\+852){1}\\-?0{0,1}[1,4,5,6,7,8,9](?:\\d{7}|\\d{8}|\\d{12})$","areaCodeSuffixes":[]},
  {"areaCode":"886","displayMapping":{"zh-TW":"中國臺灣","en":"Taiwan","zh-CN":"中国台湾"},"countryCode":"TW","mobileRegex":"^(\\+886){1}\\-?[6,7,9](?:\\d{7}|\\d{8})$","areaCodeSuffixes":[]},
  {"areaCode":"853","displayMapping":{"zh-TW":"中國澳門","en":"Macau","zh-CN":"中国澳门"},"countryCode":"MO","mobileRegex":"^(\\+853){1}\\-?0{0,1}[1,4,5,6,7,8,9](?:\\d{7}|\\d{8}|\\d{12})$","areaCodeSuffixes":[]},
  {"areaCode":"93","displayMapping":{"zh-TW":"阿富汗","en":"Afghanistan","zh-CN":"阿富汗"},"countryCode":"AF","mobileRegex":"^(\\+93){1}\\-\\d{6,11}","areaCodeSuffixes":[]}
]`) as unknown;

const LOGIN_AUTH = '/api/v2/sdk/login/auth';
const LOGIN_MOBILE = '/api/v2/sdk/login/mobile-pwd';
const SKIP = '/api/v2/sdk/pwd/skip-update';
const UPDATE = '/api/v2/sdk/pwd/update';
const REFRESH = '/api/v2/sdk/sso/session-token/id-token';
const COUNTRY_CODES = '/api/v2/sdk/country-codes';
const KEYS = '/api/v1/oauth2/keys';

interface AreaCode {
  areaCode: string;
  countryCode: string;
  mobileRegex: string;
  displayMapping: Record<string, string>;
  areaCodeSuffixes: unknown[];
}

interface CountryCodes {
  phoneAreaCodeDefinitions: AreaCode[];
  preferredAreaCode: string;
}

let server: Server;
let baseUrl: string;
let prodServer: Server;
let prodBaseUrl: string;
/** Shifts the test-mode emulator's clock; only the password-expiry and countdown tests move it, always back in finally. */
let clockOffsetMs = 0;

beforeAll(async () => {
  const emulator = await createEmulator({ testMode: true, now: () => Date.now() + clockOffsetMs, profile: SEED_PROFILE });
  server = await emulator.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  testTarget.baseUrl = baseUrl;
  const prod = await createEmulator({ clientIds: ['demo-client'], testMode: false, profile: SEED_PROFILE });
  prodServer = await prod.listen(0, '127.0.0.1');
  prodBaseUrl = `http://127.0.0.1:${(prodServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const s of [server, prodServer]) {
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
});

function remainingMessage(lang: Lang, n: number): string {
  return lang === 'en' ? `Invalid username or password. Remaining login attempts: ${n}` : `无效的用户名或密码。 其余登录尝试次数:${n}`;
}

function lockedMessage(lang: Lang, minutes: number, seconds: number): string {
  return lang === 'en'
    ? `The user has been locked due to too many unsuccessful login attempts. It will be unlocked in ${minutes} minutes and ${seconds} seconds`
    : `由于多次登录失败,用户已被锁定。 它将在 ${minutes} 分钟和 ${seconds} 秒内解锁`;
}

/** The minutes and seconds of a LOGIN.1003 message (either language). */
function unlockIn(message: string | undefined): number {
  const m = /(\d+) (?:minutes and|分钟和) (\d+) (?:seconds|秒)/.exec(message ?? '');
  expect(m, `no unlock time in ${message}`).not.toBeNull();
  return Number(m![1]) * 60 + Number(m![2]);
}

async function jwks(base = baseUrl): Promise<JSONWebKeySet> {
  const res = await fetch(`${base}${KEYS}`);
  expect(res.status).toBe(200);
  return (await res.json()) as JSONWebKeySet;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function withClockShift<T>(ms: number, body: () => Promise<T>): Promise<T> {
  clockOffsetMs = ms;
  try {
    return await body();
  } finally {
    clockOffsetMs = 0;
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

describe('request hygiene', () => {
  it('rejects a request without X-client-id with COMMON.1001 naming it (zh by default, en with X-L)', async () => {
    const body = { user_name: 'zhangsan', password: SEED_PASSWORD };
    expectError(await api(undefined, LOGIN, { json: body }), 'IDAAS.SDK.COMMON.1001', '参数 X-client-id 不能为空');
    expectError(await api(undefined, LOGIN, { json: body, headers: { 'X-L': 'en' } }), 'IDAAS.SDK.COMMON.1001', 'Parameter X-client-id cannot be left blank');
  });

  it('rejects an unknown client id with COMMON.1012', async () => {
    const body = { user_name: 'zhangsan', password: SEED_PASSWORD };
    expectError(await api('nope', LOGIN, { json: body }), 'IDAAS.SDK.COMMON.1012', 'X-client-id错误,找不到对应的应用');
    expectError(
      await api('nope', LOGIN, { json: body, headers: { 'X-L': 'en' } }),
      'IDAAS.SDK.COMMON.1012',
      'The x-client-ID is incorrect and the corresponding application cannot be found',
    );
  });

  it.each(['X-device-fingerprint', 'X-operating-sys-version', 'X-agent'])('rejects a request without %s with COMMON.1003', async (name) => {
    const t = new TestTenant('device');
    const body = { user_name: 'zhangsan', password: SEED_PASSWORD };
    expectError(await t.api(LOGIN, { json: body, omit: [name] }), 'IDAAS.SDK.COMMON.1003', '设备信息不完整');
    expectError(await t.api(LOGIN, { json: body, omit: [name], headers: { 'X-L': 'en' } }), 'IDAAS.SDK.COMMON.1003', 'Device information is incomplete');
    // A blank value is as good as none.
    expectError(await t.api(LOGIN, { json: body, headers: { [name]: '  ' } }), 'IDAAS.SDK.COMMON.1003');
    // GET endpoints insist too.
    expectError(await t.api(COUNTRY_CODES, { omit: [name] }), 'IDAAS.SDK.COMMON.1003');
  });

  it('rejects a body that is not JSON with COMMON.1002', async () => {
    const t = new TestTenant('notjson');
    expectError(
      await t.api(LOGIN, { rawBody: '{"user_name": "zhangsan", ', headers: { 'X-L': 'en' } }),
      'IDAAS.SDK.COMMON.1002',
      'The body parameter format is incorrect',
    );
    expectError(await t.api(LOGIN, { rawBody: 'user_name=zhangsan&password=x' }), 'IDAAS.SDK.COMMON.1002');
  });

  // The body is read after the tenant and X-L are known, so even this error is in the caller's language.
  it('COMMON.1002 for a non-JSON body follows X-L (zh by default)', async () => {
    const t = new TestTenant('notjsonzh');
    expectError(await t.api(LOGIN, { rawBody: '{oops' }), 'IDAAS.SDK.COMMON.1002', '参数 body 格式错误');
  });

  it('rejects a missing body field with COMMON.1001 naming it', async () => {
    const t = new TestTenant('field');
    expectError(await t.api(LOGIN, { json: { password: SEED_PASSWORD } }), 'IDAAS.SDK.COMMON.1001', '参数 user_name 不能为空');
    expectError(
      await t.api(LOGIN, { json: { user_name: 'zhangsan' }, headers: { 'X-L': 'en' } }),
      'IDAAS.SDK.COMMON.1001',
      'Parameter password cannot be left blank',
    );
    expectError(await t.api(LOGIN, { json: { user_name: '', password: SEED_PASSWORD } }), 'IDAAS.SDK.COMMON.1001', '参数 user_name 不能为空');
    expectError(await t.api(LOGIN_MOBILE, { json: { password: SEED_PASSWORD } }), 'IDAAS.SDK.COMMON.1001', '参数 mobile 不能为空');
    // No body at all: the first required field is named.
    expectError(await t.api(LOGIN_AUTH, { method: 'POST' }), 'IDAAS.SDK.COMMON.1001', '参数 user_name 不能为空');
  });
});

describe('password logins', () => {
  it('logs in by user name at /login', async () => {
    const t = new TestTenant('login');
    expectSuccess(await t.login('zhangsan', SEED_PASSWORD));
    expectSuccess(await t.login('chan_hk', SEED_PASSWORD));
  });

  it.each(['zhangsan', 'zhangsan@example.com', '+86-13800000000', '13800000000'])('logs in with %s at /login/auth', async (identifier) => {
    const t = new TestTenant('auth');
    expectSuccess(await t.api(LOGIN_AUTH, { json: { user_name: identifier, password: SEED_PASSWORD } }));
  });

  it.each([
    ['+86-13800000000', users.zhangsan.id],
    ['13800000000', users.zhangsan.id],
    ['+852-51234567', users.chan_hk.id],
  ])('logs in with %s at /login/mobile-pwd', async (mobile, userId) => {
    const t = new TestTenant('mobile');
    const { id_token } = expectSuccess(await t.api(LOGIN_MOBILE, { json: { mobile, password: SEED_PASSWORD } }));
    expect(decodeJwt(id_token).sub).toBe(userId);
  });

  it('does not find a user by email or user name at /login/mobile-pwd', async () => {
    const t = new TestTenant('mobileonly');
    expectError(await t.api(LOGIN_MOBILE, { json: { mobile: 'zhangsan', password: SEED_PASSWORD } }), 'IDAAS.SDK.LOGIN.1005');
  });
});

describe('id_token', () => {
  it('is an RS256 JWT signed by the JWKS key with the seed claims and the request origin as issuer', async () => {
    const t = new TestTenant('idtoken');
    const keySet = await jwks();
    expect(keySet.keys).toHaveLength(1);
    const key = keySet.keys[0]!;
    expect(key.kty).toBe('RSA');
    expect(key.alg).toBe('RS256');
    expect(key.use).toBe('sig');
    expect(key).not.toHaveProperty('d');

    const { id_token, expire } = expectSuccess(await t.login('zhangsan', SEED_PASSWORD));
    const issuer = `${baseUrl}/api/v1/oauth2`;
    const { payload, protectedHeader } = await jwtVerify(id_token, createLocalJWKSet(keySet), {
      issuer,
      audience: t.clientId,
      algorithms: ['RS256'],
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(protectedHeader.kid).toBe(key.kid);
    expect(Object.keys(payload).sort()).toEqual(['aud', 'email', 'exp', 'iat', 'id', 'iss', 'jti', 'mobile', 'name', 'nbf', 'sub', 'userName'].sort());
    expect(payload).toMatchObject({
      id: users.zhangsan.id,
      sub: users.zhangsan.id,
      iss: issuer,
      aud: t.clientId,
      mobile: '+86-13800000000',
      userName: 'zhangsan',
      email: 'zhangsan@example.com',
      name: '张三',
    });
    const { iat, nbf, exp, jti } = payload;
    expect(typeof jti).toBe('string');
    expect(typeof iat).toBe('number');
    expect(Math.abs(iat! - Date.now() / 1000)).toBeLessThan(30);
    expect(nbf!).toBeLessThanOrEqual(iat!);
    expect(exp! - iat!).toBe(expire);
  });

  it('carries the date claims test control sets (a misconfigured tenant), and real ones again after {}', async () => {
    const t = new TestTenant('idtokendates');
    expect((await t.control('PUT', 'id-token-dates', { exp: 1e13, iat: -1e20 })).status).toBe(200);
    const absurd = decodeJwt(expectSuccess(await t.login('zhangsan', SEED_PASSWORD)).id_token);
    expect(absurd).toMatchObject({ exp: 1e13, iat: -1e20 });
    expect((await t.control('PUT', 'id-token-dates', { exp: 'soon' })).status).toBe(400);
    expect((await t.control('PUT', 'id-token-dates', { aud: 1 })).status).toBe(400);
    await t.control('PUT', 'id-token-dates', {});
    const { iat } = decodeJwt(expectSuccess(await t.login('zhangsan', SEED_PASSWORD)).id_token);
    expect(Math.abs(iat! - Date.now() / 1000)).toBeLessThan(30);
  });

  it('carries empty strings for a missing email or phone, like the seed example', async () => {
    const t = new TestTenant('idtokenempty');
    const hk = decodeJwt(expectSuccess(await t.login('chan_hk', SEED_PASSWORD)).id_token);
    expect(hk).toMatchObject({ id: users.chan_hk.id, userName: 'chan_hk', name: 'Chan Tai Man', mobile: '+852-51234567', email: '' });
    const zb = decodeJwt(expectSuccess(await t.login('zhouba', SEED_PASSWORD)).id_token);
    expect(zb).toMatchObject({ id: users.zhouba.id, userName: 'zhouba', name: '周八', mobile: '', email: 'zhouba@example.com' });
  });

  it('takes the issuer from X-Forwarded-Host and X-Forwarded-Proto', async () => {
    const t = new TestTenant('forwarded');
    const keySet = createLocalJWKSet(await jwks());
    const answer = await t.api(LOGIN, {
      json: { user_name: 'zhangsan', password: SEED_PASSWORD },
      headers: { 'X-Forwarded-Host': 'login.example.com', 'X-Forwarded-Proto': 'https' },
    });
    const { id_token } = expectSuccess(answer);
    const { payload } = await jwtVerify(id_token, keySet, { issuer: 'https://login.example.com/api/v1/oauth2', audience: t.clientId });
    expect(payload.iss).toBe('https://login.example.com/api/v1/oauth2');

    const hostOnly = expectSuccess(
      await t.api(LOGIN, { json: { user_name: 'zhangsan', password: SEED_PASSWORD }, headers: { 'X-Forwarded-Host': 'idaas.example.org:8443' } }),
    );
    expect(decodeJwt(hostOnly.id_token).iss).toBe('http://idaas.example.org:8443/api/v1/oauth2');
  });

  it('is signed for the tenant that issued it: another client id is not the audience', async () => {
    const a = new TestTenant('auda');
    const b = new TestTenant('audb');
    const { id_token } = expectSuccess(await a.login('zhangsan', SEED_PASSWORD));
    await expect(jwtVerify(id_token, createLocalJWKSet(await jwks()), { audience: b.clientId })).rejects.toThrow();
  });
});

describe('lockout', () => {
  it.each(['en', 'zh'] as const)('counts down 4,3,2,1 then locks on the 5th failure (%s)', async (lang) => {
    const t = new TestTenant(`lock${lang}`);
    for (const left of [4, 3, 2, 1]) {
      expectError(await t.login('zhangsan', 'wrong-password', lang), 'IDAAS.SDK.LOGIN.1005', remainingMessage(lang, left));
    }
    // Default lockSeconds is 600: 10 minutes and 0 seconds.
    expectError(await t.login('zhangsan', 'wrong-password', lang), 'IDAAS.SDK.LOGIN.1003', lockedMessage(lang, 10, 0));
    // While locked, even the right password is refused.
    const locked = await t.login('zhangsan', SEED_PASSWORD, lang);
    expectError(locked, 'IDAAS.SDK.LOGIN.1003');
    expect(unlockIn(locked.body.error_msg)).toBeGreaterThanOrEqual(599);
    expect(unlockIn(locked.body.error_msg)).toBeLessThanOrEqual(600);
    // The lock is on the account, whatever the identifier or endpoint.
    expectError(await t.api(LOGIN_AUTH, { json: { user_name: 'zhangsan@example.com', password: SEED_PASSWORD } }), 'IDAAS.SDK.LOGIN.1003');
    expectError(await t.api(LOGIN_MOBILE, { json: { mobile: '13800000000', password: SEED_PASSWORD } }), 'IDAAS.SDK.LOGIN.1003');
  });

  it('words the unlock time from the lockSeconds setting and counts it down', async () => {
    const t = new TestTenant('lockcount');
    await t.settings({ lockSeconds: 125 });
    for (let i = 0; i < 4; i += 1) expectError(await t.login('zhangsan', 'nope-nope', 'en'), 'IDAAS.SDK.LOGIN.1005');
    expectError(await t.login('zhangsan', 'nope-nope', 'en'), 'IDAAS.SDK.LOGIN.1003', lockedMessage('en', 2, 5));
    await withClockShift(65_000, async () => {
      expectError(await t.login('zhangsan', SEED_PASSWORD, 'en'), 'IDAAS.SDK.LOGIN.1003', lockedMessage('en', 1, 0));
    });
    // maxAttempts is a setting too.
    const u = new TestTenant('lockmax');
    await u.settings({ maxAttempts: 2 });
    expectError(await u.login('zhangsan', 'nope-nope', 'en'), 'IDAAS.SDK.LOGIN.1005', remainingMessage('en', 1));
    expectError(await u.login('zhangsan', 'nope-nope', 'en'), 'IDAAS.SDK.LOGIN.1003', lockedMessage('en', 10, 0));
  });

  it('unlocks when the lock expires, and the counter starts again', async () => {
    const t = new TestTenant('unlock');
    await t.settings({ lockSeconds: 1 });
    for (const who of ['zhangsan', 'ghost-user']) {
      for (let i = 0; i < 4; i += 1) expectError(await t.login(who, 'wrong-password', 'en'), 'IDAAS.SDK.LOGIN.1005');
      expectError(await t.login(who, 'wrong-password', 'en'), 'IDAAS.SDK.LOGIN.1003', lockedMessage('en', 0, 1));
      expectError(await t.login(who, SEED_PASSWORD, 'en'), 'IDAAS.SDK.LOGIN.1003', lockedMessage('en', 0, 1));
    }
    await sleep(1100);
    expectSuccess(await t.login('zhangsan', SEED_PASSWORD, 'en'));
    expectError(await t.login('zhangsan', 'wrong-password', 'en'), 'IDAAS.SDK.LOGIN.1005', remainingMessage('en', 4));
    expectError(await t.login('ghost-user', 'wrong-password', 'en'), 'IDAAS.SDK.LOGIN.1005', remainingMessage('en', 4));
  });

  it('resets the counter on a successful login', async () => {
    const t = new TestTenant('lockreset');
    expectError(await t.login('zhangsan', 'wrong-password', 'en'), 'IDAAS.SDK.LOGIN.1005', remainingMessage('en', 4));
    expectError(await t.login('zhangsan', 'wrong-password', 'en'), 'IDAAS.SDK.LOGIN.1005', remainingMessage('en', 3));
    expectSuccess(await t.login('zhangsan', SEED_PASSWORD));
    expectError(await t.login('zhangsan', 'wrong-password', 'en'), 'IDAAS.SDK.LOGIN.1005', remainingMessage('en', 4));
  });

  it('answers an unknown user name exactly like a known one (no enumeration)', async () => {
    const t = new TestTenant('enum');
    for (let i = 0; i < 6; i += 1) {
      const known = await t.login('zhangsan', 'wrong-password');
      const unknown = await t.login('no-such-user', 'wrong-password');
      expect(unknown).toEqual(known);
    }
    for (const lang of ['en', 'zh'] as const) {
      const known = await t.login('zhangsan', SEED_PASSWORD, lang);
      const unknown = await t.login('no-such-user', SEED_PASSWORD, lang);
      expectError(known, 'IDAAS.SDK.LOGIN.1003');
      expect(unknown).toEqual(known);
    }
    // Same at /login/auth and /login/mobile-pwd.
    const auth = await t.api(LOGIN_AUTH, { json: { user_name: 'nobody@example.com', password: 'x' } });
    expectError(auth, 'IDAAS.SDK.LOGIN.1005', remainingMessage('zh', 4));
    const mobile = await t.api(LOGIN_MOBILE, { json: { mobile: '+86-13999999999', password: 'x' } });
    expectError(mobile, 'IDAAS.SDK.LOGIN.1005', remainingMessage('zh', 4));
  });

  // A known number shares one counter across its spellings (+86-13800000000 / 13800000000 /
  // +8613800000000); an unknown one must too, or alternating spellings would reveal accounts.
  it('an unknown mobile number is counted per account like a known one (every spelling shares one counter)', async () => {
    const t = new TestTenant('enummobile');
    const answers = async (national: string): Promise<(string | undefined)[]> => {
      const out: (string | undefined)[] = [];
      for (const mobile of [`+86-${national}`, national, `+86${national}`, `+86-${national}`, national]) {
        out.push((await t.api(LOGIN_MOBILE, { json: { mobile, password: 'wrong-password' }, headers: { 'X-L': 'en' } })).body.error_msg);
      }
      return out;
    };
    const known = await answers('13800000000');
    expect(known.at(-1)).toBe(lockedMessage('en', 10, 0));
    expect(await answers('13900000009')).toEqual(known);
  });

  it('answers LOGIN.1003 at once for the seeded locked user zhaoliu', async () => {
    const t = new TestTenant('zhaoliu');
    const answer = await t.login('zhaoliu', SEED_PASSWORD, 'en');
    expectError(answer, 'IDAAS.SDK.LOGIN.1003');
    const left = unlockIn(answer.body.error_msg);
    expect(left).toBeGreaterThan(29 * 60);
    expect(left).toBeLessThanOrEqual(30 * 60);
    expectError(await t.login('zhaoliu', SEED_PASSWORD), 'IDAAS.SDK.LOGIN.1003');
  });
});

describe('scenarios', () => {
  it("live error codes send SDK.* codes and the live zh wording where the reference documents no code of its own", async () => {
    const t = new TestTenant('live');
    await t.profile({ errorCodes: 'live' });
    expectError(await t.login('zhangsan', 'wrong-password'), 'SDK.LOGIN.1005', '无效的用户名或密码。 剩余登录尝试次数:4');
    expectError(await t.login('zhangsan', 'wrong-password', 'en'), 'SDK.LOGIN.1005', remainingMessage('en', 3));
    expectError(await t.api(LOGIN, { json: { password: 'x' } }), 'SDK.COMMON.1001');
    for (let i = 0; i < 3; i += 1) await t.login('zhangsan', 'wrong-password');
    expectError(await t.login('zhangsan', SEED_PASSWORD), 'SDK.LOGIN.1003');
    expectSuccess(await t.login('chan_hk', SEED_PASSWORD));
  });

  it("'mfa-required' answers MFA_AUTH with a state_token that cannot skip or change the password", async () => {
    const t = new TestTenant('mfa');
    await t.scenario('mfa-required');
    const answer = await t.login('zhangsan', SEED_PASSWORD);
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('MFA_AUTH');
    expect(typeof answer.body.state_token).toBe('string');
    expect(answer.body.session_token).toBeUndefined();
    const stateToken = answer.body.state_token!;
    expectError(await t.api(SKIP, { headers: { 'X-state-token': stateToken } }), 'IDAAS.SDK.COMMON.1006');
    expectError(
      await t.api(UPDATE, { json: { old_password: SEED_PASSWORD, new_password: NEW_PASSWORD }, headers: { 'X-state-token': stateToken } }),
      'IDAAS.SDK.COMMON.1006',
    );
    // A wrong password is still a wrong password.
    expectError(await t.login('zhangsan', 'wrong-password'), 'IDAAS.SDK.LOGIN.1005');
  });

  it("'access-denied' answers ACCESS_DENIED for a correct password", async () => {
    const t = new TestTenant('denied');
    await t.scenario('access-denied');
    const answer = await t.login('zhangsan', SEED_PASSWORD);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ status: 'ACCESS_DENIED' });
  });

  it('refuses an unknown scenario name', async () => {
    const t = new TestTenant('badscenario');
    const res = await t.control('PUT', 'scenario', { name: 'chaos' });
    expect(res.status).toBe(400);
  });
});

describe('password expiry', () => {
  async function expiryLogin(t: TestTenant, userName: string, expected: 'PASSWORD_WARN' | 'PASSWORD_EXPIRED', lang?: Lang): Promise<string> {
    const answer = await t.login(userName, SEED_PASSWORD, lang);
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe(expected);
    expect(answer.body.session_token).toBeUndefined();
    expect(typeof answer.body.state_token).toBe('string');
    expect(typeof answer.body.data).toBe('string');
    return answer.body.state_token!;
  }

  it("answers PASSWORD_WARN for 'lisi' with the seed policy as a JSON string (tip zh by default, en with X-L)", async () => {
    const t = new TestTenant('warn');
    for (const [lang, tip] of [
      [undefined, TIP_ZH],
      ['en', TIP_EN],
    ] as const) {
      const answer = await t.login('lisi', SEED_PASSWORD, lang);
      expect(answer.body.status).toBe('PASSWORD_WARN');
      expect(JSON.parse(answer.body.data!)).toEqual({ maxLength: 18, minLength: 8, regEx: SEED_POLICY_REGEX, tip });
    }
    const policy = new RegExp(SEED_POLICY_REGEX);
    expect(policy.test(SEED_PASSWORD)).toBe(true);
    expect(policy.test('abcdefghij')).toBe(false);
  });

  it('skips the change with the state token once (then COMMON.1005)', async () => {
    const t = new TestTenant('skip');
    const stateToken = await expiryLogin(t, 'lisi', 'PASSWORD_WARN');
    const skipped = await t.api(SKIP, { headers: { 'X-state-token': stateToken } });
    const { id_token } = expectSuccess(skipped);
    expect(decodeJwt(id_token).userName).toBe('lisi');
    expectError(await t.api(SKIP, { headers: { 'X-state-token': stateToken } }), 'IDAAS.SDK.COMMON.1005', 'state_token 已失效');
    expectError(await t.api(SKIP, { headers: { 'X-state-token': stateToken, 'X-L': 'en' } }), 'IDAAS.SDK.COMMON.1005', 'The state_token has failed');
    // Skipping does not change the password: the next login warns again.
    await expiryLogin(t, 'lisi', 'PASSWORD_WARN');
  });

  it("answers PASSWORD_EXPIRED for 'wangwu' and refuses to skip (COMMON.1006), the token still serving the change", async () => {
    const t = new TestTenant('expired');
    const stateToken = await expiryLogin(t, 'wangwu', 'PASSWORD_EXPIRED');
    expectError(await t.api(SKIP, { headers: { 'X-state-token': stateToken } }), 'IDAAS.SDK.COMMON.1006', 'state_token 参数错误');
    expectSuccess(await t.api(UPDATE, { json: { old_password: SEED_PASSWORD, new_password: NEW_PASSWORD }, headers: { 'X-state-token': stateToken } }));
  });

  it('checks the old password and the policy on /pwd/update, then changes the password', async () => {
    const t = new TestTenant('update');
    const stateToken = await expiryLogin(t, 'wangwu', 'PASSWORD_EXPIRED');
    const update = (old_password: string, new_password: string, lang?: Lang) =>
      t.api(UPDATE, { json: { old_password, new_password }, headers: { 'X-state-token': stateToken, ...langHeaders(lang) } });

    expectError(await update('Wrong@2026', NEW_PASSWORD), 'IDAAS.SDK.COMMON.1006', 'old_password 参数错误');
    expectError(await update('Wrong@2026', NEW_PASSWORD, 'en'), 'IDAAS.SDK.COMMON.1006', 'The old_password parameter error');
    expectError(await update(SEED_PASSWORD, 'Ab1@xyz', 'en'), 'IDAAS.SDK.PWD.1001', 'The password length is incorrect');
    expectError(await update(SEED_PASSWORD, 'Ab1@xyzAb1@xyzAb1@x'), 'IDAAS.SDK.PWD.1001', '密码长度错误');
    expectError(await update(SEED_PASSWORD, 'abcdefghij', 'en'), 'IDAAS.SDK.PWD.1003', 'Your password complexity is low');
    expectError(await update(SEED_PASSWORD, SEED_OLD_PASSWORD, 'en'), 'IDAAS.SDK.PWD.1005', 'The password is used before, cannot be used again');
    expectError(await update(SEED_PASSWORD, SEED_PASSWORD), 'IDAAS.SDK.PWD.1005', '该密码已被使用过,不能再次使用');
    // 'wangwu' is shorter than minLength, so equal-to-username is caught as a length error first.
    expectError(await update(SEED_PASSWORD, 'wangwu'), 'IDAAS.SDK.PWD.1001');
    expectError(await t.api(UPDATE, { json: { old_password: SEED_PASSWORD }, headers: { 'X-state-token': stateToken } }), 'IDAAS.SDK.COMMON.1001', '参数 new_password 不能为空');

    // Failed attempts leave the state token usable; a good password succeeds and consumes it.
    const { id_token } = expectSuccess(await update(SEED_PASSWORD, NEW_PASSWORD));
    expect(decodeJwt(id_token).userName).toBe('wangwu');
    expectError(await update(SEED_PASSWORD, 'Another#2028'), 'IDAAS.SDK.COMMON.1005');

    expectError(await t.login('wangwu', SEED_PASSWORD, 'en'), 'IDAAS.SDK.LOGIN.1005', remainingMessage('en', 4));
    expectSuccess(await t.login('wangwu', NEW_PASSWORD));
  });

  it('refuses a new password equal to the user name (PWD.1002)', async () => {
    // No seeded user with an expiring password has a user name of minLength (8) or more, so the
    // clock moves 55 days on until zhangsan's password (60 days) is in its 7-day warning window.
    const t = new TestTenant('pwd1002');
    expectSuccess(await t.login('zhangsan', SEED_PASSWORD));
    await withClockShift(55 * DAY_MS, async () => {
      const stateToken = await expiryLogin(t, 'zhangsan', 'PASSWORD_WARN');
      const update = (new_password: string, lang?: Lang) =>
        t.api(UPDATE, { json: { old_password: SEED_PASSWORD, new_password }, headers: { 'X-state-token': stateToken, ...langHeaders(lang) } });
      expectError(await update('zhangsan', 'en'), 'IDAAS.SDK.PWD.1002', 'The password cannot be the username');
      expectError(await update('ZhangSan'), 'IDAAS.SDK.PWD.1002', '密码不能为用户名');
      expectSuccess(await update(NEW_PASSWORD));
    });
  });

  it('needs a live X-state-token: missing → COMMON.1001, unknown → COMMON.1005', async () => {
    const t = new TestTenant('statetoken');
    const body = { old_password: SEED_PASSWORD, new_password: NEW_PASSWORD };
    expectError(await t.api(UPDATE, { json: body }), 'IDAAS.SDK.COMMON.1001', '参数 X-state-token 不能为空');
    expectError(await t.api(UPDATE, { json: body, headers: { 'X-L': 'en' } }), 'IDAAS.SDK.COMMON.1001', 'Parameter X-state-token cannot be left blank');
    expectError(await t.api(SKIP), 'IDAAS.SDK.COMMON.1001', '参数 X-state-token 不能为空');
    expectError(await t.api(UPDATE, { json: body, headers: { 'X-state-token': 'not-a-token' } }), 'IDAAS.SDK.COMMON.1005', 'state_token 已失效');
    expectError(await t.api(SKIP, { headers: { 'X-state-token': 'not-a-token' } }), 'IDAAS.SDK.COMMON.1005');
    // A state token belongs to its tenant.
    const stateToken = await expiryLogin(t, 'lisi', 'PASSWORD_WARN');
    const other = new TestTenant('statetokenother');
    expectError(await other.api(SKIP, { headers: { 'X-state-token': stateToken } }), 'IDAAS.SDK.COMMON.1005');
  });
});

describe('id_token refresh', () => {
  it('rotates the session_token and issues a fresh id_token', async () => {
    const t = new TestTenant('refresh');
    const keySet = createLocalJWKSet(await jwks());
    const first = expectSuccess(await t.login('zhangsan', SEED_PASSWORD));

    const refreshed = await t.api(REFRESH, { method: 'POST', headers: { 'session-token': first.session_token } });
    expect(refreshed.status).toBe(200);
    const { session_token, id_token, expire } = refreshed.body;
    expect(typeof session_token).toBe('string');
    expect(session_token).not.toBe(first.session_token);
    expect(typeof expire).toBe('number');
    expect(expire).toBeGreaterThan(0);
    const { payload } = await jwtVerify(id_token!, keySet, { issuer: `${baseUrl}/api/v1/oauth2`, audience: t.clientId });
    expect(payload.sub).toBe(users.zhangsan.id);
    expect(payload.jti).not.toBe(decodeJwt(first.id_token).jti);

    // The old session_token is gone; the new one works (and rotates again).
    expectError(await t.api(REFRESH, { method: 'POST', headers: { 'session-token': first.session_token } }), 'IDAAS.SDK.COMMON.1005', 'session_token 已失效');
    const again = await t.api(REFRESH, { method: 'POST', headers: { 'session-token': session_token!, 'X-L': 'en' } });
    expect(again.status).toBe(200);
    expect(again.body.session_token).not.toBe(session_token);
    expect(again.body.id_token).toBeTruthy();
    expectError(await t.api(REFRESH, { method: 'POST', headers: { 'session-token': session_token!, 'X-L': 'en' } }), 'IDAAS.SDK.COMMON.1005', 'The session_token has failed');
  });

  it('needs the session-token header (COMMON.1001) and a session of this tenant', async () => {
    const t = new TestTenant('refreshmissing');
    expectError(await t.api(REFRESH, { method: 'POST' }), 'IDAAS.SDK.COMMON.1001', '参数 session-token 不能为空');
    expectError(await t.api(REFRESH, { method: 'POST', headers: { 'X-L': 'en' } }), 'IDAAS.SDK.COMMON.1001', 'Parameter session-token cannot be left blank');
    const { session_token } = expectSuccess(await t.login('zhangsan', SEED_PASSWORD));
    const other = new TestTenant('refreshother');
    expectError(await other.api(REFRESH, { method: 'POST', headers: { 'session-token': session_token } }), 'IDAAS.SDK.COMMON.1005');
  });
});

describe('country codes', () => {
  async function countryCodes(t: TestTenant): Promise<CountryCodes> {
    const res = await t.request(COUNTRY_CODES);
    expect(res.status).toBe(200);
    return (await res.json()) as CountryCodes;
  }

  it('answers the seed definitions first, then a realistic list, CN preferred', async () => {
    const t = new TestTenant('cc');
    const { phoneAreaCodeDefinitions: defs, preferredAreaCode } = await countryCodes(t);
    expect(preferredAreaCode).toBe('CN');
    expect(defs.length).toBeGreaterThanOrEqual(35);
    expect(defs.slice(0, 5)).toEqual(SEED_FIRST_FIVE);
    const countryCodesSeen = new Set<string>();
    for (const def of defs) {
      expect(Object.keys(def.displayMapping).sort()).toEqual(['en', 'zh-CN', 'zh-TW']);
      for (const name of Object.values(def.displayMapping)) expect(name.length).toBeGreaterThan(0);
      expect(def.areaCode).toMatch(/^\d{1,4}$/);
      expect(def.countryCode).toMatch(/^[A-Z]{2}$/);
      expect(Array.isArray(def.areaCodeSuffixes)).toBe(true);
      expect(() => new RegExp(def.mobileRegex)).not.toThrow();
      expect(countryCodesSeen.has(def.countryCode)).toBe(false);
      countryCodesSeen.add(def.countryCode);
    }
    expect(defs.some((d) => d.countryCode === preferredAreaCode)).toBe(true);
  });

  it('test control tells other rules (a country\'s mobileRegex, the policy\'s regEx) and refuses malformed ones', async () => {
    const t = new TestTenant('rules');
    expect((await t.control('PUT', 'rules', { mobileRegex: { CN: 7 } })).status).toBe(400);
    expect((await t.control('PUT', 'rules', { passwordPolicy: { maxLength: 0 } })).status).toBe(400);
    expect((await t.control('PUT', 'rules', { mobileRegex: { CN: '(\\d*){14}x' }, passwordPolicy: { regEx: '(a|aa)+$', maxLength: 20 } })).status).toBe(204);
    const cn = (await countryCodes(t)).phoneAreaCodeDefinitions.find((d) => d.countryCode === 'CN');
    expect(cn?.mobileRegex).toBe('(\\d*){14}x');
    const answer = await t.login('wangwu', SEED_PASSWORD);
    expect(JSON.parse(answer.body.data!)).toMatchObject({ minLength: 8, maxLength: 20, regEx: '(a|aa)+$' });
  });

  it("'hostile-regexes' breaks SG's regex and makes MY's catastrophic, nothing else", async () => {
    const t = new TestTenant('hostile');
    const normal = (await countryCodes(t)).phoneAreaCodeDefinitions;
    await t.scenario('hostile-regexes');
    const hostile = (await countryCodes(t)).phoneAreaCodeDefinitions;
    const sg = hostile.find((d) => d.countryCode === 'SG');
    const my = hostile.find((d) => d.countryCode === 'MY');
    expect(() => new RegExp(sg!.mobileRegex)).toThrow(SyntaxError);
    expect(my!.mobileRegex).toBe('^(\\d+)+0$');
    expect(hostile.filter((d) => d.countryCode !== 'SG' && d.countryCode !== 'MY')).toEqual(
      normal.filter((d) => d.countryCode !== 'SG' && d.countryCode !== 'MY'),
    );
  });
});

describe('test control', () => {
  it('delays the next request by latencyMs, then answers normally', async () => {
    const t = new TestTenant('latency');
    await t.fault({ count: 1, latencyMs: 300 });
    let started = performance.now();
    expectSuccess(await t.login('zhangsan', SEED_PASSWORD));
    expect(performance.now() - started).toBeGreaterThanOrEqual(295);
    started = performance.now();
    expect((await t.request(COUNTRY_CODES)).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(290);
  });

  it('answers a status fault with COMMON.1008', async () => {
    const t = new TestTenant('status');
    await t.fault({ status: 500 });
    expectError(await t.login('zhangsan', SEED_PASSWORD), 'IDAAS.SDK.COMMON.1008', '系统繁忙。稍后再试', 500);
    expectSuccess(await t.login('zhangsan', SEED_PASSWORD));
  });

  it('answers malformed JSON and HTML bodies', async () => {
    const t = new TestTenant('bodies');
    await t.fault({ body: 'malformed' });
    const malformed = await t.request(LOGIN, { json: { user_name: 'zhangsan', password: SEED_PASSWORD } });
    expect(malformed.status).toBe(200);
    expect(malformed.headers.get('content-type')).toContain('application/json');
    const text = await malformed.text();
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);

    await t.fault({ body: 'html', status: 502 });
    const html = await t.request(LOGIN, { json: { user_name: 'zhangsan', password: SEED_PASSWORD } });
    expect(html.status).toBe(502);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(await html.text()).toContain('<html');

    await t.fault({ body: 'empty' });
    const empty = await t.request(LOGIN, { json: { user_name: 'zhangsan', password: SEED_PASSWORD } });
    expect(empty.status).toBe(200);
    expect(await empty.text()).toBe('');

    expectSuccess(await t.login('zhangsan', SEED_PASSWORD));
  });

  it('drops the connection so that fetch rejects', async () => {
    const t = new TestTenant('drop');
    await t.fault({ drop: true });
    await expect(t.request(LOGIN, { json: { user_name: 'zhangsan', password: SEED_PASSWORD } })).rejects.toThrow(TypeError);
    expectSuccess(await t.login('zhangsan', SEED_PASSWORD));
  });

  it('restricts a fault to a path and counts it down', async () => {
    const t = new TestTenant('pathcount');
    await t.fault({ path: COUNTRY_CODES, status: 503, count: 2 });
    expectSuccess(await t.login('zhangsan', SEED_PASSWORD));
    expect((await t.request(COUNTRY_CODES)).status).toBe(503);
    expectSuccess(await t.login('zhangsan', SEED_PASSWORD));
    expect((await t.request(COUNTRY_CODES)).status).toBe(503);
    expect((await t.request(COUNTRY_CODES)).status).toBe(200);
    expectSuccess(await t.login('zhangsan', SEED_PASSWORD));
  });

  it('keeps faults to their tenant and validates them', async () => {
    const t = new TestTenant('faultscope');
    const other = new TestTenant('faultother');
    await t.fault({ status: 500, count: 5 });
    expectSuccess(await other.login('zhangsan', SEED_PASSWORD));
    expect((await t.control('POST', 'faults', { path: '/elsewhere' })).status).toBe(400);
    expect((await t.control('POST', 'faults', { count: 0 })).status).toBe(400);
    expect((await t.control('POST', 'faults', { body: 'xml' })).status).toBe(400);
  });

  it('lists the API requests the tenant received', async () => {
    const t = new TestTenant('requests');
    await t.login('zhangsan', SEED_PASSWORD);
    await t.request(COUNTRY_CODES);
    await t.api(LOGIN, { json: { user_name: 'zhangsan', password: SEED_PASSWORD }, omit: ['X-agent'] });
    await fetch(`${baseUrl}${KEYS}`);
    const res = await t.control('GET', 'requests');
    expect(res.status).toBe(200);
    const log = (await res.json()) as { method: string; path: string; at: number }[];
    expect(log.map(({ method, path }) => ({ method, path }))).toEqual([
      { method: 'POST', path: LOGIN },
      { method: 'GET', path: COUNTRY_CODES },
      { method: 'POST', path: LOGIN },
    ]);
    for (const entry of log) expect(Math.abs(entry.at - Date.now())).toBeLessThan(60_000);
  });

  it('resets a tenant to its seeded state', async () => {
    const t = new TestTenant('reset');
    const stateToken = (await t.login('wangwu', SEED_PASSWORD)).body.state_token!;
    expectSuccess(await t.api(UPDATE, { json: { old_password: SEED_PASSWORD, new_password: NEW_PASSWORD }, headers: { 'X-state-token': stateToken } }));
    expectSuccess(await t.login('wangwu', NEW_PASSWORD));
    await t.scenario('access-denied');
    await t.settings({ maxAttempts: 1 });

    expect((await t.control('POST', 'reset')).status).toBe(204);
    expectError(await t.login('wangwu', NEW_PASSWORD, 'en'), 'IDAAS.SDK.LOGIN.1005', remainingMessage('en', 4));
    expect((await t.login('wangwu', SEED_PASSWORD)).body.status).toBe('PASSWORD_EXPIRED');
    expect((await t.control('GET', 'requests').then((r) => r.json() as Promise<unknown[]>)).length).toBe(2);
  });

  it('is 404 when the emulator is not in test mode, where test-… client ids are unknown', async () => {
    const clientId = freshClientId('prod');
    for (const [method, path] of [
      ['GET', '/__emulator/scenarios'],
      ['GET', '/__emulator/users'],
      ['POST', '/__emulator/reset'],
      ['POST', `/__emulator/tenants/demo-client/reset`],
      ['PUT', `/__emulator/tenants/demo-client/scenario`],
      ['POST', `/__emulator/tenants/demo-client/faults`],
      ['GET', `/__emulator/tenants/${clientId}/requests`],
      ['GET', `/__emulator/tenants/demo-client/outbox`],
      ['GET', `/__emulator/tenants/demo-client/captcha/any-token`],
      ['PUT', `/__emulator/tenants/demo-client/id-token-dates`],
    ] as const) {
      const init: RequestInit = { method };
      if (method !== 'GET') init.body = JSON.stringify({ name: 'access-denied', status: 500 });
      const res = await fetch(`${prodBaseUrl}${path}`, init);
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const body = { user_name: 'zhangsan', password: SEED_PASSWORD };
    expectError(await api(clientId, LOGIN, { json: body, base: prodBaseUrl }), 'IDAAS.SDK.COMMON.1012');
    // The faults and scenario above were not applied: demo-client works normally.
    const { id_token } = expectSuccess(await api('demo-client', LOGIN, { json: body, base: prodBaseUrl }));
    const { payload } = await jwtVerify(id_token, createLocalJWKSet(await jwks(prodBaseUrl)), {
      issuer: `${prodBaseUrl}/api/v1/oauth2`,
      audience: 'demo-client',
    });
    expect(payload.userName).toBe('zhangsan');
  });
});
