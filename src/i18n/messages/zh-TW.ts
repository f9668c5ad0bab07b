import type { CoreMessages } from './zh-CN';

const messages: CoreMessages = {
  'app.title': '登入',
  'app.failed.title': '頁面出錯了',
  'app.failed.body': '顯示此頁面時出錯，請重新載入。',
  'app.failed.reload': '重新載入',
  'app.failed.reloadSignsOut': '重新載入（需要重新登入）',
  'app.code.title': '頁面的這部分內容未能下載',
  'app.code.server': '已多次嘗試，仍未能從伺服器下載。',
  'app.code.offline': '此裝置已離線。',
  'lang.label': '語言',
  'common.retry': '重試',
  'common.close': '關閉',
  'common.backToLogin': '返回登入',

  'common.field.phone': '手機號碼',
  'common.error.emailInvalid': '請輸入有效的電子郵件地址，例如 name@example.com。',
  'common.register': '註冊新帳號',
  'signIn.mfaRequired': '此帳號需要多重要素驗證，此頁面暫不支援。請使用其他方式登入或聯絡管理員。',
  'signIn.accessDenied': '存取遭拒：您的帳號無權登入此應用程式。',

  'password.show': '顯示密碼',
  'password.hide': '隱藏密碼',

  'session.ended.refreshFailed': '登入狀態已失效，請重新登入。',
  'session.ended.expired': '登入已過期且未能延續，請重新登入。',

  'notFound.title': '找不到頁面',
  'notFound.body': '您要造訪的頁面不存在。',

  'error.network': '網路連線失敗，請檢查網路後重試。',
  'error.offline': '您已離線，請連上網路後重試。',
  'error.timeout': '伺服器回應逾時，請重試。',
  'error.http': '服務暫時無法使用（HTTP {status}），請稍後重試。',
  'error.malformed': '伺服器傳回無法辨識的回應，請稍後重試。',
  'error.unknownCode': '要求失敗（錯誤碼 {code}）。',
  'error.invalidInput': '填寫的資訊格式不正確。',
};

export default messages;
