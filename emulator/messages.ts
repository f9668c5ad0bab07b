import type { TenantBehaviour } from './profile.ts';
import { TenantError } from './http.ts';

/**
 * The tenant's own error wording, verbatim from the SDK documents' IDaaS return-code tables
 * (en: documents 000–002, zh: document 003; docs/product.md, "Sources"). The emulator answers in the language of `X-L`.
 */
const catalog = {
  'COMMON.1001': [400, 'Parameter {0} cannot be left blank', '参数 {0} 不能为空'],
  'COMMON.1002': [400, 'The {0} parameter format is incorrect', '参数 {0} 格式错误'],
  'COMMON.1003': [400, 'Device information is incomplete', '设备信息不完整'],
  'COMMON.1004': [400, 'Signature decryption error', '签名解密错误'],
  'COMMON.1005': [400, 'The {0} has failed', '{0} 已失效'],
  'COMMON.1006': [400, 'The {0} parameter error', '{0} 参数错误'],
  'COMMON.1007': [400, 'The {0} parameter type error', '{0}参数类型错误'],
  'COMMON.1008': [500, 'The system is busy. Try again later', '系统繁忙。稍后再试'],
  'COMMON.1009': [400, 'Unknown authentication configuration', '未知的认证配置'],
  'COMMON.1010': [400, 'Failed to obtain the enterprise center global configuration', '获取企业中心全局配置失败'],
  'COMMON.1011': [400, 'Failed to obtain the international area code configuration', '获取国际区号配置失败'],
  'COMMON.1012': [400, 'The x-client-ID is incorrect and the corresponding application cannot be found', 'X-client-id错误,找不到对应的应用'],
  'COMMON.1013': [400, 'The corresponding user is not found', '未找到对应的用户'],
  'COMMON.1014': [400, 'Application private key not found', '未找到应用私钥'],
  'LOGIN.1001': [400, 'Error calling interface {0}', '调用 {0} 接口出错'],
  'LOGIN.1002': [400, 'User not bound', '用户未绑定'],
  'LOGIN.1003': [
    400,
    'The user has been locked due to too many unsuccessful login attempts. It will be unlocked in {0} minutes and {1} seconds',
    '由于多次登录失败,用户已被锁定。 它将在 {0} 分钟和 {1} 秒内解锁',
  ],
  'LOGIN.1004': [400, 'Failed to obtain the password policy', '获取密码策略错误'],
  'LOGIN.1005': [400, 'Invalid username or password. Remaining login attempts: {0}', '无效的用户名或密码。 其余登录尝试次数:{0}'],
  'LOGIN.1008': [400, 'The configuration is incorrect. The one-click login authentication source cannot be found', '配置错误,无法找到一键登录认证源'],
  'SMS.1001': [400, '{0} slide base map is not initialized successfully, please check the path', '{0} 滑动底图未初始化成功,请检查路径'],
  'SMS.1002': [400, '{0} verification code coordinate resolution failed', '{0} 验证码坐标解析失败'],
  'SMS.1003': [400, '{0} verification code coordinate verification fails', '{0} 验证码坐标校验失败'],
  'SMS.1004': [400, 'The graphic verification code is incorrect', '图形验证码校验错误'],
  'SMS.1005': [400, 'SMS verification code verification is incorrect', '短信验证码验证错误'],
  'SMS.1007': [400, 'Sending scenario does not exist', '发送场景不存在'],
  'SMS.1008': [400, 'Failed to send the verification code', '发送验证码失败'],
  'PWD.1001': [400, 'The password length is incorrect', '密码长度错误'],
  'PWD.1002': [400, 'The password cannot be the username', '密码不能为用户名'],
  'PWD.1003': [400, 'Your password complexity is low', '你的密码复杂度过低'],
  'PWD.1004': [400, 'The password is weak', '密码很弱'],
  'PWD.1005': [400, 'The password is used before, cannot be used again', '该密码已被使用过,不能再次使用'],
  'PWD.1006': [400, 'Password cannot username in reverse order', '密码不能是用户名的倒序'],
  'PWD.1007': [400, 'The number of repeated password characters exceeded the upper limit', '密码重复字符数超过限制'],
  'PWD.1008': [
    400,
    'Password cannot contain :username, phone number, email prefix, name in PinYing',
    '密码不能包含:用户名、电话号码、邮件前缀、拼音名',
  ],
} as const satisfies Record<string, readonly [number, string, string]>;

export type TenantErrorKey = keyof typeof catalog;
export type TenantLanguage = 'zh' | 'en';

/**
 * How error codes are spelled on the wire (TenantBehaviour.errorCodes; docs/tenant-api.md, "Error
 * codes"). The SDK documents give `IDAAS.SDK.<AREA>.<n>`; live tenants send the reference's PARAM / CAPTCHA codes where it
 * documents one, elsewhere `SDK.<AREA>.<n>` with numbers put straight into the zh wording.
 */
export type ErrorStyle = TenantBehaviour['errorCodes'];

const liveZh: Partial<Record<TenantErrorKey, string>> = {
  'LOGIN.1005': '无效的用户名或密码。 剩余登录尝试次数:{0}',
};

/**
 * The codes of the tenant's API reference (docs/tenant-api.md, "Error codes"), by the seed code
 * and parameter the emulator would otherwise answer. English wording verbatim from the reference;
 * Chinese verbatim where the reference shows it (PARAM.0001–0003), else the emulator's own.
 */
const referenceCodes: readonly { keys: readonly TenantErrorKey[]; param?: string; code: string; en: string; zh: string }[] = [
  { keys: ['COMMON.1003'], code: 'IDAAS.SDK.PARAM.0001', en: 'Device information is incomplete', zh: '设备信息不完整' },
  { keys: ['COMMON.1001'], param: 'X-client-id', code: 'IDAAS.SDK.PARAM.0002', en: 'clientId cannot be empty', zh: 'clientId不能为空' },
  { keys: ['COMMON.1012'], code: 'IDAAS.SDK.PARAM.0003', en: 'The app is not registered, please register the app first', zh: '应用未注册,请先注册应用' },
  { keys: ['COMMON.1001'], param: 'verify_code', code: 'IDAAS.SDK.PARAM.0009', en: 'Verification code cannot be empty', zh: '验证码不能为空' },
  { keys: ['COMMON.1005'], param: 'state_token', code: 'IDAAS.SDK.PARAM.0014', en: 'Invalid state token', zh: '无效的state token' },
  { keys: ['COMMON.1006'], param: 'state_token', code: 'IDAAS.SDK.COMMON.1007', en: 'state_token parameter error', zh: 'state_token参数错误' },
  { keys: ['COMMON.1005'], param: 'session_token', code: 'IDAAS.SDK.PARAM.0023', en: 'Invalid or expired session token', zh: '无效或已过期的session token' },
  // An unreadable point, a wrong one, or the captcha_token refused at sms/send.
  { keys: ['SMS.1002', 'SMS.1003', 'SMS.1004'], code: 'IDAAS.SDK.CAPTCHA.0002', en: 'Graphic verification code verification failed', zh: '图形验证码校验失败' },
  { keys: ['SMS.1008'], code: 'IDAAS.SDK.CAPTCHA.0006', en: 'Failed to send verification code', zh: '验证码发送失败' },
  { keys: ['SMS.1005'], code: 'IDAAS.SDK.CAPTCHA.0007', en: 'Incorrect verification code', zh: '验证码错误' },
];

export function tenantError(key: TenantErrorKey, lang: TenantLanguage, style: ErrorStyle, ...args: (string | number)[]): TenantError {
  const [status, en, zh] = catalog[key];
  if (style === 'live') {
    const documented = referenceCodes.find((c) => c.keys.includes(key) && (c.param === undefined || c.param === args[0]));
    if (documented) return new TenantError(status, documented.code, lang === 'en' ? documented.en : documented.zh);
  }
  const template = lang === 'en' ? en : style === 'live' ? (liveZh[key] ?? zh) : zh;
  const message = template.replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)] ?? ''));
  const code = style === 'live' ? `SDK.${key}` : `IDAAS.SDK.${key}`;
  return new TenantError(status, code, message);
}
