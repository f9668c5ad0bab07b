/**
 * Build time: the first screen of each public sign-in route, drawn by the app itself (src/main.tsx,
 * unchanged) in a simulated browser (happy-dom) with the build's config.json and no answers from
 * the tenant, exactly as a browser draws it before any request returns. The route's HTML page
 * carries that markup in its root; the app draws over it (src/app/first-screen/takeover.ts).
 *
 * The markup is in the config's default language (zh-CN when it names none); a browser preferring
 * another one sees the page switch when the app starts. A config with a default theme gets no
 * first screens: the theme is applied by the app, and an unthemed first screen would flash.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { GlobalRegistrator } from '@happy-dom/global-registrator';
import react from '@vitejs/plugin-react';
import { minify } from 'rolldown/utils';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { bootScriptName, FIRST_SCREEN_ATTRIBUTE } from '../src/app/first-screen/marker.ts';

/** The page's stylesheets are in its HTML already; markup is all that is drawn here. */
const withoutStyles: Plugin = {
  name: 'first-screen-without-styles',
  enforce: 'pre',
  resolveId: (id) => (/\.css(\?|$)/.test(id) ? '\0first-screen-style' : undefined),
  load: (id) => (id === '\0first-screen-style' ? 'export default ""' : undefined),
};

/** Whether first screens can be drawn for this config (see above). */
export function firstScreensApply(config: unknown): boolean {
  const theme = typeof config === 'object' && config !== null && 'theme' in config ? (config as { theme: unknown }).theme : undefined;
  return !(typeof theme === 'object' && theme !== null && 'default' in theme && (theme as { default: unknown }).default !== undefined);
}

/**
 * The markup the app draws first on `route`, for the config at `configPath` (the build's
 * config.json). Drawn in a process of its own: the simulated browser's globals, and the app's work
 * still under way when the markup is taken, end with it.
 */
export async function drawFirstScreen(root: string, route: string, configPath: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), root, route, configPath], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let markup = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (markup += chunk));
  const code = await new Promise<number | null>((resolve, reject) => child.once('error', reject).once('exit', resolve));
  if (code !== 0 || !markup) throw new Error(`drawing the first screen of ${route} failed (exit ${code})`);
  return markup;
}

async function drawInThisProcess(root: string, route: string, configText: string): Promise<string> {
  GlobalRegistrator.register({ url: `http://localhost${route}`, width: 390, height: 844 });
  try {
    document.body.innerHTML = '<div id="root"></div>';
    // No browser preference: the config's default language.
    Object.defineProperty(navigator, 'languages', { value: [], configurable: true });
    Object.defineProperty(navigator, 'language', { value: '', configurable: true });
    // config.json answers; the tenant never does (the first screen is drawn before any answer).
    globalThis.fetch = (input: RequestInfo | URL) =>
      new URL(String(input instanceof Request ? input.url : input), location.href).pathname === '/config.json'
        ? Promise.resolve(new Response(configText, { headers: { 'Content-Type': 'application/json' } }))
        : new Promise<Response>(() => undefined);
    const { module } = await runnerImport<{ markup: string }>('/scripts/first-screen-draw.ts', { root, configFile: false, mode: 'production', logLevel: 'warn', plugins: [react(), withoutStyles] });
    return module.markup;
  } catch (error) {
    throw new Error(`first screen of ${route}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root, route, configPath] = process.argv.slice(2) as [string, string, string];
  const markup = await drawInThisProcess(root, route, await readFile(configPath, 'utf8'));
  process.stdout.write(markup, () => process.exit(0));
}

/** The small script that starts the app once the first screen is displayed (minified by rolldown, Vite's own bundler). */
export async function bootScript(root: string): Promise<{ name: string; source: string }> {
  const { code: source } = await minify('boot.js', await readFile(`${root}/src/app/first-screen/boot.js`, 'utf8'));
  return { name: bootScriptName(createHash('sha256').update(source).digest('base64url').slice(0, 8)), source };
}

/**
 * The route's page with its first screen: the root holds the markup, marked not yet usable; the
 * entry and the route's modules are named for the boot script instead of loading at once.
 */
export function withFirstScreen(page: string, { markup, bootName, entryScript, modules }: { markup: string; bootName: string; entryScript: string; modules: string[] }): string {
  const entryTag = `<script type="module" crossorigin src="${entryScript}"></script>`;
  if (!page.includes(entryTag)) throw new Error(`the page does not load its entry ${entryScript}`);
  const json = JSON.stringify([entryScript, ...modules]).replace(/</g, '\\u003c');
  return page
    .replace(entryTag, `<script type="application/json" id="app-modules">${json}</script>\n    <script type="module" src="/assets/${bootName}"></script>`)
    .replace('<div id="root"></div>', `<div id="root" ${FIRST_SCREEN_ATTRIBUTE} aria-disabled="true">${markup}</div>`);
}
