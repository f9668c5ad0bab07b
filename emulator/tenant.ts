import { OneClickState } from './carriers.ts';
import { createSeedUsers, type TenantUser } from './users.ts';
import type { ErrorStyle } from './messages.ts';
import { VerificationState, type OutboxEntry } from './verification.ts';

export interface TenantSettings {
  /** Failed logins before the account locks (the seeded tenant: 5). */
  maxAttempts: number;
  /** How long a lock lasts. */
  lockSeconds: number;
  /** id_token lifetime, also the `expire` of login and refresh answers. */
  idTokenTtlSeconds: number;
  sessionTtlSeconds: number;
  stateTokenTtlSeconds: number;
  /** `aes`: the slider point is AES-ECB encrypted with the puzzle's `secretKey`; `plain`: `secretKey` is "" and the point is plain JSON. */
  captchaMode: 'aes' | 'plain';
}

export const defaultSettings: TenantSettings = {
  maxAttempts: 5,
  lockSeconds: 10 * 60,
  idTokenTtlSeconds: 7200,
  sessionTtlSeconds: 432000,
  stateTokenTtlSeconds: 30 * 60,
  captchaMode: 'aes',
};

/** A tenant-defined user attribute, sent at registration inside `extension` (seed 002: `{"age":"18"}`). */
export interface ExtensionAttribute {
  key: string;
  /** `number`: the (string) value must be digits only. */
  type: 'number' | 'string';
}

export const defaultExtensionAttributes: readonly ExtensionAttribute[] = [
  { key: 'age', type: 'number' },
  { key: 'employee_no', type: 'string' },
];

/** How the emulator is configured for every tenant it serves. */
export interface TenantConfig {
  extensionAttributes?: readonly ExtensionAttribute[];
  /** Told of every SMS the tenant "sends" (there is no gateway: the outbox is the phone). */
  onSms?: (clientId: string, entry: OutboxEntry) => void;
}

/**
 * Named behaviours QA can switch on (test control). Each changes how the tenant answers, not
 * what the SPA does, so the SPA is tested against behaviours real tenants show.
 */
export const scenarios = {
  normal: 'answers as the seeds document',
  'live-errors': 'error codes as live tenants send them (SDK.*), numbers only inside error_msg',
  'mfa-required': 'a correct password answers MFA_AUTH',
  'access-denied': 'a correct password answers ACCESS_DENIED',
  'hostile-regexes': 'country codes carry a mobileRegex that does not compile (SG) and a catastrophic one, ^(\\d+)+0$ (MY)',
} as const;
export type ScenarioName = keyof typeof scenarios;

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && Object.hasOwn(scenarios, value);
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
  faults: Fault[] = [];
  settings: TenantSettings = { ...defaultSettings };
  readonly extensionAttributes: readonly ExtensionAttribute[];
  /** Slider puzzles, captcha tokens, SMS codes, the outbox and the send throttle. */
  readonly verification: VerificationState;
  /** The emulated carriers' default scenario (test control) and the carrier tokens issued. */
  readonly oneClick = new OneClickState();

  /** Test control can move this tenant's clock forward (token and code expiry without waiting). */
  clockOffsetMs = 0;

  constructor(
    readonly clientId: string,
    private readonly clock: () => number,
    config: TenantConfig = {},
  ) {
    this.users = createSeedUsers(clock());
    this.extensionAttributes = config.extensionAttributes ?? defaultExtensionAttributes;
    const { onSms } = config;
    this.verification = new VerificationState(onSms && ((entry) => onSms(clientId, entry)));
  }

  now(): number {
    return this.clock() + this.clockOffsetMs;
  }

  get errorStyle(): ErrorStyle {
    return this.scenario === 'live-errors' ? 'live' : 'seed';
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

  constructor(
    private readonly clientIds: readonly string[],
    private readonly testMode: boolean,
    private readonly now: () => number,
    private readonly config: TenantConfig = {},
  ) {}

  get(clientId: string): Tenant | undefined {
    const existing = this.tenants.get(clientId);
    if (existing) return existing;
    const known = this.clientIds.includes(clientId) || (this.testMode && /^test-[A-Za-z0-9_-]{1,64}$/.test(clientId));
    if (!known) return undefined;
    const tenant = new Tenant(clientId, this.now, this.config);
    this.tenants.set(clientId, tenant);
    return tenant;
  }

  /** Drops the tenant's state (users, sessions, puzzles, captcha tokens, codes, outbox, throttles, clock, one-click scenario and carrier tokens): it starts again seeded. */
  reset(clientId?: string): void {
    if (clientId === undefined) this.tenants.clear();
    else this.tenants.delete(clientId);
  }
}
