import type { VerificationMessages } from './zh-CN';

const verification: VerificationMessages = {
  'captcha.title': '安全驗證',
  'captcha.instructions': '拖曳下方滑桿，把拼圖塊移到圖中缺口處。也可以點按滑桿上對應的位置，或用方向鍵移動後按 Enter 確認。',
  'captcha.image': '拼圖驗證圖片：圖中有一個缺口，需要把拼圖塊移到缺口處',
  'captcha.handle': '拼圖塊位置',
  'captcha.valueText': '已向右移動 {percent}%',
  'captcha.refresh': '換一張',
  'captcha.loading': '正在載入拼圖…',
  'captcha.checking': '正在驗證…',
  'captcha.passed': '驗證通過',
  'captcha.failed': '位置不對，已換一張新拼圖，請再試一次。',
  'captcha.expired': '拼圖已過期，已換一張新的。',
  'captcha.loadFailed': '拼圖載入失敗。',
  'captcha.closed': '已關閉安全驗證，驗證碼未傳送。',

  'sms.code': '簡訊驗證碼',
  'sms.getCode': '取得驗證碼',
  'sms.sending': '正在傳送…',
  'sms.resendIn': '{seconds} 秒後可重新取得',
  'sms.sent': '驗證碼已傳送至 {mobile}，5 分鐘內有效。',
  'sms.error.codeRequired': '請輸入簡訊驗證碼。',
  'sms.error.codeFormat': '請輸入 6 位數字驗證碼。',
  'sms.error.codeWrong': '驗證碼不正確，請檢查後重新輸入，或重新取得。',
  'sms.error.codeExpired': '驗證碼已過期，請重新取得。',

  'smsLogin.title': '簡訊驗證碼登入',
  'smsLogin.submit': '登入',
  'smsLogin.submitting': '正在登入…',
  'smsLogin.passwordInstead': '使用密碼登入',

  'forgot.title': '重設密碼',
  'forgot.intro': '輸入帳號綁定的手機號碼，取得簡訊驗證碼後設定新密碼。',
  'forgot.submit': '重設密碼',
  'forgot.submitting': '正在重設…',
};

export default verification;
