import { existsSync } from 'node:fs';

/** Where Debian installs what each engine needs (.ci/run installs the packages); overridable for other systems. */
export const FIREFOX_ESR = process.env.ENGINES_FIREFOX ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.ENGINES_WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
/** WebKitGTK's test browser, in libwebkit2gtk-4.1-0 (a dependency of webkit2gtk-driver). */
export const MINIBROWSER =
  process.env.ENGINES_MINIBROWSER ?? ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'].find((path) => existsSync(path)) ?? '';
export const XVFB = process.env.ENGINES_XVFB ?? '/usr/bin/Xvfb';

/** What is missing for each engine (empty: it can run). */
export function missingFor(engine: 'firefox-esr' | 'webkit-gtk'): string[] {
  const needs = engine === 'firefox-esr' ? { 'firefox-esr': FIREFOX_ESR } : { 'webkit2gtk-driver': WEBKIT_DRIVER, 'MiniBrowser (libwebkit2gtk-4.1-0)': MINIBROWSER, xvfb: XVFB };
  return Object.entries(needs)
    .filter(([, path]) => !path || !existsSync(path))
    .map(([name]) => name);
}
