import { describe, expect, it } from 'vitest';
import type { AreaCodeDefinition, CountryCodes } from '../api/schemas';
import { areaName, defaultAreaCode, searchAreaCodes, sortAreaCodes } from './area-codes';
import * as phoneLib from './phone-lib';
import { judged } from '../api/regex-judge.testing';
import { tenantRegexCompiles } from '../api/regex-syntax';
import type { RegexJudge } from '../api/untrusted-regex';
import { tenantRegexCandidates } from './regex-guard';
import { checkMobile, nationalDigits } from './validate';

const def = (countryCode: string, areaCode: string, mobileRegex: string | undefined, names: [string, string, string]): AreaCodeDefinition => ({
  countryCode,
  areaCode,
  mobileRegex,
  displayMapping: { 'zh-CN': names[0], 'zh-TW': names[1], en: names[2] },
  areaCodeSuffixes: [],
});

// The SDK documents' country-code definitions (emulator/data/country-codes.ts), verbatim regexes.
const CN = def('CN', '86', '^(\\+86){0,1}\\-?1\\d{10}$', ['中国大陆', '中國大陸', 'China']);
const HK = def('HK', '852', '^(\\+852){1}\\-?0{0,1}[1,4,5,6,7,8,9](?:\\d{7}|\\d{8}|\\d{12})$', ['中国香港', '中國香港', 'Hong Kong']);
const AF = def('AF', '93', '^(\\+93){1}\\-\\d{6,11}', ['阿富汗', '阿富汗', 'Afghanistan']);
const SG_BROKEN = def('SG', '65', '^(\\+65){1}\\-?[89\\d{7}$', ['新加坡', '新加坡', 'Singapore']);
const CATASTROPHIC = def('MY', '60', '^(\\d+)+$', ['马来西亚', '馬來西亞', 'Malaysia']);

const check = (definition: AreaCodeDefinition, raw: string, lib: typeof phoneLib | undefined = undefined) =>
  judged((judge) => checkMobile(definition, raw, lib, judge));

describe('tenant mobileRegex, guarded', () => {
  it('accepts a mainland number bare or in wire form (the prefix is optional in the CN regex)', async () => {
    expect(await check(CN, '13800000000')).toEqual({ ok: true, wire: '+86-13800000000', national: '13800000000' });
    expect(await check(CN, '138 0000 0000')).toMatchObject({ ok: true, wire: '+86-13800000000' });
    expect(await check(CN, '+86 138-0000-0000')).toMatchObject({ ok: true, wire: '+86-13800000000' });
  });

  it('accepts a Hong Kong number with +852 (the HK regex requires the prefix) and refuses malformed ones', async () => {
    expect(await check(HK, '5123 4567')).toEqual({ ok: true, wire: '+852-51234567', national: '51234567' });
    expect(await check(HK, '2345')).toEqual({ ok: false, reason: 'invalid' });
    expect(await check(HK, '5123456a')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('matches an unanchored regex that requires the dash (AF) against the wire form', async () => {
    expect(await check(AF, '701234567')).toMatchObject({ ok: true, wire: '+93-701234567' });
    expect(await check(AF, '12345')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('caps the input before a catastrophic regex sees it: ^(\\d+)+$ on 40 digits + x returns at once', async () => {
    const started = performance.now();
    expect(await check(CATASTROPHIC, `${'1'.repeat(40)}x`)).toEqual({ ok: false, reason: 'too-long' });
    expect(await check(CATASTROPHIC, `${'1'.repeat(19)}x`)).toEqual({ ok: false, reason: 'invalid' });
    expect(await check(CATASTROPHIC, '1'.repeat(16))).toEqual({ ok: false, reason: 'too-long' });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('never hands a regex more than 15 digits or non-digits', () => {
    expect(tenantRegexCandidates('60', '1'.repeat(15))).toEqual([`+60-${'1'.repeat(15)}`, '1'.repeat(15)]);
    expect(tenantRegexCandidates('60', '1'.repeat(16))).toEqual([]);
    expect(tenantRegexCandidates('60', '12a')).toEqual([]);
  });

  it('falls back to libphonenumber-js when the regex does not compile', async () => {
    expect(tenantRegexCompiles(SG_BROKEN.mobileRegex!)).toBe(false);
    expect(await check(SG_BROKEN, '8123 4567', phoneLib)).toMatchObject({ ok: true, wire: '+65-81234567' });
    expect(await check(SG_BROKEN, '1234 5678', phoneLib)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('decides by libphonenumber-js while the regex has not answered, and by the regex once it has', () => {
    const pending: RegexJudge = { verdict: () => 'pending', refuses: () => false };
    const noMatch: RegexJudge = { verdict: () => 'no-match', refuses: () => false };
    expect(checkMobile(CN, '13800000000', phoneLib, pending)).toMatchObject({ ok: true });
    expect(checkMobile(CN, '13800000000', phoneLib, noMatch)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('says empty for nothing typed', async () => {
    expect(await check(CN, '   ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('strips separators and a typed prefix of the selected code only', () => {
    expect(nationalDigits('(0852) 5123-4567', '852')).toBe('085251234567');
    expect(nationalDigits('+852 5123 4567', '852')).toBe('51234567');
    expect(nationalDigits('00852 5123 4567', '852')).toBe('51234567');
    expect(nationalDigits('+86 138', '852')).toBeUndefined();
  });
});

describe('libphonenumber-js formatting', () => {
  it('formats national numbers as typed', () => {
    expect(phoneLib.formatNational('CN', '13800000000')).toBe('138 0000 0000');
    expect(phoneLib.formatNational('HK', '51234567')).toBe('5123 4567');
  });
});

describe('area codes: order, names, search', () => {
  const codes: CountryCodes = { definitions: [AF, HK, CN, SG_BROKEN], preferredAreaCode: 'CN' };

  it('puts the preferred code first, then sorts by name in the UI language', () => {
    expect(sortAreaCodes(codes, 'en').map((d) => d.countryCode)).toEqual(['CN', 'AF', 'HK', 'SG']);
    // Pinyin order: 阿富汗 (a), 新加坡 (x), 中国香港 (z).
    expect(sortAreaCodes(codes, 'zh-CN').map((d) => d.countryCode)).toEqual(['CN', 'AF', 'SG', 'HK']);
    expect(defaultAreaCode(codes)).toBe(CN);
  });

  it('accepts a preferred area code given as dial code', () => {
    expect(defaultAreaCode({ definitions: [AF, HK], preferredAreaCode: '852' })).toBe(HK);
    expect(defaultAreaCode({ definitions: [AF, HK], preferredAreaCode: undefined })).toBe(AF);
  });

  it('names a code in the UI language, falling back sensibly', () => {
    expect(areaName(HK, 'zh-TW')).toBe('中國香港');
    expect(areaName({ ...HK, displayMapping: { 'zh-CN': '中国香港' } }, 'zh-TW')).toBe('中国香港');
    expect(areaName({ ...HK, displayMapping: {} }, 'en')).toBe('HK');
  });

  it('searches by name, by country code and by dial code', () => {
    const sorted = sortAreaCodes(codes, 'zh-CN');
    expect(searchAreaCodes(sorted, '香港', 'zh-CN')).toEqual([HK]);
    expect(searchAreaCodes(sorted, 'hk', 'zh-CN')).toEqual([HK]);
    expect(searchAreaCodes(sorted, '+852', 'zh-CN')).toEqual([HK]);
    expect(searchAreaCodes(sorted, '8', 'zh-CN').map((d) => d.countryCode)).toEqual(['CN', 'HK']);
    expect(searchAreaCodes(sorted, 'hong', 'en')).toEqual([HK]);
    const taiwan = def('TW', '886', undefined, ['中国台湾', '中國臺灣', 'Taiwan']);
    expect(searchAreaCodes([taiwan], '台灣', 'zh-TW')).toEqual([taiwan]);
    expect(searchAreaCodes(sorted, '', 'en')).toHaveLength(4);
  });
});
