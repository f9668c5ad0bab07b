import { mkdirSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { measureFirstVisit } from './bytes.ts';
import { PEER_PAGES, packageVersion, type PeerPage, type PeerServer } from './peer-pages.ts';

export interface PeerFigure {
  name: string;
  version: string;
  /** The page Lighthouse measures. */
  url: string;
  /** What the page shows once the widget has drawn. */
  shows: string;
  /** gzip -9 of the JS and CSS the page fetched before its form showed (same measure as the routes). */
  bytes: number;
  /** gzip -9 of the JS alone (peer figures are JS: docs/quality.md, "Performance"). */
  jsBytes: number;
  /** The JS and CSS files of `bytes`, by path. */
  files: string[];
  /** The page as drawn, when its form showed (under test-results/). */
  screenshot: string;
}

export const SCREENSHOT_DIR = 'test-results';

/**
 * Each peer's page in the same browser as our routes, measured the same way (bytes.ts): what it
 * downloads until the widget's sign-in form shows, with a screenshot of that form.
 */
export async function measurePeers(browser: Browser, server: PeerServer): Promise<{ peer: PeerPage; figure: PeerFigure }[]> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const measured: { peer: PeerPage; figure: PeerFigure }[] = [];
  for (const peer of PEER_PAGES) {
    const url = server.url(peer);
    const screenshot = `${SCREENSHOT_DIR}/bench-${peer.id}.png`;
    const bytes = await measureFirstVisit(browser, url, peer.ready, { whenReady: (page) => page.screenshot({ path: screenshot, fullPage: true }).then(() => undefined) });
    measured.push({
      peer,
      figure: { name: peer.name, version: packageVersion(peer.pkg), url, shows: peer.shows, bytes: bytes.usable, jsBytes: bytes.usableJs, files: bytes.files, screenshot },
    });
  }
  return measured;
}
