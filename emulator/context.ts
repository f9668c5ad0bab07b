import { header, type EmulatorRequest, type EmulatorResponse } from './http.ts';
import type { SigningKeys } from './keys.ts';
import { tenantError, type TenantErrorKey, type TenantLanguage } from './messages.ts';
import type { TenantError } from './http.ts';
import type { Tenant } from './tenant.ts';

/** Everything an `/api/v2/sdk/*` handler needs: the request, its tenant (by X-client-id) and language (by X-L). */
export class ApiCall {
  constructor(
    readonly req: EmulatorRequest,
    readonly tenant: Tenant,
    readonly keys: SigningKeys,
  ) {}

  get lang(): TenantLanguage {
    return requestLanguage(this.req);
  }

  get now(): number {
    return this.tenant.now();
  }

  /** The tenant error for `key`, in this call's language and the tenant's error style. Throw it. */
  error(key: TenantErrorKey, ...args: (string | number)[]): TenantError {
    return tenantError(key, this.lang, this.tenant.behaviour.errorCodes, ...args);
  }

  /** A required string field of the JSON body, or COMMON.1001 naming it. */
  requiredString(field: string): string {
    const body = this.req.body;
    const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : undefined;
    if (value === undefined || value === null || value === '') throw this.error('COMMON.1001', field);
    if (typeof value !== 'string') throw this.error('COMMON.1007', field);
    return value;
  }

  /** A required header, or COMMON.1001 naming it. */
  requiredHeader(name: string): string {
    const value = header(this.req, name);
    if (value === undefined) throw this.error('COMMON.1001', name);
    return value;
  }
}

/** The tenant answers in English when `X-L` says so, in Chinese otherwise. */
export function requestLanguage(req: EmulatorRequest): TenantLanguage {
  return header(req, 'x-l')?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

export type ApiHandler = (call: ApiCall, params: Record<string, string>) => EmulatorResponse | Promise<EmulatorResponse>;

/** One area of the tenant API (login, password, tokens, …); captcha, SMS and one-click slot in the same way. */
export interface ApiArea {
  routes: readonly (readonly [method: 'GET' | 'POST', path: string, handler: ApiHandler])[];
}
