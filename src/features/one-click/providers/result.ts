import * as v from 'valibot';
import { ABORTED_DETAIL, CODES, type Carrier, type ProviderResult } from './types';

/** What the providers share: building results, result codes, carriers, masked numbers, tokens. */

export type Failure = Extract<ProviderResult<unknown>, { ok: false }>;

const MAX_DETAIL_LENGTH = 200;

export function ok<T>(value: T): ProviderResult<T> {
  return { ok: true, value };
}

export function fail(code: string, detail?: string): Failure {
  return detail === undefined ? { ok: false, code } : { ok: false, code, detail: detail.slice(0, MAX_DETAIL_LENGTH) };
}

export function aborted(): Failure {
  return fail(CODES.unknown, ABORTED_DETAIL);
}

const RESULT_CODE = /^-?\d{1,12}$/;

/** Aliyun codes are 6 digits; carriers' own codes may be longer or negative. */
export function isResultCode(value: string): boolean {
  return RESULT_CODE.test(value);
}

/** Codes that mean success somewhere (token / page shown / environment ok): never a failure's code. */
const SUCCESS_CODES: ReadonlySet<string> = new Set([CODES.tokenOk, '600001', CODES.envOk]);

/** A failure carrying the code the host or SDK gave, unless that code cannot be a failure. */
export function failureWith(code: string, detail?: string): Failure {
  if (SUCCESS_CODES.has(code) || !isResultCode(code)) return fail(CODES.unknown, `unexpected result code${detail ? `: ${detail}` : ''}`);
  return fail(code, detail);
}

/** A result code as hosts and SDKs send it: digits in a string, or an integer (iOS dictionaries, the H5 SDK). */
export const resultCodeSchema = v.pipe(
  v.union([v.pipe(v.string(), v.maxLength(13)), v.pipe(v.number(), v.safeInteger())]),
  v.transform((code) => String(code)),
  v.regex(RESULT_CODE),
);

/** `138****1234`: digits with the middle hidden; a full number is refused (it must never reach the page). */
export const maskedNumberSchema = v.pipe(v.string(), v.maxLength(24), v.regex(/^\+?\d[\d*]{4,20}$/), v.includes('*'));

/** A carrier token: printable ASCII, bounded. */
export const tokenSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(8192), v.regex(/^[\x21-\x7e]+$/));

/** A host's or SDK's message: shown only as a failure's detail. */
export const messageSchema = v.optional(v.pipe(v.string(), v.maxLength(1000)));

const CARRIER_NAMES: ReadonlyMap<string, Carrier> = new Map([
  ['cmcc', 'CMCC'],
  ['中国移动', 'CMCC'],
  ['移动', 'CMCC'],
  ['china mobile', 'CMCC'],
  ['cucc', 'CUCC'],
  ['中国联通', 'CUCC'],
  ['联通', 'CUCC'],
  ['china unicom', 'CUCC'],
  ['ctcc', 'CTCC'],
  ['中国电信', 'CTCC'],
  ['电信', 'CTCC'],
  ['china telecom', 'CTCC'],
]);

/** `CMCC` / `中国移动` / `China Mobile` → `CMCC`; anything else is unknown. */
export function carrierFrom(value: unknown): Carrier | undefined {
  if (typeof value !== 'string' || value.length > 32) return undefined;
  return CARRIER_NAMES.get(value.trim().toLowerCase());
}

/**
 * Why an answer was refused, without its values: valibot's messages quote what they received,
 * and that may be a token or a phone number.
 */
export function malformed(what: string, issues: readonly v.BaseIssue<unknown>[]): Failure {
  const issue = issues[0];
  if (!issue) return fail(CODES.unknown, `malformed ${what}`);
  const path = v.getDotPath(issue);
  return fail(CODES.unknown, `malformed ${what}${path ? ` at ${path}` : ''}: expected ${issue.expected ?? issue.type}`);
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return typeof error === 'string' ? error : 'non-error thrown';
}

/**
 * Runs `work` unless the caller already gave up, and resolves as soon as the caller gives up: the
 * work may go on (a host cannot be told to stop) but its result is dropped. Never rejects.
 */
export function guarded<T>(signal: AbortSignal | undefined, work: () => Promise<ProviderResult<T>>): Promise<ProviderResult<T>> {
  if (signal?.aborted) return Promise.resolve(aborted());
  return new Promise((resolve) => {
    const onAbort = () => resolve(aborted());
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = (result: ProviderResult<T>) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    let running: Promise<ProviderResult<T>>;
    try {
      running = work();
    } catch (error) {
      running = Promise.resolve(fail(CODES.unknown, describeError(error)));
    }
    running.then(settle, (error: unknown) => settle(fail(CODES.unknown, describeError(error))));
  });
}
