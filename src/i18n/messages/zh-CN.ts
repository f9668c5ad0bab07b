import type { PackMessageKey } from '../packs';

/** The source catalog of the strings every screen may need; zh-TW and en must have exactly these keys. */
const messages = {
  'app.title': '登录',
  'app.failed.title': '页面加载失败',
  'app.failed.body': '页面未能正常加载，可能是网络中断或页面刚刚更新。请重新加载。',
  'app.failed.reload': '重新加载',
  'lang.label': '语言',
  'common.retry': '重试',
  'common.close': '关闭',
  'common.backToLogin': '返回登录',

  'login.title': '登录',
  'login.modes': '登录方式',
  'login.mode.unified': '账号',
  'login.mode.username': '用户名',
  'login.mode.phone': '手机号',
  'login.mode.email': '邮箱',
  'login.field.unified': '用户名 / 手机号 / 邮箱',
  'login.field.username': '用户名',
  'login.field.phone': '手机号',
  'login.field.email': '邮箱',
  'login.field.password': '密码',
  'login.submit': '登录',
  'login.submitting': '正在登录…',
  'login.error.identifierRequired': '请输入用户名、手机号或邮箱。',
  'login.error.usernameRequired': '请输入用户名。',
  'login.error.emailRequired': '请输入邮箱。',
  'login.error.emailInvalid': '请输入有效的邮箱地址，例如 name@example.com。',
  'login.error.passwordRequired': '请输入密码。',
  'login.error.passwordTooLong': '密码不能超过 {max} 个字符。',
  'login.smsInstead': '短信验证码登录',
  'login.locked.title': '账号已被锁定',
  'login.locked.body': '由于多次登录失败，账号已被暂时锁定。',
  'login.locked.countdown': '{time} 后可重新登录',
  'login.locked.over': '锁定已解除，现在可以重新登录。',
  'login.mfaRequired': '该账号需要多因素认证，此页面暂不支持。请使用其他方式登录或联系管理员。',
  'login.accessDenied': '访问被拒绝：您的账号无权登录此应用。',

  'password.show': '显示密码',
  'password.hide': '隐藏密码',

  'phone.areaCode.button': '区号 {name} +{code}，更改',
  'phone.picker.title': '选择国家或地区',
  'phone.picker.search': '搜索国家/地区或区号',
  'phone.picker.empty': '没有匹配的国家或地区。',
  'phone.picker.preferred': '常用',
  'phone.picker.count': '{count} 个结果',
  'phone.picker.countOne': '1 个结果',
  'phone.loading': '正在加载区号…',
  'phone.loadFailed': '区号加载失败。',
  'phone.error.required': '请输入手机号。',
  'phone.error.invalid': '请输入有效的{country}手机号（+{code}）。',
  'phone.error.tooLong': '手机号过长。',

  'warn.title': '密码即将过期',
  'warn.body': '您的密码即将过期。建议现在修改密码，也可以暂不修改、继续登录。',
  'warn.change': '立即修改',
  'warn.skip': '暂不修改',
  'warn.skipping': '正在继续登录…',
  'warn.otherAccount': '使用其他账号登录',

  'change.title': '修改密码',
  'change.expiredTitle': '密码已过期',
  'change.expiredBody': '您的密码已过期，请设置新密码后继续。',
  'change.warnBody': '请设置一个新密码。',
  'change.noFlow': '修改密码需要先登录。请返回登录页，登录后按提示修改密码。',
  'change.field.old': '当前密码',
  'change.field.new': '新密码',
  'change.field.confirm': '确认新密码',
  'change.submit': '确认修改',
  'change.submitting': '正在提交…',
  'change.skip': '暂不修改，继续登录',
  'change.cancel': '取消',
  'change.rules': '新密码要求',
  'change.rule.met': '已满足',
  'change.rule.unmet': '未满足',
  'change.rule.length': '长度为 {min}–{max} 个字符',
  'change.rule.minLength': '至少 {min} 个字符',
  'change.rule.maxLength': '最多 {max} 个字符',
  'change.rule.complexity': '符合密码复杂度要求',
  'change.rule.notUsername': '不能与用户名相同',
  'change.rule.notOld': '不能与当前密码相同',
  'change.error.oldRequired': '请输入当前密码。',
  'change.error.newRequired': '请输入新密码。',
  'change.error.policy': '新密码不符合要求，请按提示修改。',
  'change.error.confirmRequired': '请再次输入新密码。',
  'change.error.mismatch': '两次输入的新密码不一致。',
  'change.expiredFlow': '密码修改已超时，请重新登录。',

  'session.ended.refreshFailed': '登录状态已失效，请重新登录。',
  'session.ended.expired': '登录已过期且未能续期，请重新登录。',

  'notFound.title': '页面不存在',
  'notFound.body': '您访问的页面不存在。',

  'error.network': '网络连接失败，请检查网络后重试。',
  'error.offline': '您已离线，请连接网络后重试。',
  'error.timeout': '服务器响应超时，请重试。',
  'error.http': '服务暂时不可用（HTTP {status}），请稍后重试。',
  'error.malformed': '服务器返回了无法识别的响应，请稍后重试。',
  'error.unknownCode': '请求失败（错误码 {code}）。',
  'error.invalidInput': '填写的信息格式不正确。',

  'param.user_name': '用户名',
  'param.password': '密码',
  'param.mobile': '手机号',
  'param.email': '邮箱',
  'param.old_password': '当前密码',
  'param.new_password': '新密码',
  'param.state_token': '密码修改会话',
  'param.session_token': '登录会话',
  'param.verify_code': '验证码',
  'param.captcha_token': '滑块验证',
  'param.X-client-id': '应用标识（client id）',

} as const;

/** Keys of the core catalog, loaded before the first render. */
export type CoreMessageKey = keyof typeof messages;
export type CoreMessages = Record<CoreMessageKey, string>;

/** Every message key: the core catalog's and the packs' (loaded with the screens that use them, see i18n/packs.ts). */
export type MessageKey = CoreMessageKey | PackMessageKey;
export type Messages = Record<MessageKey, string>;

export default messages satisfies CoreMessages;
