import { ecb } from '@noble/ciphers/aes.js';
import type { CaptchaPointEncoding } from '../config/config';

/** The tenant's reference geometry (docs/captcha.md, "Reference geometry"): background 310×155, piece 47 wide, full height. */
export const REFERENCE_WIDTH = 310;
export const REFERENCE_HEIGHT = 155;
export const PIECE_WIDTH = 47;
/** The furthest the piece's left edge can go, in reference pixels. */
export const MAX_OFFSET = REFERENCE_WIDTH - PIECE_WIDTH;

/** A position on the rendered image, in reference pixels: the answer survives any size, zoom or rotation. */
export function toReference(renderedX: number, renderedWidth: number): number {
  if (!(renderedWidth > 0)) return 0;
  return clampOffset((renderedX * REFERENCE_WIDTH) / renderedWidth);
}

export function clampOffset(x: number): number {
  return Math.min(MAX_OFFSET, Math.max(0, x));
}

/**
 * The `point_json` the tenant expects: `{"x":<x>,"y":5.0}` with x in reference pixels, AES-ECB /
 * PKCS#7 with the puzzle's `secretKey` and base64 when the encoding says so (`auto`: whenever a key
 * came; obfuscation the tenant asks for, not security). Tenants differ: some send no key, some a
 * key they do not use (docs/tenant-api.md, "Slider captcha"). Throws a RangeError when AES is
 * asked for and the puzzle has no key AES can use.
 */
export function pointJson(offset: number, secretKey: string, encoding: CaptchaPointEncoding = 'auto'): string {
  const json = `{"x":${Math.round(offset * 100) / 100},"y":5.0}`;
  if (encoding === 'plain' || (encoding === 'auto' && secretKey === '')) return json;
  const encoder = new TextEncoder();
  const key = encoder.encode(secretKey);
  if (![16, 24, 32].includes(key.length)) throw new RangeError('captcha secretKey is not an AES key');
  const sealed = ecb(key).encrypt(encoder.encode(json));
  let binary = '';
  for (const byte of sealed) binary += String.fromCharCode(byte);
  return btoa(binary);
}
