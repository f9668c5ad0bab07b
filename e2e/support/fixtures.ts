import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type ConsoleMessage, type Page } from '@playwright/test';
import type { OneClickScenario } from '../../emulator/carriers.ts';
import type { ProfileName, TenantBehaviour } from '../../emulator/profile.ts';
import type { AdvertisedRules, Fault, ScenarioName, TenantSettings } from '../../emulator/tenant.ts';
import { FIRST_SCREEN_ATTRIBUTE } from '../../src/app/first-screen/marker';
import { emulatorUrl } from './env';
import { deleteNewerApis, NEWER_THAN_MATRIX } from './old-engine';

/** Test control of this test's own tenant (every test gets a fresh `test-…` client id). */
export interface TenantControl {
  clientId: string;
  scenario(name: ScenarioName): Promise<void>;
  /** The emulated carriers' scenario for this tenant when the page names none (`?oneclick=`); null = back to `cmcc`. */
  oneClickScenario(name: OneClickScenario | null): Promise<void>;
  settings(settings: Partial<TenantSettings>): Promise<void>;
  /** What the tenant tells of its rules (a country's mobileRegex, the password policy), in place of the emulator's own. */
  rules(rules: AdvertisedRules): Promise<void>;
  /** Switches over the tenant's profile (the project's `tenantProfile`); resolves with the behaviour now in force. */
  behave(switches: Partial<TenantBehaviour>): Promise<TenantBehaviour>;
  /** The tenant's behaviour: its profile (`seed` or `live`) with any switches applied. */
  behaviour(): Promise<TenantBehaviour>;
  /** Injects a fault into the next `count` (default 1) API requests. */
  fault(fault: Omit<Fault, 'count'> & { count?: number }): Promise<void>;
  /** Moves the tenant's clock forward (expiry of tokens and codes without waiting). */
  advanceClock(seconds: number): Promise<void>;
  /** Date claims (epoch seconds) the tenant's id_tokens carry from now on, as a misconfigured tenant's would; {} = real ones. */
  idTokenDates(dates: { exp?: number; iat?: number; nbf?: number }): Promise<void>;
  /** API requests the tenant received, optionally only those to `path`. */
  requests(path?: string): Promise<{ method: string; path: string }[]>;
  /** The SMS the tenant "sent" (it has no gateway), oldest first. */
  outbox(): Promise<OutboxEntry[]>;
  /** The answer of a live slider puzzle: the piece's left edge, in px of the 310 px reference. */
  captchaAnswer(token: string): Promise<number>;
}

/** An SMS in the tenant's outbox (`mobile` in wire form, `+86-138…`; `sentAt` epoch ms by the tenant clock). */
export interface OutboxEntry {
  mobile: string;
  type: string;
  code: string;
  sentAt: number;
}

type JsonObject = { [key: string]: unknown };

/** The options a Playwright project sets (playwright.config.ts). */
export interface ProjectOptions {
  /**
   * How the test's tenant answers where the SDK documents and the tenant's reference differ (emulator
   * profile.ts; docs/tenant-api.md, "Two profiles"): the `-live` projects play `live`, the others `seed`.
   */
  tenantProfile: ProfileName;
  /** The `old-engine` project: the web APIs newer than the support matrix are deleted before any page script runs (old-engine.ts). */
  oldEngine: boolean;
}

interface Fixtures extends ProjectOptions {
  /** Merged into the test's config.json (e.g. `{ password: { modes: ['phone'] } }`). */
  appConfig: JsonObject;
  /** The config.json this test's pages get (defaults for the test tenant + appConfig). */
  servedConfig: JsonObject;
  tenant: TenantControl;
  /**
   * Console errors the browser itself must print in this test (a blocked frame, a 404 the test
   * caused). Each declared pattern must occur; any other console error still fails the test.
   */
  expectConsoleError: (pattern: RegExp) => void;
  /** The patterns declared through expectConsoleError, checked when the page closes. */
  expectedConsoleErrors: RegExp[];
  /**
   * Console errors the test's own machinery makes the browser print a varying number of times (none
   * included), such as Playwright's scripts refused by a sandboxed frame. Prefer expectConsoleError.
   */
  tolerateConsoleError: (pattern: RegExp) => void;
  /** The patterns declared through tolerateConsoleError. */
  toleratedConsoleErrors: RegExp[];
}

function merge(base: JsonObject, patch: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object' && !Array.isArray(current)
        ? merge(current as JsonObject, value as JsonObject)
        : value;
  }
  return out;
}

async function controlCall(request: APIRequestContext, method: 'POST' | 'PUT' | 'GET', path: string, data?: unknown) {
  const response = await request.fetch(`${emulatorUrl}/__emulator${path}`, { method, ...(data === undefined ? {} : { data }) });
  if (!response.ok()) throw new Error(`emulator control ${method} ${path}: ${response.status()} ${await response.text()}`);
  return response;
}

/** Chromium logs every non-2xx fetch as a console error; those are the app's handled tenant answers, not app errors. */
function isHandledNetworkLog(message: ConsoleMessage): boolean {
  return message.text().startsWith('Failed to load resource') && message.location().url.includes('/api/');
}

/**
 * What must never happen in a window: console errors (other than the browser's logs of handled
 * tenant answers) and page errors. CSP violations reach the console through an init script.
 */
function watchForProblems(page: Page, problems: string[], label = ''): void {
  page.on('pageerror', (error) => problems.push(`${label}page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !isHandledNetworkLog(message)) problems.push(`${label}console error: ${message.text()}`);
  });
}

export const test = base.extend<Fixtures>({
  tenantProfile: ['seed', { option: true }],
  oldEngine: [false, { option: true }],
  appConfig: [{}, { option: true }],

  tenant: async ({ request, tenantProfile }, use, testInfo) => {
    const clientId = `test-${testInfo.project.name}-${testInfo.workerIndex}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
    const tenantPath = `/tenants/${clientId}`;
    const profileOf = async (response: Promise<Awaited<ReturnType<typeof controlCall>>>) => ((await (await response).json()) as { behaviour: TenantBehaviour }).behaviour;
    await controlCall(request, 'PUT', `${tenantPath}/profile`, { profile: tenantProfile });
    await use({
      clientId,
      scenario: async (name) => void (await controlCall(request, 'PUT', `${tenantPath}/scenario`, { name })),
      oneClickScenario: async (scenario) => void (await controlCall(request, 'PUT', `${tenantPath}/one-click`, { scenario })),
      settings: async (settings) => void (await controlCall(request, 'PUT', `${tenantPath}/settings`, settings)),
      rules: async (rules) => void (await controlCall(request, 'PUT', `${tenantPath}/rules`, rules)),
      behave: (switches) => profileOf(controlCall(request, 'PUT', `${tenantPath}/profile`, switches)),
      behaviour: () => profileOf(controlCall(request, 'GET', `${tenantPath}/profile`)),
      fault: async (fault) => void (await controlCall(request, 'POST', `${tenantPath}/faults`, fault)),
      advanceClock: async (advanceSeconds) => void (await controlCall(request, 'POST', `${tenantPath}/clock`, { advanceSeconds })),
      idTokenDates: async (dates) => void (await controlCall(request, 'PUT', `${tenantPath}/id-token-dates`, dates)),
      requests: async (path) => {
        const log = (await (await controlCall(request, 'GET', `${tenantPath}/requests`)).json()) as { method: string; path: string }[];
        return path === undefined ? log : log.filter((entry) => entry.path === path);
      },
      outbox: async () => (await (await controlCall(request, 'GET', `${tenantPath}/outbox`)).json()) as OutboxEntry[],
      captchaAnswer: async (token) => ((await (await controlCall(request, 'GET', `${tenantPath}/captcha/${encodeURIComponent(token)}`)).json()) as { x: number }).x,
    });
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring.
  expectedConsoleErrors: async ({}, use) => {
    await use([]);
  },

  expectConsoleError: async ({ expectedConsoleErrors }, use) => {
    await use((pattern) => expectedConsoleErrors.push(pattern));
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring.
  toleratedConsoleErrors: async ({}, use) => {
    await use([]);
  },

  tolerateConsoleError: async ({ toleratedConsoleErrors }, use) => {
    await use((pattern) => toleratedConsoleErrors.push(pattern));
  },

  servedConfig: async ({ tenant, appConfig }, use) => {
    await use(
      merge(
        {
          tenant: { baseUrl: '', clientId: tenant.clientId, timeoutMs: 8000 },
          methods: { default: 'password', enabled: ['password'] },
          password: { modes: ['unified', 'username', 'phone', 'email'] },
        },
        appConfig,
      ),
    );
  },

  page: async ({ page, servedConfig, expectedConsoleErrors, toleratedConsoleErrors, oldEngine }, use) => {
    if (oldEngine) await page.context().addInitScript(deleteNewerApis, NEWER_THAN_MATRIX);
    // On the context, so that windows the page opens (popups) get the same configuration.
    await page.context().route('**/config.json', (route) => route.fulfill({ json: servedConfig }));
    const problems: string[] = [];
    watchForProblems(page, problems);
    // Windows the page opens (popups) are held to the same standard.
    page.context().on('page', (other) => watchForProblems(other, problems, 'popup '));
    await page.context().addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    await use(page);
    for (const pattern of expectedConsoleErrors) {
      const index = problems.findIndex((p) => pattern.test(p));
      expect(index, `expected console error ${pattern}`).toBeGreaterThanOrEqual(0);
      problems.splice(index, 1);
    }
    const untolerated = problems.filter((problem) => !toleratedConsoleErrors.some((pattern) => pattern.test(problem)));
    expect(untolerated, 'no console errors, page errors or CSP violations').toEqual([]);
  },
});

export { expect };

/** A main journey: also run by the `old-engine` project (playwright.config.ts), which picks them by this tag. */
export const JOURNEY = { tag: '@journey' };

/**
 * axe (WCAG 2.2 A/AA + best practices) on the page as it is now: zero violations. `disableRules`
 * and `exclude` (selectors) are for a documented reason only: say why where they are used.
 */
export async function expectAccessible(page: Page, state: string, options: { disableRules?: string[]; exclude?: string[] } = {}): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  if (options.disableRules?.length) builder.disableRules(options.disableRules);
  for (const selector of options.exclude ?? []) builder.exclude(selector);
  const results = await builder.analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations, `axe violations in state "${state}"`).toEqual([]);
}

/**
 * The app has taken over from the page's build-time first screen (which looks the same but does
 * nothing with keys and clicks); immediate on pages without one.
 */
export async function appStarted(page: Page): Promise<void> {
  await expect(firstScreen(page)).toHaveCount(0);
}

/** The page's root while it still shows the build-time first screen. */
export const firstScreen = (page: Page) => page.locator(`#root[${FIRST_SCREEN_ATTRIBUTE}]`);
