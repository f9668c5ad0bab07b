import { hasOwn } from '../platform/has-own';

export type MessageParams = Readonly<Record<string, string | number>> | readonly (string | number)[];

/** Fills `{name}` / `{0}` placeholders; unknown placeholders are left visible rather than blanked. */
export function fillPlaceholders(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const record = params as Readonly<Record<string, string | number>>;
    const value = Array.isArray(params) ? params[Number(key)] : hasOwn(record, key) ? record[key] : undefined;
    return value === undefined ? whole : String(value);
  });
}

export function hasPlaceholders(template: string): boolean {
  return /\{\w+\}/.test(template);
}
