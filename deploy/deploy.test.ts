import { describe, expect, it } from 'vitest';
import { DEFAULT_CA_BUNDLE, nginxConfig, parseArguments } from './nginx.ts';
import { cacheControlFor, contentSecurityPolicy, headerInputsFromConfig, isHiddenPath, securityHeaders } from './security-headers.ts';

describe('production headers', () => {
  const headers = securityHeaders(headerInputsFromConfig({ security: { frameAncestors: ['https://app.example.com'] } }));

  it('forbid inline and eval script, objects, base and foreign framing', () => {
    const csp = headers['Content-Security-Policy']!;
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain('frame-ancestors https://app.example.com');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Strict-Transport-Security']).toMatch(/max-age=\d+/);
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });

  it('default to no framing at all, and allow the tenant origin for API calls', () => {
    const csp = contentSecurityPolicy(headerInputsFromConfig({ tenant: { baseUrl: 'https://tenant.example.com' } }));
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self' https://tenant.example.com");
  });

  it('ignore frame ancestors that could inject directives', () => {
    const csp = contentSecurityPolicy(headerInputsFromConfig({ security: { frameAncestors: ["https://a.example.com; script-src 'unsafe-inline'"] } }));
    expect(csp).not.toContain('unsafe-inline');
  });

  it('keep the opener when popup delivery is configured', () => {
    expect(securityHeaders(headerInputsFromConfig({ delivery: { openerOrigins: ['https://app.example.com'] } }))['Cross-Origin-Opener-Policy']).toBe('unsafe-none');
  });

  it('never cache config.json and index.html; cache hashed assets forever', () => {
    expect(cacheControlFor('/config.json')).toBe('no-cache');
    expect(cacheControlFor('/login')).toBe('no-cache');
    expect(cacheControlFor('/index.html')).toBe('no-cache');
    expect(cacheControlFor('/assets/index-abc123.js')).toContain('immutable');
  });

  it('report CSP violations to security.cspReportUri: report-uri, and report-to with its Reporting-Endpoints entry', () => {
    for (const uri of ['/csp-reports', 'https://reports.example.com/csp?site=login']) {
      const reporting = securityHeaders(headerInputsFromConfig({ security: { cspReportUri: uri } }));
      expect(reporting['Content-Security-Policy']!.split('; ').slice(-2)).toEqual([`report-uri ${uri}`, 'report-to csp']);
      expect(reporting['Reporting-Endpoints']).toBe(`csp="${uri}"`);
    }
    expect(headers['Content-Security-Policy']).not.toContain('report-');
    expect(headers).not.toHaveProperty('Reporting-Endpoints');
  });

  it('ignore a CSP report URI that is not https or a same-origin path, or could end the directive or the header', () => {
    for (const uri of [
      'http://reports.example.com/csp',
      '//evil.example/csp',
      '/\\evil.example',
      "https://r.example.com/csp; script-src 'unsafe-inline'",
      'https://r.example.com/a,b',
      '/csp reports',
      '/csp"x',
      'https://r$host.example.com/csp',
      'javascript:alert(1)',
      'https://user:pw@r.example.com/csp',
      42,
    ]) {
      const inputs = headerInputsFromConfig({ security: { cspReportUri: uri } });
      expect(inputs.cspReportUri, String(uri)).toBeUndefined();
      expect(securityHeaders(inputs)['Content-Security-Policy']).not.toContain('report-');
    }
  });

  it('send HSTS preload only when asked for, with the two years the preload lists want', () => {
    expect(headers['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(securityHeaders(headerInputsFromConfig({ security: { hstsPreload: true } }))['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains; preload');
    expect(securityHeaders(headerInputsFromConfig({ security: { hstsPreload: 'yes' } }))['Strict-Transport-Security']).not.toContain('preload');
  });

  it("drop any configured origin with '$' (an nginx variable: request data in the header) or quotes", () => {
    const inputs = headerInputsFromConfig({
      tenant: { baseUrl: 'https://t$http_x.example.com' },
      security: { frameAncestors: ['https://a$host.example.com', "'self'"], connectOrigins: ['https://c$host.example.com'] },
    });
    expect(inputs).toMatchObject({ tenantOrigin: undefined, frameAncestors: ["'self'"], connectOrigins: [] });
    expect(nginxConfig({ security: { frameAncestors: ['https://a$host.example.com'] } }, 'https://tenant.example.com')).not.toContain('a$host');
  });

  it('never serve dot paths (the build manifest)', () => {
    expect(isHiddenPath('/.vite/manifest.json')).toBe(true);
    expect(isHiddenPath('/assets/.x.js')).toBe(true);
    expect(isHiddenPath('/assets/index-abc.js')).toBe(false);
  });
});

/** The /api/ location of a generated block. */
function apiBlock(conf: string): string {
  const block = conf.slice(conf.indexOf('location /api/ {'));
  return block.slice(0, block.indexOf('}'));
}

describe('shipped nginx configuration', () => {
  it('sends every production header, proxies /api/ to the tenant and caches like the preview server', () => {
    const config = { security: { frameAncestors: ['https://app.example.com'] } };
    const conf = nginxConfig(config, 'https://tenant.example.com');
    for (const [name, value] of Object.entries(securityHeaders(headerInputsFromConfig(config)))) {
      expect(conf).toContain(`add_header ${name} "${value}" always;`);
    }
    expect(conf).toContain('proxy_pass https://tenant.example.com;');
    expect(conf).toContain('location = /config.json');
    expect(conf).toContain('immutable');
  });

  it("checks the tenant's certificate (chain, depth and name) before forwarding: Debian's CA bundle by default", () => {
    const api = apiBlock(nginxConfig({}, 'https://tenant.example.com:8443'));
    expect(api).toContain('proxy_pass https://tenant.example.com:8443;');
    expect(api).toContain('proxy_ssl_verify on;');
    expect(api).toContain(`proxy_ssl_trusted_certificate ${DEFAULT_CA_BUNDLE};`);
    expect(api).toMatch(/proxy_ssl_verify_depth [1-9];/);
    expect(api).toContain('proxy_ssl_server_name on;');
    expect(api).toContain('proxy_ssl_name tenant.example.com;');
  });

  it('takes a private CA bundle and a verify depth; refuses a bundle path nginx would read as more than a path', () => {
    const api = apiBlock(nginxConfig({}, 'https://tenant.example.com', { caBundle: '/etc/idaas/tenant-ca.pem', verifyDepth: 1 }));
    expect(api).toContain('proxy_ssl_trusted_certificate /etc/idaas/tenant-ca.pem;');
    expect(api).toContain('proxy_ssl_verify_depth 1;');
    for (const caBundle of ['tenant-ca.pem', '/etc/a b.pem', '/etc/a.pem; proxy_ssl_verify off', '/etc/$host.pem']) {
      expect(() => nginxConfig({}, 'https://tenant.example.com', { caBundle }), caBundle).toThrow();
    }
    expect(() => nginxConfig({}, 'https://tenant.example.com', { verifyDepth: 1.5 })).toThrow();
  });

  it('tells the tenant the peer address, never a client-sent X-Forwarded-For, X-Real-IP or Forwarded', () => {
    const conf = nginxConfig({}, 'https://tenant.example.com');
    const api = apiBlock(conf);
    expect(api).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
    expect(api).toContain('proxy_set_header X-Real-IP $remote_addr;');
    expect(api).toContain('proxy_set_header Forwarded "";');
    expect(conf).not.toContain('$proxy_add_x_forwarded_for');
  });

  it('caches an asset for a year only when it is there; a 404 is no-store; dot paths are a 404', () => {
    const conf = nginxConfig({}, 'https://tenant.example.com');
    const map = conf.slice(conf.indexOf('map $status $idaas_login_asset_cache_control {'));
    expect(map.slice(0, map.indexOf('}'))).toMatch(/200 "public, max-age=31536000, immutable";[\s\S]*default "no-store";/);
    expect(conf).toMatch(/location \/assets\/ \{[^}]*add_header Cache-Control \$idaas_login_asset_cache_control always;/);
    expect(conf).not.toMatch(/add_header Cache-Control "public, max-age=31536000, immutable"/);
    expect(conf).toMatch(/location ~ \/\\\. \{[^}]*add_header Cache-Control "no-store" always;\s*return 404;/);
  });

  it('reads its command line: the config, the tenant, --brotli, --ca-bundle, --verify-depth', () => {
    expect(parseArguments(['dist/config.json', 'https://t.example.com', '--ca-bundle', '/etc/ca.pem', '--no-brotli'])).toEqual({
      configPath: 'dist/config.json',
      tenantUrl: 'https://t.example.com',
      options: { caBundle: '/etc/ca.pem', brotli: false },
    });
    expect(parseArguments(['--verify-depth', '2', 'c.json', 'https://t.example.com']).options).toEqual({ verifyDepth: 2 });
    expect(() => parseArguments(['c.json', 'https://t.example.com', '--ca-bundle'])).toThrow(/needs a value/);
    expect(() => parseArguments(['c.json', 'https://t.example.com', '--ca'])).toThrow(/unknown option/);
    expect(() => parseArguments(['c.json'])).toThrow(/usage/);
  });

  it('refuses a tenant that is not https (a local check may proxy to 127.0.0.1 over HTTP)', () => {
    expect(() => nginxConfig({}, 'http://tenant.example.com')).toThrow();
    expect(() => nginxConfig({}, 'http://127.0.0.1:8787')).toThrow();
    const local = nginxConfig({}, 'http://127.0.0.1:8787', { listen: '127.0.0.1:4175' });
    expect(local).toContain('proxy_pass http://127.0.0.1:8787;');
    expect(local).not.toContain('proxy_ssl_');
  });

  it('listens with TLS and HTTP/2 in the form Debian’s nginx 1.22 accepts', () => {
    const conf = nginxConfig({}, 'https://tenant.example.com');
    expect(conf).toContain('listen 443 ssl http2;');
    expect(conf).not.toMatch(/^\s*http2 on;/m);
    expect(conf).toContain('ssl_certificate ');
  });

  it('serves precompressed files: gzip always, brotli only when asked for (the module must be there)', () => {
    const plain = nginxConfig({}, 'https://tenant.example.com');
    expect(plain).toContain('gzip_static on;');
    expect(plain).not.toContain('brotli');
    expect(nginxConfig({}, 'https://tenant.example.com', { brotli: true })).toContain('brotli_static on;');
  });

  it('falls back to the route page, then to the app; assets never fall back', () => {
    const conf = nginxConfig({}, 'https://tenant.example.com');
    expect(conf).toContain('try_files $uri $uri.html /index.html;');
    expect(conf).toMatch(/location \/assets\/ \{[^}]*try_files \$uri =404;/);
  });

  it('proxies the emulated carriers only when asked for (local checks)', () => {
    expect(nginxConfig({}, 'https://tenant.example.com')).not.toContain('/__carrier/');
    expect(nginxConfig({}, 'http://127.0.0.1:8787', { listen: '127.0.0.1:4175', carrierEmulator: 'http://127.0.0.1:8787' })).toContain('location /__carrier/');
  });

  it("lets this origin frame the agreement documents (the authorization page viewer) and the studio's preview page only", () => {
    const inputs = headerInputsFromConfig({});
    expect(securityHeaders(inputs, '/agreements/privacy.html')['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    expect(securityHeaders(inputs, '/studio/preview')['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    for (const path of ['/one-click', '/login', '/studio', '/studio/preview/x']) {
      expect(securityHeaders(inputs, path)['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    }
  });

  it("serves the studio's preview page with its own frame-ancestors in nginx", () => {
    const conf = nginxConfig({}, 'https://tenant.example.com');
    const block = conf.slice(conf.indexOf('location = /studio/preview {'));
    expect(block.slice(0, block.indexOf('}'))).toContain("frame-ancestors 'self'");
  });

  it('allows exactly the H5 SDK script of the aliyun-web provider, and the extra connect origins', () => {
    const csp = contentSecurityPolicy(
      headerInputsFromConfig({
        oneClick: { provider: 'aliyun-web', aliyunWeb: { scriptUrl: 'https://cdn.example.com/sdk/numberAuth-web-sdk.js?v=2' } },
        security: { connectOrigins: ['https://sdk-api.example.com', "https://x.example.com; script-src 'unsafe-inline'"] },
      }),
    );
    expect(csp).toContain("script-src 'self' https://cdn.example.com/sdk/numberAuth-web-sdk.js;");
    expect(csp).toContain("connect-src 'self' https://sdk-api.example.com;");
    expect(csp).not.toContain('unsafe-inline');
  });
});
