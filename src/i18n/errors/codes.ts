import { TENANT_ERROR_CODES, type TenantErrorCode } from '../../api/error-meanings';

/** Every tenant error code of either family (api/error-meanings.ts), by its `<AREA>.<n>` tail. */
export const IDAAS_ERROR_CODES = Object.keys(TENANT_ERROR_CODES) as readonly TenantErrorCode[];

/** Tenant parameter names a message may carry as its value (`{0}` of COMMON.1001, 1002, 1005, 1006). */
export const TENANT_PARAMS = [
  'user_name', 'password', 'mobile', 'email', 'old_password', 'new_password',
  'state_token', 'session_token', 'verify_code', 'captcha_token', 'X-client-id',
] as const;

export type TenantParam = (typeof TENANT_PARAMS)[number];

/**
 * A catalog: a human message per code, plus `<code>#bare` variants used when the tenant's message
 * did not carry the placeholder values (e.g. a live tenant that rewords LOGIN.1005), and the field
 * names users know for the tenant's parameter names (`param.old_password` → 当前密码).
 */
export type ErrorCatalog = Record<TenantErrorCode, string> & Partial<Record<`${TenantErrorCode}#bare`, string>> & Record<`param.${TenantParam}`, string>;
