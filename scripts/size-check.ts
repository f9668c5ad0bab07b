/**
 * The size budget check (docs/quality.md, "Performance"): for each route, the gzip -9 size of the JS and
 * CSS a first visit downloads before the page is usable — the entry chunk, the route's lazy chunk,
 * the default locale's messages and the route's message packs, the one-click provider (the heaviest:
 * the page waits for it), and everything they import statically. Lazy extras (the libphonenumber-js chunk, the slider, the error catalog fetched when
 * the page is idle, the other languages) are listed but not counted.
 * Exits non-zero when a route is over budget or a route chunk has no budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BOOT_SCRIPT_NAME } from '../src/app/first-screen/marker.ts';
import { isRoutePath, ROUTE_NEEDS, type RouteNeeds } from '../src/app/route-table.ts';
import type { PackName } from '../src/i18n/packs.ts';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface RouteBudget {
  /** A route of src/app/route-table.ts (what it needs comes from there), `<route>+theme`, or a page of its own in parentheses. */
  route: string;
  module: string;
  budgetKb: number;
  /** Modules loaded with it besides what the route table says: the theme, a page's own pack. */
  extras?: string[];
  /** One of these loads before the page is usable, chosen by config (the one-click provider): the heaviest is counted. */
  oneOf?: string[];
}

/** A message pack's module in the default locale: `passwordChange` → src/i18n/packs/password-change/zh-CN.ts. */
const packModule = (pack: PackName) => `src/i18n/packs/${pack.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}/zh-CN.ts`;
/** The theme studio's two pages load through one small chunk (src/app/routes.ts). */
const STUDIO_ROUTES = 'src/features/studio/routes.ts';
/** TanStack Query and the shared QueryClient: loaded with every route that keeps server state (routes.ts). */
const SERVER_STATE = 'src/api/server-state.tsx';
/**
 * The theme engine's first-paint part (reading the theme with JSON paths and Android aliases, CSS
 * variables; the contrast and "did you mean" report loads when the page is idle): loaded before
 * the first paint only when config names a theme. The budgets (docs/quality.md) are checked
 * for the shipped configuration, which has none; a themed first visit may take THEME_ALLOWANCE_KB more.
 */
const THEME = 'src/theme/load.ts';
const THEME_ALLOWANCE_KB = 10;

/** The page shows once its provider has pre-fetched the masked number (load-provider.ts). */
const ONE_CLICK_PROVIDERS = ['aliyun-web', 'native', 'emulator'].map((name) => `src/features/one-click/providers/${name}.ts`);

export const routeBudgets: RouteBudget[] = [
  { route: '/one-click', module: 'src/features/one-click/OneClickPage.tsx', budgetKb: 110, oneOf: ONE_CLICK_PROVIDERS },
  { route: '/one-click+theme', module: 'src/features/one-click/OneClickPage.tsx', budgetKb: 110 + THEME_ALLOWANCE_KB, extras: [THEME], oneOf: ONE_CLICK_PROVIDERS },
  { route: '/login', module: 'src/features/password-login/LoginPage.tsx', budgetKb: 120 },
  { route: '/login+theme', module: 'src/features/password-login/LoginPage.tsx', budgetKb: 120 + THEME_ALLOWANCE_KB, extras: [THEME] },
  { route: '/login/sms', module: 'src/features/sms-login/SmsLoginPage.tsx', budgetKb: 140 },
  { route: '/password/forgot', module: 'src/features/forgot-password/ForgotPasswordPage.tsx', budgetKb: 140 },
  { route: '/register', module: 'src/features/register/RegisterPage.tsx', budgetKb: 140 },
  { route: '/password/change', module: 'src/features/password-change/PasswordChangePage.tsx', budgetKb: 140 },
  { route: '/account', module: 'src/features/account/AccountPage.tsx', budgetKb: 140 },
  { route: '/signed-in', module: 'src/features/handoff/HandoffPage.tsx', budgetKb: 140 },
  { route: '/studio', module: 'src/features/studio/StudioPage.tsx', budgetKb: 140, extras: [STUDIO_ROUTES] },
  { route: '/studio/preview', module: 'src/features/studio/preview/PreviewPage.tsx', budgetKb: 140, extras: [STUDIO_ROUTES] },
  { route: '(refused redirect)', module: 'src/app/RedirectRefusedPage.tsx', budgetKb: 140, extras: [packModule('startup')] },
  { route: '(config error)', module: 'src/app/ConfigErrorPage.tsx', budgetKb: 140, extras: [packModule('startup')] },
  { route: '(not found)', module: 'src/app/NotFoundPage.tsx', budgetKb: 140 },
];

/** What a budget row's route needs, from the route table (a `+theme` row: its route's). */
export function routeNeeds(route: string): RouteNeeds {
  const path = route.replace(/\+theme$/, '');
  return isRoutePath(path) ? ROUTE_NEEDS[path] : {};
}

/** The modules a first visit to `budget`'s route loads with its chunk: its packs, TanStack Query, the extras. */
export function loadedWith(budget: RouteBudget): string[] {
  const needs = routeNeeds(budget.route);
  return [...(needs.packs ?? []).map(packModule), ...(needs.serverState ? [SERVER_STATE] : []), ...(budget.extras ?? [])];
}

/**
 * Loaded on every first visit besides the route itself. The error catalog is not: it loads once the
 * page is drawn and idle (use-tenant-action.ts), and is listed with what loads on demand.
 */
export const FIRST_VISIT_EXTRAS = ['src/i18n/messages/zh-CN.ts'];
/** Every page's HTML loads it, `async`: nothing waits for it, so it is listed, not counted (docs/support-matrix.md). */
const ENGINE_CHECK = 'engine-check.js';
const KB = 1000;

/** Lazy chunks with a budget of their own (docs/quality.md, "Performance": the slider captcha ≤ 10 kB, images excluded). */
const LAZY_BUDGETS_KB: Record<string, number> = { 'src/captcha/SliderCaptcha.tsx': 10 };

/**
 * A module's manifest key: its path when it is an entry of its own, else the shared chunk the
 * bundler merged it into (`_server-state-….js` when routes import it statically as well).
 */
function keyOf(manifest: Manifest, module: string): string {
  if (manifest[module]) return module;
  const stem = module.replace(/^.*\//, '').replace(/\.[jt]sx?$/, '');
  return Object.keys(manifest).find((key) => key.startsWith(`_${stem}-`)) ?? module;
}

export function staticClosure(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (module: string) => {
    const key = keyOf(manifest, module);
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no entry for ${key}`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

function main(): void {
  const dist = process.argv[2] ?? 'dist';
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('no entry chunk in the manifest');
  const sizeOf = new Map<string, number>();
  const size = (file: string) => {
    let bytes = sizeOf.get(file);
    if (bytes === undefined) {
      bytes = gzipSize(join(dist, file));
      sizeOf.set(file, bytes);
    }
    return bytes;
  };

  const failures: string[] = [];
  const budgeted = new Set(routeBudgets.map((r) => r.module));
  for (const key of Object.keys(manifest)) {
    if (manifest[key]?.isDynamicEntry && /Page\.tsx$/.test(key) && !budgeted.has(key)) failures.push(`route chunk ${key} has no budget in scripts/size-check.ts`);
  }

  console.log('Route budgets (gzip -9, JS + CSS of a first visit):');
  console.log(`${'route'.padEnd(18)}${'JS kB'.padStart(9)}${'CSS kB'.padStart(9)}${'total kB'.padStart(10)}${'budget'.padStart(9)}  files`);
  // Written by the build only when config.json lets first screens be drawn.
  const boot = readdirSync(join(dist, 'assets')).find((name) => BOOT_SCRIPT_NAME.test(name));
  const measure = (files: Set<string>) => {
    let js = 0;
    let css = 0;
    for (const file of files) {
      if (file.endsWith('.css')) css += size(file);
      else js += size(file);
    }
    return { js, css, total: js + css, files };
  };
  for (const budget of routeBudgets) {
    const { route, module, budgetKb, oneOf = [undefined] } = budget;
    const candidates = oneOf.map((choice) => {
      const files = staticClosure(manifest, [entry, module, ...FIRST_VISIT_EXTRAS, ...loadedWith(budget), ...(choice ? [choice] : [])]);
      // The +theme rows are themed first visits: no first screen (a config with a theme gets none).
      if (routeNeeds(route).firstScreen && !route.endsWith('+theme') && boot) files.add(`assets/${boot}`);
      return { choice, ...measure(files) };
    });
    const { js, css, total, files, choice } = candidates.reduce((heaviest, candidate) => (candidate.total > heaviest.total ? candidate : heaviest));
    const over = total > budgetKb * KB;
    if (over) failures.push(`${route}: ${(total / KB).toFixed(1)} kB > ${budgetKb} kB`);
    console.log(
      `${route.padEnd(18)}${(js / KB).toFixed(1).padStart(9)}${(css / KB).toFixed(1).padStart(9)}${(total / KB).toFixed(1).padStart(10)}${`${budgetKb}`.padStart(9)}  ${files.size}${choice ? `  (with ${choice.replace(/^.*\//, '')}, the heaviest of ${oneOf.length})` : ''}${over ? '  OVER BUDGET' : ''}`,
    );
  }

  console.log('\nLoaded on demand (not counted above; beyond what the entry already loaded):');
  console.log(`  ${`${ENGINE_CHECK} (every page, async)`.padEnd(52)}${(size(ENGINE_CHECK) / KB).toFixed(1).padStart(8)} kB`);
  const entryFiles = staticClosure(manifest, [entry]);
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry || /Page\.tsx$/.test(key) || FIRST_VISIT_EXTRAS.includes(key) || key === SERVER_STATE || key === THEME) continue;
    const extra = [...staticClosure(manifest, [key])].filter((file) => !entryFiles.has(file)).reduce((sum, file) => sum + size(file), 0);
    const budget = LAZY_BUDGETS_KB[key];
    const over = budget !== undefined && extra > budget * KB;
    if (over) failures.push(`${key}: ${(extra / KB).toFixed(1)} kB > ${budget} kB`);
    console.log(`  ${key.padEnd(52)}${(extra / KB).toFixed(1).padStart(8)} kB${budget === undefined ? '' : `  (budget ${budget})`}${over ? '  OVER BUDGET' : ''}`);
  }

  if (failures.length > 0) {
    console.error(`\nSize check failed:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nAll routes within budget.');
}

if (process.argv[1]?.endsWith('size-check.ts')) main();
