import { describe, expect, it } from 'vitest';
import shippedConfig from '../../public/config.json';
import { urlOverrides, validateConfig, type AppConfig } from './config';

const minimal = { tenant: { clientId: 'demo-client' } };

function valid(input: unknown): AppConfig {
  const result = validateConfig(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

describe('runtime configuration', () => {
  it('fills defaults around the one required key', () => {
    const config = valid(minimal);
    expect(config.tenant).toEqual({ baseUrl: '', clientId: 'demo-client', timeoutMs: 15000, captchaPointEncoding: 'auto' });
    expect(config.password.modes).toEqual(['unified', 'username', 'phone', 'email']);
    expect(config.methods).toEqual({ default: 'password', enabled: ['password'] });
    expect(config.session.storage).toBe('memory');
    expect(config.delivery).toEqual({ bridge: true, requestTimeoutMs: 3000, openerOrigins: [], redirectUris: [] });
  });

  it('accepts the shipped public/config.json', () => {
    valid(shippedConfig);
  });

  it('names the bad key for each kind of mistake', () => {
    const result = validateConfig({
      tenant: { clientId: '', baseUrl: 'http://tenant.example.com' },
      tennant: {},
      password: { modes: ['phone', 'phone', 'sms'] },
      session: { storage: 'local' },
      delivery: { openerOrigins: ['https://app.example.com/path'], redirectUris: ['javascript:alert(1)'] },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byKey = Object.fromEntries(result.problems.map((p) => ['key' in p ? p.key : p.kind, p]));
    expect(byKey['tennant']).toEqual({ kind: 'unknown-key', key: 'tennant' });
    expect(byKey['tenant.clientId']).toEqual({ kind: 'rule', key: 'tenant.clientId', rule: 'nonEmpty' });
    expect(byKey['tenant.baseUrl']).toEqual({ kind: 'rule', key: 'tenant.baseUrl', rule: 'baseUrl' });
    expect(byKey['password.modes.2']).toMatchObject({ kind: 'expected', key: 'password.modes.2' });
    expect(byKey['session.storage']).toMatchObject({ kind: 'expected', received: '"local"' });
    expect(byKey['delivery.openerOrigins.0']).toEqual({ kind: 'rule', key: 'delivery.openerOrigins.0', rule: 'origin' });
    expect(byKey['delivery.redirectUris.0']).toEqual({ kind: 'rule', key: 'delivery.redirectUris.0', rule: 'url' });
  });

  it('takes the slider point encoding a tenant needs (auto, aes, plain) and nothing else', () => {
    for (const encoding of ['auto', 'aes', 'plain'] as const) {
      const result = validateConfig({ tenant: { clientId: 'c', captchaPointEncoding: encoding } });
      expect(result.ok && result.config.tenant.captchaPointEncoding).toBe(encoding);
    }
    const wrong = validateConfig({ tenant: { clientId: 'c', captchaPointEncoding: 'rsa' } });
    expect(wrong.ok === false && wrong.problems[0]).toMatchObject({ kind: 'expected', key: 'tenant.captchaPointEncoding' });
  });

  it('takes a CSP report URI (https or a same-origin path) and HSTS preload for the servers; names a bad URI', () => {
    for (const cspReportUri of ['/csp-reports', 'https://reports.example.com/csp?site=login']) {
      const result = validateConfig({ ...minimal, security: { cspReportUri, hstsPreload: true } });
      expect(result.ok && result.config.security).toMatchObject({ cspReportUri, hstsPreload: true });
    }
    expect(valid(minimal).security.hstsPreload).toBe(false);
    for (const cspReportUri of ['http://reports.example.com/csp', '//evil.example/csp', 'https://r.example.com/csp; script-src *', '/a b', '/a"b', 'https://r$host.example.com/', 'reports']) {
      const result = validateConfig({ ...minimal, security: { cspReportUri } });
      expect(result.ok === false && result.problems, cspReportUri).toEqual([{ kind: 'rule', key: 'security.cspReportUri', rule: 'cspReportUri' }]);
    }
    const notBoolean = validateConfig({ ...minimal, security: { hstsPreload: 'yes' } });
    expect(notBoolean.ok === false && notBoolean.problems[0]).toMatchObject({ kind: 'expected', key: 'security.hstsPreload' });
  });

  it('reports a missing tenant and a non-object document', () => {
    const missing = validateConfig({});
    expect(missing.ok === false && missing.problems[0]).toMatchObject({ kind: 'expected', key: 'tenant' });
    const notObject = validateConfig([]);
    expect(notObject.ok).toBe(false);
  });

  it('allows https tenants and loopback http for development, nothing else', () => {
    expect(validateConfig({ tenant: { clientId: 'c', baseUrl: 'https://tenant.example.com' } }).ok).toBe(true);
    expect(validateConfig({ tenant: { clientId: 'c', baseUrl: 'http://127.0.0.1:8787' } }).ok).toBe(true);
    expect(validateConfig({ tenant: { clientId: 'c', baseUrl: 'https://tenant.example.com/api' } }).ok).toBe(false);
    expect(validateConfig({ tenant: { clientId: 'c', baseUrl: 'https://user:pw@tenant.example.com' } }).ok).toBe(false);
  });
});

describe('one-click and theme configuration', () => {
  const sdk = { scriptUrl: 'https://cdn.example.com/numberAuth-web-sdk.js', scriptIntegrity: 'sha384-abcdefghijklmnopqrstuvwxyz0123456789' };

  it('defaults to the native provider with the SDKs\' time limits', () => {
    expect(valid(minimal).oneClick).toEqual({ provider: 'native', envTimeoutMs: 3000, prefetchTimeoutMs: 3000, tokenTimeoutMs: 5000 });
  });

  it('wants the H5 SDK\'s script with its integrity, and the token pair or where to fetch it, for aliyun-web', () => {
    expect(valid({ ...minimal, oneClick: { provider: 'aliyun-web', aliyunWeb: { ...sdk, authTokenUrl: '/sdk/aliyun-token' } } }).oneClick.aliyunWeb?.globalName).toBe('PhoneServerCustomization');
    const noCredentials = validateConfig({ ...minimal, oneClick: { provider: 'aliyun-web', aliyunWeb: sdk } });
    expect(noCredentials.ok ? [] : noCredentials.problems).toEqual([{ kind: 'rule', key: 'oneClick.aliyunWeb', rule: 'aliyunWeb' }]);
    const noIntegrity = validateConfig({ ...minimal, oneClick: { provider: 'aliyun-web', aliyunWeb: { scriptUrl: sdk.scriptUrl, authTokenUrl: '/t' } } });
    expect(noIntegrity.ok ? [] : noIntegrity.problems.map((p) => ('key' in p ? p.key : p.kind))).toEqual(['oneClick.aliyunWeb.scriptIntegrity']);
    const crossOrigin = validateConfig({ ...minimal, oneClick: { provider: 'aliyun-web', aliyunWeb: { ...sdk, authTokenUrl: '//evil.example.com/t' } } });
    expect(crossOrigin.ok).toBe(false);
  });

  it('takes themes inline or as same-origin paths, and ?theme= only names a configured one', () => {
    const config = valid({ ...minimal, methods: { default: 'one-click', enabled: ['one-click', 'password'] }, theme: { default: { navColor: '#026ED2' }, named: { brand: '/themes/brand.json' } } });
    expect(urlOverrides('?theme=brand', config).theme).toBe('brand');
    expect(urlOverrides('?theme=other', config).theme).toBeUndefined();
    expect(validateConfig({ ...minimal, theme: { named: { evil: 'https://evil.example.com/t.json' } } }).ok).toBe(false);
    expect(validateConfig({ ...minimal, theme: { default: '//evil.example.com/t.json' } }).ok).toBe(false);
  });

  it('passes ?oneclick= on only to the emulator provider', () => {
    const emulator = valid({ ...minimal, oneClick: { provider: 'emulator' } });
    expect(urlOverrides('?oneclick=600008', emulator).oneClickScenario).toBe('600008');
    expect(urlOverrides('?oneclick=600008', valid(minimal)).oneClickScenario).toBeUndefined();
    expect(urlOverrides('?oneclick=%3Cscript%3E', emulator).oneClickScenario).toBeUndefined();
  });
});

describe('URL overrides', () => {
  const config = valid({ ...minimal, delivery: { redirectUris: ['https://app.example.com/callback'] } });

  it('takes a supported lang and an enabled method', () => {
    expect(urlOverrides('?lang=zh-Hant-HK&method=password', config)).toMatchObject({ locale: 'zh-TW', method: 'password' });
    expect(urlOverrides('?lang=fr&method=one-click', config)).toMatchObject({ locale: undefined, method: undefined });
  });

  it('keeps redirect_uri only when it is exactly allowlisted, and records a refused one', () => {
    expect(urlOverrides('?redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback', config)).toMatchObject({
      redirectUri: 'https://app.example.com/callback',
      refusedRedirect: undefined,
    });
    expect(urlOverrides('?redirect_uri=https%3A%2F%2Fevil.example.com%2F', config)).toMatchObject({
      redirectUri: undefined,
      refusedRedirect: { reason: 'not-allowed', uri: 'https://evil.example.com/' },
    });
  });

  it('returns the app’s state only with an allowed redirect_uri, and refuses the request when the state is absurdly long', () => {
    const callback = 'redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback';
    expect(urlOverrides(`?${callback}&state=abc%20123`, config).redirectState).toBe('abc 123');
    expect(urlOverrides(`?${callback}`, config).redirectState).toBeUndefined();
    expect(urlOverrides(`?${callback}&state=${'x'.repeat(1024)}`, config).redirectState).toHaveLength(1024);
    // Longer: the request is refused (tokens never go back without the app's state).
    expect(urlOverrides(`?${callback}&state=${'x'.repeat(1025)}`, config)).toMatchObject({
      redirectUri: undefined,
      redirectState: undefined,
      refusedRedirect: { reason: 'state-too-long', length: 1025 },
    });
    expect(urlOverrides('?redirect_uri=https%3A%2F%2Fevil.example.com%2F&state=abc', config).redirectState).toBeUndefined();
  });
});

describe('session settings', () => {
  it('accepts an explicit https issuer and a bridge timeout, and names bad ones', () => {
    const config = valid({ ...minimal, tenant: { ...minimal.tenant, issuer: 'https://t.example.com/api/v1/oauth2' }, delivery: { requestTimeoutMs: 5000 } });
    expect(config.tenant.issuer).toBe('https://t.example.com/api/v1/oauth2');
    expect(config.delivery.requestTimeoutMs).toBe(5000);
    const bad = validateConfig({ ...minimal, tenant: { ...minimal.tenant, issuer: 'http://t.example.com' }, delivery: { requestTimeoutMs: 10 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => 'key' in p && p.key).sort()).toEqual(['delivery.requestTimeoutMs', 'tenant.issuer']);
  });
});
