/** CSS colours as the theme accepts them, parsed to RGBA for contrast checks. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NAMED: Record<string, string> = {
  transparent: '#0000',
  // UIColor.clearColor, as native themes write it.
  clear: '#0000',
  black: '#000',
  white: '#fff',
  gray: '#808080',
  grey: '#808080',
  darkgray: '#a9a9a9',
  lightgray: '#d3d3d3',
  silver: '#c0c0c0',
  red: '#f00',
  maroon: '#800000',
  orange: '#ffa500',
  tomato: '#ff6347',
  yellow: '#ff0',
  olive: '#808000',
  lime: '#0f0',
  green: '#008000',
  teal: '#008080',
  cyan: '#0ff',
  aqua: '#0ff',
  blue: '#00f',
  navy: '#000080',
  purple: '#800080',
  magenta: '#f0f',
  fuchsia: '#f0f',
};

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NUMBER = '\\s*(-?\\d+(?:\\.\\d+)?%?)\\s*';
const FUNCTION = new RegExp(`^(rgba?|hsla?)\\(${NUMBER}[, ]${NUMBER}[, ]${NUMBER}(?:[,/]${NUMBER})?\\)$`, 'i');

function channel(value: string, scale: number): number {
  const n = parseFloat(value);
  return value.endsWith('%') ? (n / 100) * scale : n;
}

function clamp(n: number, max: number): number {
  return Math.min(max, Math.max(0, n));
}

function fromHex(hex: string): Rgba {
  const digits = hex.slice(1);
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  const at = (i: number) => parseInt(full.slice(i * 2, i * 2 + 2), 16);
  return { r: at(0), g: at(1), b: at(2), a: full.length === 8 ? at(3) / 255 : 1 };
}

function fromHsl(h: number, s: number, l: number, a: number): Rgba {
  const k = (n: number) => (n + h / 30) % 12;
  const f = (n: number) => l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return { r: f(0) * 255, g: f(8) * 255, b: f(4) * 255, a };
}

/** The colour's RGBA, or undefined when the value is not a colour the theme accepts. */
export function parseColor(value: string): Rgba | undefined {
  const input = value.trim().toLowerCase();
  const named = NAMED[input];
  if (named) return fromHex(named);
  if (HEX.test(input)) return fromHex(input);
  const match = FUNCTION.exec(input);
  if (!match) return undefined;
  const [, fn = '', c1 = '', c2 = '', c3 = '', c4] = match;
  const a = c4 === undefined ? 1 : clamp(channel(c4, 1), 1);
  if (fn.startsWith('rgb')) return { r: clamp(channel(c1, 255), 255), g: clamp(channel(c2, 255), 255), b: clamp(channel(c3, 255), 255), a };
  return fromHsl(parseFloat(c1), clamp(channel(c2, 1), 1), clamp(channel(c3, 1), 1), a);
}

/** Android colour ints are ARGB (`Color.GRAY` = -7829368 = 0xFF888888). */
export function androidColor(value: number): string | undefined {
  if (!Number.isInteger(value) || value < -0x80000000 || value > 0xffffffff) return undefined;
  const argb = value >>> 0;
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  const a = argb >>> 24;
  const rgb = `#${hex((argb >>> 16) & 255)}${hex((argb >>> 8) & 255)}${hex(argb & 255)}`;
  return a === 255 ? rgb : `${rgb}${hex(a)}`;
}

/** A CSS colour string for the value, when it is one the theme accepts. */
export function normaliseColor(value: unknown): string | undefined {
  if (typeof value === 'number') return androidColor(value);
  if (typeof value !== 'string' || value.length > 64 || parseColor(value) === undefined) return undefined;
  const named = NAMED[value.trim().toLowerCase()];
  return named ?? value.trim();
}

function luminance({ r, g, b }: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** `top` painted over `bottom` (alpha compositing). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG contrast ratio of a text colour on an (opaque) background. */
export function contrastRatio(text: Rgba, background: Rgba): number {
  const fg = over(text, background);
  const [light, dark] = [luminance(fg), luminance(background)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
