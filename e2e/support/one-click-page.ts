import { expect, type Locator, type Page, type Request } from '@playwright/test';
import { zhCN, type Messages } from './messages';
import { verifiedClaims } from './tokens';

/** The IDaaS call that swaps a carrier token for a session (docs/one-click.md, "The flow", step 4). */
export const CARRIER_LOGIN_PATH = '/api/v2/sdk/login/aliyun-mobile-auth';
/** The emulated carriers' token step (not an IDaaS API: absent from the tenant's request log). */
export const CARRIER_TOKEN_PATH = '/__carrier/token';

/** The emulator's carriers and the seeded user each one's number belongs to (emulator/carriers.ts). */
export const carrierUsers = {
  cmcc: { carrier: 'CMCC', masked: '138****0000', userName: 'zhangsan', name: '张三', mobile: '+86-13800000000' },
  cucc: { carrier: 'CUCC', masked: '186****0000', userName: 'wujiu', name: '吴九', mobile: '+86-18600000000' },
  ctcc: { carrier: 'CTCC', masked: '189****0000', userName: 'zhengshi', name: '郑十', mobile: '+86-18900000000' },
} as const;

/** One-click first, password as the other method; the emulated carriers as provider. */
export const oneClickConfig = {
  methods: { default: 'one-click', enabled: ['one-click', 'password'] },
  oneClick: { provider: 'emulator' },
} as const;

/** A same-origin agreement: it opens in the in-page viewer. */
export const PRIVACY: [string, string] = ['《隐私政策》', '/agreements/privacy.html'];

/** The authorization page (`/one-click`), found by role and visible label. */
export class OneClickPage {
  constructor(
    readonly page: Page,
    readonly text: Messages = zhCN,
  ) {}

  /** Opens the page and waits for the authorization page (the masked number) to show. */
  async goto(query = '', masked: string = carrierUsers.cmcc.masked): Promise<void> {
    await this.page.goto(`/one-click${query}`);
    await this.shown(masked);
  }

  /** The authorization page is there with the masked number, its entry animation over (what a user sees settled). */
  async shown(masked: string = carrierUsers.cmcc.masked): Promise<void> {
    await expect(this.number(masked)).toBeVisible();
    await this.page.locator('.oc-body').evaluate((body) => Promise.all(body.getAnimations().map((animation) => animation.finished)));
  }

  number(masked: string): Locator {
    return this.page.getByText(masked, { exact: true });
  }

  get checkbox(): Locator {
    return this.page.getByRole('checkbox', { name: this.text['oneClick.agree'] });
  }

  /** The login button, by its default text or the theme's. */
  loginButton(name: string = this.text['oneClick.login']): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  get busyLogin(): Locator {
    return this.page.getByRole('button', { name: this.text['oneClick.loggingIn'] });
  }

  otherMethods(name: string = this.text['oneClick.other']): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  get back(): Locator {
    return this.page.getByRole('button', { name: this.text['oneClick.back'], exact: true });
  }

  get toast(): Locator {
    return this.page.getByRole('status').filter({ hasText: this.text['oneClick.toast'] });
  }

  /** The agreement line next to the checkbox (its links are the agreements). */
  get agreements(): Locator {
    return this.page.locator('#oc-agreements');
  }

  agreement(label: string | RegExp): Locator {
    return this.agreements.getByRole('link', { name: label });
  }

  get consent(): Locator {
    return this.page.getByRole('dialog', { name: this.text['oneClick.consent.title'] });
  }

  get consentAgree(): Locator {
    return this.consent.getByRole('button', { name: this.text['oneClick.consent.agree'] });
  }

  viewer(label: string): Locator {
    return this.page.getByRole('dialog', { name: label });
  }

  viewerBack(label: string): Locator {
    return this.viewer(label).getByRole('button', { name: this.text['oneClick.viewer.back'] });
  }

  get retry(): Locator {
    return this.page.getByRole('button', { name: this.text['oneClick.retry'], exact: true });
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** Ticks the box and presses login. */
  async tickAndLogin(): Promise<void> {
    await this.checkbox.check();
    await this.loginButton().click();
  }
}

/** Every request the page makes to `path` from now on (the carrier endpoints are not in the tenant's log). */
export function recordRequests(page: Page, path: string): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === path) seen.push(request);
  });
  return seen;
}

/** Moves focus with `key` (Tab or Shift+Tab), one press at a time, until `target` has it; fails after `max` presses. */
export async function pressUntilFocused(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 15): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`${key} did not reach ${target.toString()} in ${max} presses`);
}

/** A fake iOS WKWebView host (`webkit.messageHandlers.idaas`) that records what the page sends, as host-delivery.spec.ts does. */
export const FAKE_IOS_HOST = 'window.__hostInbox = []; window.webkit = { messageHandlers: { idaas: { postMessage(message) { window.__hostInbox.push(message); } } } };';

export interface HostMessage {
  event?: string;
  id?: string;
  method?: string;
  data?: unknown;
}

/** What the fake host has received so far, parsed. */
export async function hostMessages(page: Page): Promise<HostMessage[]> {
  const raw = await page.evaluate(() => (window as unknown as { __hostInbox: unknown[] }).__hostInbox);
  return raw.map((message) => {
    expect(typeof message, 'the bridge sends JSON strings').toBe('string');
    return JSON.parse(message as string) as HostMessage;
  });
}

/** The coded events (600001 page shown, 700000–700004 page events, …) and results the host received, in order; the status bar notice left out. */
export async function hostEvents(page: Page): Promise<HostMessage[]> {
  return (await hostMessages(page)).filter((m) => m.event !== undefined && (/^\d{6}$/.test(m.event) || m.event === 'result'));
}

/** A success result as a host must be able to use it: code 0 and an id_token that verifies, for `userName`. */
export async function expectSuccessResult(message: HostMessage | undefined, clientId: string, userName: string): Promise<void> {
  const data = (message?.data ?? {}) as { code?: string; data?: { session_token?: string; id_token?: string; expire?: number } };
  expect(message?.event).toBe('result');
  expect(data).toMatchObject({ code: '0', data: { expire: 7200 } });
  expect(data.data?.session_token).toMatch(/\S{16,}/);
  const claims = await verifiedClaims(data.data?.id_token ?? '', clientId);
  expect(claims).toMatchObject({ userName });
}

/**
 * The agreement viewer's frame is sandboxed without scripts (on purpose: the document is shown, never
 * run). Playwright runs the suite's init scripts (the CSP watcher) in every frame and its own script
 * when a test reads inside one, so Chromium logs that it blocked them there: a varying number of
 * times (none when the viewer closes before the document commits). Test-caused, not the page's:
 * for tolerateConsoleError.
 */
export const INIT_SCRIPT_BLOCKED_IN_VIEWER = /Blocked script execution in '[^']*\/agreements\/[^']*' because the document's frame is sandboxed/;

/**
 * axe options for a state with the agreement viewer open: its frame is left out because axe cannot
 * run inside a frame that allows no scripts (it would wait a minute for the frame's answer). The
 * frame element's own title is asserted by the tests that find it by `iframe[title=…]`.
 */
export const VIEWER_AXE = { exclude: ['.oc-viewer-frame'] };
