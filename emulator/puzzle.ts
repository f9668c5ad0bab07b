import { randomInt } from 'node:crypto';
import { encodePng } from './png.ts';

/** Sizes of the AJ-Captcha "blockPuzzle" images the tenant serves (docs/captcha.md, "Reference geometry"). */
export const BACKGROUND_WIDTH = 310;
export const BACKGROUND_HEIGHT = 155;
export const PIECE_WIDTH = 47;
/** The piece's own height inside the full-height (155 px) piece image. */
export const PIECE_HEIGHT = 47;
/** Smallest answer x, so the piece never starts on top of the hole. */
export const MIN_ANSWER_X = 60;
export const MAX_ANSWER_X = BACKGROUND_WIDTH - PIECE_WIDTH - 5;

export interface PuzzleImages {
  /** Left edge of the hole (and so of the piece when solved), in the 310 px reference. */
  answerX: number;
  /** Top of the piece inside the 155 px high images. */
  pieceY: number;
  background: Buffer;
  piece: Buffer;
}

type Rgb = [number, number, number];

function hsl(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => {
    const k = (n + h / 30) % 12;
    return 255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return [f(0), f(8), f(4)];
}

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

/**
 * Signed distance (px, negative inside) to the jigsaw piece in its own 47×47 box: a rounded square
 * body with a round knob on the right and on top, and a round socket bitten out of the left side.
 */
function pieceDistance(x: number, y: number): number {
  const bx = Math.abs(x - 19) - 17.5 + 3;
  const by = Math.abs(y - 28.5) - 17.5 + 3;
  const body = Math.hypot(Math.max(bx, 0), Math.max(by, 0)) + Math.min(Math.max(bx, by), 0) - 3;
  const knobRight = Math.hypot(x - 38.5, y - 28.5) - 7;
  const knobTop = Math.hypot(x - 19, y - 10.5) - 7;
  const socket = Math.hypot(x - 1.5, y - 28.5) - 6;
  return Math.max(Math.min(body, knobRight, knobTop), -socket);
}

interface PieceMask {
  /** How much of each pixel the piece covers (anti-aliased). */
  coverage: Float32Array;
  /** The outline drawn just inside the edge. */
  outline: Float32Array;
  /** A soft shadow just outside the edge, so the piece stands out when dragged. */
  shadow: Float32Array;
}

const mask: PieceMask = (() => {
  const n = PIECE_WIDTH * PIECE_HEIGHT;
  const m: PieceMask = { coverage: new Float32Array(n), outline: new Float32Array(n), shadow: new Float32Array(n) };
  for (let y = 0; y < PIECE_HEIGHT; y += 1) {
    for (let x = 0; x < PIECE_WIDTH; x += 1) {
      const d = pieceDistance(x + 0.5, y + 0.5);
      const i = y * PIECE_WIDTH + x;
      m.coverage[i] = clamp01(0.5 - d);
      m.outline[i] = clamp01(1.25 - Math.abs(d + 0.9));
      m.shadow[i] = d > 0 ? clamp01(1 - d / 2.5) * 0.45 : 0;
    }
  }
  return m;
})();

/** A procedurally drawn landscape-ish background: gradient sky, soft blobs, hills, a few hard shapes. */
function drawBackground(random: () => number): Float32Array {
  const w = BACKGROUND_WIDTH;
  const h = BACKGROUND_HEIGHT;
  const rgb = new Float32Array(w * h * 3);
  const hue = random() * 360;
  const top = hsl(hue, 0.55 + random() * 0.3, 0.55 + random() * 0.2);
  const bottom = hsl((hue + 40 + random() * 100) % 360, 0.5 + random() * 0.3, 0.35 + random() * 0.25);
  const angle = random() * Math.PI * 2;
  const gx = Math.cos(angle) / w;
  const gy = Math.sin(angle) / h;
  const offset = Math.min(0, gx * w) + Math.min(0, gy * h);
  const span = Math.abs(gx * w) + Math.abs(gy * h) || 1;
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const t = (x * gx + y * gy - offset) / span;
      const i = (y * w + x) * 3;
      rgb[i] = top[0] + (bottom[0] - top[0]) * t;
      rgb[i + 1] = top[1] + (bottom[1] - top[1]) * t;
      rgb[i + 2] = top[2] + (bottom[2] - top[2]) * t;
    }
  }
  const blend = (i: number, c: Rgb, a: number): void => {
    rgb[i] = (rgb[i] ?? 0) + (c[0] - (rgb[i] ?? 0)) * a;
    rgb[i + 1] = (rgb[i + 1] ?? 0) + (c[1] - (rgb[i + 1] ?? 0)) * a;
    rgb[i + 2] = (rgb[i + 2] ?? 0) + (c[2] - (rgb[i + 2] ?? 0)) * a;
  };

  // Soft glowing blobs.
  const blobs = 5 + Math.floor(random() * 5);
  for (let b = 0; b < blobs; b += 1) {
    const cx = random() * w;
    const cy = random() * h;
    const r = 15 + random() * 50;
    const c = hsl(random() * 360, 0.6, 0.5 + random() * 0.35);
    const strength = 0.25 + random() * 0.35;
    for (let y = Math.max(0, Math.floor(cy - r)); y < Math.min(h, Math.ceil(cy + r)); y += 1) {
      for (let x = Math.max(0, Math.floor(cx - r)); x < Math.min(w, Math.ceil(cx + r)); x += 1) {
        const d = Math.hypot(x - cx, y - cy) / r;
        if (d < 1) blend((y * w + x) * 3, c, strength * (1 - d * d));
      }
    }
  }

  // Two or three layers of rolling hills.
  const layers = 2 + Math.floor(random() * 2);
  for (let l = 0; l < layers; l += 1) {
    const base = h * (0.45 + 0.15 * l + random() * 0.1);
    const [a1, a2] = [6 + random() * 14, 3 + random() * 8];
    const [f1, f2] = [(0.5 + random() * 1.5) * ((2 * Math.PI) / w), (2 + random() * 4) * ((2 * Math.PI) / w)];
    const [p1, p2] = [random() * 7, random() * 7];
    const c = hsl((hue + 90 + random() * 180) % 360, 0.35 + random() * 0.3, 0.25 + 0.12 * l + random() * 0.1);
    for (let x = 0; x < w; x += 1) {
      const ridge = base + a1 * Math.sin(f1 * x + p1) + a2 * Math.sin(f2 * x + p2);
      for (let y = Math.max(0, Math.floor(ridge)); y < h; y += 1) blend((y * w + x) * 3, c, clamp01(y + 1 - ridge) * 0.85);
    }
  }

  // A few hard-edged shapes: discs and tilted bars.
  const shapes = 4 + Math.floor(random() * 4);
  for (let s = 0; s < shapes; s += 1) {
    const c = hsl(random() * 360, 0.5 + random() * 0.4, 0.3 + random() * 0.5);
    const alpha = 0.35 + random() * 0.4;
    const cx = random() * w;
    const cy = random() * h;
    if (random() < 0.5) {
      const r = 4 + random() * 14;
      for (let y = Math.max(0, Math.floor(cy - r - 1)); y < Math.min(h, Math.ceil(cy + r + 1)); y += 1) {
        for (let x = Math.max(0, Math.floor(cx - r - 1)); x < Math.min(w, Math.ceil(cx + r + 1)); x += 1) {
          const cover = clamp01(r - Math.hypot(x + 0.5 - cx, y + 0.5 - cy) + 0.5);
          if (cover > 0) blend((y * w + x) * 3, c, alpha * cover);
        }
      }
    } else {
      const len = 20 + random() * 50;
      const half = 2 + random() * 4;
      const theta = random() * Math.PI;
      const [ux, uy] = [Math.cos(theta), Math.sin(theta)];
      const reach = len + half + 1;
      for (let y = Math.max(0, Math.floor(cy - reach)); y < Math.min(h, Math.ceil(cy + reach)); y += 1) {
        for (let x = Math.max(0, Math.floor(cx - reach)); x < Math.min(w, Math.ceil(cx + reach)); x += 1) {
          const dx = x + 0.5 - cx;
          const dy = y + 0.5 - cy;
          const along = Math.abs(dx * ux + dy * uy) - len;
          const across = Math.abs(-dx * uy + dy * ux) - half;
          const cover = clamp01(0.5 - Math.max(along, across));
          if (cover > 0) blend((y * w + x) * 3, c, alpha * cover);
        }
      }
    }
  }
  return rgb;
}

const toByte = (v: number): number => (v <= 0 ? 0 : v >= 255 ? 255 : Math.round(v));

/**
 * Draws a fresh puzzle: a background with a jigsaw-shaped hole (darkened, outlined) at a random
 * x (60 … 258) and y, and the full-height piece image holding the cut-out piece at that y.
 */
export function drawPuzzle(random: () => number = Math.random): PuzzleImages {
  const answerX = randomInt(MIN_ANSWER_X, MAX_ANSWER_X + 1);
  const pieceY = randomInt(4, BACKGROUND_HEIGHT - PIECE_HEIGHT - 4 + 1);
  const rgb = drawBackground(random);

  const piece = new Uint8Array(PIECE_WIDTH * BACKGROUND_HEIGHT * 4);
  for (let y = 0; y < PIECE_HEIGHT; y += 1) {
    for (let x = 0; x < PIECE_WIDTH; x += 1) {
      const m = y * PIECE_WIDTH + x;
      const cover = mask.coverage[m] ?? 0;
      const outline = mask.outline[m] ?? 0;
      const shadow = mask.shadow[m] ?? 0;
      const src = ((pieceY + y) * BACKGROUND_WIDTH + answerX + x) * 3;
      const dst = ((pieceY + y) * PIECE_WIDTH + x) * 4;
      // The piece: the original pixels with a light outline, over a soft dark shadow.
      const alpha = cover + shadow * (1 - cover);
      if (alpha > 0) {
        for (let c = 0; c < 3; c += 1) {
          const lit = (rgb[src + c] ?? 0) + (255 - (rgb[src + c] ?? 0)) * outline * 0.9;
          piece[dst + c] = toByte((lit * cover) / alpha);
        }
        piece[dst + 3] = toByte(alpha * 255);
      }
      // The hole: darkened, with a paler outline.
      if (cover > 0 || outline > 0) {
        for (let c = 0; c < 3; c += 1) {
          const v = rgb[src + c] ?? 0;
          const dark = v * (1 - 0.6 * cover);
          rgb[src + c] = dark + (235 - dark) * outline * 0.7;
        }
      }
    }
  }

  const background = new Uint8Array(BACKGROUND_WIDTH * BACKGROUND_HEIGHT * 3);
  for (let i = 0; i < background.length; i += 1) background[i] = toByte(rgb[i] ?? 0);
  return {
    answerX,
    pieceY,
    background: encodePng(BACKGROUND_WIDTH, BACKGROUND_HEIGHT, 3, background),
    piece: encodePng(PIECE_WIDTH, BACKGROUND_HEIGHT, 4, piece),
  };
}
