import type { Locale } from '../../../i18n/locales';
import { parseColor, type Rgba } from '../../../theme/colors';
import type { AttributedText, CustomView, Frame, Agreement, Font, Insets, LocalText, PageTokens, Theme } from '../../../theme/model';
import { localText } from '../../../theme/model';
import { isPropertyName, PAGE_TOKENS, PROPERTIES, type Kind, type PropertyName } from '../../../theme/properties';
import { hasOwn } from '../../../platform/has-own';

/** The value a validated theme holds for each kind of property (see ValueFor in theme/model.ts). */
export interface KindValues {
  color: string;
  colors: string[];
  attributed: AttributedText;
  text: LocalText;
  texts: LocalText[];
  image: string;
  images: string[];
  frame: Frame;
  bool: boolean;
  number: number;
  enum: string;
  radii: number[];
  font: Font;
  agreement: Agreement;
  insets: Insets;
  fontFamily: string;
  customViews: CustomView[];
  customView: CustomView;
  dark: PageTokens;
}

/** What one property becomes in a snippet: code in place, and notes for the closing "not expressible" list. */
export interface Part {
  code: string[];
  notes: string[];
}

export function part(code: string[] = [], notes: string[] = []): Part {
  return { code, notes };
}

export function merge(parts: Part[]): Part {
  return { code: parts.flatMap((p) => p.code), notes: parts.flatMap((p) => p.notes) };
}

/** One exporter's handling of every kind of value. */
export type KindHandlers = { [T in Kind['type']]: (name: PropertyName, value: KindValues[T]) => Part };

/** A value as the theme document writes it: agreements are `[name, url]` pairs there. */
export function documentValue(name: PropertyName, value: unknown): unknown {
  const kind = PROPERTIES[name].type;
  if (kind === 'agreement') {
    const { name: title, url } = value as Agreement;
    return [title, url];
  }
  if (kind === 'dark') {
    const tokens = value as PageTokens;
    return Object.fromEntries((Object.keys(PAGE_TOKENS) as (keyof PageTokens)[]).filter((key) => tokens[key] !== undefined).map((key) => [key, tokens[key]]));
  }
  return value;
}

/** The theme's properties that are set, in the order of PROPERTIES (the snippets' order). */
export function setProperties(theme: Theme): PropertyName[] {
  return (Object.keys(PROPERTIES) as PropertyName[]).filter((name) => theme[name] !== undefined);
}

/** Runs the handler of the property's kind on its value (the theme's type guarantees the pairing). */
export function dispatch(handlers: KindHandlers, name: PropertyName, value: unknown): Part {
  const handler = handlers[PROPERTIES[name].type] as (name: PropertyName, value: unknown) => Part;
  return handler(name, value);
}

export function isPageToken(name: string): boolean {
  return hasOwn(PAGE_TOKENS, name);
}

/** 8-bit channels and alpha of a theme colour (validated themes only hold colours parseColor reads). */
export function channels(css: string): Rgba {
  const { r, g, b, a } = parseColor(css) ?? { r: 0, g: 0, b: 0, a: 1 };
  const byte = (n: number) => Math.round(Math.min(255, Math.max(0, n)));
  return { r: byte(r), g: byte(g), b: byte(b), a: Math.min(1, Math.max(0, a)) };
}

/** `20` → `20.0`, `0.5` → `0.5`: a CGFloat / double literal. */
export function floatLiteral(n: number): string {
  return Number.isInteger(n) ? `${n}.0` : String(n);
}

/** Alpha with up to 3 decimals, always with a decimal point: `1.0`, `0.6`, `0.502`. */
export function alphaLiteral(a: number): string {
  return floatLiteral(Number(a.toFixed(3)));
}

const DATA_URL = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/s;

/** Media type and decoded size of a `data:` URL. */
function dataUrlInfo(url: string): { mediaType: string; bytes: number } | undefined {
  const match = DATA_URL.exec(url);
  if (!match) return undefined;
  const [, mediaType = '', params = '', payload = ''] = match;
  if (/;base64$/i.test(params)) {
    const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
    return { mediaType, bytes: Math.floor((payload.length * 3) / 4) - padding };
  }
  let text = payload;
  try {
    text = decodeURIComponent(payload);
  } catch {
    // A malformed escape: count the raw characters.
  }
  return { mediaType, bytes: new TextEncoder().encode(text).length };
}

function describeDataUrl(url: string): string {
  const info = dataUrlInfo(url);
  if (!info) return 'an inline image';
  const size = info.bytes < 1024 ? `${info.bytes} bytes` : `${(info.bytes / 1024).toFixed(1)} kB`;
  return `an inline ${info.mediaType || 'image'} (${size})`;
}

/** JSON for a comment: data URLs are summarised, never printed. */
function jsonOf(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' && item.startsWith('data:') ? `<${describeDataUrl(item)}>` : item)) ?? 'undefined';
}

/** The file name of an image URL without directory, query, extension nor `@2x`: the app resource's name. */
function imageStem(url: string): string | undefined {
  if (url.startsWith('data:')) return undefined;
  const path = url.split(/[?#]/)[0] ?? '';
  let file = path.slice(path.lastIndexOf('/') + 1);
  try {
    file = decodeURIComponent(file);
  } catch {
    // Keep the raw name.
  }
  const stem = file.replace(/\.[^.]*$/, '').replace(/@[23]x$/, '');
  return stem === '' ? undefined : stem;
}

/** Android resource names take `[a-z0-9_]` and start with a letter. */
export function androidResourceName(name: string): string {
  const converted = name.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  return /^[a-z]/.test(converted) ? converted : `img_${converted}`;
}

/** `checkBoxImages` → `check_box_images`. */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** Where an image comes from, for the comment above its native name: an https URL or an inline image. */
interface ImageSource {
  /** The app resource's name (before any platform-specific conversion). */
  name: string;
  /** `undefined` unless the theme carries the image inline: a `data:` URL. */
  inline?: string;
  https?: string;
}

/** `label`: the property (and index) the image is for, which names inline images. */
export function imageSource(url: string, label: string): ImageSource {
  const stem = imageStem(url);
  if (stem === undefined) return { name: label.replace(/\[(\d+)\]$/, (_m, i: string) => String(Number(i) + 1)), inline: describeDataUrl(url) };
  return url.startsWith('https:') ? { name: stem, https: url } : { name: stem };
}

/** The texts of the other locales, `"zh-CN": "登录", "zh-TW": "登入"`, or undefined for a text in one language. */
function otherLocales(text: LocalText | undefined, locale: Locale): string | undefined {
  if (text === undefined || typeof text === 'string') return undefined;
  const others = Object.entries(text).filter(([key]) => key !== locale);
  if (others.length === 0) return undefined;
  const listed = others.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(', ');
  return text[locale] === undefined ? `${listed} (no ${locale} text: the snippet uses the fallback)` : listed;
}

/**
 * A `//` comment line. Never ends with a backslash: in C and Objective-C a backslash before the line
 * break splices the next line into the comment.
 */
/**
 * The body of a C-family string literal: `escapes`, other control characters as octal escapes
 * (never `\x`, which swallows following hex digits, nor Java's `\u000a`, which becomes a real line
 * break before the lexer runs), and with `breakTrigraphs` `?\?` so that no `??` trigraph forms.
 */
export function escapeLiteral(text: string, escapes: Readonly<Record<string, string>>, breakTrigraphs = false): string {
  let out = '';
  let previous = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (escapes[ch] !== undefined) out += escapes[ch];
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(8).padStart(3, '0')}`;
    else if (breakTrigraphs && ch === '?' && previous === '?') out += '\\?';
    else out += ch;
    previous = ch;
  }
  return out;
}

export function comment(text: string): string {
  const line = `// ${text.replace(/[\r\n\u2028\u2029]+/g, ' ')}`.trimEnd();
  return line.endsWith('\\') ? `${line} .` : line;
}

/** `// navTitle, other locales: …` when the text has other locales. */
export function otherLocalesComment(label: string, text: LocalText | undefined, locale: Locale): string[] {
  const others = otherLocales(text, locale);
  return others === undefined ? [] : [comment(`${label}, other locales: ${others}`)];
}

/** `// not expressible in TXCustomModel: primaryColor = "#0b5cad" (web page token)`: the value as the theme document writes it. */
export function note(target: string, name: string, value: unknown, reason: string): string {
  const json = jsonOf(isPropertyName(name) ? documentValue(name, value) : value);
  return comment(`not expressible in ${target}: ${name} = ${json} (${reason})`);
}

/**
 * Code only for what the native SDK documents (export/sdk-models.ts): a property's lines whose
 * `target` (what `pattern` captures: a TXCustomModel property, a Builder setter) is not in `known`
 * become its comment, so a snippet always compiles (scripts/export-compile/).
 */
export function documentedOnly(target: string, pattern: RegExp, known: ReadonlySet<string>, name: PropertyName, value: unknown, result: Part): Part {
  const unknown = result.code.map((line) => pattern.exec(line)?.[1]).filter((named) => named !== undefined && !known.has(named));
  return unknown.length === 0 ? result : part([], [note(target, name, value, `the SDK documents no ${unknown.join(', ')}`)]);
}

/** The closing list of what the native model cannot hold, under its heading. */
export function noteSection(target: string, notes: string[]): string[] {
  if (notes.length === 0) return [];
  return ['', comment(`Not expressible in ${target}: the web page applies these; set them up in the app if needed.`), ...notes];
}

/** A human description of a custom view, e.g. `button "sms": text "SMS sign-in", frame {"y":420}`. */
export function describeCustomView(view: CustomView, locale: Locale): string {
  const details: string[] = [];
  if (view.text !== undefined) details.push(`text ${JSON.stringify(localText(view.text, locale) ?? '')}`);
  const others = otherLocales(view.text ?? view.alt, locale);
  if (view.src !== undefined) details.push(`image ${jsonOf(view.src)}`);
  if (view.alt !== undefined) details.push(`label ${JSON.stringify(localText(view.alt, locale) ?? '')}`);
  if (others !== undefined) details.push(`other locales ${others}`);
  if (view.frame !== undefined) details.push(`frame ${jsonOf(view.frame)}`);
  if (view.style !== undefined) details.push(`style ${jsonOf(view.style)}`);
  return `${view.kind} "${view.id}": ${details.join(', ')}`;
}

/** Relative agreement URLs are the login pages' own: an app needs them absolute. */
export function relativeUrlComment(label: string, url: string): string[] {
  return url.startsWith('/') ? [comment(`${label}: ${url} is relative to the login pages: prefix it with their https origin`)] : [];
}

/** What each image of a list is for, in order. */
export const STATE_NAMES: Partial<Record<PropertyName, readonly string[]>> = {
  loginBtnBgImgs: ['enabled', 'disabled', 'highlighted'],
  privacyAlertBtnBackgroundImages: ['enabled', 'highlighted'],
  checkBoxImages: ['unchecked', 'checked'],
};

/** An item of an images-or-colours list that is a colour. */
export function isColorItem(item: string): boolean {
  return parseColor(item) !== undefined;
}

/** A frame's shift and absolute values, for notes. */
export function hasShift(frame: Frame): boolean {
  return frame.dx !== undefined || frame.dy !== undefined;
}
