import type { Locale } from '../i18n/locales';
import type { Kind, PAGE_TOKENS, PROPERTIES, PropertyName } from './properties';

/** A text in one language for all, or per locale (missing locales fall back: zh-TW → zh-CN → en). */
export type LocalText = string | Partial<Record<Locale, string>>;

export interface AttributedText {
  text?: LocalText;
  color?: string;
  fontSize?: number;
  fontWeight?: number;
}

/** A PNSBuildFrameBlock as data: absolute values replace the default frame, dx/dy shift it. CSS px, reference width 375. */
export interface Frame {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  dx?: number;
  dy?: number;
}

export interface Font {
  size?: number;
  weight?: number;
}

export interface Agreement {
  name: LocalText;
  url: string;
}

export interface Insets {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A host-defined element on the authorization page; pressing a button or text emits an event with its id. Never HTML. */
export interface CustomView {
  id: string;
  kind: 'text' | 'button' | 'image';
  text?: LocalText;
  src?: string;
  /** The image's text alternative (required for images: it is the button's name). */
  alt?: LocalText;
  frame?: Frame;
  style?: { color?: string; backgroundColor?: string; fontSize?: number };
}

type ValueFor<K extends Kind> = K extends { type: 'color' | 'image' | 'fontFamily' }
  ? string
  : K extends { type: 'colors' | 'images' }
    ? string[]
    : K extends { type: 'attributed' }
      ? AttributedText
      : K extends { type: 'text' }
        ? LocalText
        : K extends { type: 'texts' }
          ? LocalText[]
          : K extends { type: 'frame' }
            ? Frame
            : K extends { type: 'bool' }
              ? boolean
              : K extends { type: 'number' }
                ? number
                : K extends { type: 'enum'; values: readonly (infer V)[] }
                  ? V
                  : K extends { type: 'radii' }
                    ? [number, number, number, number]
                    : K extends { type: 'font' }
                      ? Font
                      : K extends { type: 'agreement' }
                        ? Agreement
                        : K extends { type: 'insets' }
                          ? Insets
                          : K extends { type: 'customViews' }
                            ? CustomView[]
                            : K extends { type: 'customView' }
                              ? CustomView
                              : K extends { type: 'dark' }
                                ? PageTokens
                                : never;

export type PageTokens = { -readonly [P in keyof typeof PAGE_TOKENS]?: ValueFor<(typeof PAGE_TOKENS)[P]> };

/** A validated theme: only well-formed values; whatever is absent takes the default. */
export type Theme = { -readonly [P in PropertyName]?: ValueFor<(typeof PROPERTIES)[P]> };

export interface ThemeProblem {
  level: 'error' | 'warning';
  /** JSON path of the value at fault: `$.navTitle.text.en`, `$.privacyOne[1]`. */
  path: string;
  message: string;
  /** A known name close to an unknown key. */
  suggestion?: string;
}

export function localText(text: LocalText | undefined, locale: Locale): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[locale] ?? (locale === 'zh-TW' ? text['zh-CN'] : undefined) ?? text.en ?? text['zh-CN'] ?? text['zh-TW'];
}
