import type { ApiArea } from '../context.ts';
import { phoneAreaCodeDefinitions, preferredAreaCode, type AreaCodeDefinition } from '../data/country-codes.ts';
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
        const definitions: AreaCodeDefinition[] =
          call.tenant.scenario === 'hostile-regexes'
            ? phoneAreaCodeDefinitions.map((d) => ({ ...d, mobileRegex: hostile[d.countryCode] ?? d.mobileRegex }))
            : phoneAreaCodeDefinitions;
        return json({ phoneAreaCodeDefinitions: definitions, preferredAreaCode });
      },
    ],
  ],
};
