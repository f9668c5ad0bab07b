/** The new-password strings: the password-expiring step, the change page, and the new-password fields and rules of forgot password and registration. */
const passwordChange = {
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
} as const;

export type PasswordChangeMessages = Record<keyof typeof passwordChange, string>;

export default passwordChange satisfies PasswordChangeMessages;
