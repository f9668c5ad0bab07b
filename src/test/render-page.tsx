// Test-only (component tests of the form pages, `*.test.tsx`): nothing the app ships imports this
// directory (eslint.config.js forbids it outside tests).
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useEffect, type ComponentType } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import * as v from 'valibot';
import { afterEach, vi } from 'vitest';
import { ROUTE_NEEDS, type RoutePath } from '../app/route-table';
import type { IdaasClient } from '../api/client';
import { IdaasClientProvider } from '../api/react';
import { answerRegexRequest, type RegexRequest } from '../api/regex-protocol';
import { countryCodesAnswer, type CountryCodes } from '../api/schemas';
import { withServerState } from '../api/server-state';
import { setAppConfig } from '../config/app-config';
import { urlOverrides, validateConfig } from '../config/config';
import { loadErrorCatalog, loadMessages } from '../i18n/catalogs';
import type { ErrorCatalog } from '../i18n/errors/codes';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages/zh-CN';
import { loadPack } from '../i18n/packs';
import { useI18n } from '../i18n/store';
import { useSignInFlow } from '../sign-in/flow';

/**
 * happy-dom has no Worker. Tenant regexes run in one (api/use-tenant-regex.ts); this stand-in
 * answers with the worker's own code (api/regex-protocol.ts) on the test's thread, as
 * api/regex-judge.testing.ts does for the unit tests. The time budget is not exercised here
 * (api/untrusted-regex.node.test.ts and e2e/hostile-regex.spec.ts test it on real threads).
 */
class InThreadRegexWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  private readonly compiled = new Map<string, RegExp | null>();
  constructor() {
    queueMicrotask(() => this.onmessage?.({ data: { ready: true } }));
  }
  postMessage(request: RegexRequest): void {
    queueMicrotask(() => this.onmessage?.({ data: answerRegexRequest(this.compiled, request) }));
  }
  terminate(): void {}
}
if (typeof globalThis.Worker === 'undefined') vi.stubGlobal('Worker', InThreadRegexWorker);

// Nor requestIdleCallback (platform/when-idle.ts would wait 200 ms per page for what it defers: the
// area codes, the error catalog): the page is idle as soon as it has rendered, as in a quiet browser.
if (typeof window.requestIdleCallback !== 'function') {
  vi.stubGlobal('requestIdleCallback', (task: IdleRequestCallback) => window.setTimeout(() => task({ didTimeout: false, timeRemaining: () => 50 }), 0));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => window.clearTimeout(handle));
}

/** A tenant's area-code answer (two entries of the emulator's, emulator/data/country-codes.ts), through the real schema. */
export const AREA_CODES: CountryCodes = v.parse(countryCodesAnswer, {
  phoneAreaCodeDefinitions: [
    { areaCode: '86', displayMapping: { 'zh-TW': '中國大陸', en: 'China', 'zh-CN': '中国大陆' }, countryCode: 'CN', mobileRegex: '^(\\+86){0,1}\\-?1\\d{10}$', areaCodeSuffixes: [] },
    { areaCode: '852', displayMapping: { 'zh-TW': '中國香港', en: 'Hong Kong', 'zh-CN': '中国香港' }, countryCode: 'HK', mobileRegex: '^(\\+852){1}\\-?0{0,1}[1,4,5,6,7,8,9](?:\\d{7}|\\d{8}|\\d{12})$', areaCodeSuffixes: [] },
  ],
  preferredAreaCode: 'CN',
});

export type FakeClient = Partial<IdaasClient>;

export interface PageOptions {
  /** The methods the page calls (vi.fn()); getCountryCodes answers AREA_CODES unless given. */
  client?: FakeClient;
  /** config.json as an operator writes it; validated by the real parser. */
  config?: Record<string, unknown>;
  locale?: Locale;
}

export interface RenderedPage {
  /** The page's words: the core catalog and the route's packs, in the page's language. */
  words: Messages;
  /** The tenant-error catalog in that language (i18n/errors/). */
  tenantWords: ErrorCatalog;
  client: FakeClient;
  /** Where the app is now (after the page navigated). */
  path: () => string;
}

let queryClient: QueryClient | undefined;
const landed = { path: '' };

afterEach(() => {
  cleanup();
  // The app shares one QueryClient across routes; each test starts with none of its answers.
  queryClient?.clear();
  useSignInFlow.setState(useSignInFlow.getInitialState());
});

function QueryClientProbe() {
  const client = useQueryClient();
  useEffect(() => {
    queryClient = client;
  }, [client]);
  return null;
}

function LocationProbe() {
  const { pathname } = useLocation();
  useEffect(() => {
    landed.path = pathname;
  }, [pathname]);
  return null;
}

/** A config as the app would run with it (start-up validates config.json, then reads URL overrides). */
export function applyConfig(json: Record<string, unknown> = {}): void {
  const result = validateConfig({ tenant: { clientId: 'demo-client' }, ...json });
  if (!result.ok) throw new Error(`bad test config: ${JSON.stringify(result.problems)}`);
  setAppConfig({ ...result.config, overrides: urlOverrides('', result.config) });
}

/** Messages loaded as the app loads them for `route` (i18n/store.ts): core catalog, the route's packs, the error catalog. */
async function loadWords(route: RoutePath, locale: Locale): Promise<{ words: Messages; tenantWords: ErrorCatalog }> {
  const packs = ROUTE_NEEDS[route].packs ?? [];
  const [core, errors, ...loaded] = await Promise.all([loadMessages(locale), loadErrorCatalog(locale), ...packs.map((pack) => loadPack(pack, locale))]);
  const words = Object.assign({}, core, ...loaded) as Messages;
  useI18n.setState({ locale, messages: words, packs, errors, errorsWanted: true });
  return { words, tenantWords: errors };
}

/** Renders a route's page as the app does: router, IDaaS client, server state when the route keeps it, config and messages. */
export async function renderPage(route: RoutePath, Page: ComponentType, options: PageOptions = {}): Promise<RenderedPage> {
  applyConfig(options.config);
  const { words, tenantWords } = await loadWords(route, options.locale ?? 'zh-CN');
  const client: FakeClient = { getCountryCodes: vi.fn(async () => AREA_CODES), ...options.client };
  const Screen = ROUTE_NEEDS[route].serverState
    ? withServerState(function PageInQueryClient() {
        return (
          <>
            <QueryClientProbe />
            <Page />
          </>
        );
      })
    : Page;
  render(
    // Only the methods a page calls are given: a call to any other fails the test as a TypeError.
    <IdaasClientProvider client={client as IdaasClient}>
      <MemoryRouter initialEntries={[route]}>
        <LocationProbe />
        <Routes>
          <Route path={route} element={<Screen />} />
          <Route path="*" element={null} />
        </Routes>
      </MemoryRouter>
    </IdaasClientProvider>,
  );
  return { words, tenantWords, client, path: () => landed.path };
}

/** The input a label names. */
export const field = (label: string): HTMLElement => screen.getByLabelText(label, { selector: 'input, select' });

/** Types a value into a field, as one change. */
export function fill(label: string, value: string): void {
  fireEvent.change(field(label), { target: { value } });
}

/**
 * The problem told at a field, as assistive technology gets it: aria-invalid and the error text
 * the field is described by; undefined when the field is not marked invalid.
 */
export function problemAt(label: string): string | undefined {
  const input = field(label);
  const invalid = input.getAttribute('aria-invalid') === 'true';
  const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const errorText = describedBy.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'))?.textContent ?? undefined;
  if (invalid !== (errorText !== undefined)) throw new Error(`${label}: aria-invalid=${String(invalid)} but error text ${JSON.stringify(errorText)}`);
  return errorText;
}

/** Presses a button by its name. */
export function press(name: string): void {
  fireEvent.click(screen.getByRole('button', { name }));
}

/** Waits for the problem at a field to be `text`. */
export async function expectProblemAt(label: string, text: string | undefined): Promise<void> {
  await waitFor(() => {
    if (problemAt(label) !== text) throw new Error(`${label}: ${JSON.stringify(problemAt(label))}, wanted ${JSON.stringify(text)}`);
  });
}
