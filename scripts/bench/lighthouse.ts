import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium.ts';

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

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

/**
 * Lighthouse's mobile preset (its default: simulated Slow 4G and 4× CPU) on each URL, in one
 * Chromium; with `runs` > 1 each figure is the median run's (by Performance score).
 */
export async function runLighthouse(urls: string[], chromePath: string | undefined, runs = 1): Promise<Map<string, LighthouseFigures>> {
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    // A browser in Simplified Chinese, as the byte figures' (and the product's first audience): a
    // route's first screen is in its HTML in the config's default language (scripts/first-screen.ts).
    chromeFlags: ['--headless=new', '--lang=zh-CN', '--accept-lang=zh-CN', ...CHROMIUM_ARGS],
  });
  const figures = new Map<string, LighthouseFigures>();
  try {
    for (const url of urls) {
      const results: LighthouseFigures[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        const { categories, audits, runtimeError } = result.lhr;
        if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`);
        results.push({
          performance: score(categories.performance?.score),
          accessibility: score(categories.accessibility?.score),
          bestPractices: score(categories['best-practices']?.score),
          lcp: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
          cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
          tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
          fcp: audits['first-contentful-paint']?.numericValue ?? Number.NaN,
        });
        // Failed audits, for a person reading the output.
        for (const category of ['accessibility', 'best-practices'] as const) {
          for (const ref of categories[category]?.auditRefs ?? []) {
            const audit = audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) console.warn(`  ${url} ${category}: ${audit.id} (${audit.title}) ${audit.displayValue ?? ''}`);
          }
        }
      }
      results.sort((a, b) => a.performance - b.performance);
      figures.set(url, results[Math.floor(results.length / 2)]!);
    }
  } finally {
    chrome.kill();
  }
  return figures;
}
