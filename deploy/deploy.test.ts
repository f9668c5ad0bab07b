import { describe, expect, it } from 'vitest';
import { nginxConfig } from './nginx.ts';
import { cacheControlFor, contentSecurityPolicy, headerInputsFromConfig, securityHeaders } from './security-headers.ts';

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
});

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

  it('refuses a tenant that is not https (a local check may proxy to 127.0.0.1 over HTTP)', () => {
    expect(() => nginxConfig({}, 'http://tenant.example.com')).toThrow();
    expect(() => nginxConfig({}, 'http://127.0.0.1:8787')).toThrow();
    expect(nginxConfig({}, 'http://127.0.0.1:8787', { listen: '127.0.0.1:4175' })).toContain('proxy_pass http://127.0.0.1:8787;');
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
