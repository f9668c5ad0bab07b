/// <reference types="vitest/config" />
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import browserslist from 'browserslist';
import { browserslistToTargets } from 'lightningcss';
import { defineConfig, type Plugin } from 'vite';
import { cacheControlFor, headerInputsFromConfig, isHiddenPath, NOT_FOUND_CACHE_CONTROL, securityHeaders } from './deploy/security-headers.ts';

/** `npm run dev`: the emulated tenant answers /api/ on the dev server's own origin. */
function emulatedTenant(): Plugin {
  return {
    name: 'idaas-emulator',
    apply: 'serve',
    async configureServer(server) {
      const [{ createEmulator }, { describeBehaviour, startProfile }] = await Promise.all([import('./emulator/server.ts'), import('./emulator/profile.ts')]);
      // EMULATOR_PROFILE=seed|live (default live) and EMULATOR_SWITCHES=name=value,… choose how the tenant answers.
      const profile = startProfile(process.env);
      server.config.logger.info(
        `Emulated tenant: profile ${describeBehaviour(profile.name, profile.behaviour)}. Switch with EMULATOR_PROFILE=seed|live and EMULATOR_SWITCHES=name=value,… (README, "Tenant profiles").`,
      );
      // Test control (/__emulator/*) only when asked for: `npm run dev:test`.
      const emulator = await createEmulator({
        profile,
        testMode: process.env.EMULATOR_TEST_MODE === '1',
        // No SMS gateway: the codes appear in the dev server's output.
        onSms: (clientId, sms) => server.config.logger.info(`[sms] ${clientId} → ${sms.mobile} (${sms.type}): ${sms.code}`, { timestamp: true }),
      });
      server.middlewares.use((req, res, next) => {
        emulator.handle(req, res).then((handled) => handled || next(), next);
      });
    },
  };
}

const ASSET_TYPES: Record<string, string> = { js: 'application/javascript', css: 'text/css', svg: 'image/svg+xml', json: 'application/json' };

/** As nginx's brotli_static / gzip_static do: the `.br` or `.gz` written by the build, when the browser takes it. */
async function sendPrecompressed(outDir: string, path: string, acceptEncoding: string, res: import('node:http').ServerResponse): Promise<boolean> {
  const type = ASSET_TYPES[path.slice(path.lastIndexOf('.') + 1)];
  if (!type || path.includes('..')) return false;
  for (const [token, extension] of [['br', '.br'], ['gzip', '.gz']] as const) {
    if (!new RegExp(`\\b${token}\\b`).test(acceptEncoding)) continue;
    const body = await readFile(join(outDir, `${path}${extension}`)).catch(() => undefined);
    if (!body) continue;
    res.setHeader('Content-Type', `${type}; charset=utf-8`);
    res.setHeader('Content-Encoding', token);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Content-Length', body.length);
    res.end(body);
    return true;
  }
  res.setHeader('Vary', 'Accept-Encoding');
  return false;
}

/** The request path as the static server will read it (percent-decoded), or undefined when it does not decode. */
function decodedPath(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://x').pathname);
  } catch {
    return undefined;
  }
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/** As the shipped nginx answers a missing asset or a hidden path: a plain 404 that no cache keeps. */
function notFound(res: import('node:http').ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('Cache-Control', NOT_FOUND_CACHE_CONTROL);
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('Not found\n');
}

/**
 * `vite preview` serves the build with the production headers, computed from dist/config.json, and
 * precompressed assets; a missing asset or a dot path (dist/.vite/manifest.json) is a 404, never the app.
 */
function productionHeaders(): Plugin {
  let outDir = 'dist';
  return {
    name: 'production-headers',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async configurePreviewServer(server) {
      let config: unknown = {};
      try {
        config = JSON.parse(await readFile(resolve(outDir, 'config.json'), 'utf8'));
      } catch {
        // No or broken config: the strictest headers apply and the SPA shows its config error page.
      }
      const inputs = headerInputsFromConfig(config);
      server.middlewares.use((req, res, next) => {
        const path = decodedPath(req.url);
        for (const [name, value] of Object.entries(securityHeaders(inputs, path ?? '/'))) res.setHeader(name, value);
        if (path === undefined || isHiddenPath(path)) {
          notFound(res);
          return;
        }
        const cacheControl = cacheControlFor(path);
        if (cacheControl) res.setHeader('Cache-Control', cacheControl);
        if (path.startsWith('/assets/')) {
          const serve = async () => {
            if (!(await isFile(join(outDir, path)))) return notFound(res);
            if (!(await sendPrecompressed(outDir, path, String(req.headers['accept-encoding'] ?? ''), res))) next();
          };
          serve().catch(next);
          return;
        }
        next();
      });
    },
  };
}

/**
 * Writes `.br` and `.gz` beside each hashed text asset at the strongest settings, for servers that
 * send precompressed files (the shipped nginx configuration: brotli_static, gzip_static). Only
 * dist/assets/: config.json, themes and agreements are edited after the build and must not go stale.
 */
function precompressedAssets(): Plugin {
  let assetsDir = 'dist/assets';
  return {
    name: 'precompressed-assets',
    apply: 'build',
    configResolved(config) {
      assetsDir = resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    async closeBundle() {
      const names = (await readdir(assetsDir)).filter((name) => /\.(js|css|svg|json)$/.test(name));
      await Promise.all(
        names.map(async (name) => {
          const body = await readFile(join(assetsDir, name));
          if (body.length < 1024) return;
          const [br, gz] = await Promise.all([
            promisify(brotliCompress)(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }),
            promisify(gzip)(body, { level: 9 }),
          ]);
          await Promise.all([writeFile(join(assetsDir, `${name}.br`), br), writeFile(join(assetsDir, `${name}.gz`), gz)]);
        }),
      );
    },
  };
}

/**
 * The below-the-matrix check (public/engine-check.js, docs/support-matrix.md) and its message are
 * ES5 written for reading; every first visit downloads the check, so the build minifies both.
 */
function minifiedEngineCheck(): Plugin {
  let outDir = 'dist';
  return {
    name: 'minified-engine-check',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const { transform } = await import('esbuild');
      for (const name of ['engine-check.js', 'engine-too-old.js']) {
        const path = join(outDir, name);
        const { code } = await transform(await readFile(path, 'utf8'), { minify: true, target: 'es5', legalComments: 'none' });
        await writeFile(path, code);
      }
    },
  };
}

/**
 * One HTML page per sign-in route (`dist/login.html` for `/login`, served by the servers in place of
 * index.html): the same page, plus modulepreload / stylesheet links for that route's chunks and
 * the default language's messages, so that they download with the entry instead of after it has run.
 */
function routePages(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  return {
    name: 'route-pages',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      root = config.root;
    },
    async closeBundle() {
      const { routeBudgets, staticClosure, loadedWith, FIRST_VISIT_EXTRAS } = await import('./scripts/size-check.ts');
      const { isRoutePath, ROUTE_NEEDS, ROUTE_PATHS } = await import('./src/app/route-table.ts');
      const manifest = JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Parameters<typeof staticClosure>[0];
      const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
      if (!entry) throw new Error('no entry chunk in the manifest');
      const inEntry = staticClosure(manifest, [entry]);
      const html = await readFile(join(outDir, 'index.html'), 'utf8');
      const firstScreen = await import('./scripts/first-screen.ts');
      const configText = await readFile(join(outDir, 'config.json'), 'utf8');
      const drawFirstScreens = firstScreen.firstScreensApply(JSON.parse(configText));
      // The routes a visitor lands on without a session (route-table.ts marks them `firstScreen`).
      const firstScreenRoutes = drawFirstScreens ? ROUTE_PATHS.filter((path) => ROUTE_NEEDS[path].firstScreen) : [];
      const boot = firstScreenRoutes.length > 0 ? await firstScreen.bootScript(root) : undefined;
      if (boot) await writeFile(join(outDir, 'assets', boot.name), boot.source);
      const firstScreens = new Map(await Promise.all(firstScreenRoutes.map(async (route) => [route, await firstScreen.drawFirstScreen(root, route, join(outDir, 'config.json'))] as const)));
      const entryScript = `/${manifest[entry]!.file}`;
      for (const budget of routeBudgets) {
        const { route, module } = budget;
        if (!isRoutePath(route)) continue;
        const files = [...staticClosure(manifest, [module, ...FIRST_VISIT_EXTRAS, ...loadedWith(budget)])].filter((file) => !inEntry.has(file));
        const styles = files.filter((file) => file.endsWith('.css')).map((file) => `/${file}`);
        const scripts = files.filter((file) => !file.endsWith('.css')).map((file) => `/${file}`);
        const markup = firstScreens.get(route);
        // With a first screen, the scripts start after it is displayed (boot.js); without one, at once.
        const links = [...styles.map((href) => `<link rel="stylesheet" crossorigin href="${href}">`), ...(markup ? [] : scripts.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`))];
        let page = html.replace('</head>', `    ${links.join('\n    ')}\n  </head>`);
        if (markup && boot) page = firstScreen.withFirstScreen(page, { markup, bootName: boot.name, entryScript, modules: scripts });
        await mkdir(dirname(join(outDir, `${route}.html`)), { recursive: true });
        await writeFile(join(outDir, `${route}.html`), page);
      }
    },
  };
}

/** The support matrix (README, "Browser support"). */
const SUPPORTED_BROWSERS = ['ios_saf >= 15', 'safari >= 15', 'chrome >= 87', 'and_chr >= 87', 'edge >= 87', 'firefox >= 115'];

/**
 * The JavaScript transformer's target. Not the matrix itself: oxc lowers a feature as a whole for
 * any listed version its data marks unsupported, and it marks two features so for bugs that only
 * affect some shapes — all class fields for Safari 15 (WebKit bug 236843) and Chrome < 98, all
 * optional chaining for Chrome < 91 (V8 bug 11558) — which costs 1–2 kB per route. These versions
 * keep both; scripts/syntax-check.ts (npm test) rejects in dist/ the two buggy shapes and every
 * syntax the matrix lacks that these versions would leave as written (`#x in obj`, the RegExp d
 * and v flags, lookbehind, top-level await, class static blocks).
 */
const SCRIPT_TARGET = ['chrome98', 'edge98', 'firefox115', 'safari16', 'ios16'];

const tenantUrl = process.env.IDAAS_TENANT_URL ?? 'http://127.0.0.1:8787';

export default defineConfig(({ command }) => ({
  plugins: [react(), emulatedTenant(), productionHeaders(), minifiedEngineCheck(), precompressedAssets(), routePages()],
  css: {
    // Lightning CSS lowers the CSS to the matrix (nesting, prefixes such as -webkit-user-select);
    // what it cannot lower has a fallback written in the stylesheets.
    transformer: 'lightningcss',
    lightningcss: { targets: browserslistToTargets(browserslist(SUPPORTED_BROWSERS)) },
  },
  build: {
    target: SCRIPT_TARGET,
    cssMinify: 'lightningcss',
    manifest: true,
    rolldownOptions: {
      output: {
        // Everything the entry needs in one chunk: the small shared pieces rolldown would split off
        // (react, valibot, i18n helpers) compress better together and cost fewer requests.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
    modulePreload: { polyfill: false },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: Number(process.env.PREVIEW_PORT ?? 4173),
    strictPort: true,
    // The shipped server proxies /api/ to the tenant the same way (deploy/).
    proxy: {
      '/api/': { target: tenantUrl, changeOrigin: false },
      // The emulated carriers of the emulator one-click provider (tests and local previews only).
      '/__carrier/': { target: tenantUrl, changeOrigin: false },
    },
  },
  resolve: {
    // react-router's package exports name only its development build, which keeps its warnings and
    // developer screens; the build takes the production one it ships beside it.
    alias: command === 'build' ? [{ find: /^react-router$/, replacement: resolve('node_modules/react-router/dist/production/index.mjs') }] : [],
  },
  test: {
    // Component tests (*.test.tsx) pick happy-dom per file (`// @vitest-environment happy-dom`).
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'emulator/**/*.test.ts', 'deploy/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
}));
