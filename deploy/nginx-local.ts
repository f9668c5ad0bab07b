/**
 * Serves dist/ with the shipped nginx configuration (nginx.ts) on a local port, proxying the tenant
 * API to the emulator: what the `nginx` Playwright project checks. Runs nginx in the foreground
 * until it is stopped.
 *
 *   npx tsx deploy/nginx-local.ts --port 4175 --tenant http://127.0.0.1:8787 [--ca-bundle test-ca.pem]
 */
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliModulesInstalled, nginxConfig } from './nginx.ts';

const MODULES_DIR = '/usr/lib/nginx/modules';
const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/opt/homebrew/bin/nginx'];

/** The nginx binary on this machine, if any. */
export function findNginx(): string | undefined {
  const fromPath = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  return [fromPath, ...NGINX_CANDIDATES].find((path) => path !== '' && existsSync(path));
}

export interface LocalNginxOptions {
  prefix: string;
  port: number;
  tenant: string;
  dist: string;
  config: unknown;
  brotli: boolean;
  /** The CAs an https tenant's certificate must chain to (default: Debian's bundle, as in production). */
  caBundle?: string;
}

/** A whole nginx.conf (main context, http block, the shipped server block) that runs unprivileged from `prefix`. */
export function localNginxConf(options: LocalNginxOptions): string {
  const { prefix, port, tenant, dist, config, brotli, caBundle } = options;
  const modules = brotli ? ['filter', 'static'].map((kind) => `load_module ${MODULES_DIR}/ngx_http_brotli_${kind}_module.so;`).join('\n') : '';
  const server = nginxConfig(config, tenant, { root: dist, listen: `127.0.0.1:${port}`, brotli, carrierEmulator: tenant, ...(caBundle ? { caBundle } : {}) });
  // Run as root (a CI container), workers would drop to "nobody", who may not read the checkout.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  return `${modules}
${user}
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
    include ${existsSync('/etc/nginx/mime.types') ? '/etc/nginx/mime.types' : `${prefix}/mime.types`};
    default_type application/octet-stream;
    types { application/javascript mjs; }
    access_log off;
    sendfile on;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
${server}
}
`;
}

/** A fresh directory nginx runs from: its temp paths, and mime.types for a packaging without Debian's. */
export function nginxPrefix(): string {
  const prefix = mkdtempSync(join(tmpdir(), 'idaas-nginx-'));
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  writeFileSync(
    join(prefix, 'mime.types'),
    'types { text/html html; text/css css; application/javascript js; application/json json; image/svg+xml svg; image/png png; image/x-icon ico; text/plain txt; font/woff2 woff2; }\n',
  );
  return prefix;
}

/** nginx in the foreground with `conf` (written to prefix/nginx.conf); stop it with SIGQUIT. */
export function spawnNginx(nginx: string, prefix: string, conf: string, stdio: StdioOptions = 'inherit'): ChildProcess {
  writeFileSync(join(prefix, 'nginx.conf'), conf);
  return spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio });
}

if (process.argv[1]?.endsWith('nginx-local.ts')) {
  const arg = (name: string) => {
    const index = process.argv.indexOf(`--${name}`);
    return index > 0 ? process.argv[index + 1] : undefined;
  };
  const port = Number(arg('port') ?? 4175);
  const tenant = arg('tenant') ?? 'http://127.0.0.1:8787';
  const dist = resolve(arg('dist') ?? 'dist');
  const nginx = findNginx();
  if (!nginx) {
    console.error('nginx is not installed (Debian: apt-get install nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static)');
    process.exit(1);
  }
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`${dist} has no build: run npm run build first`);
    process.exit(1);
  }
  const prefix = nginxPrefix();
  const caBundle = arg('ca-bundle');
  const config: unknown = JSON.parse(readFileSync(join(dist, 'config.json'), 'utf8'));
  const conf = localNginxConf({ prefix, port, tenant, dist, config, brotli: brotliModulesInstalled(MODULES_DIR), ...(caBundle ? { caBundle: resolve(caBundle) } : {}) });
  const child = spawnNginx(nginx, prefix, conf);
  // nginx's graceful stop; the test runner stops this process, which passes it on.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill('SIGQUIT'));
  child.on('exit', (code) => process.exit(code ?? 0));
}
