/** Strings of the start-up pages only a misconfiguration or a refused redirect shows (operator-facing). */
const startup = {
  'redirect.refused.title': '无法返回该地址',
  'redirect.refused.body': '此登录链接要求登录后跳转到一个未被允许的地址。为保护你的账号，本页不会跳转到那里。请从应用中重新打开登录页，或联系应用管理员。',
  'redirect.refused.detail': '未被允许的地址（运营者：请检查配置项 delivery.redirectUris）：',
  'redirect.refused.signInHere': '在本站登录',
  'redirect.stateTooLong.title': '无法完成此登录请求',
  'redirect.stateTooLong.body': '此登录链接带有过长的应用状态参数（state），本页无法把它安全地交还给应用，因此不会登录。请从应用中重新打开登录页，或联系应用管理员。',
  'redirect.stateTooLong.detail': '运营者：state 参数有 {length} 个字符，最多允许 {max} 个。',
  'config.title': '登录页配置有误',
  'config.body': '登录页的配置文件有误，暂时无法登录。请管理员修正以下问题：',
  'config.fetchFailed': '无法读取配置文件 {path}：{reason}',
  'config.notJson': '配置文件 {path} 不是有效的 JSON。',
  'config.unknownKey': '未知的配置项',
  'config.expected': '应为 {expected}，实际为 {received}',
  'config.invalidValue': '取值无效：{message}',
  'config.rule.baseUrl': '必须为空（同源）或 https:// 地址（本机开发可用 http://localhost 或 http://127.0.0.1）',
  'config.rule.origin': '必须是完整的来源，例如 https://app.example.com',
  'config.rule.url': '必须是 https:// 地址（本机开发可用 http://localhost 或 http://127.0.0.1）',
  'config.rule.sameOriginPath': '必须是本站路径，例如 /themes/brand.json',
  'config.rule.aliyunWeb': 'aliyun-web 方式需要 aliyunWeb.scriptUrl，以及 accessToken 与 jwtToken，或 authTokenUrl',
  'config.rule.unique': '不能有重复项',
  'config.rule.nonEmpty': '不能为空',
  'config.rule.defaultEnabled': '默认登录方式必须是已启用的方式之一',
  'config.rule.cspReportUri': '必须是 https:// 地址或本站路径（例如 /csp-reports），不能含空格、引号、;、, 或 $',
};

export type StartupMessages = Record<keyof typeof startup, string>;

export default startup satisfies StartupMessages;
