import { isLocale } from '../i18n/locales';
import { isSafeLinkUrl } from '../platform/url-safety';
import { ANDROID_ALIASES, type Alias } from './aliases';
import { normaliseColor } from './colors';
import type { AttributedText, CustomView, Frame, LocalText, Theme, ThemeProblem } from './model';
import { isPropertyName, PAGE_TOKENS, PROPERTIES, type Kind, type PropertyName } from './properties';

/** What a theme document becomes: the valid part, and what was wrong with the rest. */
export interface ThemeResult {
  theme: Theme;
  problems: ThemeProblem[];
}

const MAX_TEXT = 500;
const MAX_DATA_URL = 512 * 1024;
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|svg\+xml)(;base64)?,/i;
const FONT_FAMILY = /^[\p{L}\p{N} ,'"_-]{1,200}$/u;

/** Thrown inside a value parser; becomes an error at its path, and the default applies there. */
/** Finds the known name an unknown key was probably meant to be (loaded with the full check only). */
export type Suggest = (key: string, known: Iterable<string>) => string | undefined;

interface Context {
  problems: ThemeProblem[];
  suggest: Suggest | undefined;
}

class Invalid extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: Json, path: string): Record<string, Json> {
  if (!isRecord(value)) throw new Invalid(path, `expected an object, got ${describe(value)}`);
  return value;
}

function describe(value: Json): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
}

/** `https:`, a same-origin path, or an inline raster/SVG image: nothing that can run or navigate. */
export function isSafeImageUrl(value: string): boolean {
  if (DATA_IMAGE.test(value)) return value.length <= MAX_DATA_URL;
  return isSafeLinkUrl(value);
}

function string(value: Json, path: string, max = MAX_TEXT): string {
  if (typeof value !== 'string') throw new Invalid(path, `expected a string, got ${describe(value)}`);
  if (value.length > max) throw new Invalid(path, `longer than ${max} characters`);
  return value;
}

function number(value: Json, path: string, min: number, max: number, integer = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Invalid(path, `expected a number, got ${describe(value)}`);
  if (value < min || value > max) throw new Invalid(path, `must be from ${min} to ${max}`);
  if (integer && !Number.isInteger(value)) throw new Invalid(path, 'must be a whole number');
  return value;
}

function color(value: Json, path: string): string {
  const css = normaliseColor(value);
  if (css === undefined) throw new Invalid(path, `not a colour: ${describe(value)} (use #RRGGBB, rgba(…) or an Android colour int)`);
  return css;
}

function image(value: Json, path: string): string {
  const url = string(value, path, MAX_DATA_URL);
  if (!isSafeImageUrl(url)) throw new Invalid(path, `unsafe or unsupported image URL (allowed: https:, a same-origin path, data:image/png|jpeg|gif|webp|svg+xml): ${url.slice(0, 60)}`);
  return url;
}

function localText(value: Json, path: string): LocalText {
  if (typeof value === 'string') return string(value, path);
  const texts = record(value, path);
  const out: Partial<Record<string, string>> = {};
  for (const [locale, text] of Object.entries(texts)) {
    if (!isLocale(locale)) throw new Invalid(`${path}.${locale}`, 'unknown locale (zh-CN, zh-TW, en)');
    out[locale] = string(text, `${path}.${locale}`);
  }
  return out;
}

function array(value: Json, path: string, min: number, max: number): Json[] {
  if (!Array.isArray(value)) throw new Invalid(path, `expected an array, got ${describe(value)}`);
  if (value.length < min || value.length > max) throw new Invalid(path, min === max ? `expected ${min} items` : `expected ${min} to ${max} items`);
  return value;
}

/** Reads an object's known fields; unknown ones are warnings with a suggestion. */
function fields(value: Json, path: string, known: readonly string[], ctx: Context): Record<string, Json> {
  const input = record(value, path);
  for (const key of Object.keys(input)) {
    if (!known.includes(key)) ctx.problems.push(unknownKey(`${path}.${key}`, key, known, ctx.suggest));
  }
  return input;
}

function unknownKey(path: string, key: string, known: Iterable<string>, suggest: Suggest | undefined): ThemeProblem {
  const suggestion = suggest?.(key, known);
  return { level: 'warning', path, message: `unknown key "${key}"${suggestion ? `: did you mean "${suggestion}"?` : ''}`, ...(suggestion ? { suggestion } : {}) };
}

function attributed(value: Json, path: string, ctx: Context): AttributedText {
  if (typeof value === 'string') return { text: string(value, path) };
  const input = fields(value, path, ['text', 'color', 'fontSize', 'fontWeight'], ctx);
  const out: AttributedText = {};
  if (input.text !== undefined) out.text = localText(input.text, `${path}.text`);
  if (input.color !== undefined) out.color = color(input.color, `${path}.color`);
  if (input.fontSize !== undefined) out.fontSize = number(input.fontSize, `${path}.fontSize`, 8, 48);
  if (input.fontWeight !== undefined) out.fontWeight = fontWeight(input.fontWeight, `${path}.fontWeight`);
  return out;
}

function fontWeight(value: Json, path: string): number {
  if (value === 'normal') return 400;
  if (value === 'bold') return 700;
  return number(value, path, 100, 900);
}

const FRAME_KEYS = ['x', 'y', 'width', 'height', 'dx', 'dy'] as const;

function frame(value: Json, path: string, only: readonly string[], ctx: Context): Frame {
  const input = fields(value, path, only, ctx);
  const out: Frame = {};
  for (const key of FRAME_KEYS) {
    if (input[key] === undefined || !only.includes(key)) continue;
    const sized = key === 'width' || key === 'height';
    out[key] = number(input[key], `${path}.${key}`, sized ? 0 : -2000, 2000);
  }
  return out;
}

function customView(value: Json, path: string, ctx: Context): CustomView {
  const input = fields(value, path, ['id', 'kind', 'text', 'src', 'alt', 'frame', 'style'], ctx);
  const id = string(input.id, `${path}.id`, 64);
  if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new Invalid(`${path}.id`, 'use letters, digits, _ and -');
  const kind = input.kind;
  if (kind !== 'text' && kind !== 'button' && kind !== 'image') throw new Invalid(`${path}.kind`, 'expected "text", "button" or "image"');
  const view: CustomView = { id, kind };
  if (kind === 'image') {
    view.src = image(input.src, `${path}.src`);
    // A pressable image needs a name (WCAG 4.1.2).
    view.alt = localText(input.alt, `${path}.alt`);
  } else {
    view.text = localText(input.text, `${path}.text`);
  }
  if (input.frame !== undefined) view.frame = frame(input.frame, `${path}.frame`, FRAME_KEYS, ctx);
  if (input.style !== undefined) {
    const style = fields(input.style, `${path}.style`, ['color', 'backgroundColor', 'fontSize'], ctx);
    view.style = {};
    if (style.color !== undefined) view.style.color = color(style.color, `${path}.style.color`);
    if (style.backgroundColor !== undefined) view.style.backgroundColor = color(style.backgroundColor, `${path}.style.backgroundColor`);
    if (style.fontSize !== undefined) view.style.fontSize = number(style.fontSize, `${path}.style.fontSize`, 8, 48);
  }
  return view;
}

function parseValue(kind: Kind, value: Json, path: string, ctx: Context): unknown {
  switch (kind.type) {
    case 'color':
      return color(value, path);
    case 'colors':
      return array(value, path, kind.min, kind.max).map((item, i) => color(item, `${path}[${i}]`));
    case 'attributed':
      return attributed(value, path, ctx);
    case 'text':
      return localText(value, path);
    case 'texts':
      return array(value, path, 1, kind.max).map((item, i) => localText(item, `${path}[${i}]`));
    case 'image':
      return image(value, path);
    case 'images':
      return array(value, path, kind.min, kind.max).map((item, i) => {
        const itemPath = `${path}[${i}]`;
        if (kind.colorsAllowed && normaliseColor(item) !== undefined) return color(item, itemPath);
        return image(item, itemPath);
      });
    case 'frame':
      return frame(value, path, kind.only ?? FRAME_KEYS, ctx);
    case 'bool':
      if (typeof value !== 'boolean') throw new Invalid(path, `expected true or false, got ${describe(value)}`);
      return value;
    case 'number':
      return number(value, path, kind.min, kind.max, kind.integer);
    case 'enum':
      if (typeof value !== 'string' || !kind.values.includes(value)) throw new Invalid(path, `expected one of ${kind.values.map((v) => `"${v}"`).join(', ')}`);
      return value;
    case 'radii':
      return array(value, path, 4, 4).map((item, i) => number(item, `${path}[${i}]`, 0, 100));
    case 'font': {
      const input = fields(value, path, ['size', 'weight'], ctx);
      return {
        ...(input.size === undefined ? {} : { size: number(input.size, `${path}.size`, 8, 48) }),
        ...(input.weight === undefined ? {} : { weight: fontWeight(input.weight, `${path}.weight`) }),
      };
    }
    case 'agreement': {
      const [name, url] = array(value, path, 2, 2);
      const link = string(url, `${path}[1]`, 2048);
      if (!isSafeLinkUrl(link)) throw new Invalid(`${path}[1]`, `unsafe agreement URL (allowed: https: or a same-origin path): ${link.slice(0, 60)}`);
      return { name: localText(name, `${path}[0]`), url: link };
    }
    case 'insets': {
      const input = fields(value, path, ['top', 'left', 'bottom', 'right'], ctx);
      const side = (key: string) => (input[key] === undefined ? 0 : number(input[key], `${path}.${key}`, 0, 24));
      return { top: side('top'), left: side('left'), bottom: side('bottom'), right: side('right') };
    }
    case 'fontFamily': {
      const family = string(value, path, 200);
      if (!FONT_FAMILY.test(family)) throw new Invalid(path, 'a font family list: letters, digits, spaces, commas, quotes and hyphens only');
      return family;
    }
    case 'customViews':
      return collect(array(value, path, 0, 8), (item, i) => customView(item, `${path}[${i}]`, ctx), ctx);
    case 'customView':
      return customView(value, path, ctx);
    case 'dark':
      return parseObject(record(value, path), PAGE_TOKENS, path, ctx, false);
  }
}

/** Keeps the valid items of a list, reporting the others. */
function collect<T>(items: Json[], parse: (item: Json, index: number) => T, ctx: Context): T[] {
  const out: T[] = [];
  items.forEach((item, index) => {
    try {
      out.push(parse(item, index));
    } catch (error) {
      report(error, ctx);
    }
  });
  return out;
}

function report(error: unknown, ctx: Context): void {
  if (!(error instanceof Invalid)) throw error;
  ctx.problems.push({ level: 'error', path: error.path, message: error.message });
}

/** Android setters write into one part of a property: gather those parts before validation. */
function resolveAliases(input: Record<string, Json>, ctx: Context): Record<string, Json> {
  const out: Record<string, Json> = {};
  const fromAlias = new Map<string, string>();
  const place = (alias: Alias, value: Json, name: string) => {
    const converted = alias.convert ? alias.convert(value) : value;
    if (alias.field !== undefined) {
      const current = out[alias.to];
      const base: Record<string, Json> = isRecord(current) ? current : typeof current === 'string' ? { text: current } : {};
      out[alias.to] = { ...base, [alias.field]: converted };
    } else if (alias.index !== undefined) {
      const current = Array.isArray(out[alias.to]) ? [...(out[alias.to] as Json[])] : [];
      current[alias.index] = converted;
      out[alias.to] = current;
    } else {
      out[alias.to] = converted;
    }
    fromAlias.set(alias.to, name);
  };
  for (const [key, value] of Object.entries(input)) {
    const alias = ANDROID_ALIASES[key];
    if (alias) place(alias, value, key);
  }
  for (const [key, value] of Object.entries(input)) {
    if (ANDROID_ALIASES[key]) continue;
    const aliasName = fromAlias.get(key);
    if (aliasName !== undefined) ctx.problems.push({ level: 'warning', path: `$.${aliasName}`, message: `both "${key}" and its Android alias "${aliasName}" are set: "${key}" wins` });
    out[key] = value;
  }
  return out;
}

function parseObject(input: Record<string, Json>, kinds: Record<string, Kind>, path: string, ctx: Context, root: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    // `$schema`, `$comment`: JSON Schema's keywords, for editors and people.
    if (root && key.startsWith('$')) continue;
    const kind = kinds[key];
    if (!kind || (root && !isPropertyName(key))) {
      ctx.problems.push(unknownKey(`${path}.${key}`, key, root ? [...Object.keys(PROPERTIES), ...Object.keys(ANDROID_ALIASES)] : Object.keys(kinds), ctx.suggest));
      continue;
    }
    try {
      out[key] = parseValue(kind, value, `${path}.${key}`, ctx);
    } catch (error) {
      report(error, ctx);
    }
  }
  return out;
}

function checkAgreements(theme: Theme, ctx: Context): void {
  const seen = new Map<string, PropertyName>();
  for (const key of ['privacyOne', 'privacyTwo', 'privacyThree'] as const) {
    const agreement = theme[key];
    if (!agreement) continue;
    const name = JSON.stringify(agreement.name);
    const earlier = seen.get(name);
    if (earlier) {
      ctx.problems.push({ level: 'error', path: `$.${key}[0]`, message: `agreement names must differ: same as ${earlier}` });
      Reflect.deleteProperty(theme, key);
    } else {
      seen.set(name, key);
    }
  }
}

/**
 * Reads a theme document (docs/theme.md, "Validation"): wrong types and unsafe URLs are errors at their
 * JSON path and their property falls back to the default; unknown keys are warnings (with a "did
 * you mean" when `suggest` is given). Never throws. The full check, with contrast warnings, is
 * validateTheme (./full.ts): it is not needed to draw the page.
 */
export function parseTheme(input: unknown, suggest?: Suggest): ThemeResult {
  const ctx: Context = { problems: [], suggest };
  if (!isRecord(input)) {
    return { theme: {}, problems: [{ level: 'error', path: '$', message: `a theme is a JSON object, got ${describe(input)}` }] };
  }
  const theme = parseObject(resolveAliases(input, ctx), PROPERTIES, '$', ctx, true) as Theme;
  checkAgreements(theme, ctx);
  return { theme, problems: ctx.problems };
}
