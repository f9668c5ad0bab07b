import type { Locator, Page } from '@playwright/test';
import { appStarted, expect, type OutboxEntry, type TenantControl } from './fixtures';
import { zhCN, type Messages } from './messages';

export const SMS_SEND_PATH = '/api/v2/sdk/sms/send';

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message with `{placeholders}` as a pattern that matches it whatever they are filled with. */
export function messagePattern(message: string): RegExp {
  return new RegExp(message.split(/\{\w+\}/).map(escapeRegExp).join('.+?'));
}

/** The SMS login page (`/login/sms`): phone number, Get code, the code and Sign in, found by role and label. */
export class SmsLoginPage {
  constructor(
    readonly page: Page,
    private readonly text: Messages = zhCN,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto('/login/sms');
    await this.heading.waitFor();
    await appStarted(this.page);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.text['smsLogin.title'] });
  }

  get phone(): Locator {
    return this.page.getByRole('textbox', { name: this.text['common.field.phone'] });
  }

  get code(): Locator {
    return this.page.getByRole('textbox', { name: this.text['sms.code'] });
  }

  /** "Get code" while a code may be asked for. */
  get getCode(): Locator {
    return this.page.getByRole('button', { name: this.text['sms.getCode'], exact: true });
  }

  /** The same button while it counts down to the next code ("N 秒后可重新获取"). */
  get resendCountdown(): Locator {
    return this.page.getByRole('button', { name: messagePattern(this.text['sms.resendIn']) });
  }

  resendIn(seconds: number): string {
    return this.text['sms.resendIn'].replace('{seconds}', String(seconds));
  }

  get submit(): Locator {
    return this.page.getByRole('button', { name: this.text['smsLogin.submit'], exact: true });
  }

  /** "Code sent to …" */
  get sentNotice(): Locator {
    return this.page.getByRole('status').filter({ hasText: this.text['sms.sent'].split('{mobile}')[0]! });
  }

  sentTo(mobile: string): string {
    return this.text['sms.sent'].replace('{mobile}', mobile);
  }

  /** "Security check closed, no code sent" */
  get closedNotice(): Locator {
    return this.page.getByRole('status').filter({ hasText: this.text['captcha.closed'] });
  }

  /** An error alert on the page outside the slider (e.g. a failed send), with its retry button. */
  get pageAlert(): Locator {
    return this.page.locator('form').getByRole('alert');
  }

  get retry(): Locator {
    return this.pageAlert.getByRole('button', { name: this.text['common.retry'] });
  }
}

/** The code of the newest SMS of `type` to `mobile` (wire form), waiting until the tenant has sent it. */
export async function smsCode(tenant: TenantControl, mobile: string, type = 'LOGIN_SMS'): Promise<string> {
  let sent: OutboxEntry | undefined;
  await expect
    .poll(async () => {
      sent = (await tenant.outbox()).filter((entry) => entry.mobile === mobile && entry.type === type).at(-1);
      return sent !== undefined;
    }, `an SMS (${type}) to ${mobile}`)
    .toBe(true);
  return sent!.code;
}

/** A six-digit code that is not `code`. */
export function otherCode(code: string): string {
  return code
    .split('')
    .map((digit) => String((Number(digit) + 1) % 10))
    .join('');
}
