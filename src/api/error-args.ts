/**
 * Tenants send messages with the placeholders already filled in ("Remaining login attempts: 4",
 * "剩余登录尝试次数:8"). To show the message in the user's language we recover the values: first by
 * matching the tenant's known wordings (those of emulator/messages.ts, en and zh), then, for codes whose values are
 * numbers, by taking the last numbers of the message (live tenants reword messages and may put
 * other figures first).
 */
const tenantWordings: Record<string, readonly string[]> = {
  'COMMON.1001': ['Parameter {0} cannot be left blank', 'Parameter {0} cannot be empty', '参数 {0} 不能为空'],
  'COMMON.1002': ['The {0} parameter format is incorrect', 'Parameter {0} format error', '参数 {0} 格式错误'],
  'COMMON.1005': ['The {0} has failed', '{0} has expired', '{0} 已失效'],
  'COMMON.1006': ['The {0} parameter error', '{0} parameter error', '{0} 参数错误'],
  'COMMON.1007': ['The {0} parameter type error', '{0} parameter type error', '{0}参数类型错误', 'The {0} parameter error', '{0} parameter error', '{0}参数错误'],
  'LOGIN.1001': ['Error calling interface {0}', '调用 {0} 接口出错'],
  'LOGIN.1003': [
    'The user has been locked due to too many unsuccessful login attempts. It will be unlocked in {0} minutes and {1} seconds',
    'User locked due to multiple failed login attempts. Will be unlocked in {0} minutes and {1} seconds',
    '由于多次登录失败,用户已被锁定。 它将在 {0} 分钟和 {1} 秒内解锁',
  ],
  'LOGIN.1005': ['Invalid username or password. Remaining login attempts: {0}', '无效的用户名或密码。 其余登录尝试次数:{0}'],
  'SMS.1001': ['{0} slide base map is not initialized successfully, please check the path', '{0} 滑动底图未初始化成功,请检查路径'],
  'SMS.1002': ['{0} verification code coordinate resolution failed', '{0} 验证码坐标解析失败'],
  'SMS.1003': ['{0} verification code coordinate verification fails', '{0} 验证码坐标校验失败'],
};

/** Codes whose placeholders are all numbers, and how many there are. */
const numericArity: Record<string, number> = { 'LOGIN.1003': 2, 'LOGIN.1005': 1 };

const MAX_MESSAGE = 500;

function wordingPattern(wording: string): RegExp {
  const parts = wording.split(/\{\d+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*'));
  return new RegExp(`^\\s*${parts.join('(.+?)')}\\s*[.。]?\\s*$`, 'i');
}

const compiled = new Map<string, RegExp[]>();

export function extractErrorArgs(code: string, message: string | undefined): string[] {
  if (!message) return [];
  const text = message.slice(0, MAX_MESSAGE);
  let patterns = compiled.get(code);
  if (!patterns) {
    patterns = (tenantWordings[code] ?? []).map(wordingPattern);
    compiled.set(code, patterns);
  }
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match.slice(1).map((value) => value.trim());
  }
  const arity = numericArity[code];
  if (arity !== undefined) {
    const numbers = text.match(/\d+/g) ?? [];
    if (numbers.length >= arity) return numbers.slice(-arity);
  }
  return [];
}
