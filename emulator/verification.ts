/** The SMS scenarios (`type` of `sms/send`) a tenant knows. */
export const smsTypes = ['LOGIN_SMS', 'REGISTER_SMS', 'FORGET_PWD_SMS', 'UPDATE_PWD_SMS', 'UPDATE_MOBILE_SMS', 'BIND_MOBILE_SMS'] as const;
export type SmsType = (typeof smsTypes)[number];

export function isSmsType(value: string): value is SmsType {
  return (smsTypes as readonly string[]).includes(value);
}

/** The tenant's slider and SMS rules (docs/captcha.md, "Tenant rules"; docs/tenant-api.md, "SMS login"). */
export const verificationRules = {
  /** A puzzle can be answered once, within this time. */
  puzzleTtlMs: 120_000,
  /** Accepted distance from the answer, in px at the 310 px reference. */
  tolerancePx: 5,
  /** The captcha_token a solved puzzle gives authorises one SMS within this time. */
  captchaTokenTtlMs: 5 * 60_000,
  codeTtlMs: 5 * 60_000,
  /** One SMS per number within this interval, whatever its type. */
  sendIntervalMs: 60_000,
  /** Wrong tries that burn a code. */
  maxCodeTries: 5,
  /** An expired code is remembered this long, so using it answers "expired" rather than "wrong". */
  expiredCodeMemoryMs: 60 * 60_000,
  /** The outbox keeps this many newest messages. */
  outboxLimit: 1000,
} as const;

export interface Puzzle {
  answerX: number;
  /** The AES key the point must be encrypted with; undefined when a plain point is expected (whatever key was shown). */
  cipherKey: string | undefined;
  expiresAt: number;
}

/** What a solved puzzle grants: one SMS to `mobile`. */
export interface CaptchaGrant {
  mobile: string;
  expiresAt: number;
}

export interface SmsCode {
  code: string;
  expiresAt: number;
  failures: number;
}

/** An SMS the tenant "sent" (there is no gateway); read by test control. */
export interface OutboxEntry {
  /** Wire form `+{areaCode}-{national}`. */
  mobile: string;
  type: SmsType;
  code: string;
  /** Epoch ms by the tenant clock. */
  sentAt: number;
}

/** A tenant's slider puzzles, captcha tokens, SMS codes, outbox and send throttle. */
export class VerificationState {
  /** `onSend`: told of every SMS put in the outbox (the dev server prints it, so codes can be read without test control). */
  constructor(private readonly onSend?: (entry: OutboxEntry) => void) {}

  readonly puzzles = new Map<string, Puzzle>();
  readonly captchaTokens = new Map<string, CaptchaGrant>();
  /** Keyed by `codeKey(mobile, type)`: a new send replaces the previous code. */
  readonly codes = new Map<string, SmsCode>();
  readonly outbox: OutboxEntry[] = [];
  /** Last send per number (silent sends included, so the throttle reveals nothing). */
  readonly lastSendAt = new Map<string, number>();

  /** Forgets everything that has expired, so a long-running tenant does not grow without bound. */
  prune(now: number): void {
    for (const map of [this.puzzles, this.captchaTokens]) {
      for (const [key, record] of map) if (record.expiresAt <= now) map.delete(key);
    }
    for (const [key, record] of this.codes) if (record.expiresAt + verificationRules.expiredCodeMemoryMs <= now) this.codes.delete(key);
    for (const [mobile, at] of this.lastSendAt) if (at + verificationRules.sendIntervalMs <= now) this.lastSendAt.delete(mobile);
  }

  record(entry: OutboxEntry): void {
    this.onSend?.(entry);
    this.outbox.push(entry);
    if (this.outbox.length > verificationRules.outboxLimit) this.outbox.splice(0, this.outbox.length - verificationRules.outboxLimit);
  }
}

export function codeKey(mobile: string, type: SmsType): string {
  return `${mobile} ${type}`;
}
