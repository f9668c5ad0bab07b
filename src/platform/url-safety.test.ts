import { describe, expect, it } from 'vitest';
import { isHttpsUrl, isSafeLinkUrl, isSameOriginPath, isSecureUrl } from './url-safety';

const RULES = { isHttpsUrl, isSecureUrl, isSameOriginPath, isSafeLinkUrl };

/** What a config, a theme, a tenant answer or a query string may try: every rule refuses all of it. */
const HOSTILE = [
  '',
  '//evil.example/x',
  '/\\evil.example/x',
  '\\\\evil.example\\x',
  '/\\/evil.example',
  ' /path',
  '/path ',
  '/pa\tth',
  '/pa\nth',
  'https://evil.example/\u0000',
  'https://good.example/\u202egnp.exe',
  'https://good.example\u3000/',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'blob:https://good.example/uuid',
  'file:///etc/passwd',
  'ftp://good.example/file',
  'https://user:secret@good.example/',
  'https://user@good.example/',
  'https://good.example\\@evil.example/',
  'http://evil.example/',
  `https://good.example/${'a'.repeat(2048)}`,
  `/${'a'.repeat(2048)}`,
];

describe('URL safety: one table of hostile inputs for every rule', () => {
  for (const [name, rule] of Object.entries(RULES)) {
    it.each(HOSTILE)(`${name} refuses %j`, (value) => expect(rule(value)).toBe(false));
  }
});

describe('what each rule accepts', () => {
  it('isHttpsUrl: absolute https URLs, international hosts and paths included', () => {
    for (const ok of ['https://good.example', 'https://good.example/path?q=1#f', 'https://例子.测试/路径', 'https://good.example:8443/']) expect(isHttpsUrl(ok)).toBe(true);
    for (const no of ['/path', 'http://localhost:5173/', 'good.example']) expect(isHttpsUrl(no)).toBe(false);
  });

  it('isSecureUrl: https, or http on a loopback host only', () => {
    for (const ok of ['https://good.example/cb', 'http://localhost:5173/cb', 'http://127.0.0.1:8787', 'http://[::1]:4173/']) expect(isSecureUrl(ok)).toBe(true);
    for (const no of ['http://localhost.evil.example/', 'http://10.0.0.1/', 'http://127.0.0.2/']) expect(isSecureUrl(no)).toBe(false);
  });

  it('isSameOriginPath: one leading slash, query and fragment allowed, encoded slashes stay a path', () => {
    for (const ok of ['/', '/api/token', '/api/token?x=1&y=%2F', '/themes/品牌.json', '/%2F%2Fevil.example', '/agreements/privacy.html#s2']) expect(isSameOriginPath(ok)).toBe(true);
    for (const no of ['api/token', 'https://good.example/api', '?x=1', '#top']) expect(isSameOriginPath(no)).toBe(false);
  });

  it('isSafeLinkUrl: a same-origin path or an https URL', () => {
    for (const ok of ['/agreements/privacy.html', 'https://good.example/terms']) expect(isSafeLinkUrl(ok)).toBe(true);
    expect(isSafeLinkUrl('http://good.example/terms')).toBe(false);
  });
});
