/** Every IDaaS error code the seeds list (000–003 "IDaaS return codes"), by their `<AREA>.<n>` tail. */
export const IDAAS_ERROR_CODES = [
  'COMMON.1001', 'COMMON.1002', 'COMMON.1003', 'COMMON.1004', 'COMMON.1005', 'COMMON.1006', 'COMMON.1007',
  'COMMON.1008', 'COMMON.1009', 'COMMON.1010', 'COMMON.1011', 'COMMON.1012', 'COMMON.1013', 'COMMON.1014',
  'LOGIN.1001', 'LOGIN.1002', 'LOGIN.1003', 'LOGIN.1004', 'LOGIN.1005', 'LOGIN.1006', 'LOGIN.1007', 'LOGIN.1008',
  'SMS.1001', 'SMS.1002', 'SMS.1003', 'SMS.1004', 'SMS.1005', 'SMS.1006', 'SMS.1007', 'SMS.1008',
  'SOCIAL.1001', 'SOCIAL.1002',
  'PWD.1001', 'PWD.1002', 'PWD.1003', 'PWD.1004', 'PWD.1005', 'PWD.1006', 'PWD.1007', 'PWD.1008',
  'MFA.1001', 'MFA.1002', 'MFA.1003',
] as const;

export type IdaasErrorCode = (typeof IDAAS_ERROR_CODES)[number];

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
export type ErrorCatalog = Record<IdaasErrorCode, string> & Partial<Record<`${IdaasErrorCode}#bare`, string>> & Record<`param.${TenantParam}`, string>;
