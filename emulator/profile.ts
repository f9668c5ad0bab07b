/**
 * How a tenant answers where the SDK documents and the tenant's own API reference differ
 * (docs/tenant-api.md, "Two profiles"). A profile is a named set of switches; each switch can also
 * be set on its own, at start (`--profile`, `--switch name=value`) or per tenant (test control).
 */
export interface TenantBehaviour {
  /**
   * `seed`: `IDAAS.SDK.<AREA>.<n>` with the SDK documents' wording (messages.ts). `live`: the reference's
   * `IDAAS.SDK.PARAM.*` / `IDAAS.SDK.CAPTCHA.*` codes where it documents them, elsewhere
   * `SDK.<AREA>.<n>` with the live wording (numbers only inside `error_msg`).
   */
  errorCodes: 'seed' | 'live';
  /** What `expire` of login and refresh answers counts: the id_token's lifetime (seed) or the session_token's (live). */
  expire: 'id-token' | 'session';
  /** `areaCodeSuffixes` of the country codes: a JSON array (seed) or a string (Huawei's reference). */
  areaCodeSuffixes: 'array' | 'string';
  /** Every `/api/v2/sdk/*` request, GETs included, must carry `Content-Type: application/json`. */
  contentTypeRequired: boolean;
  /** A refresh hands out a new session_token and refuses the old one; off: the same one comes back. */
  rotateSessionToken: boolean;
  /** SMS login registers a number that has no account ("automatic registration" configured). */
  smsAutoRegister: boolean;
  /**
   * The slider's `secretKey` and the `point_json` it expects: `aes` a key, point AES-encrypted with
   * it; `empty` key "", plain point; `null` key null, plain point; `unused` a key, plain point.
   */
  captchaKey: 'aes' | 'empty' | 'null' | 'unused';
  /** The `captcha_token` a solved slider gives: an opaque random token (seed), or `<token>---<point_json>` (the reference's example). */
  captchaToken: 'opaque' | 'token-point';
}

export const PROFILE_NAMES = ['seed', 'live'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export const profiles: Readonly<Record<ProfileName, Readonly<TenantBehaviour>>> = {
  seed: {
    errorCodes: 'seed',
    expire: 'id-token',
    areaCodeSuffixes: 'array',
    contentTypeRequired: false,
    rotateSessionToken: true,
    smsAutoRegister: false,
    captchaKey: 'aes',
    captchaToken: 'opaque',
  },
  live: {
    errorCodes: 'live',
    expire: 'session',
    areaCodeSuffixes: 'string',
    contentTypeRequired: true,
    rotateSessionToken: false,
    smsAutoRegister: false,
    captchaKey: 'null',
    captchaToken: 'token-point',
  },
};

/** What `npm run dev` and `npm run emulator` play unless told otherwise: what users run. */
export const DEFAULT_PROFILE: ProfileName = 'live';

type Choices = { [K in keyof TenantBehaviour]: readonly TenantBehaviour[K][] };

/** Every switch and the values it takes (the order in which they are listed in help texts). */
const switchChoices: Choices = {
  errorCodes: ['seed', 'live'],
  expire: ['id-token', 'session'],
  areaCodeSuffixes: ['array', 'string'],
  contentTypeRequired: [true, false],
  rotateSessionToken: [true, false],
  smsAutoRegister: [true, false],
  captchaKey: ['aes', 'empty', 'null', 'unused'],
  captchaToken: ['opaque', 'token-point'],
};

export function isProfileName(value: unknown): value is ProfileName {
  return typeof value === 'string' && (PROFILE_NAMES as readonly string[]).includes(value);
}

function isSwitchName(name: string): name is keyof TenantBehaviour {
  return Object.hasOwn(switchChoices, name);
}

/** One switch's value from JSON (test control) or text (`on`/`off`/`true`/`false` for booleans). */
function switchValue<K extends keyof TenantBehaviour>(name: K, value: unknown): { ok: true; value: TenantBehaviour[K] } | { ok: false; message: string } {
  const choices = switchChoices[name] as readonly unknown[];
  const boolean = typeof choices[0] === 'boolean';
  const parsed = boolean && typeof value === 'string' ? ({ on: true, true: true, off: false, false: false } as Record<string, boolean>)[value] : value;
  if (choices.includes(parsed)) return { ok: true, value: parsed as TenantBehaviour[K] };
  return { ok: false, message: `${name} must be one of ${choices.map(String).join(', ')}` };
}

/** Switches from JSON or text, checked. Throws an Error naming the bad one. */
export function behaviourSwitches(switches: Readonly<Record<string, unknown>>): Partial<TenantBehaviour> {
  const out: Partial<TenantBehaviour> = {};
  for (const [name, value] of Object.entries(switches)) {
    if (!isSwitchName(name)) throw new Error(`unknown switch ${name} (known: ${Object.keys(switchChoices).join(', ')})`);
    const parsed = switchValue(name, value);
    if (!parsed.ok) throw new Error(parsed.message);
    Object.assign(out, { [name]: parsed.value });
  }
  return out;
}

/** A behaviour: a profile, then switches applied over it. Throws an Error naming the bad part. */
export function behaviourOf(profile: ProfileName, switches: Readonly<Record<string, unknown>> = {}): TenantBehaviour {
  return { ...profiles[profile], ...behaviourSwitches(switches) };
}

/** `name=value` pairs, comma- or argument-separated, as `--switch` and `EMULATOR_SWITCHES` give them. */
export function parseSwitches(items: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items.flatMap((text) => text.split(',')).map((text) => text.trim()).filter(Boolean)) {
    const at = item.indexOf('=');
    if (at <= 0) throw new Error(`a switch is name=value, got "${item}"`);
    out[item.slice(0, at).trim()] = item.slice(at + 1).trim();
  }
  return out;
}

/** The profile and the switches that differ from it, in one line (start-up banners). */
export function describeBehaviour(profile: ProfileName, behaviour: TenantBehaviour): string {
  const changed = (Object.keys(behaviour) as (keyof TenantBehaviour)[]).filter((name) => behaviour[name] !== profiles[profile][name]);
  return changed.length === 0 ? profile : `${profile} with ${changed.map((name) => `${name}=${String(behaviour[name])}`).join(', ')}`;
}

/** How to choose a profile and switches at start, for error messages. */
const PROFILE_HELP = [
  `Profiles: ${PROFILE_NAMES.join(', ')} (default ${DEFAULT_PROFILE}). Switches (name=value, comma-separated or repeated):`,
  ...(Object.keys(switchChoices) as (keyof TenantBehaviour)[]).map((name) => `  ${name}: ${switchChoices[name].map(String).join(' | ')}`),
].join('\n');

/** The profile chosen at start: a name (default `live`) and `name=value` switches over it. Throws an Error naming the bad part. */
export function profileFromStart(name: string | undefined, switches: readonly string[] = []): { name: ProfileName; behaviour: TenantBehaviour } {
  const profile = name === undefined || name === '' ? DEFAULT_PROFILE : name;
  if (!isProfileName(profile)) throw new Error(`unknown profile ${profile}`);
  return { name: profile, behaviour: behaviourOf(profile, parseSwitches(switches)) };
}

/**
 * The profile `npm run dev` and `npm run emulator` start on: EMULATOR_PROFILE and EMULATOR_SWITCHES,
 * then the command line's `--profile` and `--switch` over them. Throws an Error ending in the help.
 */
export function startProfile(env: Readonly<Record<string, string | undefined>>, cli: { profile?: string | undefined; switches?: readonly string[] } = {}): { name: ProfileName; behaviour: TenantBehaviour } {
  try {
    return profileFromStart(cli.profile ?? env.EMULATOR_PROFILE, [...(env.EMULATOR_SWITCHES ? [env.EMULATOR_SWITCHES] : []), ...(cli.switches ?? [])]);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${PROFILE_HELP}`, { cause: error });
  }
}
