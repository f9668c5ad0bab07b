/**
 * The shipped nginx configuration against a real https tenant on this machine: nginx must check the
 * tenant's certificate (chain and name) before it forwards a request, and must tell the tenant the
 * client's address itself, whatever forwarding headers the client sent.
 */
import { execFileSync, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { connect, createServer as createTcpServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findNginx, localNginxConf, nginxPrefix, spawnNginx } from './nginx-local.ts';

const nginx = findNginx();
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const missing = [...(nginx ? [] : ['nginx']), ...(hasOpenssl ? [] : ['openssl'])];
// The same rule as the nginx Playwright project (playwright.config.ts): CI must run it.
if (missing.length > 0) {
  if (process.env.CI) throw new Error(`${missing.join(' and ')} required in CI for the nginx upstream checks (.ci/run installs nginx)`);
  console.warn(`${missing.join(' and ')} not found: the nginx upstream certificate checks (deploy/nginx-upstream.test.ts) are not run`);
}

/** A private CA and certificates it signs, made with openssl in `dir`. */
function makeCertificates(dir: string) {
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  run('req', '-x509', ...ecKey, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=IDaaS login test CA');
  const leaf = (name: string, altNames: string) => {
    run('req', ...ecKey, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
    writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${altNames}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`);
    run('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-set_serial', String(Date.now()), '-days', '2', '-extfile', `${name}.ext`, '-out', `${name}.pem`);
    return { key: readFileSync(join(dir, `${name}.key`)), cert: readFileSync(join(dir, `${name}.pem`)) };
  };
  return {
    caBundle: join(dir, 'ca.pem'),
    /** The tenant's name (the test's tenant URL is https://localhost:<port>). */
    tenant: leaf('localhost', 'DNS:localhost'),
    /** Another server's certificate from the same CA: a valid chain, the wrong name. */
    otherName: leaf('evil.example', 'DNS:evil.example'),
  };
}

interface SeenRequest {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
  serverName: string | false | null;
}

/** An https "tenant" on 127.0.0.1 that records the TCP connections it gets and the requests that reach it. */
async function startTenant(certificate: { key: Buffer; cert: Buffer }) {
  const seen: SeenRequest[] = [];
  let connections = 0;
  const server: Server = createHttpsServer(certificate, (req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body, serverName: (req.socket as TLSSocket).servername });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"code":"0","tenant":"reached"}');
    });
  });
  server.on('connection', () => (connections += 1));
  // A refused handshake is what the wrong-name cases expect; it must not reach the test as an error.
  server.on('tlsClientError', () => undefined);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, seen, port: (server.address() as AddressInfo).port, connections: () => connections };
}

async function freePort(): Promise<number> {
  const probe = createTcpServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  probe.close();
  await once(probe, 'close');
  return port;
}

/** nginx with the shipped block, proxying /api/ to `tenantUrl`; resolves once it accepts connections. */
async function startNginx(tenantUrl: string, caBundle: string | undefined, running: ChildProcess[], config: unknown = {}) {
  const prefix = nginxPrefix();
  const port = await freePort();
  const conf = localNginxConf({ prefix, port, tenant: tenantUrl, dist: prefix, config, brotli: false, ...(caBundle ? { caBundle } : {}) });
  const child = spawnNginx(nginx!, prefix, conf, ['ignore', 'ignore', 'pipe']);
  running.push(child);
  let exited = false;
  child.on('exit', () => (exited = true));
  await vi.waitFor(
    async () => {
      if (exited) throw new Error(`nginx exited: ${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
      const socket = connect(port, '127.0.0.1');
      await Promise.race([once(socket, 'connect'), once(socket, 'error').then(([error]) => Promise.reject(error as Error))]).finally(() => socket.destroy());
    },
    { timeout: 8_000, interval: 50 },
  );
  return { port, errorLog: () => readFileSync(join(prefix, 'error.log'), 'utf8') };
}

/** A sign-in through nginx, with forwarding headers a client made up. */
function signIn(port: number): Promise<{ status: number; body: string; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ username: 'alice', password: 'Secret-123' });
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/v1/login',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '6.6.6.6', 'X-Real-IP': '6.6.6.6', Forwarded: 'for=6.6.6.6' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe.skipIf(missing.length > 0)('nginx in front of an https tenant', () => {
  const running: ChildProcess[] = [];
  const tenants: Server[] = [];
  let dir = '';
  let certificates: ReturnType<typeof makeCertificates>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'idaas-upstream-'));
    certificates = makeCertificates(dir);
  }, 20_000);

  afterAll(async () => {
    await Promise.all(
      running.map(async (child) => {
        if (child.exitCode !== null) return;
        child.kill('SIGQUIT');
        await once(child, 'exit');
      }),
    );
    await Promise.all(tenants.map((server) => new Promise((resolve) => server.close(resolve))));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('forwards to a tenant whose certificate chains to the given CA and names it, with the client address as nginx saw it', { timeout: 15_000 }, async () => {
    const tenant = await startTenant(certificates.tenant);
    tenants.push(tenant.server);
    const proxy = await startNginx(`https://localhost:${tenant.port}`, certificates.caBundle, running);

    const response = await signIn(proxy.port);

    expect(response, proxy.errorLog()).toMatchObject({ status: 200, body: '{"code":"0","tenant":"reached"}' });
    expect(tenant.seen).toHaveLength(1);
    const [seen] = tenant.seen;
    expect(seen).toMatchObject({ method: 'POST', url: '/api/v1/login', serverName: 'localhost' });
    expect(JSON.parse(seen!.body)).toEqual({ username: 'alice', password: 'Secret-123' });
    expect(seen!.headers['host']).toBe(`localhost:${tenant.port}`);
    // The client's made-up values are gone: only the peer address nginx saw.
    expect(seen!.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(seen!.headers['x-real-ip']).toBe('127.0.0.1');
    expect(seen!.headers['forwarded']).toBeUndefined();
  });

  it('answers 502 and forwards nothing when the certificate is for another name (same trusted CA)', { timeout: 15_000 }, async () => {
    const tenant = await startTenant(certificates.otherName);
    tenants.push(tenant.server);
    const proxy = await startNginx(`https://localhost:${tenant.port}`, certificates.caBundle, running);

    const response = await signIn(proxy.port);

    expect(response.status).toBe(502);
    expect(tenant.connections(), 'nginx did try the tenant').toBeGreaterThan(0);
    expect(tenant.seen, 'no request, no password, reached the server').toEqual([]);
    expect(proxy.errorLog()).toMatch(/upstream SSL certificate does not match "localhost"/);
  });

  it("answers 502 and forwards nothing when the certificate's CA is not in the bundle (Debian's public CAs by default)", { timeout: 15_000 }, async () => {
    const tenant = await startTenant(certificates.tenant);
    tenants.push(tenant.server);
    const proxy = await startNginx(`https://localhost:${tenant.port}`, undefined, running);

    const response = await signIn(proxy.port);

    expect(response.status).toBe(502);
    expect(tenant.connections()).toBeGreaterThan(0);
    expect(tenant.seen).toEqual([]);
    expect(proxy.errorLog()).toMatch(/upstream SSL certificate verify error/);
  });

  it('sends the CSP report endpoint and HSTS preload as configured, quoted so that nginx reads them whole', { timeout: 15_000 }, async () => {
    const tenant = await startTenant(certificates.tenant);
    tenants.push(tenant.server);
    const config = { security: { cspReportUri: 'https://reports.example.com/csp?site=login', hstsPreload: true } };
    const proxy = await startNginx(`https://localhost:${tenant.port}`, certificates.caBundle, running, config);

    const { status, headers } = await signIn(proxy.port);

    expect(status, proxy.errorLog()).toBe(200);
    expect(headers['reporting-endpoints']).toBe('csp="https://reports.example.com/csp?site=login"');
    expect(headers['content-security-policy']).toMatch(/; report-uri https:\/\/reports\.example\.com\/csp\?site=login; report-to csp$/);
    expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains; preload');
  });
});
