import * as v from 'valibot';

/** Seconds; tenants send a number, some SDK examples a numeric string. */
const seconds = v.union([
  v.pipe(v.number(), v.integer(), v.minValue(0)),
  v.pipe(v.string(), v.regex(/^\d{1,10}$/), v.transform(Number)),
]);
const token = v.pipe(v.string(), v.minLength(1), v.maxLength(8192));
const optionalNumber = v.optional(v.union([v.number(), v.pipe(v.string(), v.regex(/^\d{1,4}$/), v.transform(Number))]));

/** The policy inside a password-expiry answer's `data` JSON string (emulator/policy.ts has an example). */
const passwordPolicySchema = v.object({
  minLength: optionalNumber,
  maxLength: optionalNumber,
  regEx: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  tip: v.optional(v.pipe(v.string(), v.maxLength(500))),
});

export interface PasswordPolicy {
  minLength?: number;
  maxLength?: number;
  regEx?: string;
  tip?: string;
}

/** A broken `data` string must not break the flow: the server still enforces its policy. */
function parsePolicy(data: string | undefined): PasswordPolicy | undefined {
  if (data === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(data);
  } catch {
    return undefined;
  }
  const parsed = v.safeParse(passwordPolicySchema, raw);
  if (!parsed.success) return undefined;
  const policy: PasswordPolicy = {};
  for (const key of ['minLength', 'maxLength', 'regEx', 'tip'] as const) {
    const value = parsed.output[key];
    if (value !== undefined) Object.assign(policy, { [key]: value });
  }
  return policy;
}

export interface SessionTokens {
  sessionToken: string;
  idToken: string;
  /**
   * Seconds from the answer: the session_token's validity on live tenants (no refresh after it),
   * the id_token's in the SDK documents' reading. The id_token's own `exp` says when it dies
   * (docs/tenant-api.md, "expire").
   */
  expire: number;
}

export type LoginOutcome =
  | ({ status: 'SUCCESS' } & SessionTokens)
  | { status: 'PASSWORD_WARN' | 'PASSWORD_EXPIRED'; stateToken: string; policy: PasswordPolicy | undefined }
  | { status: 'MFA_AUTH'; stateToken: string | undefined }
  | { status: 'ACCESS_DENIED' };

const successAnswer = v.pipe(
  v.object({ status: v.literal('SUCCESS'), session_token: token, id_token: token, expire: seconds }),
  v.transform((a): LoginOutcome => ({ status: 'SUCCESS', sessionToken: a.session_token, idToken: a.id_token, expire: a.expire })),
);

const passwordFlowAnswer = v.pipe(
  v.object({ status: v.picklist(['PASSWORD_WARN', 'PASSWORD_EXPIRED']), state_token: token, data: v.optional(v.string()) }),
  v.transform((a): LoginOutcome => ({ status: a.status, stateToken: a.state_token, policy: parsePolicy(a.data) })),
);

const mfaAnswer = v.pipe(
  v.object({ status: v.literal('MFA_AUTH'), state_token: v.optional(token) }),
  v.transform((a): LoginOutcome => ({ status: 'MFA_AUTH', stateToken: a.state_token })),
);

const deniedAnswer = v.pipe(
  v.object({ status: v.literal('ACCESS_DENIED') }),
  v.transform((): LoginOutcome => ({ status: 'ACCESS_DENIED' })),
);

/** Every login call answers one of these (docs/tenant-api.md, "Where the references disagree": status values). */
export const loginAnswer = v.union([successAnswer, passwordFlowAnswer, mfaAnswer, deniedAnswer]);

export const refreshAnswer = v.pipe(
  v.object({ session_token: token, id_token: token, expire: seconds }),
  v.transform((a): SessionTokens => ({ sessionToken: a.session_token, idToken: a.id_token, expire: a.expire })),
);

export interface AreaCodeDefinition {
  areaCode: string;
  countryCode: string;
  /** Tenant-supplied; may be missing, unanchored, slow or invalid (see phone/regex-guard). */
  mobileRegex: string | undefined;
  displayMapping: Readonly<Record<string, string>>;
  areaCodeSuffixes: readonly string[];
}

export interface CountryCodes {
  definitions: AreaCodeDefinition[];
  preferredAreaCode: string | undefined;
}

/** `"1,2"` → `['1', '2']`, `""` → `[]`; as many items as an array may have. */
function splitList(text: string): string[] {
  return text.split(',', 1000).map((item) => item.trim()).filter((item) => item !== '');
}

const areaCodeDefinition = v.pipe(
  v.object({
    areaCode: v.pipe(v.union([v.string(), v.number()]), v.transform(String), v.regex(/^\d{1,4}$/)),
    countryCode: v.pipe(v.string(), v.regex(/^[A-Za-z]{2}$/), v.toUpperCase()),
    mobileRegex: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(1000)))),
    displayMapping: v.optional(v.nullable(v.record(v.string(), v.string()))),
    // An array in BambooCloud's reference, a (comma-separated) string in Huawei's: docs/tenant-api.md.
    areaCodeSuffixes: v.optional(v.nullable(v.union([v.pipe(v.array(v.string()), v.maxLength(1000)), v.pipe(v.string(), v.maxLength(10_000), v.transform(splitList))]))),
  }),
  v.transform(
    (d): AreaCodeDefinition => ({
      areaCode: d.areaCode,
      countryCode: d.countryCode,
      mobileRegex: d.mobileRegex ?? undefined,
      displayMapping: d.displayMapping ?? {},
      areaCodeSuffixes: d.areaCodeSuffixes ?? [],
    }),
  ),
);

export const countryCodesAnswer = v.pipe(
  v.object({
    phoneAreaCodeDefinitions: v.pipe(v.array(areaCodeDefinition), v.maxLength(400)),
    preferredAreaCode: v.optional(v.nullable(v.string())),
  }),
  v.transform((a): CountryCodes => ({ definitions: a.phoneAreaCodeDefinitions, preferredAreaCode: a.preferredAreaCode ?? undefined })),
);

export interface CaptchaPuzzle {
  token: string;
  /** AES key for the point_json; empty = plain mode. */
  secretKey: string;
  backgroundPng: string;
  piecePng: string;
}

const base64Png = v.pipe(v.string(), v.minLength(1), v.maxLength(2_000_000), v.regex(/^[A-Za-z0-9+/=\s]+$/));

export const captchaAnswer = v.pipe(
  v.object({ token, secretKey: v.optional(v.nullable(v.string())), originalImageBase64: base64Png, jigsawImageBase64: base64Png }),
  v.transform(
    (a): CaptchaPuzzle => ({ token: a.token, secretKey: a.secretKey ?? '', backgroundPng: a.originalImageBase64, piecePng: a.jigsawImageBase64 }),
  ),
);

export const captchaVerifyAnswer = v.pipe(
  v.object({ captcha_token: token }),
  v.transform((a) => a.captcha_token),
);

export const jwksAnswer = v.object({
  keys: v.array(v.looseObject({ kty: v.string(), kid: v.optional(v.string()), alg: v.optional(v.string()) })),
});
