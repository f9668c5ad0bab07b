/// <reference types="vitest/config" />
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { cacheControlFor, headerInputsFromConfig, securityHeaders } from './deploy/security-headers.ts';

/** `npm run dev`: the emulated tenant answers /api/ on the dev server's own origin. */
function emulatedTenant(): Plugin {
  return {
    name: 'idaas-emulator',
    apply: 'serve',
    async configureServer(server) {
      const { createEmulator } = await import('./emulator/server.ts');
      // Test control (/__emulator/*) only when asked for: `npm run dev:test`.
      const emulator = await createEmulator({
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

/** `vite preview` serves the build with the production headers, computed from dist/config.json. */
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
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        for (const [name, value] of Object.entries(securityHeaders(inputs, path))) res.setHeader(name, value);
        const cacheControl = cacheControlFor(path);
        if (cacheControl) res.setHeader('Cache-Control', cacheControl);
        next();
      });
    },
  };
}

const tenantUrl = process.env.IDAAS_TENANT_URL ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react(), emulatedTenant(), productionHeaders()],
  build: {
    target: 'es2022',
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
  test: {
    include: ['src/**/*.test.ts', 'emulator/**/*.test.ts', 'deploy/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
