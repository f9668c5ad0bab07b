import type { IdaasError } from '../api/errors';
import type { TenantErrorCode } from '../api/error-meanings';
import type { ErrorCatalog, TenantParam } from './errors/codes';
import { fillPlaceholders, hasPlaceholders } from './format';
import type { Locale } from './locales';
import type { CoreMessageKey, CoreMessages } from './messages/zh-CN';
import { hasOwn } from '../platform/has-own';

const kindMessages: Record<Exclude<IdaasError['kind'], 'tenant'>, CoreMessageKey> = {
  network: 'error.network',
  offline: 'error.offline',
  timeout: 'error.timeout',
  http: 'error.http',
  malformed: 'error.malformed',
  'invalid-input': 'error.invalidInput',
};

/** Tenant parameter names (`old_password`) shown as the field the user knows (当前密码). */
function paramLabel(value: string, catalog: ErrorCatalog): string {
  const key = `param.${value}` as `param.${TenantParam}`;
  return hasOwn(catalog, key) ? catalog[key] : value;
}

function capitaliseFirst(text: string, locale: Locale): string {
  return locale === 'en' && text.length > 0 ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/**
 * The message a user sees for a failed call: the catalog entry for the tenant's code in the UI
 * language with the values recovered from the tenant's message, else the tenant's own message,
 * else the code. `catalog` may still be loading (undefined): the tenant's message stands in.
 */
export function errorText(error: IdaasError, messages: CoreMessages, catalog: ErrorCatalog | undefined, locale: Locale): string {
  if (error.kind !== 'tenant') return fillPlaceholders(messages[kindMessages[error.kind]], { status: error.status ?? '' });
  const code = error.code ?? '';
  const entry = catalog && hasOwn(catalog, code) ? catalog[code as TenantErrorCode] : undefined;
  if (catalog && entry !== undefined) {
    if (!hasPlaceholders(entry)) return entry;
    if (error.args.length > 0) {
      const args = error.args.map((arg) => paramLabel(arg, catalog));
      return capitaliseFirst(fillPlaceholders(entry, args), locale);
    }
    const bare = catalog[`${code as TenantErrorCode}#bare`];
    if (bare !== undefined) return bare;
  }
  return error.serverMessage || fillPlaceholders(messages['error.unknownCode'], { code: error.rawCode ?? code });
}
