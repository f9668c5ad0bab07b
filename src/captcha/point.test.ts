import { ecb } from '@noble/ciphers/aes.js';
import { describe, expect, it } from 'vitest';
import { MAX_OFFSET, pointJson, toReference } from './point';

function decrypt(base64: string, key: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(ecb(new TextEncoder().encode(key)).decrypt(bytes));
}

describe('the slider answer', () => {
  it('scales the rendered position to the 310 px reference, whatever the rendered width', () => {
    expect(toReference(100, 310)).toBe(100);
    expect(toReference(50, 155)).toBe(100);
    expect(toReference(200, 620)).toBe(100);
    expect(toReference(-20, 310)).toBe(0);
    expect(toReference(400, 310)).toBe(MAX_OFFSET);
    expect(toReference(10, 0)).toBe(0);
  });

  it('is plain JSON without a secretKey', () => {
    expect(pointJson(123.456, '')).toBe('{"x":123.46,"y":5.0}');
    expect(JSON.parse(pointJson(88, ''))).toEqual({ x: 88, y: 5 });
  });

  it('is AES-ECB/PKCS7 base64 with a secretKey, and decrypts back to the point', () => {
    const key = 'XwKsGlMcdPMEhR1B';
    const sealed = pointJson(101.5, key);
    expect(sealed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    // 20 bytes of JSON pad to two 16-byte blocks.
    expect(atob(sealed)).toHaveLength(32);
    expect(decrypt(sealed, key)).toBe('{"x":101.5,"y":5.0}');
  });

  it('refuses a key AES cannot use rather than sending garbage', () => {
    expect(() => pointJson(10, 'short')).toThrow(RangeError);
  });

  it('follows the configured encoding: plain whatever the key (tenants that show a key they do not use), aes always', () => {
    const key = 'XwKsGlMcdPMEhR1B';
    expect(pointJson(101.5, key, 'plain')).toBe('{"x":101.5,"y":5.0}');
    expect(pointJson(101.5, '', 'plain')).toBe('{"x":101.5,"y":5.0}');
    expect(decrypt(pointJson(101.5, key, 'aes'), key)).toBe('{"x":101.5,"y":5.0}');
    expect(pointJson(101.5, key, 'auto')).toBe(pointJson(101.5, key));
    // AES asked for, and the tenant sent no key (null becomes ''): nothing sensible can be sent.
    expect(() => pointJson(101.5, '', 'aes')).toThrow(RangeError);
  });
});
