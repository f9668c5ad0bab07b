import type { AreaCodeDefinition, CountryCodes } from '../api/schemas';
import type { Locale } from '../i18n/locales';

export function areaName(definition: AreaCodeDefinition, locale: Locale): string {
  const names = definition.displayMapping;
  return names[locale] ?? names[locale === 'zh-TW' ? 'zh-CN' : locale === 'zh-CN' ? 'zh-TW' : 'en'] ?? names.en ?? definition.countryCode;
}

export function isPreferred(definition: AreaCodeDefinition, preferred: string | undefined): boolean {
  if (!preferred) return false;
  const wanted = preferred.replace(/^\+/, '').toUpperCase();
  return definition.countryCode === wanted || definition.areaCode === wanted;
}

/** The tenant's preferred code first, then by name in the UI language (pinyin order for Chinese). */
export function sortAreaCodes(codes: CountryCodes, locale: Locale): AreaCodeDefinition[] {
  const collator = new Intl.Collator(locale);
  const preferred = codes.definitions.filter((d) => isPreferred(d, codes.preferredAreaCode));
  const rest = codes.definitions
    .filter((d) => !isPreferred(d, codes.preferredAreaCode))
    .sort((a, b) => collator.compare(areaName(a, locale), areaName(b, locale)));
  return [...preferred, ...rest];
}

export function defaultAreaCode(codes: CountryCodes): AreaCodeDefinition | undefined {
  return codes.definitions.find((d) => isPreferred(d, codes.preferredAreaCode)) ?? codes.definitions[0];
}

/** Folds variants people type interchangeably (台/臺) and case, for search. */
function searchForm(text: string): string {
  return text.toLowerCase().replace(/臺/g, '台');
}

/** Matches the name in the UI language, the country code (HK) or the dial code (852, +852). */
export function searchAreaCodes(sorted: readonly AreaCodeDefinition[], query: string, locale: Locale): AreaCodeDefinition[] {
  const q = searchForm(query.trim());
  if (q === '') return [...sorted];
  const digits = q.replace(/^\+/, '');
  return sorted.filter(
    (d) =>
      searchForm(areaName(d, locale)).includes(q) ||
      d.countryCode.toLowerCase() === q ||
      (/^\d+$/.test(digits) && d.areaCode.startsWith(digits)),
  );
}

export function findAreaCode(codes: CountryCodes, countryCode: string): AreaCodeDefinition | undefined {
  return codes.definitions.find((d) => d.countryCode === countryCode);
}

/** The area code in effect: the one the user picked, else the tenant's preferred one. */
export function selectedAreaCode(codes: CountryCodes | undefined, countryCode: string | undefined): AreaCodeDefinition | undefined {
  if (!codes) return undefined;
  return (countryCode === undefined ? undefined : findAreaCode(codes, countryCode)) ?? defaultAreaCode(codes);
}
