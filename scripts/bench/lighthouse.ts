import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium.ts';
import { medianOfRuns } from './figures.ts';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Milliseconds. */
  lcp: number;
  cls: number;
  /** Milliseconds. */
  tbt: number;
  /** Milliseconds. */
  fcp: number;
}

export interface LighthouseTarget {
  url: string;
  /** Print the failed accessibility and best-practices audits (ours: yes; a peer's: not our business). */
  reportAudits: boolean;
  /** Where to write Lighthouse's final screenshot of the page (its last run), to see what it measured. */
  screenshot?: string;
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

/** Attempts per page and run: a loaded machine now and then spoils a trace (NO_NAVSTART), and Lighthouse asks to run again. */
const ATTEMPTS = 2;

async function audit(url: string, port: number) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { runtimeError } = result.lhr;
    if (!runtimeError) return result.lhr;
    const message = `Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`;
    if (attempt >= ATTEMPTS) throw new Error(message);
    console.warn(`  ${message} — once more`);
  }
}

/**
 * Lighthouse's mobile preset (its default: simulated Slow 4G and 4× CPU) on every target, in one
 * Chromium with the same settings for all. With `runs` > 1 the targets are interleaved (run 1 of
 * each, then run 2 of each…) so that a busy spell of the machine falls on all of them alike, and
 * each figure is its median over the runs.
 */
export async function runLighthouse(targets: LighthouseTarget[], chromePath: string | undefined, runs = 1): Promise<Map<string, LighthouseFigures>> {
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    // A browser in Simplified Chinese, as the byte figures' (and the product's first audience): a
    // route's first screen is in its HTML in the config's default language (scripts/first-screen.ts).
    chromeFlags: ['--headless=new', '--lang=zh-CN', '--accept-lang=zh-CN', ...CHROMIUM_ARGS],
  });
  const results = new Map<string, LighthouseFigures[]>(targets.map((target) => [target.url, []]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const target of targets) {
        const { url } = target;
        const { categories, audits } = await audit(url, chrome.port);
        results.get(url)!.push({
          performance: score(categories.performance?.score),
          accessibility: score(categories.accessibility?.score),
          bestPractices: score(categories['best-practices']?.score),
          lcp: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
          cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
          tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
          fcp: audits['first-contentful-paint']?.numericValue ?? Number.NaN,
        });
        const finalScreenshot = (audits['final-screenshot']?.details as { data?: string } | undefined)?.data;
        if (target.screenshot && run === runs - 1 && finalScreenshot?.startsWith('data:image/')) {
          writeFileSync(target.screenshot, Buffer.from(finalScreenshot.slice(finalScreenshot.indexOf(',') + 1), 'base64'));
        }
        if (!target.reportAudits) continue;
        // Failed audits, for a person reading the output.
        for (const category of ['accessibility', 'best-practices'] as const) {
          for (const ref of categories[category]?.auditRefs ?? []) {
            const audit = audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) console.warn(`  ${url} ${category}: ${audit.id} (${audit.title}) ${audit.displayValue ?? ''}`);
          }
        }
      }
    }
  } finally {
    chrome.kill();
  }
  return new Map([...results].map(([url, runsOfUrl]) => [url, medianOfRuns(runsOfUrl)]));
}
