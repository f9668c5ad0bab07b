import { createCipheriv } from 'node:crypto';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { behaviourOf, describeBehaviour, parseSwitches, profileFromStart, profiles, startProfile } from './profile.ts';
import { expectError, expectSuccess, NEW_PASSWORD, SEED_PASSWORD, TestTenant, useTestEmulator, type Answer } from './test-kit.ts';

/**
 * The two tenant profiles over real HTTP (docs/tenant-api.md, "Two profiles"): an emulator that
 * starts on `live`, as `npm run dev` and `npm run emulator` do, and per-tenant switches.
 */

const CAPTCHA = '/api/v2/sdk/captcha';
const VERIFY = '/api/v2/sdk/captcha/verify';
const SEND = '/api/v2/sdk/sms/send';
const SMS_LOGIN = '/api/v2/sdk/login/mobile-verify-code';
const SKIP = '/api/v2/sdk/pwd/skip-update';
const UPDATE = '/api/v2/sdk/pwd/update';
const REFRESH = '/api/v2/sdk/sso/session-token/id-token';
const COUNTRY_CODES = '/api/v2/sdk/country-codes';

const ZHANGSAN_MOBILE = '+86-13800000000';
const UNKNOWN_MOBILE = '+86-13712345678';
const SESSION_SECONDS = 432000;
const ID_TOKEN_SECONDS = 7200;

// No profile given: the start-up default, `live`. The clock stands still (test control moves it), so
// times in answers are exact, whatever second a request falls in.
useTestEmulator({ now: () => Date.UTC(2026, 11, 3, 2, 0, 0) });

function encrypt(text: string, key: string): string {
  const cipher = createCipheriv('aes-128-ecb', Buffer.from(key, 'utf8'), null);
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('base64');
}

const plainPoint = (x: number) => `{"x":${x},"y":5.0}`;

async function puzzle(t: TestTenant): Promise<{ token: string; secretKey: string | null | undefined; x: number }> {
  const answer = await t.api(CAPTCHA);
  expect(answer.status).toBe(200);
  const token = answer.body.token!;
  const res = await t.control('GET', `captcha/${encodeURIComponent(token)}`);
  expect(res.status).toBe(200);
  const { x } = (await res.json()) as { x: number };
  return { token, secretKey: (answer.body as { secretKey?: string | null }).secretKey, x };
}

function verify(t: TestTenant, pointJson: string, token: string, lang: 'zh' | 'en' = 'zh'): Promise<{ status: number; body: Answer }> {
  return t.api(VERIFY, { json: { point_json: pointJson, token, sender: ZHANGSAN_MOBILE }, headers: { 'X-L': lang } });
}

/** Solves a slider the way the profile expects and sends a LOGIN_SMS code to `mobile`; resolves with the code. */
async function sendCode(t: TestTenant, mobile: string): Promise<string | undefined> {
  const p = await puzzle(t);
  const answer = await t.api(VERIFY, { json: { point_json: plainPoint(p.x), token: p.token, sender: mobile } });
  expect(answer.status).toBe(200);
  expect((await t.api(SEND, { json: { mobile, type: 'LOGIN_SMS', captcha_token: answer.body.captcha_token } })).status).toBe(200);
  const outbox = (await (await t.control('GET', 'outbox')).json()) as { mobile: string; code: string }[];
  return outbox.filter((entry) => entry.mobile === mobile).at(-1)?.code;
}

describe('the live profile', () => {
  it('answers a login with expire = the session_token lifetime (432000) and an id_token living 2 h (exp = iat + 7200)', async () => {
    const t = new TestTenant('live-expire');
    const { expire, id_token } = expectSuccess(await t.login('zhangsan', SEED_PASSWORD));
    expect(expire).toBe(SESSION_SECONDS);
    const { iat, exp } = decodeJwt(id_token);
    expect(exp! - iat!).toBe(ID_TOKEN_SECONDS);
  });

  it('refresh keeps the session_token (no automatic refresh configured) and counts down its expire; after it, PARAM.0023', async () => {
    const t = new TestTenant('live-refresh');
    const first = expectSuccess(await t.login('zhangsan', SEED_PASSWORD));
    expect((await t.control('POST', 'clock', { advanceSeconds: 3 * 3600 })).status).toBe(200);
    const refreshed = await t.api(REFRESH, { method: 'POST', headers: { 'session-token': first.session_token } });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.session_token).toBe(first.session_token);
    expect(refreshed.body.id_token).not.toBe(first.id_token);
    expect(refreshed.body.expire).toBe(SESSION_SECONDS - 3 * 3600);
    const { iat } = decodeJwt(refreshed.body.id_token!);
    expect(iat! - decodeJwt(first.id_token).iat!).toBe(3 * 3600);

    expect((await t.control('POST', 'clock', { advanceSeconds: SESSION_SECONDS })).status).toBe(200);
    expectError(
      await t.api(REFRESH, { method: 'POST', headers: { 'session-token': first.session_token, 'X-L': 'en' } }),
      'IDAAS.SDK.PARAM.0023',
      'Invalid or expired session token',
    );
  });

  it('with rotateSessionToken on, refresh hands out a new session_token with a full expire and refuses the old one', async () => {
    const t = new TestTenant('live-rotate');
    await t.profile({ rotateSessionToken: true });
    const first = expectSuccess(await t.login('zhangsan', SEED_PASSWORD));
    const refreshed = await t.api(REFRESH, { method: 'POST', headers: { 'session-token': first.session_token } });
    expect(refreshed.body.session_token).not.toBe(first.session_token);
    expect(refreshed.body.expire).toBe(SESSION_SECONDS);
    expectError(await t.api(REFRESH, { method: 'POST', headers: { 'session-token': first.session_token } }), 'IDAAS.SDK.PARAM.0023');
  });

  it('a wrong slide answers CAPTCHA.0002, in both languages', async () => {
    const t = new TestTenant('live-slide');
    const p = await puzzle(t);
    expectError(await verify(t, plainPoint(p.x + 30), p.token, 'en'), 'IDAAS.SDK.CAPTCHA.0002', 'Graphic verification code verification failed');
    const q = await puzzle(t);
    expectError(await verify(t, plainPoint(q.x - 30), q.token), 'IDAAS.SDK.CAPTCHA.0002', '图形验证码校验失败');
  });

  it('a wrong SMS code answers CAPTCHA.0007; the right one signs in', async () => {
    const t = new TestTenant('live-code');
    const code = await sendCode(t, ZHANGSAN_MOBILE);
    const wrong = code === '000000' ? '111111' : '000000';
    expectError(await t.api(SMS_LOGIN, { json: { mobile: ZHANGSAN_MOBILE, verify_code: wrong }, headers: { 'X-L': 'en' } }), 'IDAAS.SDK.CAPTCHA.0007', 'Incorrect verification code');
    expectSuccess(await t.api(SMS_LOGIN, { json: { mobile: ZHANGSAN_MOBILE, verify_code: code } }));
  });

  it('a stale state token answers PARAM.0014, at skip and at change', async () => {
    const t = new TestTenant('live-state');
    const warn = await t.login('lisi', SEED_PASSWORD);
    expect(warn.body.status).toBe('PASSWORD_WARN');
    const stateToken = warn.body.state_token!;
    expect((await t.control('POST', 'clock', { advanceSeconds: 31 * 60 })).status).toBe(200);
    expectError(await t.api(SKIP, { headers: { 'X-state-token': stateToken, 'X-L': 'en' } }), 'IDAAS.SDK.PARAM.0014', 'Invalid state token');
    expectError(
      await t.api(UPDATE, { json: { old_password: SEED_PASSWORD, new_password: NEW_PASSWORD }, headers: { 'X-state-token': stateToken } }),
      'IDAAS.SDK.PARAM.0014',
    );
  });

  it('a request without Content-Type is refused, GETs included (415); with it the same request is answered', async () => {
    const t = new TestTenant('live-ctype');
    for (const path of [CAPTCHA, COUNTRY_CODES]) {
      const refused = await t.request(path, { omit: ['content-type'] });
      expect(refused.status).toBe(415);
      expect(await refused.json()).toMatchObject({ status: 415, error: 'Unsupported Media Type', path });
      expect((await t.request(path, { headers: { 'content-type': 'application/json' } })).status).toBe(200);
    }
    const login = await t.request('/api/v2/sdk/login', { rawBody: JSON.stringify({ user_name: 'zhangsan', password: SEED_PASSWORD }), headers: { 'content-type': 'text/plain' } });
    expect(login.status).toBe(415);
  });

  it('sends areaCodeSuffixes as a string', async () => {
    const t = new TestTenant('live-suffixes');
    const answer = (await (await t.request(COUNTRY_CODES)).json()) as { phoneAreaCodeDefinitions: { areaCodeSuffixes: unknown }[] };
    expect(answer.phoneAreaCodeDefinitions.length).toBeGreaterThan(50);
    for (const definition of answer.phoneAreaCodeDefinitions) expect(typeof definition.areaCodeSuffixes).toBe('string');
  });

  it('answers device-information failures with PARAM.0001 and a solved slider with <token>---<point_json>', async () => {
    const t = new TestTenant('live-device');
    expectError(await t.api(CAPTCHA, { omit: ['X-agent'], headers: { 'X-L': 'en' } }), 'IDAAS.SDK.PARAM.0001', 'Device information is incomplete');
    const p = await puzzle(t);
    const answer = await verify(t, plainPoint(p.x), p.token);
    expect(answer.body.captcha_token).toBe(`${p.token}---${plainPoint(p.x)}`);
  });

  it('other codes come as SDK.* with the numbers only inside error_msg', async () => {
    const t = new TestTenant('live-login');
    expectError(await t.login('zhangsan', 'wrong-password'), 'SDK.LOGIN.1005', '无效的用户名或密码。 剩余登录尝试次数:4');
  });
});

describe('the captcha key behaviours: each accepts exactly the point encoding it expects', () => {
  const cases = [
    { captchaKey: 'null', key: (k: unknown) => expect(k).toBeNull(), accepts: 'plain' },
    { captchaKey: 'empty', key: (k: unknown) => expect(k).toBe(''), accepts: 'plain' },
    { captchaKey: 'unused', key: (k: unknown) => expect(k).toMatch(/^[A-Za-z0-9]{16}$/), accepts: 'plain' },
    { captchaKey: 'aes', key: (k: unknown) => expect(k).toMatch(/^[A-Za-z0-9]{16}$/), accepts: 'aes' },
  ] as const;
  for (const { captchaKey, key, accepts } of cases) {
    it(`${captchaKey}: the key shown, and only a${accepts === 'aes' ? 'n AES' : ' plain'} point passes`, async () => {
      const t = new TestTenant(`key-${captchaKey}`);
      await t.profile({ captchaKey });
      const right = await puzzle(t);
      key(right.secretKey);
      const aesKey = typeof right.secretKey === 'string' && right.secretKey.length === 16 ? right.secretKey : 'ABCDEFGHIJKLMNOP';
      const encode = (x: number, as: 'plain' | 'aes') => (as === 'plain' ? plainPoint(x) : encrypt(plainPoint(x), aesKey));
      expect((await verify(t, encode(right.x, accepts), right.token)).status).toBe(200);
      const wrong = await puzzle(t);
      const other = accepts === 'aes' ? 'plain' : 'aes';
      const otherKey = typeof wrong.secretKey === 'string' && wrong.secretKey.length === 16 ? wrong.secretKey : aesKey;
      const point = other === 'plain' ? plainPoint(wrong.x) : encrypt(plainPoint(wrong.x), otherKey);
      expectError(await verify(t, point, wrong.token), 'IDAAS.SDK.CAPTCHA.0002');
    });
  }
});

describe('SMS login with automatic registration', () => {
  it('off (default): no code goes to a number without an account', async () => {
    const t = new TestTenant('auto-off');
    expect(await sendCode(t, UNKNOWN_MOBILE)).toBeUndefined();
  });

  it('on: a number without an account gets a code and signs in as a new user', async () => {
    const t = new TestTenant('auto-on');
    await t.profile({ smsAutoRegister: true });
    const code = await sendCode(t, UNKNOWN_MOBILE);
    expect(code).toMatch(/^\d{6}$/);
    const { id_token } = expectSuccess(await t.api(SMS_LOGIN, { json: { mobile: UNKNOWN_MOBILE, verify_code: code } }));
    const registered = decodeJwt(id_token);
    expect(registered).toMatchObject({ mobile: UNKNOWN_MOBILE, userName: 'u13712345678' });
    // Registered once: after the resend interval, the next SMS sign-in is the same user.
    expect((await t.control('POST', 'clock', { advanceSeconds: 61 })).status).toBe(200);
    const again = await sendCode(t, UNKNOWN_MOBILE);
    const { id_token: second } = expectSuccess(await t.api(SMS_LOGIN, { json: { mobile: UNKNOWN_MOBILE, verify_code: again } }));
    expect(decodeJwt(second).sub).toBe(registered.sub);
  });
});

describe('profile control and start-up', () => {
  it('reports the profile, takes switches over it, refuses unknown ones, and a reset restores the start-up profile', async () => {
    const t = new TestTenant('control');
    const current = (await (await t.control('GET', 'profile')).json()) as { name: string; behaviour: unknown };
    expect(current).toEqual({ name: 'live', behaviour: profiles.live });
    expect(await t.profile({ profile: 'seed', captchaKey: 'unused' })).toEqual({ ...profiles.seed, captchaKey: 'unused' });
    expectSuccess(await t.login('zhangsan', SEED_PASSWORD));
    expectError(await t.login('zhangsan', 'wrong'), 'IDAAS.SDK.LOGIN.1005');
    expect((await t.control('PUT', 'profile', { profile: 'production' })).status).toBe(400);
    expect((await t.control('PUT', 'profile', { rotateSessionTokens: true })).status).toBe(400);
    expect((await t.control('PUT', 'profile', { rotateSessionToken: 'sometimes' })).status).toBe(400);
    expect((await t.control('POST', 'reset')).status).toBe(204);
    expect(((await (await t.control('GET', 'profile')).json()) as { name: string }).name).toBe('live');
  });

  it('the seed profile keeps the seeds’ reading: expire = id_token lifetime, rotation, arrays, Content-Type optional', () => {
    expect(profiles.seed).toEqual({
      errorCodes: 'seed',
      expire: 'id-token',
      areaCodeSuffixes: 'array',
      contentTypeRequired: false,
      rotateSessionToken: true,
      smsAutoRegister: false,
      captchaKey: 'aes',
      captchaToken: 'opaque',
    });
  });

  it('reads --profile and --switch (or EMULATOR_PROFILE / EMULATOR_SWITCHES) and says what it plays', () => {
    expect(profileFromStart(undefined)).toEqual({ name: 'live', behaviour: profiles.live });
    const chosen = profileFromStart('seed', ['captchaKey=unused,smsAutoRegister=on', 'rotateSessionToken=off']);
    expect(chosen.behaviour).toEqual({ ...profiles.seed, captchaKey: 'unused', smsAutoRegister: true, rotateSessionToken: false });
    expect(describeBehaviour(chosen.name, chosen.behaviour)).toBe('seed with rotateSessionToken=false, smsAutoRegister=true, captchaKey=unused');
    expect(describeBehaviour('live', behaviourOf('live'))).toBe('live');
    expect(parseSwitches([' expire = id-token '])).toEqual({ expire: 'id-token' });
    expect(() => profileFromStart('prod')).toThrow('unknown profile prod');
    expect(() => profileFromStart('live', ['captchaKey'])).toThrow('name=value');
    expect(() => profileFromStart('live', ['captchaKey=rsa'])).toThrow('captchaKey must be one of aes, empty, null, unused');
  });

  it('at start, the command line comes after the environment: --profile wins, --switch applies over EMULATOR_SWITCHES', () => {
    const env = { EMULATOR_PROFILE: 'seed', EMULATOR_SWITCHES: 'captchaKey=unused,smsAutoRegister=on' };
    expect(startProfile(env)).toEqual({ name: 'seed', behaviour: { ...profiles.seed, captchaKey: 'unused', smsAutoRegister: true } });
    expect(startProfile(env, { profile: 'live', switches: ['captchaKey=aes'] })).toEqual({ name: 'live', behaviour: { ...profiles.live, captchaKey: 'aes', smsAutoRegister: true } });
    expect(() => startProfile({ EMULATOR_SWITCHES: 'captchaKey=rsa' })).toThrow(/captchaKey must be one of[\s\S]*Switches \(name=value/);
  });
});
