import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser } from '@playwright/test';
import { measureFirstVisit } from './bytes.ts';

/** The published bundles of peer sign-in widgets (dev dependencies), as a page must load them. */
export const PEERS = [
  { name: 'Okta Sign-In Widget', pkg: '@okta/okta-signin-widget', js: 'dist/js/okta-sign-in.min.js', css: 'dist/css/okta-sign-in.min.css' },
  { name: 'Okta Sign-In Widget (OIE only)', pkg: '@okta/okta-signin-widget', js: 'dist/js/okta-sign-in.oie.min.js', css: 'dist/css/okta-sign-in.min.css' },
  { name: 'Authing Guard', pkg: '@authing/guard', js: 'dist/global/guard.min.js', css: 'dist/global/guard.min.css' },
] as const;

export interface PeerFigure {
  name: string;
  version: string;
  /** gzip -9 of the JS and CSS the page fetched (same measure as the routes). */
  bytes: number;
  /** gzip -9 of the JS alone (quality.md's peer figures are JS). */
  jsBytes: number;
}

const require = createRequire(import.meta.url);
const ORIGIN = 'http://peers.bench.invalid';

function packageDir(pkg: string): string {
  return dirname(require.resolve(`${pkg}/package.json`));
}

/** Each peer's bundle loaded by a bare page in the same browser, served from node_modules. */
export async function measurePeers(browser: Browser): Promise<PeerFigure[]> {
  const figures: PeerFigure[] = [];
  for (const peer of PEERS) {
    const dir = packageDir(peer.pkg);
    const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    const files: Record<string, { path: string; type: string }> = {
      '/widget.js': { path: join(dir, peer.js), type: 'application/javascript' },
      '/widget.css': { path: join(dir, peer.css), type: 'text/css' },
    };
    const html = '<!doctype html><html lang="en"><title>peer</title><link rel="stylesheet" href="/widget.css"><script src="/widget.js"></script><h1>loaded</h1></html>';
    const prepare = async (page: import('@playwright/test').Page) => {
      await page.route(`${ORIGIN}/**`, (route) => {
        const path = new URL(route.request().url()).pathname;
        const file = files[path];
        if (file) return route.fulfill({ contentType: file.type, body: readFileSync(file.path) });
        return route.fulfill({ contentType: 'text/html', body: html });
      });
    };
    const measured = await measureFirstVisit(browser, `${ORIGIN}/`, (page) => page.getByRole('heading', { name: 'loaded' }), prepare);
    figures.push({ name: peer.name, version, bytes: measured.usable, jsBytes: measured.usableJs });
  }
  return figures;
}
