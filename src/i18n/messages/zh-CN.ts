import type { PackMessageKey } from '../packs';

/** The source catalog of the strings every screen may need; zh-TW and en must have exactly these keys. */
const messages = {
  'app.title': '登录',
  'app.failed.title': '页面出错了',
  'app.failed.body': '显示此页面时出错，请重新加载。',
  'app.failed.reload': '重新加载',
  'app.failed.reloadSignsOut': '重新加载（需要重新登录）',
  'app.code.title': '页面的这部分内容未能下载',
  'app.code.server': '已多次尝试，仍未能从服务器下载。',
  'app.code.offline': '此设备已离线。',
  'lang.label': '语言',
  'common.retry': '重试',
  'common.close': '关闭',
  'common.backToLogin': '返回登录',

  'common.field.phone': '手机号',
  'common.error.emailInvalid': '请输入有效的邮箱地址，例如 name@example.com。',
  'common.register': '注册新账号',
  'signIn.mfaRequired': '该账号需要多因素认证，此页面暂不支持。请使用其他方式登录或联系管理员。',
  'signIn.accessDenied': '访问被拒绝：您的账号无权登录此应用。',

  'password.show': '显示密码',
  'password.hide': '隐藏密码',

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
} as const;

/** Keys of the core catalog, loaded before the first render. */
export type CoreMessageKey = keyof typeof messages;
export type CoreMessages = Record<CoreMessageKey, string>;

/** Every message key: the core catalog's and the packs' (loaded with the screens that use them, see i18n/packs.ts). */
export type MessageKey = CoreMessageKey | PackMessageKey;
export type Messages = Record<MessageKey, string>;

export default messages satisfies CoreMessages;
