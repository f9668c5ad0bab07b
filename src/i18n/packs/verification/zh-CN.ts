/** The slider captcha and SMS code strings, shared by SMS login, forgot password and registration. */
const verification = {
  'captcha.title': '安全验证',
  'captcha.instructions': '拖动下方滑块，把拼图块移到图中缺口处。也可以点按滑条上对应的位置，或用方向键移动后按回车确认。',
  'captcha.image': '拼图验证图片：图中有一个缺口，需要把拼图块移到缺口处',
  'captcha.handle': '拼图块位置',
  'captcha.valueText': '已向右移动 {percent}%',
  'captcha.refresh': '换一张',
  'captcha.loading': '正在加载拼图…',
  'captcha.checking': '正在验证…',
  'captcha.passed': '验证通过',
  'captcha.failed': '位置不对，已换一张新拼图，请再试一次。',
  'captcha.expired': '拼图已过期，已换一张新的。',
  'captcha.loadFailed': '拼图加载失败。',
  'captcha.closed': '已关闭安全验证，验证码未发送。',

  'sms.code': '短信验证码',
  'sms.getCode': '获取验证码',
  'sms.sending': '正在发送…',
  'sms.resendIn': '{seconds} 秒后可重新获取',
  'sms.sent': '验证码已发送至 {mobile}，5 分钟内有效。',
  'sms.error.codeRequired': '请输入短信验证码。',
  'sms.error.codeFormat': '请输入 6 位数字验证码。',
  'sms.error.codeWrong': '验证码不正确，请检查后重新输入，或重新获取。',
  'sms.error.codeExpired': '验证码已过期，请重新获取。',

  'smsLogin.title': '短信验证码登录',
  'smsLogin.submit': '登录',
  'smsLogin.submitting': '正在登录…',
  'smsLogin.passwordInstead': '使用密码登录',

  'forgot.title': '重置密码',
  'forgot.intro': '输入账号绑定的手机号，获取短信验证码后设置新密码。',
  'forgot.submit': '重置密码',
  'forgot.submitting': '正在重置…',
} as const;

export type VerificationMessages = Record<keyof typeof verification, string>;

export default verification satisfies VerificationMessages;
