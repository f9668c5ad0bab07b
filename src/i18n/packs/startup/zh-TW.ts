import type { StartupMessages } from './zh-CN';

const startup: StartupMessages = {
  'redirect.refused.title': '無法返回該網址',
  'redirect.refused.body': '此登入連結要求登入後跳轉到一個未被允許的網址。為保護您的帳號，本頁不會跳轉到那裡。請從應用程式重新開啟登入頁，或聯絡應用程式管理員。',
  'redirect.refused.detail': '未被允許的網址（營運者：請檢查設定項 delivery.redirectUris）：',
  'redirect.refused.signInHere': '在本站登入',
  'redirect.stateTooLong.title': '無法完成此登入請求',
  'redirect.stateTooLong.body': '此登入連結帶有過長的應用程式狀態參數（state），本頁無法將它安全地交還給應用程式，因此不會登入。請從應用程式重新開啟登入頁，或聯絡應用程式管理員。',
  'redirect.stateTooLong.detail': '營運者：state 參數有 {length} 個字元，最多允許 {max} 個。',
  'config.title': '登入頁設定有誤',
  'config.body': '登入頁的設定檔有誤，暫時無法登入。請管理員修正以下問題：',
  'config.fetchFailed': '無法讀取設定檔 {path}：{reason}',
  'config.notJson': '設定檔 {path} 不是有效的 JSON。',
  'config.unknownKey': '未知的設定項目',
  'config.expected': '應為 {expected}，實際為 {received}',
  'config.invalidValue': '值無效：{message}',
  'config.rule.baseUrl': '必須為空（同源）或 https:// 位址（本機開發可用 http://localhost 或 http://127.0.0.1）',
  'config.rule.origin': '必須是完整的來源，例如 https://app.example.com',
  'config.rule.url': '必須是 https:// 位址（本機開發可用 http://localhost 或 http://127.0.0.1）',
  'config.rule.sameOriginPath': '必須是本站路徑，例如 /themes/brand.json',
  'config.rule.aliyunWeb': 'aliyun-web 方式需要 aliyunWeb.scriptUrl，以及 accessToken 與 jwtToken，或 authTokenUrl',
  'config.rule.unique': '不能有重複項目',
  'config.rule.nonEmpty': '不能為空',
  'config.rule.defaultEnabled': '預設登入方式必須是已啟用的方式之一',
  'config.rule.cspReportUri': '必須是 https:// 位址或本站路徑（例如 /csp-reports），不能含空格、引號、;、, 或 $',
};

export default startup;
