import type { ApiArea } from '../context.ts';
import { phoneAreaCodeDefinitions, preferredAreaCode } from '../data/country-codes.ts';
import { json } from '../http.ts';

/**
 * The 'hostile-regexes' scenario: one regex that does not compile (SG), and one that backtracks
 * exponentially on any digit string that does not end in 0 (MY): harmless on ≤ 15 digits, a frozen
 * page on 40.
 */
const hostile: Record<string, string> = {
  SG: '^(\\+65){1}\\-?[89\\d{7}$',
  MY: '^(\\d+)+0$',
};

export const countryCodesArea: ApiArea = {
  routes: [
    [
      'GET',
      '/api/v2/sdk/country-codes',
      (call) => {
        const { tenant } = call;
        const definitions = phoneAreaCodeDefinitions.map((d) => ({
          ...d,
          ...(tenant.scenario === 'hostile-regexes' ? { mobileRegex: hostile[d.countryCode] ?? d.mobileRegex } : {}),
          ...(tenant.rules.mobileRegex?.[d.countryCode] === undefined ? {} : { mobileRegex: tenant.rules.mobileRegex[d.countryCode] }),
          // Huawei's reference types the suffixes "String" (docs/tenant-api.md): comma-separated there.
          areaCodeSuffixes: tenant.behaviour.areaCodeSuffixes === 'string' ? d.areaCodeSuffixes.join(',') : d.areaCodeSuffixes,
        }));
        return json({ phoneAreaCodeDefinitions: definitions, preferredAreaCode });
      },
    ],
  ],
};
