import { contrastRatio, over, parseColor } from './colors';
import { DEFAULT_TOKENS } from './defaults';
import type { AttributedText, Font, Frame, PageTokens, Theme } from './model';

/**
 * The theme as CSS custom properties on one root (docs/theme.md, "CSS variables"): components read variables, never
 * the theme object, for everything CSS can express (colours, fonts, frames, radii, images).
 */
export type Variables = Record<`--${string}`, string>;

const TOKEN_VARIABLES: Record<Exclude<keyof PageTokens, 'radius' | 'fontFamily'>, `--${string}`> = {
  primaryColor: '--color-primary',
  textColor: '--color-text',
  mutedColor: '--color-muted',
  borderColor: '--color-border',
  linkColor: '--color-link',
  errorColor: '--color-error',
  inputBackgroundColor: '--color-input',
  surfaceColor: '--color-surface',
  backgroundColor: '--color-background',
  navColor: '--nav-bg',
  navTitleColor: '--nav-fg',
};

const px = (n: number) => `${n}px`;

/** A validated URL as a CSS `url()`: quoted, with the characters that could end the string encoded. */
export function cssUrl(url: string): string {
  return `url("${url.replace(/["\\\n\r]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}")`;
}

/** A colour at an alpha (the native `…Alpha` properties), as rgba() that every WebView reads. */
function withAlpha(color: string, alpha: number | undefined): string {
  const rgba = alpha === undefined ? undefined : parseColor(color);
  if (!rgba || alpha === undefined) return color;
  const c = (n: number) => Math.round(n);
  return `rgba(${c(rgba.r)}, ${c(rgba.g)}, ${c(rgba.b)}, ${+(rgba.a * alpha).toFixed(3)})`;
}

/** Native radii arrays are [top-left, bottom-left, bottom-right, top-right]; CSS goes clockwise from top-left. */
function radii([tl, bl, br, tr]: [number, number, number, number]): string {
  return `${px(tl)} ${px(tr)} ${px(br)} ${px(bl)}`;
}

function set(out: Variables, name: `--${string}`, value: string | number | undefined, unit?: (n: number) => string): void {
  if (value === undefined) return;
  out[name] = typeof value === 'number' && unit ? unit(value) : String(value);
}

function text(out: Variables, prefix: string, value: AttributedText | undefined): void {
  set(out, `--${prefix}-color`, value?.color);
  set(out, `--${prefix}-size`, value?.fontSize, px);
  set(out, `--${prefix}-weight`, value?.fontWeight);
}

function font(out: Variables, prefix: string, value: Font | undefined): void {
  // iOS raises a masked number below 16 to 16: so does the page (docs/theme.md, "Elements").
  const size = prefix === 'number' && value?.size !== undefined ? Math.max(16, value.size) : value?.size;
  set(out, `--${prefix}-size`, size, px);
  set(out, `--${prefix}-weight`, value?.weight);
}

/**
 * Absolute x/y take the element out of the flow at that place; dx/dy shift it from where it stands,
 * leaving the others where they are: `--x-shift` is "dx, dy", for `transform: translate(…)`.
 */
function frame(out: Variables, prefix: string, value: Frame | undefined): void {
  if (!value) return;
  if (value.x !== undefined || value.y !== undefined) out[`--${prefix}-position`] = 'absolute';
  set(out, `--${prefix}-left`, value.x, px);
  set(out, `--${prefix}-top`, value.y, px);
  set(out, `--${prefix}-width`, value.width, px);
  set(out, `--${prefix}-height`, value.height, px);
  if (value.dx !== undefined || value.dy !== undefined) out[`--${prefix}-shift`] = `${px(value.dx ?? 0)}, ${px(value.dy ?? 0)}`;
}

/** White or near-black, whichever reads better on `background` (a nav bar coloured without a title colour). */
export function readableOn(background: string): string {
  const bg = parseColor(background);
  if (!bg || bg.a < 0.5) return DEFAULT_TOKENS.textColor;
  const solid = over(bg, { r: 255, g: 255, b: 255, a: 1 });
  const white = { r: 255, g: 255, b: 255, a: 1 };
  const dark = parseColor(DEFAULT_TOKENS.textColor)!;
  return contrastRatio(white, solid) >= contrastRatio(dark, solid) ? '#ffffff' : DEFAULT_TOKENS.textColor;
}

function tokens(out: Variables, light: PageTokens): void {
  for (const [token, name] of Object.entries(TOKEN_VARIABLES) as [keyof typeof TOKEN_VARIABLES, `--${string}`][]) {
    const value = light[token];
    if (value !== undefined) out[name] = value;
  }
  if (light.navColor && !light.navTitleColor) out['--nav-fg'] = readableOn(light.navColor);
  set(out, '--radius', light.radius, px);
  set(out, '--font-family', light.fontFamily);
}

function images(out: Variables, prefix: string, values: string[] | undefined, isImage: (value: string) => boolean): void {
  values?.forEach((value, i) => {
    const state = ['', '-disabled', '-active'][i];
    if (isImage(value)) {
      // The image is the whole background, as a native button's drawable is: no colour around its shape.
      out[`--${prefix}-image${state}`] = cssUrl(value);
      out[`--${prefix}-bg${state}`] = 'transparent';
    } else out[`--${prefix}-bg${state}`] = value;
  });
}

const isUrl = (value: string) => value.startsWith('/') || value.startsWith('https:') || value.startsWith('data:');

export function themeVariables(theme: Theme): Variables {
  const out: Variables = {};
  tokens(out, theme);
  // Nav bar and background.
  text(out, 'nav-title', theme.navTitle);
  set(out, '--status-bar', theme.statusBarColor);
  if (theme.backgroundImage) out['--page-image'] = cssUrl(theme.backgroundImage);
  const mode = theme.backgroundImageContentMode;
  if (mode) out['--page-image-size'] = { cover: 'cover', contain: 'contain', fill: '100% 100%', center: 'auto' }[mode];
  // Authorization page elements.
  frame(out, 'logo', theme.logoFrame);
  text(out, 'slogan', theme.sloganText);
  frame(out, 'slogan', theme.sloganFrame);
  set(out, '--number-color', theme.numberColor);
  font(out, 'number', theme.numberFont);
  frame(out, 'number', theme.numberFrame);
  text(out, 'login', theme.loginBtnText);
  images(out, 'login', theme.loginBtnBgImgs, isUrl);
  frame(out, 'login', theme.loginBtnFrame);
  text(out, 'change', theme.changeBtnTitle);
  frame(out, 'change', theme.changeBtnFrame);
  frame(out, 'nav-back', theme.navBackButtonFrame);
  frame(out, 'nav-title', theme.navTitleFrame);
  frame(out, 'nav-more', theme.navMoreViewFrame);
  // Checkbox and agreements.
  if (theme.checkBoxImages) {
    out['--checkbox-image'] = cssUrl(theme.checkBoxImages[0]!);
    out['--checkbox-image-checked'] = cssUrl(theme.checkBoxImages[1]!);
  }
  set(out, '--checkbox-size', theme.checkBoxWH, px);
  const insets = theme.checkBoxImageEdgeInsets;
  if (insets) out['--checkbox-inset'] = [insets.top, insets.right, insets.bottom, insets.left].map(px).join(' ');
  if (theme.checkBoxVerticalCenter) out['--checkbox-align'] = 'center';
  set(out, '--privacy-color', theme.privacyColors?.[0]);
  set(out, '--privacy-link', theme.privacyColors?.[1]);
  set(out, '--privacy-operator-color', theme.privacyOperatorColor);
  set(out, '--privacy-one-color', theme.privacyOneColor);
  set(out, '--privacy-two-color', theme.privacyTwoColor);
  set(out, '--privacy-three-color', theme.privacyThreeColor);
  set(out, '--privacy-align', theme.privacyAlignment);
  font(out, 'privacy', theme.privacyFont);
  font(out, 'privacy-operator', theme.privacyOperatorFont);
  set(out, '--privacy-line-space', theme.privacyLineSpaceDp, px);
  if (theme.privacyOperatorUnderline === false) out['--privacy-operator-underline'] = 'none';
  frame(out, 'privacy', theme.privacyFrame);
  // Agreement viewer.
  set(out, '--viewer-nav-bg', theme.privacyNavColor);
  set(out, '--viewer-title-color', theme.privacyNavTitleColor);
  font(out, 'viewer-title', theme.privacyNavTitleFont);
  // Window (alert) mode.
  frame(out, 'alert', theme.contentViewFrame);
  if (theme.alertBlurViewColor || theme.alertBlurViewAlpha !== undefined) {
    out['--alert-mask'] = withAlpha(theme.alertBlurViewColor ?? '#000', theme.alertBlurViewAlpha ?? 0.5);
  }
  if (theme.alertContentViewColor) out['--alert-bg'] = withAlpha(theme.alertContentViewColor, theme.alertContentViewAlpha);
  if (theme.alertCornerRadiusArray) out['--alert-radius'] = radii(theme.alertCornerRadiusArray);
  set(out, '--alert-bar-bg', theme.alertTitleBarColor);
  text(out, 'alert-title', theme.alertTitle);
  // Second consent popup.
  set(out, '--consent-bg', theme.privacyAlertBackgroundColor);
  if (theme.privacyAlertCornerRadiusArray) out['--consent-radius'] = radii(theme.privacyAlertCornerRadiusArray);
  if (theme.privacyAlertMaskColor || theme.privacyAlertMaskAlpha !== undefined) {
    out['--consent-mask'] = withAlpha(theme.privacyAlertMaskColor ?? '#000', theme.privacyAlertMaskAlpha ?? 0.5);
  }
  set(out, '--consent-title-color', theme.privacyAlertTitleColor);
  font(out, 'consent-title', theme.privacyAlertTitleFont);
  set(out, '--consent-color', theme.privacyAlertContentColors?.[0]);
  set(out, '--consent-link', theme.privacyAlertContentColors?.[1]);
  font(out, 'consent', theme.privacyAlertContentFont);
  set(out, '--consent-align', theme.privacyAlertContentAlignment);
  set(out, '--consent-btn-color', theme.privacyAlertButtonTextColors?.[0]);
  images(out, 'consent-btn', theme.privacyAlertBtnBackgroundImages, isUrl);
  frame(out, 'consent', theme.privacyAlertFrame);
  // Entry / exit.
  set(out, '--present-duration', theme.animationDuration, (n) => `${n}s`);
  return out;
}

/** The page tokens of the theme's `dark` variant (the light values stand where it says nothing). */
export function darkVariables(theme: Theme): Variables {
  const out: Variables = {};
  if (!theme.dark) return out;
  const navColor = theme.dark.navColor ?? theme.navColor;
  const navTitleColor = theme.dark.navTitleColor ?? theme.navTitleColor;
  tokens(out, { ...theme.dark, ...(navColor ? { navColor } : {}), ...(navTitleColor ? { navTitleColor } : {}) });
  return out;
}

/**
 * The dark variant as a stylesheet for `prefers-color-scheme: dark` (built from validated colours
 * only; `!important` so that it wins over the light values set on the root's style).
 */
export function darkStylesheet(variables: Variables): string {
  const declarations = Object.entries(variables)
    .filter(([, value]) => !/[;{}\\]/.test(value))
    .map(([name, value]) => `${name}: ${value} !important;`);
  return declarations.length === 0 ? '' : `@media (prefers-color-scheme: dark) { :root { color-scheme: dark; ${declarations.join(' ')} } }`;
}

/** What applyTheme last put on each document, taken off when another theme replaces it (the studio's previews). */
const applied = new WeakMap<Document, { names: string[]; sheet: CSSStyleSheet | undefined }>();

/** Puts the theme on the document: variables on the root, the dark variant, the status bar colour. */
export function applyTheme(theme: Theme, doc: Document = document): void {
  const root = doc.documentElement;
  const previous = applied.get(doc);
  for (const name of previous?.names ?? []) root.style.removeProperty(name);
  if (previous?.sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== previous.sheet);
  const variables = themeVariables(theme);
  for (const [name, value] of Object.entries(variables)) root.style.setProperty(name, value);
  const dark = darkStylesheet(darkVariables(theme));
  let sheet: CSSStyleSheet | undefined;
  // A constructed stylesheet: no <style> element, which the CSP (style-src 'self') would refuse.
  if (dark && 'adoptedStyleSheets' in doc && typeof CSSStyleSheet === 'function') {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(dark);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
  applied.set(doc, { names: Object.keys(variables), sheet });
  const barColor = theme.statusBarColor ?? theme.navColor;
  if (barColor && !theme.prefersStatusBarHidden) {
    let meta = doc.querySelector<HTMLMetaElement>('meta[name="theme-color"]');
    if (!meta) {
      meta = doc.createElement('meta');
      meta.name = 'theme-color';
      doc.head.append(meta);
    }
    meta.content = barColor;
  }
}
