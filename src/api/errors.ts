import type { ErrorMeaning } from './error-meanings';

/**
 * Every failure of a tenant call becomes one IdaasError, so screens handle one shape:
 * - `tenant`: the tenant answered `{error_code, error_msg}` (HTTP 400/500);
 * - `http`: a non-2xx answer that is not the tenant's error shape (a proxy's 502 page, say);
 * - `malformed`: a 2xx answer that is not what the contract promises;
 * - `timeout`, `network`, `offline`: nothing usable came back.
 */
export type IdaasErrorKind = 'tenant' | 'http' | 'malformed' | 'timeout' | 'network' | 'offline' | 'invalid-input';

export interface IdaasErrorInit {
  kind: IdaasErrorKind;
  status?: number;
  /** The code as the tenant sent it, e.g. `SDK.LOGIN.1005`. */
  rawCode?: string;
  /** The tenant's own message, shown when the catalog has no entry. */
  serverMessage?: string;
  /** Placeholder values ({0}, {1}) recovered from the tenant's message. */
  args?: readonly string[];
  /** What a tenant answer means (error-meanings.ts), given by the transport; `unknown` when not given. */
  meaning?: ErrorMeaning;
  detail?: string;
}

export class IdaasError extends Error {
  readonly kind: IdaasErrorKind;
  readonly status: number | undefined;
  readonly rawCode: string | undefined;
  /** The catalog key: the `<AREA>.<n>` tail of the code (`IDAAS.SDK.LOGIN.1005` and `SDK.LOGIN.1005` → `LOGIN.1005`). */
  readonly code: string | undefined;
  readonly serverMessage: string | undefined;
  readonly args: readonly string[];
  /** What the tenant's answer means, whichever code family it came in (undefined for failures that are not a tenant answer). */
  readonly meaning: ErrorMeaning | undefined;

  constructor(init: IdaasErrorInit) {
    super(init.rawCode ? `${init.rawCode}: ${init.serverMessage ?? ''}` : `${init.kind}${init.detail ? `: ${init.detail}` : ''}`);
    this.name = 'IdaasError';
    this.kind = init.kind;
    this.status = init.status;
    this.rawCode = init.rawCode;
    this.code = init.rawCode === undefined ? undefined : normaliseErrorCode(init.rawCode);
    this.serverMessage = init.serverMessage;
    this.args = init.args ?? [];
    this.meaning = init.kind === 'tenant' ? (init.meaning ?? 'unknown') : undefined;
  }

  /** Worth offering "try again": the request may succeed unchanged. */
  get retryable(): boolean {
    switch (this.kind) {
      case 'timeout':
      case 'network':
      case 'offline':
      case 'malformed':
        return true;
      case 'http':
        // A gateway or server failure may pass; a 404 or 401 from a proxy will not.
        return this.status === undefined || this.status >= 500 || this.status === 408 || this.status === 429;
      case 'tenant':
        return this.meaning === 'busy';
      case 'invalid-input':
        return false;
    }
  }
}

/** `IDAAS.SDK.LOGIN.1005`, `SDK.LOGIN.1005`, `IDAAS.SDK.PARAM.1001` → `LOGIN.1005`, …, `PARAM.1001`. */
export function normaliseErrorCode(raw: string): string {
  const match = /([A-Za-z]+)\.(\d+)\s*$/.exec(raw.trim());
  return match ? `${match[1]!.toUpperCase()}.${match[2]!}` : raw.trim();
}

/** Whether the browser believes it is online (unknown counts as online). */
export const browserOnline = (): boolean => globalThis.navigator?.onLine !== false;

/** Nothing usable came back (a request or the code for one could not be fetched): `offline` when the browser knows it is, else `network`. */
export function unreachable(cause: unknown, isOnline: () => boolean = browserOnline): IdaasError {
  return new IdaasError({ kind: isOnline() ? 'network' : 'offline', detail: cause instanceof Error ? cause.message : String(cause) });
}

export function isIdaasError(error: unknown): error is IdaasError {
  return error instanceof IdaasError;
}

/** Any failure as an IdaasError: an IdaasError as it is; anything else means nothing usable came back (`unreachable`). */
export function asIdaasError(error: unknown): IdaasError {
  return isIdaasError(error) ? error : unreachable(error);
}
