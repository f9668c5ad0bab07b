import * as v from 'valibot';
import { carrierFrom, failureWith, fail, malformed, maskedNumberSchema, messageSchema, ok, resultCodeSchema, tokenSchema } from './result';
import { CODES, type NumberPreview, type ProviderResult } from './types';

/**
 * The answers of the native host (bridge) and of the emulated carriers, which share Alibaba's
 * shapes: `{"resultCode":"600024"}`, `{"resultCode":"600000","carrier":"CMCC","maskedNumber":"138****1234"}`,
 * `{"resultCode":"600000","token":"…"}`; any other code is a failure `{resultCode, msg?}`.
 */

const coded = v.object({ resultCode: resultCodeSchema, msg: messageSchema });

/** Alibaba's iOS SDK reports a passed environment check as 600000, Android as 600024. */
const ENV_OK: ReadonlySet<string> = new Set([CODES.envOk, CODES.tokenOk]);

/** The answer's result code when it is the expected success, or the failure it stands for. */
function successOf(what: string, answer: unknown, success: ReadonlySet<string>): ProviderResult<Record<string, unknown>> {
  const parsed = v.safeParse(coded, answer);
  if (!parsed.success) return malformed(what, parsed.issues);
  const { resultCode, msg } = parsed.output;
  if (!success.has(resultCode)) return failureWith(resultCode, msg);
  return ok(answer as Record<string, unknown>);
}

export function environmentFrom(answer: unknown): ProviderResult<void> {
  const result = successOf('checkEnvAvailable', answer, ENV_OK);
  return result.ok ? ok(undefined) : result;
}

/** Alibaba's native SDKs name the fields `vendor` / `number`; the bridge protocol `carrier` / `maskedNumber`. */
const preview = v.object({
  carrier: v.optional(v.unknown()),
  vendor: v.optional(v.unknown()),
  carrierName: v.optional(v.unknown()),
  maskedNumber: v.optional(maskedNumberSchema),
  number: v.optional(maskedNumberSchema),
  maskNumber: v.optional(maskedNumberSchema),
});

export function previewFrom(answer: unknown): ProviderResult<NumberPreview> {
  const result = successOf('accelerateLoginPage', answer, new Set([CODES.tokenOk]));
  if (!result.ok) return result;
  const parsed = v.safeParse(preview, result.value);
  if (!parsed.success) return malformed('accelerateLoginPage', parsed.issues);
  const fields = parsed.output;
  const maskedNumber = fields.maskedNumber ?? fields.number ?? fields.maskNumber;
  if (maskedNumber === undefined) return fail(CODES.unknown, 'malformed accelerateLoginPage: no masked number');
  const carrier = carrierFrom(fields.carrier ?? fields.vendor ?? fields.carrierName);
  if (carrier === undefined) return fail(CODES.carrierUnknown, 'unable to determine carrier');
  return ok({ carrier, maskedNumber, needsHiddenDigits: false });
}

const token = v.object({ token: tokenSchema });

export function tokenFrom(answer: unknown): ProviderResult<{ token: string }> {
  const result = successOf('getLoginToken', answer, new Set([CODES.tokenOk]));
  if (!result.ok) return result;
  const parsed = v.safeParse(token, result.value);
  return parsed.success ? ok({ token: parsed.output.token }) : malformed('getLoginToken', parsed.issues);
}
