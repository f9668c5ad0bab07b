import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface TenantUser {
  id: string;
  userName: string;
  name: string;
  /** Wire form `+{areaCode}-{national}`. */
  mobile?: string;
  email?: string;
  password: PasswordHash;
  /** Previous passwords, newest first (the current one is checked separately). */
  history: PasswordHash[];
  passwordExpiresAt: number;
  failures: number;
  lockedUntil?: number;
  /** The optional registration profile (the tenant's field names: `attr_gender`, `zip_code`, …; docs/product.md, "Registration profile"). */
  profile?: Readonly<Record<string, string>>;
  /** Tenant-defined attributes given at registration (`extension`). */
  extension?: Readonly<Record<string, string>>;
}

export interface PasswordHash {
  salt: string;
  hash: string;
}

export function hashPassword(password: string): PasswordHash {
  const salt = randomBytes(16).toString('hex');
  // A low scrypt cost keeps the emulator fast; it never holds real passwords.
  return { salt, hash: scryptSync(password, salt, 32, { N: 1024 }).toString('hex') };
}

export function passwordMatches(password: string, stored: PasswordHash): boolean {
  const candidate = scryptSync(password, stored.salt, 32, { N: 1024 });
  return timingSafeEqual(candidate, Buffer.from(stored.hash, 'hex'));
}

/** Compared against when no user matches, so every failed login costs the same. */
export const UNKNOWN_USER_HASH: PasswordHash = hashPassword(randomBytes(16).toString('hex'));

/** The password-expiry settings of the seeded tenant: passwords live 90 days, warning 7 days ahead. */
export const expiryPolicy = { lifetimeDays: 90, warnDays: 7 } as const;

export type PasswordState = 'ok' | 'warn' | 'expired';

export function passwordState(user: TenantUser, now: number): PasswordState {
  if (user.passwordExpiresAt <= now) return 'expired';
  if (user.passwordExpiresAt - now <= expiryPolicy.warnDays * DAY_MS) return 'warn';
  return 'ok';
}

/** The password every seeded user starts with; it satisfies the policy of policy.ts. */
export const SEED_PASSWORD = 'Idaas@2026';
/** An earlier password in every seeded user's history (reusing it is refused with PWD.1005). */
export const SEED_OLD_PASSWORD = 'Idaas@2025';

interface SeedUser {
  id: string;
  userName: string;
  name: string;
  mobile?: string;
  email?: string;
  expiresInDays: number;
  lockedForSeconds?: number;
  /** What the user is for, shown in the README and in `npm run emulator`'s start-up banner. */
  purpose: string;
}

export const seedUsers: readonly SeedUser[] = [
  {
    id: '20220729174957176-2C7F-A2C54C293',
    userName: 'zhangsan',
    name: '张三',
    mobile: '+86-13800000000',
    email: 'zhangsan@example.com',
    expiresInDays: 60,
    purpose: 'plain user: signs in with username, phone or email; China Mobile in one-click (cmcc)',
  },
  {
    id: '20230115093012345-8A1B-C0FFEE001',
    userName: 'lisi',
    name: '李四',
    mobile: '+86-13800000001',
    email: 'lisi@example.com',
    expiresInDays: 3,
    purpose: 'password expires in 3 days: PASSWORD_WARN (skip or change)',
  },
  {
    id: '20230115093012345-8A1B-C0FFEE002',
    userName: 'wangwu',
    name: '王五',
    mobile: '+86-13800000002',
    email: 'wangwu@example.com',
    expiresInDays: -1,
    purpose: 'password expired yesterday: PASSWORD_EXPIRED (forced change)',
  },
  {
    id: '20230115093012345-8A1B-C0FFEE003',
    userName: 'zhaoliu',
    name: '赵六',
    mobile: '+86-13800000003',
    email: 'zhaoliu@example.com',
    expiresInDays: 60,
    lockedForSeconds: 30 * 60,
    purpose: 'locked for 30 minutes after too many failures (LOGIN.1003)',
  },
  {
    id: '20230115093012345-8A1B-C0FFEE004',
    userName: 'chan_hk',
    name: 'Chan Tai Man',
    mobile: '+852-51234567',
    expiresInDays: 60,
    purpose: 'phone only (Hong Kong +852), no email',
  },
  {
    id: '20230115093012345-8A1B-C0FFEE005',
    userName: 'zhouba',
    name: '周八',
    email: 'zhouba@example.com',
    expiresInDays: 60,
    purpose: 'email only, no phone',
  },
  {
    id: '20230115093012345-8A1B-C0FFEE006',
    userName: 'wujiu',
    name: '吴九',
    mobile: '+86-18600000000',
    email: 'wujiu@example.com',
    expiresInDays: 60,
    purpose: 'plain user on China Unicom: one-click scenario cucc',
  },
  {
    id: '20230115093012345-8A1B-C0FFEE007',
    userName: 'zhengshi',
    name: '郑十',
    mobile: '+86-18900000000',
    email: 'zhengshi@example.com',
    expiresInDays: 60,
    purpose: 'plain user on China Telecom: one-click scenario ctcc',
  },
];

export function createSeedUsers(now: number): TenantUser[] {
  const current = hashPassword(SEED_PASSWORD);
  const previous = hashPassword(SEED_OLD_PASSWORD);
  return seedUsers.map((seed) => ({
    id: seed.id,
    userName: seed.userName,
    name: seed.name,
    ...(seed.mobile === undefined ? {} : { mobile: seed.mobile }),
    ...(seed.email === undefined ? {} : { email: seed.email }),
    password: current,
    history: [previous],
    passwordExpiresAt: now + seed.expiresInDays * DAY_MS,
    failures: 0,
    ...(seed.lockedForSeconds === undefined ? {} : { lockedUntil: now + seed.lockedForSeconds * 1000 }),
  }));
}

export function setPassword(user: TenantUser, password: string, now: number): void {
  user.history = [user.password, ...user.history].slice(0, 5);
  user.password = hashPassword(password);
  user.passwordExpiresAt = now + expiryPolicy.lifetimeDays * DAY_MS;
}

/** Clears a lock and the failed-login counter (after a password reset by SMS). */
export function unlock(user: TenantUser): void {
  user.failures = 0;
  delete user.lockedUntil;
}

/** An id shaped like the tenant's (`20220729174957176-2C7F-A2C54C293`): timestamp, then random hex. */
export function newUserId(now: number): string {
  const stamp = new Date(now).toISOString().replace(/\D/g, '').slice(0, 17);
  const hex = randomBytes(7).toString('hex').toUpperCase();
  return `${stamp}-${hex.slice(0, 4)}-${hex.slice(4, 13)}`;
}

/**
 * A user who registered by SMS. Without a password they get an unguessable one: they sign in by
 * SMS until they set one through "forgot password".
 */
export function registeredUser(
  fields: { userName: string; name: string; mobile: string; email?: string; password?: string; profile: Record<string, string>; extension: Record<string, string> },
  now: number,
): TenantUser {
  return {
    id: newUserId(now),
    userName: fields.userName,
    name: fields.name,
    mobile: fields.mobile,
    ...(fields.email === undefined ? {} : { email: fields.email }),
    password: hashPassword(fields.password ?? randomBytes(24).toString('base64url')),
    history: [],
    passwordExpiresAt: now + expiryPolicy.lifetimeDays * DAY_MS,
    failures: 0,
    ...(Object.keys(fields.profile).length === 0 ? {} : { profile: fields.profile }),
    ...(Object.keys(fields.extension).length === 0 ? {} : { extension: fields.extension }),
  };
}

export function wasUsedBefore(user: TenantUser, password: string): boolean {
  return [user.password, ...user.history].some((stored) => passwordMatches(password, stored));
}
