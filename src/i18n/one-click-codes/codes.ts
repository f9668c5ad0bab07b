/**
 * Every one-click result code the SDK documents list, and what the page should do about each
 * (docs/one-click.md, "Result codes").
 *
 * Sources (docs/product.md, "Sources"): documents 000 (iOS), 001 (Android, en) and 003 (Android,
 * zh): "Alibaba Cloud return codes", "Authorization page click event response codes", "Operator
 * error codes" (China Mobile, China Unicom, China Telecom) — the three list the same codes and the
 * same suggestions; document 004 (China Mobile's own SDK doc) §4.1 SDK return codes, §4.2
 * user-information API codes, §4.3 number verification API codes. The human messages are in ./zh-CN.ts, ./zh-TW.ts and ./en.ts, loaded
 * per locale by ./load.ts.
 */

import { ALIYUN_CODES, isAliyunCode, isPageEventCode, PAGE_EVENT_CODES, type AliyunCode, type PageEventCode } from './advice';

export { adviceFor, ALIYUN_CODES, PAGE_EVENT_CODES, type AliyunCode, type OneClickAdvice, type PageEventCode } from './advice';

export type OneClickCarrier = 'CMCC' | 'CUCC' | 'CTCC';

/**
 * China Mobile: the 41 codes of documents 000/001/003, then the codes only document 004 lists (§4.1 SDK,
 * §4.2 user information, §4.3 number verification). Codes both list have one message that keeps
 * both descriptions where they differ (103902).
 */
export const CMCC_CODES = [
  // Documents 000/001/003 (17 of them also in document 004).
  '103000', '102507', '103101', '103102', '103111', '103119', '103211', '103412', '103414', '103511', '103811',
  '103902', '103911', '104201', '105018', '105019', '105021', '105302', '105313', '200005', '200010', '200020',
  '200021', '200022', '200023', '200024', '200025', '200026', '200027', '200028', '200038', '200039', '200048',
  '200050', '200061', '200064', '200072', '200082', '200086', '200087', '200096',
  // Document 004 §4.1 SDK return codes.
  '102101', '102102', '102103', '102121', '102223', '102203', '200002', '200006', '200007', '200008', '200009',
  // Seed 004 §4.2 user-information API return codes.
  '103103', '103104', '103105', '103106', '103107', '103108', '103109', '103112', '103113', '103114', '103115',
  '103116', '103117', '103118', '103120', '103121', '103122', '103123', '103124', '103125', '103127', '103128',
  '103129', '103130', '103131', '103132', '103133', '103134', '103135', '103136', '103138', '103139', '103200',
  '103202', '103203', '103204', '103205', '103207', '103210', '103212', '103213', '103214', '103226', '103265',
  '103270', '103271', '103272', '103303', '103304', '103305', '103306', '103307', '103308', '103309', '103310',
  '103311', '103312', '103313', '103314', '103315', '103399', '103400', '103401', '103402', '103404', '103405',
  '103406', '103407', '103408', '103409', '103413', '103505', '103810', '103899', '103901', '103903', '103904',
  '103905', '103906', '103920', '103921', '103922', '104001', '104202', '105001', '105002', '105003', '105004',
  '105005', '105006', '105007', '105008', '105009', '105010', '105011', '105012', '105013', '105014', '105015',
  // Seed 004 §4.3 number verification API return codes (strings, leading zeros kept).
  '000', '001', '002', '003', '004', '102', '124', '302', '303', '606', '999', '102315',
] as const;

export type CmccCode = (typeof CMCC_CODES)[number];

/** China Telecom (documents 000/001/003). */
export const CTCC_CODES = [
  '-64', '-65', '-10001', '-10002', '-10003', '-10004', '-10005', '-10006', '-10007', '-10008', '-10009', '-10013',
  '-20005', '-8001', '-8002', '-8003', '-8004', '-8010', '-720001', '-720002', '80000', '80001', '80002', '80003',
  '80005', '80007', '80008', '80009', '80010', '80800', '80801',
] as const;

export type CtccCode = (typeof CTCC_CODES)[number];

/**
 * China Unicom. Its SDK answers `0` (success), `-10008`, or `1` / `2` with a message: the message
 * says what failed. Keyed `cucc:<code>:<document 000's English message>`; each lists the messages a live
 * SDK may send for it — document 000's and document 001's English wording (they differ) and document 003's
 * Chinese original — matched ignoring case, width, spacing and final punctuation.
 */
export const CUCC_CODES = {
  'cucc:0': [],
  'cucc:-10008': [],
  'cucc:1:Request timeout': ['Request timeout', '请求超时'],
  'cucc:1:Private network IP address lookup failed': [
    'Private network IP address lookup failed',
    'Private IP address lookup failed',
    '私网IP查找号码失败',
  ],
  'cucc:1:Private network IP verification error': [
    'Private network IP verification error',
    'Private IP address validation error',
    '私网IP校验错误',
  ],
  'cucc:1:Source IP authentication failed': ['Source IP authentication failed', '源IP鉴权失败'],
  'cucc:1:Failed to obtain authentication information': ['Failed to obtain authentication information', '获取鉴权信息失败'],
  'cucc:1:Failed to obtain mobile authorization code': ['Failed to obtain mobile authorization code', '获得的手机授权码失败'],
  'cucc:1:Gateway number retrieval failed': ['Gateway number retrieval failed', 'Gateway failed to obtain number', '网关取号失败'],
  'cucc:1:Network request failed': ['Network request failed', '网络请求失败'],
  'cucc:1:Signature verification failed': ['Signature verification failed', '验签失败'],
  'cucc:1:The provided code and AppID do not match': [
    'The provided code and AppID do not match',
    'The provided code does not match the AppID',
    '传入code和AppID不匹配',
  ],
  'cucc:1:Appears to be disconnected from the Internet': [
    'Appears to be disconnected from the Internet',
    'Seems to have lost connection to the internet',
    '似乎已断开与互联网的链接',
  ],
  'cucc:1:The certificate for this server is invalid': ['The certificate for this server is invalid', '此服务器的证书无效'],
  'cucc:1:PIP verification failed': ['PIP verification failed', 'PIP validation failed', 'PIP校验不通过'],
  'cucc:1:Gateway concurrent connections limit reached': [
    'Gateway concurrent connections limit reached',
    'Gateway concurrent connections limited',
    '网关并发连接数受限',
  ],
  'cucc:1:Data connection is currently not allowed': [
    'Data connection is currently not allowed',
    'Data connection not currently allowed',
    '目前不允许数据链接',
  ],
  'cucc:1:Unable to connect to the server': ['Unable to connect to the server', 'Unable to connect to server', '无法连接到服务器'],
  'cucc:1:System internal error': ['System internal error', '系统内部错误'],
  'cucc:1:Number retrieval gateway internal error': [
    'Number retrieval gateway internal error',
    'Internal error in number acquisition gateway',
    '取号网关内部错误',
  ],
  'cucc:1:connect address error': ['connect address error'],
  'cucc:1:select socket error': ['select socket error'],
  'cucc:1:handshake failed': ['handshake failed'],
  'cucc:1:decode ret_url fail': ['decode ret_url fail'],
  'cucc:1:connect error': ['connect error'],
  'cucc:1:read failed': ['read failed'],
  'cucc:1:response null': ['response null'],
  'cucc:1:Unknown error': ['Unknown error', '未知错误'],
  'cucc:2:Request timeout': ['Request timeout', '请求超时'],
} as const satisfies Record<string, readonly string[]>;

export type CuccKey = keyof typeof CUCC_CODES;

/** The message for a code the SDK documents do not list; it has a `{code}` placeholder. */
export const FALLBACK_KEY = 'fallback';

export type OneClickCodeKey =
  | AliyunCode
  | PageEventCode
  | `cmcc:${CmccCode}`
  | CuccKey
  | `ctcc:${CtccCode}`
  | typeof FALLBACK_KEY;

/** A catalog: one human message per key, in one language. */
export type OneClickCatalog = Record<OneClickCodeKey, string>;

/** Every key, in catalog order (what a complete catalog has). */
export const ONE_CLICK_CODE_KEYS: readonly OneClickCodeKey[] = [
  ...(Object.keys(ALIYUN_CODES) as AliyunCode[]),
  ...PAGE_EVENT_CODES,
  ...CMCC_CODES.map((code) => `cmcc:${code}` as const),
  ...(Object.keys(CUCC_CODES) as CuccKey[]),
  ...CTCC_CODES.map((code) => `ctcc:${code}` as const),
  FALLBACK_KEY,
];

const cmccCodes: ReadonlySet<string> = new Set(CMCC_CODES);
const ctccCodes: ReadonlySet<string> = new Set(CTCC_CODES);

/**
 * Compares messages the way a live SDK may vary them: width (`，` / `,`), case, spacing, a final
 * full stop, and a leading `1,` when the SDK repeats the code in the message.
 */
function normaliseMessage(message: string): string {
  return message
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^-?\d+\s*,\s*/, '')
    .replace(/[\s.。!！]+$/, '');
}

/** `<code>\n<normalised message>` → key, for the `1` / `2` codes. */
const cuccByMessage: ReadonlyMap<string, CuccKey> = new Map(
  (Object.entries(CUCC_CODES) as [CuccKey, readonly string[]][]).flatMap(([key, messages]) => {
    const code = key.split(':')[1]!;
    return messages.map((message) => [`${code}\n${normaliseMessage(message)}`, key] as const);
  }),
);

function carrierKey(carrier: OneClickCarrier, code: string, message: string | undefined): OneClickCodeKey | undefined {
  switch (carrier) {
    case 'CMCC':
      return cmccCodes.has(code) ? (`cmcc:${code}` as OneClickCodeKey) : undefined;
    case 'CTCC':
      return ctccCodes.has(code) ? (`ctcc:${code}` as OneClickCodeKey) : undefined;
    case 'CUCC':
      if (code === '0' || code === '-10008') return `cucc:${code}`;
      return message === undefined ? undefined : cuccByMessage.get(`${code}\n${normaliseMessage(message)}`);
  }
}

const CARRIERS: readonly OneClickCarrier[] = ['CMCC', 'CUCC', 'CTCC'];

/**
 * The key of the message to show for a result code, or undefined when the catalog does not list it
 * (show the `fallback` message then). Aliyun and page event codes need no carrier. A carrier code
 * needs its carrier; without one, it is found only when a single carrier has it (so `-10008`, both
 * China Unicom's and China Telecom's, needs the carrier). China Unicom's `1` / `2` need the message
 * the SDK sent with them (English or Chinese, any case).
 */
export function catalogKey(code: string, carrier?: OneClickCarrier, message?: string): OneClickCodeKey | undefined {
  const trimmed = code.trim();
  if (isAliyunCode(trimmed) || isPageEventCode(trimmed)) return trimmed;
  if (carrier) return carrierKey(carrier, trimmed, message);
  const found = CARRIERS.map((each) => carrierKey(each, trimmed, message)).filter((key) => key !== undefined);
  return found.length === 1 ? found[0] : undefined;
}

