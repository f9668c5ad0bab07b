/** The sign-in forms' strings: the password login page, and the phone number field of the SMS, forgot-password and registration forms. */
const forms = {
  'login.title': '登录',
  'login.modes': '登录方式',
  'login.mode.unified': '账号',
  'login.mode.username': '用户名',
  'login.mode.phone': '手机号',
  'login.mode.email': '邮箱',
  'login.field.unified': '用户名 / 手机号 / 邮箱',
  'login.field.username': '用户名',
  'login.field.email': '邮箱',
  'login.field.password': '密码',
  'login.submit': '登录',
  'login.submitting': '正在登录…',
  'login.error.identifierRequired': '请输入用户名、手机号或邮箱。',
  'login.error.usernameRequired': '请输入用户名。',
  'login.error.emailRequired': '请输入邮箱。',
  'login.error.passwordRequired': '请输入密码。',
  'login.error.passwordTooLong': '密码不能超过 {max} 个字符。',
  'login.smsInstead': '短信验证码登录',
  'login.forgot': '忘记密码？',
  'login.passwordReset': '密码已重置，请使用新密码登录。',
  'login.locked.title': '账号已被锁定',
  'login.locked.body': '由于多次登录失败，账号已被暂时锁定。',
  'login.locked.countdown': '{time} 后可重新登录',
  'login.locked.over': '锁定已解除，现在可以重新登录。',

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
} as const;

export type FormsMessages = Record<keyof typeof forms, string>;

export default forms satisfies FormsMessages;
