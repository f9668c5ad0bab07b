import { createDecipheriv, randomInt } from 'node:crypto';
import type { ApiArea } from '../context.ts';
import { json } from '../http.ts';
import { randomToken } from '../keys.ts';
import { drawPuzzle } from '../puzzle.ts';
import type { TenantBehaviour } from '../profile.ts';
import { normaliseMobile } from '../tenant.ts';
import { verificationRules } from '../verification.ts';

/** The `{0}` of SMS.1002 / SMS.1003: AJ-Captcha's name for the slider type. */
const CAPTCHA_TYPE = 'blockPuzzle';
const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const MAX_POINT_JSON = 1024;

/** A random 16-character ASCII key, as AJ-Captcha hands out per puzzle. */
function secretKey(): string {
  let key = '';
  for (let i = 0; i < 16; i += 1) key += KEY_ALPHABET[randomInt(KEY_ALPHABET.length)];
  return key;
}

/** The x of `point_json` (`{"x":…,"y":5.0}`, AES-128-ECB/PKCS#7 + base64 when the puzzle expects it), or undefined. */
function pointX(pointJson: string, key: string | undefined): number | undefined {
  if (pointJson.length > MAX_POINT_JSON) return undefined;
  let text = pointJson;
  if (key !== undefined) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(pointJson)) return undefined;
    try {
      const decipher = createDecipheriv('aes-128-ecb', Buffer.from(key, 'utf8'), null);
      text = Buffer.concat([decipher.update(Buffer.from(pointJson, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      return undefined; // Not a whole number of blocks, or bad padding: not encrypted with this key.
    }
  }
  let point: unknown;
  try {
    point = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof point !== 'object' || point === null) return undefined;
  const x = (point as Record<string, unknown>).x;
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

/**
 * The `secretKey` a puzzle shows and the key its point must be encrypted with, by the tenant's
 * captcha behaviour (docs/tenant-api.md, "Slider captcha"): tenants differ on both.
 */
function puzzleKeys(behaviour: TenantBehaviour['captchaKey']): { shown: string | null; cipherKey: string | undefined } {
  switch (behaviour) {
    case 'aes': {
      const key = secretKey();
      return { shown: key, cipherKey: key };
    }
    case 'unused':
      return { shown: secretKey(), cipherKey: undefined };
    case 'empty':
      return { shown: '', cipherKey: undefined };
    case 'null':
      return { shown: null, cipherKey: undefined };
  }
}

/**
 * The slider captcha (docs/captcha.md, "Tenant rules"): a fresh PNG puzzle per request, the answer kept server-side;
 * one answer per puzzle within 120 s, ±5 px; a pass grants a single-use captcha_token for one
 * SMS to the `sender` number.
 */
export const captchaArea: ApiArea = {
  routes: [
    [
      'GET',
      '/api/v2/sdk/captcha',
      (call) => {
        const { verification, behaviour } = call.tenant;
        verification.prune(call.now);
        const { answerX, background, piece } = drawPuzzle();
        const token = randomToken();
        const { shown, cipherKey } = puzzleKeys(behaviour.captchaKey);
        verification.puzzles.set(token, { answerX, cipherKey, expiresAt: call.now + verificationRules.puzzleTtlMs });
        return json({
          token,
          secretKey: shown,
          originalImageBase64: background.toString('base64'),
          jigsawImageBase64: piece.toString('base64'),
          repCode: '0000',
        });
      },
    ],
    [
      'POST',
      '/api/v2/sdk/captcha/verify',
      (call) => {
        const pointJson = call.requiredString('point_json');
        const token = call.requiredString('token');
        const sender = normaliseMobile(call.requiredString('sender'));
        if (sender === undefined) throw call.error('COMMON.1002', 'sender');
        const { verification } = call.tenant;
        const puzzle = verification.puzzles.get(token);
        // One answer per puzzle: right or wrong, it is gone.
        verification.puzzles.delete(token);
        if (!puzzle || puzzle.expiresAt <= call.now) throw call.error('COMMON.1005', 'token');
        const x = pointX(pointJson, puzzle.cipherKey);
        if (x === undefined) throw call.error('SMS.1002', CAPTCHA_TYPE);
        if (Math.abs(x - puzzle.answerX) > verificationRules.tolerancePx) throw call.error('SMS.1003', CAPTCHA_TYPE);
        // The reference's example answers `<token>---<point_json>`; the `seed` profile an opaque token (docs/tenant-api.md, "Slider captcha").
        const captchaToken = call.tenant.behaviour.captchaToken === 'token-point' ? `${token}---${pointJson}` : randomToken();
        verification.captchaTokens.set(captchaToken, { mobile: sender, expiresAt: call.now + verificationRules.captchaTokenTtlMs });
        return json({ captcha_token: captchaToken });
      },
    ],
  ],
};
