import { describe, expect, it } from 'vitest';
import type { Locale } from '../locales';
import { adviceFor, catalogKey, ONE_CLICK_CODE_KEYS, type OneClickAdvice, type OneClickCatalog } from './codes';
import en from './en';
import { describeOneClickCode, loadOneClickCatalog } from './load';
import zhCN from './zh-CN';
import zhTW from './zh-TW';

const catalogs: Record<Locale, OneClickCatalog> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
const locales = Object.keys(catalogs) as Locale[];

// ---------------------------------------------------------------------------------------------
// The SDK documents' tables (docs/one-click.md, "Result codes"), copied here by hand (not from
// codes.ts) so that a code dropped there fails.
// ---------------------------------------------------------------------------------------------

/** Seed 000 "Alibaba Cloud Return Codes": code → Suggestion column (001 and 003 say the same). */
const SEED_ALIYUN_SUGGESTIONS: Record<string, string> = {
  '600000': 'None.',
  '600001': 'None.',
  '600002': 'Suggest switching to other login methods.',
  '600004': 'Create a ticket to contact an engineer.',
  '600005': 'Switch to other login methods.',
  '600007': 'Prompt the user to check the SIM card and retry.',
  '600008': 'Prompt the user to enable mobile data network and retry.',
  '600009': 'Create a ticket to contact an engineer.',
  '600010': 'Create a ticket to contact an engineer.',
  '600011': 'Switch to other login methods.',
  '600012': 'None.',
  '600013': 'Create a ticket to contact an engineer.',
  '600014': 'Create a ticket to contact an engineer.',
  '600015': 'Switch to other login methods.',
  '600017': 'Key not set or set incorrectly, please check key information first. If the key is correct, create a ticket to contact an engineer.',
  '600021': 'Switch to other login methods.',
  '600023': 'Check if the custom control is added correctly.',
  '600024': 'None.',
  '600025': 'Check if the passed parameter types and ranges are correct.',
  '600026': 'Check for any behavior where the preLogin or accelerateAuthPage interface is called after the authorization page is launched, which is not allowed.',
};

/** The advice a suggestion means: nothing, fix-and-retry, other methods, or an engineer / setup fix. */
function adviceOfSuggestion(suggestion: string): OneClickAdvice {
  if (suggestion === 'None.') return 'none';
  if (/^Prompt the user .* retry\.$/.test(suggestion)) return 'retry';
  if (/switch(ing)? to other login methods/i.test(suggestion)) return 'switch';
  return 'contact';
}

const SEED_PAGE_EVENTS = ['700000', '700001', '700002', '700003', '700004'];

/** Seeds 000/001/003 "China Mobile". */
const SEED_CMCC = [
  '103000', '102507', '103101', '103102', '103111', '103119', '103211', '103412', '103414', '103511', '103811',
  '103902', '103911', '104201', '105018', '105019', '105021', '105302', '105313', '200005', '200010', '200020',
  '200021', '200022', '200023', '200024', '200025', '200026', '200027', '200028', '200038', '200039', '200048',
  '200050', '200061', '200064', '200072', '200082', '200086', '200087', '200096',
];
/** Seed 004 §4.1 SDK 返回码. */
const SEED_004_SDK = [
  '103000', '102101', '102102', '102103', '102121', '102223', '102203', '102507', '200002', '200005', '200006',
  '200007', '200008', '200009', '200010',
];
/** Seed 004 §4.2 获取用户信息接口返回码. */
const SEED_004_USER_INFO = [
  '103000', '103101', '103103', '103104', '103105', '103106', '103107', '103108', '103109', '103111', '103112',
  '103113', '103114', '103115', '103116', '103117', '103118', '103119', '103120', '103121', '103122', '103123',
  '103124', '103125', '103127', '103128', '103129', '103130', '103131', '103132', '103133', '103134', '103135',
  '103136', '103138', '103139', '103200', '103202', '103203', '103204', '103205', '103207', '103210', '103211',
  '103212', '103213', '103214', '103226', '103265', '103270', '103271', '103272', '103303', '103304', '103305',
  '103306', '103307', '103308', '103309', '103310', '103311', '103312', '103313', '103314', '103315', '103399',
  '103400', '103401', '103402', '103404', '103405', '103406', '103407', '103408', '103409', '103412', '103413',
  '103414', '103505', '103511', '103810', '103811', '103899', '103901', '103902', '103903', '103904', '103905',
  '103906', '103911', '103920', '103921', '103922', '104001', '104201', '104202', '105001', '105002', '105003',
  '105004', '105005', '105006', '105007', '105008', '105009', '105010', '105011', '105012', '105013', '105014',
  '105015', '105018', '105019',
];
/** Seed 004 §4.3 本机号码校验接口返回码. */
const SEED_004_NUMBER_CHECK = ['000', '001', '002', '003', '004', '102', '124', '302', '303', '606', '999', '102315'];

/** Documents 000/001/003 "China Unicom": [code, document 000 message, document 001 message, document 003 message]. */
const SEED_CUCC: readonly (readonly [string, string?, string?, string?])[] = [
  ['0'],
  ['-10008'],
  ['1', 'Request timeout', 'Request timeout', '请求超时'],
  ['1', 'Private network IP address lookup failed', 'Private IP address lookup failed', '私网IP查找号码失败'],
  ['1', 'Private network IP verification error', 'Private IP address validation error', '私网IP校验错误'],
  ['1', 'Source IP authentication failed', 'Source IP authentication failed', '源IP鉴权失败'],
  ['1', 'Failed to obtain authentication information', 'Failed to obtain authentication information', '获取鉴权信息失败'],
  ['1', 'Failed to obtain mobile authorization code', 'Failed to obtain mobile authorization code', '获得的手机授权码失败'],
  ['1', 'Gateway number retrieval failed', 'Gateway failed to obtain number', '网关取号失败'],
  ['1', 'Network request failed', 'Network request failed', '网络请求失败'],
  ['1', 'Signature verification failed', 'Signature verification failed', '验签失败'],
  ['1', 'The provided code and AppID do not match', 'The provided code does not match the AppID', '传入code和AppID不匹配'],
  ['1', 'Appears to be disconnected from the Internet', 'Seems to have lost connection to the internet', '似乎已断开与互联网的链接'],
  ['1', 'The certificate for this server is invalid', 'The certificate for this server is invalid', '此服务器的证书无效'],
  ['1', 'PIP verification failed', 'PIP validation failed', 'PIP校验不通过'],
  ['1', 'Gateway concurrent connections limit reached', 'Gateway concurrent connections limited', '网关并发连接数受限'],
  ['1', 'Data connection is currently not allowed', 'Data connection not currently allowed', '目前不允许数据链接'],
  ['1', 'Unable to connect to the server', 'Unable to connect to server', '无法连接到服务器'],
  ['1', 'System internal error', 'System internal error', '系统内部错误'],
  ['1', 'Number retrieval gateway internal error', 'Internal error in number acquisition gateway', '取号网关内部错误'],
  ['1', 'connect address error', 'connect address error', 'connect address error'],
  ['1', 'select socket error', 'select socket error', 'select socket error'],
  ['1', 'handshake failed', 'handshake failed', 'handshake failed'],
  ['1', 'decode ret_url fail', 'decode ret_url fail', 'decode ret_url fail'],
  ['1', 'connect error', 'connect error', 'connect error'],
  ['1', 'read failed', 'read failed', 'read failed'],
  ['1', 'response null', 'response null', 'response null'],
  ['1', 'Unknown error', 'Unknown error', '未知错误'],
  ['2', 'Request timeout', 'Request timeout', '请求超时'],
];

/** Seeds 000/001/003 "China Telecom". */
const SEED_CTCC = [
  '-64', '-65', '-10001', '-10002', '-10003', '-10004', '-10005', '-10006', '-10007', '-10008', '-10009', '-10013',
  '-20005', '-8001', '-8002', '-8003', '-8004', '-8010', '-720001', '-720002', '80000', '80001', '80002', '80003',
  '80005', '80007', '80008', '80009', '80010', '80800', '80801',
];

// Characters whose Traditional form differs: none may appear in zh-TW.
const SIMPLIFIED_ONLY =
  '们这为国号码网络请设备运营动数据联录验证错误关开时间无应单击选择权书签务发级协议条读户败异断连续换获员认统内机话电讯态键页显启闭确该让从对还过达实际线册销邮称简处试后于与个么没钥复载检测频额云账访问库缓随凭绑区传输转并阈链响状写带专业万东两严丽义乐习乡买亚产亲亿仅优会伤众价体侧侦儿兑党兰兴养冲决况净减凤则刚创删别剧办势勋华卖卢卫却厂历压县参双变叙叶叹吗吓听吴呜哑唤啰团园围图圆圣场坏块坚坛垒报壳够头夹夺奋奖妆妇妈娱婴孙学宁宝宠审宪宫宽宾寻导寿将尔尘尝层属屿岁岂岗峡币师帐帮广庆庙废弃张弥弯弹强归彻径忆忧怀怜总恋恶悬惊惧惨惯愤戏战执扩扫扬扰抚抛护担拟拢拥拦挂挡挤挥损掷搁携摄摆摇撑敌斋旧旷昙晋晒晓晕暂术杀杂来杨极构枪柜栅标栈样档桥梦楼欢欧歼毕气汇汉汤沟沥泪泽洁浅济浏浓涛润涨渊渐温湾湿满滚滞灭灯灵灾炉点炼烂烛烟热焕爱爷牵犹独狭猎献环现琐玛瑶画畅疗痒盖盗盘睁矫砖础硕碍礼祸离种积稳穷窃竞笔笼筑类粮紧纠红约纪纯纲纳纵纷纸纹练组细织终绍经结绕给绝继综绿编缘缩缴罗罚罢职聪肃肠肤肿胀胜脉脑脚脸腾舆舰舱艰艺节芦苍苏茎荐荣药莱萝蓝虑虚虽蚀蛮补衬袄袜装见观规视览觉触订计讨训记讲许论评识诉诊词译诗诚诞询详语说诸课谁调谈谋谎谓谢谣谨谱贝负贡财责贤货质贩贪贫购贯贴贵费贺资赋赏赔赖赛赞赢赵赶趋跃践踪车轨轮软轰轴轻较辅辆辈辉辞辩边迁进远违迟递逻遗邓郑酱释鉴针钟钢钦铁铃铜银铺锁锅锋锦镇镜长门闪闯闲闷闹闻阅阐队阳阴阵阶陆陈陕险隐隶难雏雾静须顶项顺顾顿颁预领题颜风飞饭饮饱饰馆马驱驶驾骂骄骨鱼鲁鲜鸟鸡鸣麦黄齐齿龙';

/** Mainland terms that zh-TW says differently (簡訊, 行動數據, 電信業者, 網路, 登入, 設定, 支援, 使用者, 逾時, 資訊). */
const MAINLAND_TERMS = ['短信', '移動數據', '運營商', '網絡', '登錄', '設置', '支持', '用戶', '超時', '信息', '默認', '加載'];

// ---------------------------------------------------------------------------------------------

describe('every code the seeds list is in the catalog', () => {
  it('Alibaba Cloud return codes and page events need no carrier', () => {
    for (const code of [...Object.keys(SEED_ALIYUN_SUGGESTIONS), ...SEED_PAGE_EVENTS]) {
      expect(catalogKey(code), code).toBe(code);
    }
  });

  it('China Mobile: seeds 000/001/003 and all of seed 004 section 4', () => {
    const all = new Set([...SEED_CMCC, ...SEED_004_SDK, ...SEED_004_USER_INFO, ...SEED_004_NUMBER_CHECK]);
    expect(all.size).toBe(163);
    for (const code of all) expect(catalogKey(code, 'CMCC'), code).toBe(`cmcc:${code}`);
  });

  it('China Telecom', () => {
    for (const code of SEED_CTCC) expect(catalogKey(code, 'CTCC'), code).toBe(`ctcc:${code}`);
  });

  it('China Unicom: one entry per row, found by its code and the message in each seed', () => {
    const keys = new Set<string>();
    for (const [code, ...messages] of SEED_CUCC) {
      const key = catalogKey(code, 'CUCC', messages[0]);
      expect(key, `${code} ${messages[0] ?? ''}`).toBeDefined();
      keys.add(key!);
      for (const message of messages) expect(catalogKey(code, 'CUCC', message), message).toBe(key);
    }
    expect(keys.size).toBe(SEED_CUCC.length);
    expect(catalogKey('1', 'CUCC', 'Request timeout')).toBe('cucc:1:Request timeout');
    expect(catalogKey('2', 'CUCC', 'Request timeout')).toBe('cucc:2:Request timeout');
  });

  it('the catalog has nothing the seeds do not list (besides the fallback)', () => {
    const expected =
      Object.keys(SEED_ALIYUN_SUGGESTIONS).length +
      SEED_PAGE_EVENTS.length +
      163 +
      SEED_CUCC.length +
      SEED_CTCC.length +
      1;
    expect(ONE_CLICK_CODE_KEYS).toHaveLength(expected);
    expect(new Set(ONE_CLICK_CODE_KEYS).size).toBe(expected);
  });
});

describe('advice', () => {
  it.each(Object.entries(SEED_ALIYUN_SUGGESTIONS))('%s follows the seed suggestion', (code, suggestion) => {
    expect(adviceFor(code)).toBe(adviceOfSuggestion(suggestion));
  });

  it('matches the brief, code by code', () => {
    const byAdvice: Record<OneClickAdvice, string[]> = { none: [], retry: [], switch: [], contact: [] };
    for (const code of Object.keys(SEED_ALIYUN_SUGGESTIONS)) byAdvice[adviceFor(code)].push(code);
    expect(byAdvice).toEqual({
      none: ['600000', '600001', '600012', '600024'],
      retry: ['600007', '600008'],
      switch: ['600002', '600005', '600011', '600015', '600021'],
      contact: ['600004', '600009', '600010', '600013', '600014', '600017', '600023', '600025', '600026'],
    });
  });

  it('page events are the user’s own action; carrier and unknown codes switch', () => {
    for (const code of SEED_PAGE_EVENTS) expect(adviceFor(code)).toBe('none');
    for (const code of [...SEED_CMCC, ...SEED_004_NUMBER_CHECK, ...SEED_CTCC, '0', '1', '2', '600099', '']) {
      expect(adviceFor(code), code).toBe('switch');
    }
  });
});

describe('China Unicom lookup as a live SDK answers', () => {
  it('ignores case, spacing, width, a final full stop and a repeated code', () => {
    const key = 'cucc:1:Gateway concurrent connections limit reached';
    expect(catalogKey('1', 'CUCC', 'GATEWAY CONCURRENT CONNECTIONS LIMIT REACHED')).toBe(key);
    expect(catalogKey('1', 'CUCC', '  gateway  concurrent connections limited. ')).toBe(key);
    expect(catalogKey('1', 'CUCC', '网关并发连接数受限。')).toBe(key);
    expect(catalogKey('1', 'CUCC', '1,网关并发连接数受限')).toBe(key);
    expect(catalogKey('1', 'CUCC', '1，网关并发连接数受限')).toBe(key);
    expect(catalogKey(' 1 ', 'CUCC', 'CONNECT ADDRESS ERROR')).toBe('cucc:1:connect address error');
    expect(catalogKey('1', 'CUCC', 'Decode RET_URL Fail')).toBe('cucc:1:decode ret_url fail');
  });

  it('the code must match the row: 1 and 2 "Request timeout" differ, and 3 is not listed', () => {
    expect(catalogKey('2', 'CUCC', '请求超时')).toBe('cucc:2:Request timeout');
    expect(catalogKey('1', 'CUCC', 'REQUEST TIMEOUT')).toBe('cucc:1:Request timeout');
    expect(catalogKey('2', 'CUCC', 'Unknown error')).toBeUndefined();
    expect(catalogKey('3', 'CUCC', 'Request timeout')).toBeUndefined();
    expect(catalogKey('1', 'CUCC', 'Something else')).toBeUndefined();
    expect(catalogKey('1', 'CUCC')).toBeUndefined();
  });

  it('0 and -10008 need no message', () => {
    expect(catalogKey('0', 'CUCC', 'whatever')).toBe('cucc:0');
    expect(catalogKey('-10008', 'CUCC')).toBe('cucc:-10008');
  });

  it('a message shows the Unicom text, in the user language', () => {
    expect(describeOneClickCode(en, '1', 'CUCC', '似乎已断开与互联网的链接').text).toBe(
      en['cucc:1:Appears to be disconnected from the Internet'],
    );
    expect(describeOneClickCode(zhTW, '1', 'CUCC', 'seems to have lost connection to the internet').text).toBe(
      zhTW['cucc:1:Appears to be disconnected from the Internet'],
    );
  });
});

describe('carrier codes without a carrier', () => {
  it('are found when only one carrier has them', () => {
    expect(catalogKey('103101')).toBe('cmcc:103101');
    expect(catalogKey('-20005')).toBe('ctcc:-20005');
    expect(catalogKey('000')).toBe('cmcc:000');
    expect(catalogKey('1', undefined, 'handshake failed')).toBe('cucc:1:handshake failed');
  });

  it('are not guessed when two carriers have them (-10008: Unicom JSON error, Telecom threshold)', () => {
    expect(catalogKey('-10008')).toBeUndefined();
    expect(catalogKey('-10008', 'CTCC')).toBe('ctcc:-10008');
  });

  it('a carrier is never given another carrier’s code', () => {
    expect(catalogKey('103101', 'CTCC')).toBeUndefined();
    expect(catalogKey('-20005', 'CMCC')).toBeUndefined();
    expect(catalogKey('600008', 'CMCC')).toBe('600008');
  });
});

describe('messages', () => {
  it.each(locales)('%s has a non-empty message for every key and no other', (locale) => {
    const catalog = catalogs[locale];
    expect(Object.keys(catalog).sort()).toEqual([...ONE_CLICK_CODE_KEYS].sort());
    for (const key of ONE_CLICK_CODE_KEYS) expect(catalog[key].trim(), key).not.toBe('');
  });

  it.each(locales)('%s has no placeholder left except {code} in the fallback', (locale) => {
    const catalog = catalogs[locale];
    for (const key of ONE_CLICK_CODE_KEYS) {
      const placeholders = catalog[key].match(/\{\w*\}/g) ?? [];
      expect(placeholders, key).toEqual(key === 'fallback' ? ['{code}'] : []);
    }
  });

  it('zh-TW is Traditional Chinese with Taiwan terms, not the zh-CN text', () => {
    const simplified = new Set(SIMPLIFIED_ONLY);
    for (const key of ONE_CLICK_CODE_KEYS) {
      const cn = zhCN[key];
      const tw = zhTW[key];
      if ([...cn].some((char) => simplified.has(char))) expect(tw, key).not.toBe(cn);
      expect([...tw].filter((char) => simplified.has(char)), `${key}: ${tw}`).toEqual([]);
      for (const term of MAINLAND_TERMS) expect(tw.includes(term), `${key} has ${term}: ${tw}`).toBe(false);
    }
    expect(zhTW['600008']).toContain('行動數據');
    expect(zhTW['600011']).toContain('電信業者');
    expect(zhTW['cmcc:103108']).toContain('簡訊');
  });

  it('en has no Chinese; zh-CN and zh-TW are Chinese', () => {
    for (const key of ONE_CLICK_CODE_KEYS) {
      expect(en[key], key).not.toMatch(/\p{Script=Han}/u);
      expect(zhCN[key], key).toMatch(/\p{Script=Han}/u);
      expect(zhTW[key], key).toMatch(/\p{Script=Han}/u);
    }
  });

  it('every failure tells the user what to do', () => {
    const todo: Record<Locale, { retry: RegExp; other: RegExp }> = {
      en: { retry: /then try again\.$/, other: /sign in another way/ },
      'zh-CN': { retry: /然后重试。$/, other: /请使用其他方式登录/ },
      'zh-TW': { retry: /然後再試一次。$/, other: /請改用其他方式登入/ },
    };
    for (const locale of locales) {
      for (const key of ONE_CLICK_CODE_KEYS) {
        const advice = key.includes(':') || key === 'fallback' ? 'switch' : adviceFor(key);
        const text = catalogs[locale][key];
        if (advice === 'retry') expect(text, `${locale} ${key}`).toMatch(todo[locale].retry);
        if (advice === 'switch' || advice === 'contact') expect(text, `${locale} ${key}`).toMatch(todo[locale].other);
      }
    }
  });

  it('the examples of the brief', () => {
    expect(en['600008']).toBe('Mobile data is off. Turn on mobile data (not only Wi-Fi), then try again.');
    expect(en['600011']).toBe('We could not get your number from the carrier. Please sign in another way.');
    expect(en['cmcc:103101']).toBe('China Mobile refused the request (signature error). Please sign in another way.');
  });
});

describe('describeOneClickCode', () => {
  it('gives the message, the advice and the code', () => {
    expect(describeOneClickCode(zhCN, '600008')).toEqual({
      text: zhCN['600008'],
      advice: 'retry',
      code: '600008',
      key: '600008',
    });
    expect(describeOneClickCode(en, '103101', 'CMCC')).toMatchObject({ advice: 'switch', key: 'cmcc:103101' });
  });

  it.each(locales)('%s: an unknown code falls back with the code in the text', (locale) => {
    const result = describeOneClickCode(catalogs[locale], '600099');
    expect(result.key).toBe('fallback');
    expect(result.advice).toBe('switch');
    expect(result.code).toBe('600099');
    expect(result.text).toContain('600099');
    expect(result.text).not.toMatch(/\{\w+\}/);
  });

  it('the English fallback reads as the brief says', () => {
    expect(describeOneClickCode(en, '600099').text).toBe(
      'One-click sign-in is not available here (code 600099). Please sign in another way.',
    );
    expect(describeOneClickCode(en, '1', 'CUCC', 'not in the seeds').text).toContain('(code 1)');
  });

  it('a long or empty code stays readable', () => {
    expect(describeOneClickCode(en, 'x'.repeat(200)).text.length).toBeLessThan(150);
    expect(describeOneClickCode(en, '  ').text).toContain('(code ?)');
  });
});

describe('loadOneClickCatalog', () => {
  it.each(locales)('loads %s', async (locale) => {
    expect(await loadOneClickCatalog(locale)).toBe(catalogs[locale]);
  });
});
