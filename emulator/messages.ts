import { TenantError } from './http.ts';

/**
 * The tenant's own error wording, verbatim from the seeds' IDaaS return-code tables
 * (en: seeds 000–002, zh: seed 003). The emulator answers in the language of `X-L`.
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
 * How error codes are spelled on the wire. The seeds document `IDAAS.SDK.*`; live tenants send
 * `SDK.*` and put numbers straight into a slightly different zh wording (the `live` scenario).
 */
export type ErrorStyle = 'seed' | 'live';

const liveZh: Partial<Record<TenantErrorKey, string>> = {
  'LOGIN.1005': '无效的用户名或密码。 剩余登录尝试次数:{0}',
};

export function tenantError(key: TenantErrorKey, lang: TenantLanguage, style: ErrorStyle, ...args: (string | number)[]): TenantError {
  const [status, en, zh] = catalog[key];
  const template = lang === 'en' ? en : style === 'live' ? (liveZh[key] ?? zh) : zh;
  const message = template.replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)] ?? ''));
  const code = style === 'live' ? `SDK.${key}` : `IDAAS.SDK.${key}`;
  return new TenantError(status, code, message);
}
