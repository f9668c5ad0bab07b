/**
 * `npm run bench`: builds the production app and measures it against quality.md's budgets, and
 * the peers' published bundles in the same run.
 *
 *   npm run bench                  # build, measure, print the table, write scripts/bench/results.json
 *   npm run bench -- --runs 3      # Lighthouse figures from the median of 3 runs per route
 *   npm run bench -- --no-build    # measure the existing dist/
 *
 * Exits 1 when a budget is missed.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/chromium.ts';
import { zhCN } from '../e2e/support/messages.ts';
import { measureFirstVisit, type ByteFigures } from './bench/bytes.ts';
import { runLighthouse, type LighthouseFigures } from './bench/lighthouse.ts';
import { measurePeers } from './bench/peers.ts';
import { startServers } from './bench/servers.ts';
import { measureSliderDrag } from './bench/slider.ts';

const RESULTS = 'scripts/bench/results.json';

/** quality.md, "Performance". */
const BUDGET = {
  lighthousePerformance: 95,
  lighthouseAccessibility: 100,
  lighthouseBestPractices: 95,
  lcpMs: 1500,
  cls: 0.02,
  tbtMs: 100,
  longTaskMs: 50,
};

interface Route {
  path: string;
  budgetKb: number;
  /** What shows when the page is usable. */
  ready: (page: Page) => Locator;
}

const heading = (name: string) => (page: Page) => page.getByRole('heading', { level: 1, name });

const ROUTES: Route[] = [
  // The shipped config.json: one-click first, with the emulated carriers (their default, China Mobile).
  { path: '/one-click', budgetKb: 110, ready: (page) => page.getByRole('button', { name: zhCN['oneClick.login'], exact: true }) },
  { path: '/login', budgetKb: 120, ready: heading(zhCN['login.title']) },
  { path: '/login/sms', budgetKb: 140, ready: heading(zhCN['smsLogin.title']) },
  { path: '/password/forgot', budgetKb: 140, ready: heading(zhCN['forgot.title']) },
  { path: '/register', budgetKb: 140, ready: heading(zhCN['register.title']) },
];

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 1;
const kB = (bytes: number) => (bytes / 1000).toFixed(1);

function build(): void {
  console.log('Building the production app (vite build)…');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) build();
  const servers = await startServers();
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const failures: string[] = [];
  try {
    console.log('Measuring first visits from the browser’s network log…');
    const bytes = new Map<string, ByteFigures>();
    for (const route of ROUTES) bytes.set(route.path, await measureFirstVisit(browser, `${servers.app}${route.path}`, route.ready));
    console.log('Measuring the peers’ bundles…');
    const peers = await measurePeers(browser);
    console.log('Dragging the slider under 4× CPU throttling…');
    const slider = await measureSliderDrag(browser, servers.app);
    await browser.close();
    console.log(`Running Lighthouse (mobile, simulated throttling; ${runs} run${runs > 1 ? 's' : ''} per route)…`);
    const lighthouse = await runLighthouse(
      ROUTES.map((route) => `${servers.app}${route.path}`),
      executablePath,
      runs,
    );

    const okta = peers.find((peer) => peer.name === 'Okta Sign-In Widget')!;
    const guard = peers.find((peer) => peer.name === 'Authing Guard')!;
    const rows = [['route', 'JS+CSS kB', 'budget', 'after idle', 'Perf', 'A11y', 'BP', 'LCP ms', 'CLS', 'TBT ms', 'vs Okta', 'vs Guard']];
    const routeResults = ROUTES.map((route) => {
      const measured = bytes.get(route.path)!;
      const lh = lighthouse.get(`${servers.app}${route.path}`)!;
      check(route.path, measured, route.budgetKb, lh, failures);
      rows.push([
        route.path,
        kB(measured.usable),
        String(route.budgetKb),
        kB(measured.idle),
        String(lh.performance),
        String(lh.accessibility),
        String(lh.bestPractices),
        String(Math.round(lh.lcp)),
        lh.cls.toFixed(3),
        String(Math.round(lh.tbt)),
        `${(measured.usable / okta.bytes).toFixed(2)}×`,
        `${(measured.usable / guard.bytes).toFixed(2)}×`,
      ]);
      return { path: route.path, budgetKb: route.budgetKb, bytes: measured, lighthouse: lh };
    });
    console.log(`\n${table(rows)}\n`);
    console.log(table([['peer (published bundle)', 'version', 'JS+CSS kB', 'JS kB'], ...peers.map((peer) => [peer.name, peer.version, kB(peer.bytes), kB(peer.jsBytes)])]));
    console.log(
      `\nSlider drag, ${slider.moves} moves under ${slider.cpuThrottling}× CPU throttling: longest task ${slider.longestTask} ms, ${slider.longTasks} long task(s) (budget: none over ${BUDGET.longTaskMs} ms)`,
    );
    if (slider.longestTask > BUDGET.longTaskMs) failures.push(`slider drag: a ${slider.longestTask} ms task`);

    const results = { measuredAt: new Date().toISOString(), chromium: executablePath ?? 'playwright', lighthouseRuns: runs, budget: BUDGET, routes: routeResults, peers, slider, failures };
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nWritten: ${RESULTS}`);
  } finally {
    await browser.close().catch(() => undefined);
    servers.stop();
  }
  if (failures.length > 0) {
    console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Every route within budget.');
}

function check(path: string, bytes: ByteFigures, budgetKb: number, lh: LighthouseFigures, failures: string[]): void {
  const miss = (what: string) => failures.push(`${path}: ${what}`);
  if (bytes.usable > budgetKb * 1000) miss(`${kB(bytes.usable)} kB JS+CSS > ${budgetKb} kB`);
  if (lh.performance < BUDGET.lighthousePerformance) miss(`Performance ${lh.performance} < ${BUDGET.lighthousePerformance}`);
  if (lh.accessibility < BUDGET.lighthouseAccessibility) miss(`Accessibility ${lh.accessibility} < ${BUDGET.lighthouseAccessibility}`);
  if (lh.bestPractices < BUDGET.lighthouseBestPractices) miss(`Best Practices ${lh.bestPractices} < ${BUDGET.lighthouseBestPractices}`);
  if (lh.lcp > BUDGET.lcpMs) miss(`LCP ${Math.round(lh.lcp)} ms > ${BUDGET.lcpMs} ms`);
  if (lh.cls > BUDGET.cls) miss(`CLS ${lh.cls.toFixed(3)} > ${BUDGET.cls}`);
  if (lh.tbt > BUDGET.tbtMs) miss(`TBT ${Math.round(lh.tbt)} ms > ${BUDGET.tbtMs} ms`);
}

await main();
