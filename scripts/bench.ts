/**
 * `npm run bench`: builds the production app and measures it against the budgets of docs/quality.md, and
 * the peers' sign-in widgets drawn in pages of their own (scripts/bench/peers/), by the same
 * measures in the same run: bytes in the same browser, Lighthouse in the same Chromium with the
 * same settings, routes and peers interleaved.
 *
 *   npm run bench                  # build, measure, print the tables, write scripts/bench/results.json
 *   npm run bench -- --runs 3      # each Lighthouse figure the median of 3 runs per page
 *   npm run bench -- --no-build    # measure the existing dist/
 *
 * Ports: EMULATOR_PORT and PREVIEW_PORT when set (else free ones); the peer pages on a free port.
 * Exits 1 when a budget is missed.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/chromium.ts';
import { zhCN } from '../e2e/support/messages.ts';
import { measureFirstVisit, type ByteFigures } from './bench/bytes.ts';
import { formatRatio, kB, ms, ratio, table } from './bench/figures.ts';
import { runLighthouse, type LighthouseFigures } from './bench/lighthouse.ts';
import { startPeerServer } from './bench/peer-pages.ts';
import { measurePeers, SCREENSHOT_DIR } from './bench/peers.ts';
import { startServers } from './bench/servers.ts';
import { measureSliderDrag } from './bench/slider.ts';

const RESULTS = 'scripts/bench/results.json';

/** docs/quality.md, "Performance". */
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

function build(): void {
  console.log('Building the production app (vite build)…');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) build();
  const servers = await startServers();
  const peerServer = await startPeerServer();
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const failures: string[] = [];
  try {
    console.log('Measuring first visits from the browser’s network log…');
    const bytes = new Map<string, ByteFigures>();
    for (const route of ROUTES) bytes.set(route.path, await measureFirstVisit(browser, `${servers.app}${route.path}`, route.ready));
    console.log('Measuring the peers’ pages the same way (their sign-in forms drawn)…');
    const peers = await measurePeers(browser, peerServer);
    console.log('Dragging the slider under 4× CPU throttling…');
    const slider = await measureSliderDrag(browser, servers.app);
    await browser.close();
    console.log(`Running Lighthouse on the routes and the peers’ pages (mobile, simulated throttling; ${runs} run${runs > 1 ? 's' : ''} per page, interleaved)…`);
    const lighthouse = await runLighthouse(
      [
        ...ROUTES.map((route) => ({ url: `${servers.app}${route.path}`, reportAudits: true })),
        ...peers.map(({ peer, figure }) => ({ url: figure.url, reportAudits: false, screenshot: `${SCREENSHOT_DIR}/bench-${peer.id}-lighthouse.jpg` })),
      ],
      executablePath,
      runs,
    );

    const peerResults = peers.map(({ peer, figure }) => ({ ...figure, lighthouseScreenshot: `${SCREENSHOT_DIR}/bench-${peer.id}-lighthouse.jpg`, lighthouse: lighthouse.get(figure.url)! }));
    const rows = [['page', 'JS+CSS kB', 'budget', 'after idle', 'Perf', 'A11y', 'BP', 'LCP ms', 'CLS', 'TBT ms']];
    const ratioRows = [['route', ...peerResults.flatMap((peer) => [`bytes ÷ ${shortName(peer.name)}`, `LCP ÷ ${shortName(peer.name)}`, `TBT ÷ ${shortName(peer.name)}`])]];
    const lighthouseCells = (lh: LighthouseFigures) => [String(lh.performance), String(lh.accessibility), String(lh.bestPractices), ms(lh.lcp), lh.cls.toFixed(3), ms(lh.tbt)];
    const routeResults = ROUTES.map((route) => {
      const measured = bytes.get(route.path)!;
      const lh = lighthouse.get(`${servers.app}${route.path}`)!;
      check(route.path, measured, route.budgetKb, lh, failures);
      rows.push([route.path, kB(measured.usable), String(route.budgetKb), kB(measured.idle), ...lighthouseCells(lh)]);
      const versus = peerResults.map((peer) => ({
        peer: peer.name,
        bytes: ratio(measured.usable, peer.bytes) ?? null,
        lcp: ratio(lh.lcp, peer.lighthouse.lcp) ?? null,
        tbt: ratio(lh.tbt, peer.lighthouse.tbt) ?? null,
      }));
      ratioRows.push([route.path, ...versus.flatMap((each) => [each.bytes, each.lcp, each.tbt].map((value) => formatRatio(value ?? undefined)))]);
      return { path: route.path, budgetKb: route.budgetKb, bytes: measured, lighthouse: lh, versus };
    });
    for (const peer of peerResults) rows.push([`${peer.name} ${peer.version}`, kB(peer.bytes), '—', '—', ...lighthouseCells(peer.lighthouse)]);
    console.log(`\n${table(rows)}\n`);
    console.log(`Ours ÷ peer (below 1: ours is smaller or faster; a dash: the peer's figure is 0):\n${table(ratioRows)}\n`);
    for (const peer of peerResults) console.log(`${peer.name}: ${peer.shows}\n  drawn: ${peer.screenshot}; as Lighthouse saw it: ${peer.lighthouseScreenshot}`);
    if (peerServer.blocked.length > 0) console.log(`Peers' calls answered 404 (no backend): ${[...new Set(peerServer.blocked)].join(', ')}`);
    console.log(
      `\nSlider drag, ${slider.moves} moves under ${slider.cpuThrottling}× CPU throttling: longest task ${slider.longestTask} ms, ${slider.longTasks} long task(s) (budget: none over ${BUDGET.longTaskMs} ms)`,
    );
    if (slider.longestTask > BUDGET.longTaskMs) failures.push(`slider drag: a ${slider.longestTask} ms task`);

    const results = {
      measuredAt: new Date().toISOString(),
      chromium: executablePath ?? 'playwright',
      lighthouseRuns: runs,
      budget: BUDGET,
      routes: routeResults,
      peers: peerResults,
      peerCallsAnswered404: [...new Set(peerServer.blocked)],
      slider,
      failures,
    };
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nWritten: ${RESULTS}`);
  } finally {
    await browser.close().catch(() => undefined);
    servers.stop();
    await peerServer.stop();
  }
  if (failures.length > 0) {
    console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Every route within budget.');
}

/** "Okta Sign-In Widget" → "Okta", "Authing Guard" → "Guard": column headings. */
function shortName(name: string): string {
  return name.startsWith('Authing ') ? name.split(' ')[1]! : name.split(' ')[0]!;
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
