import { createCipheriv } from 'node:crypto';
import { ecb } from '@noble/ciphers/aes.js';
import { utf8ToBytes } from '@noble/ciphers/utils.js';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { expectError, expectSuccess, NEW_PASSWORD, SEED_OLD_PASSWORD, SEED_PASSWORD, SEED_PROFILE, TestTenant, useTestEmulator, type Answer } from './test-kit.ts';

/** The slider captcha, SMS codes, SMS login, forgot password and registration, over real HTTP. */

const CAPTCHA = '/api/v2/sdk/captcha';
const VERIFY = '/api/v2/sdk/captcha/verify';
const SEND = '/api/v2/sdk/sms/send';
const SMS_LOGIN = '/api/v2/sdk/login/mobile-verify-code';
const RESET_BY_MOBILE = '/api/v2/sdk/pwd/update-by-mobile';
const REGISTER = '/api/v2/sdk/register/mobile-verify-code';

const ZHANGSAN_MOBILE = '+86-13800000000';
const NEW_MOBILE = '+86-13912345678';

type SmsType = 'LOGIN_SMS' | 'REGISTER_SMS' | 'FORGET_PWD_SMS' | 'UPDATE_PWD_SMS' | 'UPDATE_MOBILE_SMS' | 'BIND_MOBILE_SMS';

interface OutboxEntry {
  mobile: string;
  type: SmsType;
  code: string;
  sentAt: number;
}

useTestEmulator({ profile: SEED_PROFILE });

/** The point a browser sends: `{"x":…,"y":5.0}`, AES-128-ECB/PKCS#7 with the puzzle's key and base64 when it has one. */
function pointJson(x: number, secretKey: string): string {
  return encrypt(`{"x":${x},"y":5.0}`, secretKey);
}

function encrypt(text: string, secretKey: string): string {
  if (secretKey === '') return text;
  const cipher = createCipheriv('aes-128-ecb', Buffer.from(secretKey, 'utf8'), null);
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('base64');
}

/** The same with @noble/ciphers, the library the SPA uses. */
function noblePointJson(x: number, secretKey: string): string {
  return Buffer.from(ecb(utf8ToBytes(secretKey)).encrypt(utf8ToBytes(`{"x":${x},"y":5.0}`))).toString('base64');
}

async function puzzle(t: TestTenant): Promise<{ token: string; secretKey: string; background: Buffer; piece: Buffer; body: Answer }> {
  const answer = await t.api(CAPTCHA);
  expect(answer.status).toBe(200);
  const { token, secretKey, originalImageBase64, jigsawImageBase64 } = answer.body;
  expect(typeof token).toBe('string');
  expect(typeof secretKey).toBe('string');
  return {
    token: token!,
    secretKey: secretKey!,
    background: Buffer.from(originalImageBase64!, 'base64'),
    piece: Buffer.from(jigsawImageBase64!, 'base64'),
    body: answer.body,
  };
}

/** Test control: the answer x of a live puzzle, or undefined when the control answers 404. */
async function answerX(t: TestTenant, token: string): Promise<number | undefined> {
  const res = await t.control('GET', `captcha/${encodeURIComponent(token)}`);
  if (res.status === 404) return undefined;
  expect(res.status).toBe(200);
  return ((await res.json()) as { x: number }).x;
}

function verify(t: TestTenant, point_json: string, token: string, sender: string, lang?: 'en'): Promise<{ status: number; body: Answer }> {
  return t.api(VERIFY, { json: { point_json, token, sender }, headers: lang ? { 'X-L': lang } : {} });
}

/** Solves a fresh slider for `mobile` (answer read through test control), returning the captcha_token. */
async function captchaToken(t: TestTenant, mobile: string): Promise<string> {
  const { token, secretKey } = await puzzle(t);
  const x = await answerX(t, token);
  const answer = await verify(t, pointJson(x!, secretKey), token, mobile);
  expect(answer.status).toBe(200);
  expect(typeof answer.body.captcha_token).toBe('string');
  return answer.body.captcha_token!;
}

function send(t: TestTenant, mobile: string, type: string, captcha_token?: string, lang?: 'en'): Promise<{ status: number; body: Answer }> {
  return t.api(SEND, { json: { mobile, type, captcha_token }, headers: lang ? { 'X-L': lang } : {} });
}

async function outbox(t: TestTenant): Promise<OutboxEntry[]> {
  const res = await t.control('GET', 'outbox');
  expect(res.status).toBe(200);
  return (await res.json()) as OutboxEntry[];
}

/** Captcha, send, then the code from the outbox. */
async function smsCode(t: TestTenant, mobile: string, type: SmsType): Promise<string> {
  const sent = await send(t, mobile, type, await captchaToken(t, mobile));
  expect(sent).toEqual({ status: 200, body: {} });
  const last = (await outbox(t)).at(-1);
  expect(last).toMatchObject({ mobile, type });
  expect(last!.code).toMatch(/^\d{6}$/);
  return last!.code;
}

async function advanceClock(t: TestTenant, seconds: number): Promise<void> {
  const res = await t.control('POST', 'clock', { advanceSeconds: seconds });
  expect(res.status).toBe(200);
}

/** Width, height and colour type from a PNG's signature and IHDR chunk. */
function pngHeader(png: Buffer): { width: number; height: number; colourType: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  expect(png.toString('latin1', png.length - 8, png.length - 4)).toBe('IEND');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25]! };
}

describe('slider captcha', () => {
  it('serves real PNG puzzles (310×155 background, 47×155 piece), each different, with a 16-character key', async () => {
    const t = new TestTenant('puzzle');
    const first = await puzzle(t);
    const second = await puzzle(t);
    expect(Object.keys(first.body).sort()).toEqual(['jigsawImageBase64', 'originalImageBase64', 'repCode', 'secretKey', 'token']);
    expect(first.body.repCode).toBe('0000');
    expect(first.body.originalImageBase64).toMatch(/^[A-Za-z0-9+/]+=*$/); // no data: prefix
    expect(first.body.jigsawImageBase64).toMatch(/^[A-Za-z0-9+/]+=*$/);
    for (const p of [first, second]) {
      expect(pngHeader(p.background)).toEqual({ width: 310, height: 155, colourType: 2 });
      expect(pngHeader(p.piece)).toEqual({ width: 47, height: 155, colourType: 6 });
      expect(p.secretKey).toMatch(/^[\x21-\x7e]{16}$/);
      const x = await answerX(t, p.token);
      expect(x).toBeGreaterThanOrEqual(60);
      expect(x).toBeLessThanOrEqual(310 - 47 - 5);
    }
    expect(second.token).not.toBe(first.token);
    expect(second.secretKey).not.toBe(first.secretKey);
    expect(second.background.equals(first.background)).toBe(false);
  });

  it.each([
    [5, true],
    [-5, true],
    [6, false],
    [-6, false],
  ])('an answer %i px off passes: %s', async (delta, passes) => {
    const t = new TestTenant('tolerance');
    const { token, secretKey } = await puzzle(t);
    const x = (await answerX(t, token))!;
    const answer = await verify(t, pointJson(x + delta, secretKey), token, ZHANGSAN_MOBILE, 'en');
    if (passes) {
      expect(answer.status).toBe(200);
      expect(answer.body.captcha_token).toMatch(/^\S{16,}$/);
    } else {
      expectError(answer, 'IDAAS.SDK.SMS.1003', 'blockPuzzle verification code coordinate verification fails');
    }
  });

  it('takes one answer per puzzle, right or wrong', async () => {
    const t = new TestTenant('oneshot');
    const failed = await puzzle(t);
    const x1 = (await answerX(t, failed.token))!;
    expectError(await verify(t, pointJson(x1 + 20, failed.secretKey), failed.token, ZHANGSAN_MOBILE), 'IDAAS.SDK.SMS.1003');
    expect(await answerX(t, failed.token)).toBeUndefined();
    expectError(await verify(t, pointJson(x1, failed.secretKey), failed.token, ZHANGSAN_MOBILE, 'en'), 'IDAAS.SDK.COMMON.1005', 'The token has failed');

    const passed = await puzzle(t);
    const x2 = (await answerX(t, passed.token))!;
    expect((await verify(t, pointJson(x2, passed.secretKey), passed.token, ZHANGSAN_MOBILE)).status).toBe(200);
    expectError(await verify(t, pointJson(x2, passed.secretKey), passed.token, ZHANGSAN_MOBILE), 'IDAAS.SDK.COMMON.1005', 'token 已失效');
  });

  it('expires a puzzle after 120 s', async () => {
    const t = new TestTenant('puzzleexpiry');
    const { token, secretKey } = await puzzle(t);
    const x = (await answerX(t, token))!;
    await advanceClock(t, 121);
    expect(await answerX(t, token)).toBeUndefined();
    expectError(await verify(t, pointJson(x, secretKey), token, ZHANGSAN_MOBILE), 'IDAAS.SDK.COMMON.1005');
  });

  it('decrypts a point encrypted the way a browser does (node:crypto and @noble/ciphers), and refuses one it cannot read', async () => {
    const t = new TestTenant('aes');
    const viaNode = await puzzle(t);
    const xNode = (await answerX(t, viaNode.token))!;
    expect((await verify(t, pointJson(xNode + 0.5, viaNode.secretKey), viaNode.token, ZHANGSAN_MOBILE)).status).toBe(200);

    const viaNoble = await puzzle(t);
    const xNoble = (await answerX(t, viaNoble.token))!;
    const encrypted = noblePointJson(xNoble - 2.25, viaNoble.secretKey);
    expect(encrypted).toBe(pointJson(xNoble - 2.25, viaNoble.secretKey));
    expect((await verify(t, encrypted, viaNoble.token, '13800000000')).status).toBe(200);

    // Plain JSON, another key, garbage: SMS.1002, and the puzzle is used up.
    for (const bad of [(x: number) => `{"x":${x},"y":5.0}`, (x: number) => pointJson(x, 'ABCDEFGHIJKLMNOP'), () => 'bm90IGFlcw==', () => '%%%']) {
      const p = await puzzle(t);
      const x = (await answerX(t, p.token))!;
      expectError(await verify(t, bad(x), p.token, ZHANGSAN_MOBILE, 'en'), 'IDAAS.SDK.SMS.1002', 'blockPuzzle verification code coordinate resolution failed');
      expect(await answerX(t, p.token)).toBeUndefined();
    }
    // Decrypts, but holds no numeric x.
    for (const text of ['{"x":"120","y":5.0}', '{"y":5.0}', '[120,5]', 'null']) {
      const p = await puzzle(t);
      expectError(await verify(t, encrypt(text, p.secretKey), p.token, ZHANGSAN_MOBILE), 'IDAAS.SDK.SMS.1002');
    }
  });

  it("with captchaKey 'empty' hands out an empty key and reads the point as JSON", async () => {
    const t = new TestTenant('plain');
    await t.profile({ captchaKey: 'empty' });
    const { token, secretKey } = await puzzle(t);
    expect(secretKey).toBe('');
    const x = (await answerX(t, token))!;
    const answer = await verify(t, `{"x":${x + 3},"y":5.0}`, token, ZHANGSAN_MOBILE);
    expect(answer.status).toBe(200);
    expect(typeof answer.body.captcha_token).toBe('string');
    expect((await t.control('PUT', 'profile', { captchaKey: 'rsa' })).status).toBe(400);
  });

  it('needs point_json, token and a phone number as sender', async () => {
    const t = new TestTenant('verifyfields');
    const { token, secretKey } = await puzzle(t);
    const x = (await answerX(t, token))!;
    const point = pointJson(x, secretKey);
    expectError(await t.api(VERIFY, { json: { token, sender: ZHANGSAN_MOBILE } }), 'IDAAS.SDK.COMMON.1001', '参数 point_json 不能为空');
    expectError(await t.api(VERIFY, { json: { point_json: point, sender: ZHANGSAN_MOBILE } }), 'IDAAS.SDK.COMMON.1001', '参数 token 不能为空');
    expectError(await t.api(VERIFY, { json: { point_json: point, token } }), 'IDAAS.SDK.COMMON.1001', '参数 sender 不能为空');
    expectError(await verify(t, point, token, 'not-a-phone', 'en'), 'IDAAS.SDK.COMMON.1002', 'The sender parameter format is incorrect');
    expectError(await verify(t, point, 'no-such-token', ZHANGSAN_MOBILE), 'IDAAS.SDK.COMMON.1005', 'token 已失效');
    // None of those used the puzzle up.
    expect((await verify(t, point, token, ZHANGSAN_MOBILE)).status).toBe(200);
  });
});

describe('sms/send', () => {
  it('refuses a missing, unknown, reused or other-number captcha_token, and sends with a fresh one', async () => {
    const t = new TestTenant('send');
    expectError(await send(t, ZHANGSAN_MOBILE, 'LOGIN_SMS', undefined, 'en'), 'IDAAS.SDK.COMMON.1001', 'Parameter captcha_token cannot be left blank');
    expectError(await send(t, ZHANGSAN_MOBILE, 'LOGIN_SMS', 'made-up-token', 'en'), 'IDAAS.SDK.SMS.1004', 'The graphic verification code is incorrect');
    const forOther = await captchaToken(t, '+86-13800000001');
    expectError(await send(t, ZHANGSAN_MOBILE, 'LOGIN_SMS', forOther), 'IDAAS.SDK.SMS.1004', '图形验证码校验错误');
    expect(await outbox(t)).toEqual([]);

    const fresh = await captchaToken(t, ZHANGSAN_MOBILE);
    // The bare mainland form is the same number.
    expect(await send(t, '13800000000', 'LOGIN_SMS', fresh)).toEqual({ status: 200, body: {} });
    const [entry, ...rest] = await outbox(t);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ mobile: ZHANGSAN_MOBILE, type: 'LOGIN_SMS' });
    expect(entry!.code).toMatch(/^\d{6}$/);
    expect(Math.abs(entry!.sentAt - Date.now())).toBeLessThan(60_000);

    await advanceClock(t, 61);
    expectError(await send(t, ZHANGSAN_MOBILE, 'LOGIN_SMS', fresh), 'IDAAS.SDK.SMS.1004');
    // The other number's token is still good for its own number.
    expect((await send(t, '+86-13800000001', 'FORGET_PWD_SMS', forOther)).status).toBe(200);
    expect(await outbox(t)).toHaveLength(2);
  });

  it('refuses an unknown type (SMS.1007), a bad number (COMMON.1002) and a captcha_token older than 5 minutes', async () => {
    const t = new TestTenant('sendrules');
    const token = await captchaToken(t, ZHANGSAN_MOBILE);
    expectError(await send(t, ZHANGSAN_MOBILE, 'WELCOME_SMS', token, 'en'), 'IDAAS.SDK.SMS.1007', 'Sending scenario does not exist');
    expectError(await send(t, '12345', 'LOGIN_SMS', token, 'en'), 'IDAAS.SDK.COMMON.1002', 'The mobile parameter format is incorrect');
    expectError(await t.api(SEND, { json: { mobile: ZHANGSAN_MOBILE, captcha_token: token } }), 'IDAAS.SDK.COMMON.1001', '参数 type 不能为空');
    await advanceClock(t, 301);
    expectError(await send(t, ZHANGSAN_MOBILE, 'LOGIN_SMS', token), 'IDAAS.SDK.SMS.1004');
    expect(await outbox(t)).toEqual([]);
  });

  it('sends one SMS per number per 60 s (any type), without using up the captcha_token of a refused send', async () => {
    const t = new TestTenant('throttle');
    await smsCode(t, ZHANGSAN_MOBILE, 'LOGIN_SMS');
    const token = await captchaToken(t, ZHANGSAN_MOBILE);
    expectError(await send(t, ZHANGSAN_MOBILE, 'FORGET_PWD_SMS', token, 'en'), 'IDAAS.SDK.SMS.1008', 'Failed to send the verification code');
    // Another number is not throttled.
    await smsCode(t, '+86-13800000001', 'LOGIN_SMS');
    await advanceClock(t, 59);
    expectError(await send(t, ZHANGSAN_MOBILE, 'FORGET_PWD_SMS', token), 'IDAAS.SDK.SMS.1008');
    await advanceClock(t, 1);
    expect((await send(t, ZHANGSAN_MOBILE, 'FORGET_PWD_SMS', token)).status).toBe(200);
    expect((await outbox(t)).map((e) => [e.mobile, e.type])).toEqual([
      [ZHANGSAN_MOBILE, 'LOGIN_SMS'],
      ['+86-13800000001', 'LOGIN_SMS'],
      [ZHANGSAN_MOBILE, 'FORGET_PWD_SMS'],
    ]);
  });

  it('answers login and password codes for a number without an account with 200 but sends nothing; registration codes are sent', async () => {
    const t = new TestTenant('noenum');
    for (const [mobile, type] of [
      ['+86-13900000001', 'LOGIN_SMS'],
      ['+86-13900000002', 'FORGET_PWD_SMS'],
    ] as const) {
      expect(await send(t, mobile, type, await captchaToken(t, mobile))).toEqual({ status: 200, body: {} });
      // Throttled the same way as a real send.
      expectError(await send(t, mobile, type, await captchaToken(t, mobile)), 'IDAAS.SDK.SMS.1008');
    }
    expect(await outbox(t)).toEqual([]);
    await smsCode(t, NEW_MOBILE, 'REGISTER_SMS');
    await smsCode(t, ZHANGSAN_MOBILE, 'REGISTER_SMS');
    expect(await outbox(t)).toHaveLength(2);
  });

  it('replaces the previous code of the same number and type', async () => {
    const t = new TestTenant('replace');
    const first = await smsCode(t, ZHANGSAN_MOBILE, 'LOGIN_SMS');
    await advanceClock(t, 60);
    const second = await smsCode(t, ZHANGSAN_MOBILE, 'LOGIN_SMS');
    if (first !== second) expectError(await t.api(SMS_LOGIN, { json: { mobile: ZHANGSAN_MOBILE, verify_code: first } }), 'IDAAS.SDK.SMS.1005');
    expectSuccess(await t.api(SMS_LOGIN, { json: { mobile: ZHANGSAN_MOBILE, verify_code: second } }));
  });
});

describe('SMS codes and login by SMS', () => {
  const login = (t: TestTenant, mobile: string, verify_code: string, lang?: 'en') =>
    t.api(SMS_LOGIN, { json: { mobile, verify_code }, headers: lang ? { 'X-L': lang } : {} });

  it('logs in with a LOGIN_SMS code (SUCCESS with an id_token), once', async () => {
    const t = new TestTenant('smslogin');
    const code = await smsCode(t, ZHANGSAN_MOBILE, 'LOGIN_SMS');
    const { id_token } = expectSuccess(await login(t, '13800000000', code));
    expect(decodeJwt(id_token)).toMatchObject({ userName: 'zhangsan', mobile: ZHANGSAN_MOBILE });
    expectError(await login(t, ZHANGSAN_MOBILE, code, 'en'), 'IDAAS.SDK.SMS.1005', 'SMS verification code verification is incorrect');
  });

  it('burns a code after 5 wrong tries', async () => {
    const t = new TestTenant('burn');
    const code = await smsCode(t, ZHANGSAN_MOBILE, 'LOGIN_SMS');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) expectError(await login(t, ZHANGSAN_MOBILE, wrong), 'IDAAS.SDK.SMS.1005', '短信验证码验证错误');
    expectError(await login(t, ZHANGSAN_MOBILE, code), 'IDAAS.SDK.SMS.1005');
  });

  it('4 wrong tries leave the code usable', async () => {
    const t = new TestTenant('fourwrong');
    const code = await smsCode(t, ZHANGSAN_MOBILE, 'LOGIN_SMS');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i += 1) expectError(await login(t, ZHANGSAN_MOBILE, wrong), 'IDAAS.SDK.SMS.1005');
    expectSuccess(await login(t, ZHANGSAN_MOBILE, code));
  });

  it('answers COMMON.1005 for the right code after 5 minutes (a wrong one stays SMS.1005)', async () => {
    const t = new TestTenant('codeexpiry');
    const code = await smsCode(t, ZHANGSAN_MOBILE, 'LOGIN_SMS');
    await advanceClock(t, 301);
    expectError(await login(t, ZHANGSAN_MOBILE, code, 'en'), 'IDAAS.SDK.COMMON.1005', 'The verify_code has failed');
    expectError(await login(t, ZHANGSAN_MOBILE, code === '000000' ? '111111' : '000000'), 'IDAAS.SDK.SMS.1005');
  });

  it('answers a number without an account exactly like a wrong code, and checks the fields', async () => {
    const t = new TestTenant('smsloginenum');
    await smsCode(t, ZHANGSAN_MOBILE, 'LOGIN_SMS');
    const unknown = await login(t, '+86-13900000009', '123456', 'en');
    expectError(unknown, 'IDAAS.SDK.SMS.1005');
    expect(await login(t, ZHANGSAN_MOBILE, '12345x', 'en')).toEqual(unknown);
    expectError(await t.api(SMS_LOGIN, { json: { mobile: ZHANGSAN_MOBILE } }), 'IDAAS.SDK.COMMON.1001', '参数 verify_code 不能为空');
    expectError(await login(t, 'zhangsan', '123456'), 'IDAAS.SDK.COMMON.1002', '参数 mobile 格式错误');
  });
});

describe('forgot password by mobile', () => {
  const reset = (t: TestTenant, mobile: string, verify_code: string, password: string) =>
    t.api(RESET_BY_MOBILE, { json: { mobile, verify_code, password }, headers: { 'X-L': 'en' } });

  it('sets a new password (policy and history checked, the code kept until it succeeds); the old one stops working', async () => {
    const t = new TestTenant('forgot');
    const code = await smsCode(t, ZHANGSAN_MOBILE, 'FORGET_PWD_SMS');
    // A code is for its type: this one does not log in.
    expectError(await t.api(SMS_LOGIN, { json: { mobile: ZHANGSAN_MOBILE, verify_code: code } }), 'IDAAS.SDK.SMS.1005');
    expectError(await reset(t, ZHANGSAN_MOBILE, code, 'abcdefghij'), 'IDAAS.SDK.PWD.1003', 'Your password complexity is low');
    expectError(await reset(t, ZHANGSAN_MOBILE, code, 'Ab1@'), 'IDAAS.SDK.PWD.1001');
    expectError(await reset(t, ZHANGSAN_MOBILE, code, SEED_OLD_PASSWORD), 'IDAAS.SDK.PWD.1005', 'The password is used before, cannot be used again');
    expectError(await reset(t, ZHANGSAN_MOBILE, code, SEED_PASSWORD), 'IDAAS.SDK.PWD.1005');
    expect(await reset(t, ZHANGSAN_MOBILE, code, NEW_PASSWORD)).toEqual({ status: 200, body: {} });
    expectError(await reset(t, ZHANGSAN_MOBILE, code, 'Another#2028'), 'IDAAS.SDK.SMS.1005');

    expectSuccess(await t.login('zhangsan', NEW_PASSWORD));
    expectError(await t.login('zhangsan', SEED_PASSWORD), 'IDAAS.SDK.LOGIN.1005');

    // The password it replaced is history now.
    await advanceClock(t, 60);
    const again = await smsCode(t, ZHANGSAN_MOBILE, 'FORGET_PWD_SMS');
    expectError(await reset(t, ZHANGSAN_MOBILE, again, SEED_PASSWORD), 'IDAAS.SDK.PWD.1005');
    expectError(await reset(t, ZHANGSAN_MOBILE, again, NEW_PASSWORD), 'IDAAS.SDK.PWD.1005');
  });

  it('unlocks a locked account and ends password expiry', async () => {
    const t = new TestTenant('forgotunlock');
    expectError(await t.login('zhaoliu', SEED_PASSWORD), 'IDAAS.SDK.LOGIN.1003');
    expect(await reset(t, '+86-13800000003', await smsCode(t, '+86-13800000003', 'FORGET_PWD_SMS'), NEW_PASSWORD)).toEqual({ status: 200, body: {} });
    expectSuccess(await t.login('zhaoliu', NEW_PASSWORD));

    expect((await t.login('wangwu', SEED_PASSWORD)).body.status).toBe('PASSWORD_EXPIRED');
    expect(await reset(t, '+86-13800000002', await smsCode(t, '+86-13800000002', 'FORGET_PWD_SMS'), NEW_PASSWORD)).toEqual({ status: 200, body: {} });
    expectSuccess(await t.login('wangwu', NEW_PASSWORD));
  });

  it('answers a number without an account like a wrong code', async () => {
    const t = new TestTenant('forgotenum');
    expectError(await reset(t, '+86-13900000009', '123456', NEW_PASSWORD), 'IDAAS.SDK.SMS.1005');
  });
});

describe('registration by mobile', () => {
  const register = (t: TestTenant, body: Record<string, unknown>, lang: 'en' | 'zh' = 'en') => t.api(REGISTER, { json: body, headers: { 'X-L': lang } });

  const profile = {
    user_name: 'wang.xiaoming',
    name: '王小明',
    email: 'xiaoming@example.com',
    pwd: 'QWE@qwe123',
    head_img: 'https://thirdwx.qlogo.cn/mmopen/vi_32/Q0j4TwGTfTIQ8QOTSn3y4cYHLlMC3sv6RCBmeMkxtOog47Zr3v2Afbqc2bmP0WibUIUskX39eJlJ',
    attr_gender: 'male',
    attr_birthday: '2000-02-29',
    attr_nick_name: '小明',
    mailing_address: '湖北省武汉市',
    zip_code: '430000',
    first_name: 'Xiaoming',
    middle_name: 'X',
    last_name: 'Wang',
    industry: '事业单位',
    extension: { age: '18', employee_no: 'E-0042' },
  };

  it('registers with every optional field and an extension attribute: SUCCESS, then the user signs in by user name', async () => {
    const t = new TestTenant('register');
    const verify_code = await smsCode(t, NEW_MOBILE, 'REGISTER_SMS');
    const { id_token } = expectSuccess(await register(t, { mobile: '13912345678', verify_code, ...profile }));
    const claims = decodeJwt(id_token);
    expect(claims).toMatchObject({ userName: 'wang.xiaoming', name: '王小明', email: 'xiaoming@example.com', mobile: NEW_MOBILE });
    expect(claims.sub).toMatch(/^\d{17}-[0-9A-F]{4}-[0-9A-F]{9}$/);
    const again = expectSuccess(await t.login('wang.xiaoming', 'QWE@qwe123'));
    expect(decodeJwt(again.id_token).sub).toBe(claims.sub);
    // The code is used up, and the number now has an account.
    expectError(await register(t, { mobile: NEW_MOBILE, verify_code, user_name: 'other' }), 'IDAAS.SDK.SMS.1005');
  });

  it('registers with the number and code alone', async () => {
    const t = new TestTenant('registerbare');
    const verify_code = await smsCode(t, NEW_MOBILE, 'REGISTER_SMS');
    const { id_token } = expectSuccess(await register(t, { mobile: NEW_MOBILE, verify_code }));
    expect(decodeJwt(id_token)).toMatchObject({ userName: 'u13912345678', mobile: NEW_MOBILE, email: '', name: '' });
  });

  it('refuses a taken mobile, user name or email naming the field, and the code still works afterwards (up to its tries)', async () => {
    const t = new TestTenant('registerdup');
    const existing = await smsCode(t, ZHANGSAN_MOBILE, 'REGISTER_SMS');
    expectError(await register(t, { mobile: ZHANGSAN_MOBILE, verify_code: existing }), 'IDAAS.SDK.COMMON.1006', 'The mobile parameter error');

    const verify_code = await smsCode(t, NEW_MOBILE, 'REGISTER_SMS');
    expectError(await register(t, { mobile: NEW_MOBILE, verify_code, user_name: 'ZhangSan' }), 'IDAAS.SDK.COMMON.1006', 'The user_name parameter error');
    expectError(await register(t, { mobile: NEW_MOBILE, verify_code, email: 'LISI@example.com' }, 'zh'), 'IDAAS.SDK.COMMON.1006', 'email 参数错误');
    expectError(await register(t, { mobile: NEW_MOBILE, verify_code, pwd: 'weakpassword' }), 'IDAAS.SDK.PWD.1003');
    expectError(await register(t, { mobile: NEW_MOBILE, verify_code, user_name: 'lisi' }), 'IDAAS.SDK.COMMON.1006');
    expectSuccess(await register(t, { mobile: NEW_MOBILE, verify_code, user_name: 'zhangsan2', email: 'zhangsan2@example.com' }));
  });

  it('burns the code after 5 refused registrations, as after 5 wrong codes: one code cannot test user names without end', async () => {
    const t = new TestTenant('registerprobe');
    const verify_code = await smsCode(t, NEW_MOBILE, 'REGISTER_SMS');
    for (const user_name of ['zhangsan', 'lisi', 'wangwu', 'zhaoliu', 'lisi']) {
      expectError(await register(t, { mobile: NEW_MOBILE, verify_code, user_name }), 'IDAAS.SDK.COMMON.1006');
    }
    expectError(await register(t, { mobile: NEW_MOBILE, verify_code, user_name: 'nobody-yet' }), 'IDAAS.SDK.SMS.1005');
  });

  it('checks the formats: gender, birthday, email, user name, avatar URL, extension', async () => {
    const t = new TestTenant('registerformat');
    const verify_code = await smsCode(t, NEW_MOBILE, 'REGISTER_SMS');
    const refused: [Record<string, unknown>, string, string][] = [
      [{ attr_gender: 'M' }, 'COMMON.1002', 'attr_gender'],
      [{ attr_gender: 'Female' }, 'COMMON.1002', 'attr_gender'],
      [{ attr_birthday: '2022-02-30' }, 'COMMON.1002', 'attr_birthday'],
      [{ attr_birthday: '17/02/2022' }, 'COMMON.1002', 'attr_birthday'],
      [{ attr_birthday: '2022-2-17' }, 'COMMON.1002', 'attr_birthday'],
      [{ attr_birthday: `${new Date().getUTCFullYear() + 1}-01-01` }, 'COMMON.1002', 'attr_birthday'],
      [{ email: 'not-an-email' }, 'COMMON.1002', 'email'],
      [{ user_name: 'a' }, 'COMMON.1002', 'user_name'],
      [{ user_name: 'has space' }, 'COMMON.1002', 'user_name'],
      [{ user_name: '13700000000' }, 'COMMON.1002', 'user_name'],
      [{ head_img: 'javascript:alert(1)' }, 'COMMON.1002', 'head_img'],
      [{ name: 'x'.repeat(65) }, 'COMMON.1002', 'name'],
      [{ attr_gender: 1 }, 'COMMON.1007', 'attr_gender'],
      [{ extension: { age: 'eighteen' } }, 'COMMON.1002', 'extension.age'],
      [{ extension: { age: 18 } }, 'COMMON.1006', 'extension'],
      [{ extension: { height: '180' } }, 'COMMON.1006', 'extension'],
      [{ extension: '{"age":"18"}' }, 'COMMON.1006', 'extension'],
      [{ extension: ['18'] }, 'COMMON.1006', 'extension'],
    ];
    for (const [fields, code, field] of refused) {
      const answer = await register(t, { mobile: NEW_MOBILE, verify_code, ...fields });
      expectError(answer, `IDAAS.SDK.${code}`);
      expect(answer.body.error_msg, JSON.stringify(fields)).toContain(` ${field} `);
    }
    expectSuccess(await register(t, { mobile: NEW_MOBILE, verify_code, attr_gender: 'unknow', attr_birthday: '1990-12-31', extension: { age: '35' } }));
  });

  it('needs a REGISTER_SMS code for that number', async () => {
    const t = new TestTenant('registercode');
    const login = await smsCode(t, ZHANGSAN_MOBILE, 'LOGIN_SMS');
    expectError(await register(t, { mobile: ZHANGSAN_MOBILE, verify_code: login }), 'IDAAS.SDK.SMS.1005');
    const verify_code = await smsCode(t, NEW_MOBILE, 'REGISTER_SMS');
    expectError(await register(t, { mobile: '+86-13912345679', verify_code }), 'IDAAS.SDK.SMS.1005');
    expectError(await register(t, { mobile: NEW_MOBILE }), 'IDAAS.SDK.COMMON.1001', 'Parameter verify_code cannot be left blank');
  });
});

describe('test control', () => {
  it('reset clears puzzles, captcha tokens, codes, outbox and throttles', async () => {
    const t = new TestTenant('verifyreset');
    const code = await smsCode(t, ZHANGSAN_MOBILE, 'LOGIN_SMS');
    const token = await captchaToken(t, ZHANGSAN_MOBILE);
    const { token: puzzleToken } = await puzzle(t);
    expect((await t.control('POST', 'reset')).status).toBe(204);
    expect(await outbox(t)).toEqual([]);
    expect(await answerX(t, puzzleToken)).toBeUndefined();
    expectError(await send(t, ZHANGSAN_MOBILE, 'LOGIN_SMS', token), 'IDAAS.SDK.SMS.1004');
    expectError(await t.api(SMS_LOGIN, { json: { mobile: ZHANGSAN_MOBILE, verify_code: code } }), 'IDAAS.SDK.SMS.1005');
    // Not throttled any more.
    await smsCode(t, ZHANGSAN_MOBILE, 'LOGIN_SMS');
  });

  it('keeps outboxes and puzzles to their tenant', async () => {
    const a = new TestTenant('outboxa');
    const b = new TestTenant('outboxb');
    await smsCode(a, ZHANGSAN_MOBILE, 'LOGIN_SMS');
    const { token } = await puzzle(a);
    expect(await outbox(b)).toEqual([]);
    expect(await answerX(b, token)).toBeUndefined();
  });
});
