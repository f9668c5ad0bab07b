import { OneClickState } from './carriers.ts';
import { createSeedUsers, type TenantUser } from './users.ts';
import { behaviourOf, DEFAULT_PROFILE, type ProfileName, type TenantBehaviour } from './profile.ts';
import { VerificationState, type OutboxEntry } from './verification.ts';

export interface TenantSettings {
  /** Failed logins before the account locks (the seeded tenant: 5). */
  maxAttempts: number;
  /** How long a lock lasts. */
  lockSeconds: number;
  /** id_token lifetime (its `exp` − `iat`); the `expire` of answers under the `seed` profile. */
  idTokenTtlSeconds: number;
  /** session_token lifetime; the `expire` of answers under the `live` profile. */
  sessionTtlSeconds: number;
  stateTokenTtlSeconds: number;
}

export const defaultSettings: TenantSettings = {
  maxAttempts: 5,
  lockSeconds: 10 * 60,
  idTokenTtlSeconds: 7200,
  sessionTtlSeconds: 432000,
  stateTokenTtlSeconds: 30 * 60,
};

/** A tenant-defined user attribute, sent at registration inside `extension` (`{"age":"18"}`; docs/product.md, "Registration profile"). */
export interface ExtensionAttribute {
  key: string;
  /** `number`: the (string) value must be digits only. */
  type: 'number' | 'string';
}

export const defaultExtensionAttributes: readonly ExtensionAttribute[] = [
  { key: 'age', type: 'number' },
  { key: 'employee_no', type: 'string' },
];

/** A profile and the behaviour it comes to once switches are applied (profile.ts). */
export interface TenantProfile {
  name: ProfileName;
  behaviour: TenantBehaviour;
}

/** How the emulator is configured for every tenant it serves. */
export interface TenantConfig {
  /** What every tenant plays when it starts or is reset (default: the `live` profile as it is). */
  profile?: TenantProfile;
  extensionAttributes?: readonly ExtensionAttribute[];
  /** Told of every SMS the tenant "sends" (there is no gateway: the outbox is the phone). */
  onSms?: (clientId: string, entry: OutboxEntry) => void;
}

/**
 * Named behaviours QA can switch on (test control). Each changes how the tenant answers, not
 * what the SPA does, so the SPA is tested against behaviours real tenants show.
 */
export const scenarios = {
  normal: 'answers as the tenant profile says (seed or live)',
  'mfa-required': 'a correct password answers MFA_AUTH',
  'access-denied': 'a correct password answers ACCESS_DENIED',
  'hostile-regexes': 'country codes carry a mobileRegex that does not compile (SG) and a catastrophic one, ^(\\d+)+0$ (MY)',
} as const;
export type ScenarioName = keyof typeof scenarios;

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && Object.hasOwn(scenarios, value);
}

/**
 * What the tenant tells the client about its rules, in place of the emulator's own (test control): a
 * country's `mobileRegex`, the password policy's advertised fields. Advertised only: the tenant
 * goes on enforcing its own policy (policy.ts), so a hostile pattern never runs in the emulator.
 */
export interface AdvertisedRules {
  /** By country code (`CN`). */
  mobileRegex?: Record<string, string>;
  passwordPolicy?: { minLength?: number; maxLength?: number; regEx?: string };
}

/** Injected into the next `count` API requests of a tenant (optionally only those to exactly `path`). */
export interface Fault {
  count: number;
  path?: string;
  latencyMs?: number;
  status?: number;
  body?: 'malformed' | 'html' | 'empty';
  drop?: boolean;
}

export interface SessionRecord {
  userId: string;
  expiresAt: number;
}

export interface StateTokenRecord {
  userId: string;
  status: 'PASSWORD_WARN' | 'PASSWORD_EXPIRED' | 'MFA_AUTH';
  expiresAt: number;
}

/** Date claims (seconds since the epoch) put into the id_tokens this tenant issues, in place of the real ones. */
export interface IdTokenDates {
  exp?: number;
  iat?: number;
  nbf?: number;
}

export interface FailureCounter {
  failures: number;
  lockedUntil?: number;
}

/** One application (client id) of the emulated tenant, with all its mutable state. */
export class Tenant {
  users: TenantUser[];
  readonly sessions = new Map<string, SessionRecord>();
  readonly stateTokens = new Map<string, StateTokenRecord>();
  /** Failures against identifiers that match no user: counted like real ones so nothing is enumerable. */
  readonly unknownIdentifiers = new Map<string, FailureCounter>();
  readonly requestLog: { method: string; path: string; at: number }[] = [];
  scenario: ScenarioName = 'normal';
  rules: AdvertisedRules = {};
  faults: Fault[] = [];
  settings: TenantSettings = { ...defaultSettings };
  /** Where the tenant's answers follow the SDK documents or its own API reference (profile.ts; docs/tenant-api.md, "Two profiles"). */
  profile: TenantProfile;
  readonly extensionAttributes: readonly ExtensionAttribute[];
  /** Slider puzzles, captcha tokens, SMS codes, the outbox and the send throttle. */
  readonly verification: VerificationState;
  /** The emulated carriers' default scenario (test control) and the carrier tokens issued. */
  readonly oneClick = new OneClickState();

  /** Test control can move this tenant's clock forward (token and code expiry without waiting). */
  clockOffsetMs = 0;
  /** Test control: id_token date claims a misconfigured or hostile tenant would send (absurd `exp`, `iat`, `nbf`). */
  idTokenDates: IdTokenDates = {};

  constructor(
    readonly clientId: string,
    private readonly clock: () => number,
    config: TenantConfig & { profile: TenantProfile },
  ) {
    this.users = createSeedUsers(clock());
    this.profile = { name: config.profile.name, behaviour: { ...config.profile.behaviour } };
    this.extensionAttributes = config.extensionAttributes ?? defaultExtensionAttributes;
    const { onSms } = config;
    this.verification = new VerificationState(onSms && ((entry) => onSms(clientId, entry)));
  }

  now(): number {
    return this.clock() + this.clockOffsetMs;
  }

  get behaviour(): TenantBehaviour {
    return this.profile.behaviour;
  }

  userById(id: string): TenantUser | undefined {
    return this.users.find((u) => u.id === id);
  }

  userByName(userName: string): TenantUser | undefined {
    const wanted = userName.toLowerCase();
    return this.users.find((u) => u.userName.toLowerCase() === wanted);
  }

  userByEmail(email: string): TenantUser | undefined {
    const wanted = email.toLowerCase();
    return this.users.find((u) => u.email?.toLowerCase() === wanted);
  }

  /** Accepts `+852-51234567`, `+85251234567` for known codes, and bare mainland numbers (`13800000000`). */
  userByMobile(mobile: string): TenantUser | undefined {
    const wire = normaliseMobile(mobile);
    return wire === undefined ? undefined : this.users.find((u) => u.mobile === wire);
  }

  /** A user name for someone who registered without one: `u` + the national number, made unique. */
  freeUserName(mobile: string): string {
    const base = `u${mobile.replace(/^\+\d+-/, '')}`;
    let candidate = base;
    for (let n = 2; this.userByName(candidate); n += 1) candidate = `${base}_${n}`;
    return candidate;
  }

  /** Takes the first matching fault for this path, counting it down. */
  takeFault(path: string): Fault | undefined {
    const fault = this.faults.find((f) => f.count > 0 && (f.path === undefined || path === f.path));
    if (!fault) return undefined;
    fault.count -= 1;
    this.faults = this.faults.filter((f) => f.count > 0);
    return fault;
  }
}

export function normaliseMobile(mobile: string): string | undefined {
  const trimmed = mobile.replace(/[\s()]/g, '');
  const wire = /^\+(\d{1,4})-(\d{4,15})$/.exec(trimmed);
  if (wire) return `+${wire[1]}-${wire[2]}`;
  if (/^1\d{10}$/.test(trimmed)) return `+86-${trimmed}`;
  const compact = /^\+(86|852|853|886)(\d{7,11})$/.exec(trimmed);
  if (compact) return `+${compact[1]}-${compact[2]}`;
  return undefined;
}

/** All tenants (client ids) the emulator serves. In test mode every `test-…` client id gets its own fresh tenant. */
export class TenantRegistry {
  private readonly tenants = new Map<string, Tenant>();
  /** What a tenant plays when it starts or is reset. */
  readonly startProfile: TenantProfile;

  constructor(
    private readonly clientIds: readonly string[],
    private readonly testMode: boolean,
    private readonly now: () => number,
    private readonly config: TenantConfig = {},
  ) {
    this.startProfile = config.profile ?? { name: DEFAULT_PROFILE, behaviour: behaviourOf(DEFAULT_PROFILE) };
  }

  get(clientId: string): Tenant | undefined {
    const existing = this.tenants.get(clientId);
    if (existing) return existing;
    const known = this.clientIds.includes(clientId) || (this.testMode && /^test-[A-Za-z0-9_-]{1,64}$/.test(clientId));
    if (!known) return undefined;
    const tenant = new Tenant(clientId, this.now, { ...this.config, profile: this.startProfile });
    this.tenants.set(clientId, tenant);
    return tenant;
  }

  /** Drops the tenant's state (users, sessions, puzzles, captcha tokens, codes, outbox, throttles, clock, one-click scenario and carrier tokens): it starts again seeded. */
  reset(clientId?: string): void {
    if (clientId === undefined) this.tenants.clear();
    else this.tenants.delete(clientId);
  }
}
