import { contrastRatio, over, parseColor, type Rgba } from './colors';
import { DEFAULT_ON_PRIMARY, DEFAULT_TOKENS } from './defaults';
import { readableOn } from './variables';
import type { PageTokens, Theme, ThemeProblem } from './model';

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

interface Pair {
  path: string;
  text: string | undefined;
  background: (string | undefined)[];
  /** Large text (≥ 24 px, or ≥ 18.66 px bold) needs 3:1 instead of 4.5:1. */
  large?: boolean;
}

function isLarge(size: number | undefined, weight: number | undefined): boolean {
  return size !== undefined && (size >= 24 || (size >= 18.66 && (weight ?? 400) >= 700));
}

/** Paints the background layers, last on top, over white. */
function flatten(layers: (string | undefined)[]): Rgba {
  return layers.reduce<Rgba>((below, layer) => {
    const rgba = layer === undefined ? undefined : parseColor(layer);
    return rgba ? over(rgba, below) : below;
  }, WHITE);
}

function tokenPairs(tokens: PageTokens, prefix: string): Pair[] {
  const t = { ...DEFAULT_TOKENS, ...tokens };
  return [
    { path: `${prefix}textColor`, text: t.textColor, background: [t.backgroundColor] },
    { path: `${prefix}textColor`, text: t.textColor, background: [t.surfaceColor] },
    { path: `${prefix}linkColor`, text: t.linkColor, background: [t.surfaceColor] },
    { path: `${prefix}errorColor`, text: t.errorColor, background: [t.surfaceColor] },
    { path: `${prefix}primaryColor`, text: DEFAULT_ON_PRIMARY, background: [t.primaryColor] },
    { path: `${prefix}navTitleColor`, text: tokens.navTitleColor ?? (tokens.navColor ? readableOn(tokens.navColor) : t.navTitleColor), background: [t.backgroundColor, t.navColor] },
  ];
}

function authPagePairs(theme: Theme): Pair[] {
  const page = theme.backgroundImage ? undefined : (theme.backgroundColor ?? DEFAULT_TOKENS.backgroundColor);
  if (page === undefined) return [];
  const buttonBg = theme.loginBtnBgImgs?.[0];
  const pairs: Pair[] = [
    { path: '$.navTitle.color', text: theme.navTitle?.color, background: [page, theme.navColor], large: isLarge(theme.navTitle?.fontSize ?? 17, 600) },
    { path: '$.mutedColor', text: theme.mutedColor, background: [page] },
    { path: '$.numberColor', text: theme.numberColor, background: [page], large: isLarge(theme.numberFont?.size ?? 24, theme.numberFont?.weight ?? 700) },
    { path: '$.privacyColors[0]', text: theme.privacyColors?.[0], background: [page] },
    { path: '$.privacyColors[1]', text: theme.privacyColors?.[1], background: [page] },
    { path: '$.privacyOperatorColor', text: theme.privacyOperatorColor, background: [page] },
  ];
  if (!theme.sloganIsHidden) pairs.push({ path: '$.sloganText.color', text: theme.sloganText?.color, background: [page], large: isLarge(theme.sloganText?.fontSize, theme.sloganText?.fontWeight) });
  if (!theme.changeBtnIsHidden) pairs.push({ path: '$.changeBtnTitle.color', text: theme.changeBtnTitle?.color, background: [page], large: isLarge(theme.changeBtnTitle?.fontSize, theme.changeBtnTitle?.fontWeight) });
  if (buttonBg === undefined || parseColor(buttonBg)) {
    pairs.push({
      path: '$.loginBtnText.color',
      text: theme.loginBtnText?.color ?? DEFAULT_ON_PRIMARY,
      background: [page, buttonBg ?? theme.primaryColor ?? DEFAULT_TOKENS.primaryColor],
      large: isLarge(theme.loginBtnText?.fontSize ?? 18, theme.loginBtnText?.fontWeight ?? 600),
    });
  }
  return pairs;
}

/** Text colours below WCAG AA contrast (4.5:1, large text 3:1) against what they are drawn on. */
export function contrastWarnings(theme: Theme): ThemeProblem[] {
  const tokens: PageTokens = { ...theme };
  const pairs = [...tokenPairs(tokens, '$.'), ...authPagePairs(theme)];
  if (theme.dark) pairs.push(...tokenPairs({ ...tokens, ...theme.dark }, '$.dark.'));
  const problems: ThemeProblem[] = [];
  for (const pair of pairs) {
    const text = pair.text === undefined ? undefined : parseColor(pair.text);
    if (!text) continue;
    const ratio = contrastRatio(text, flatten(pair.background));
    const needed = pair.large ? 3 : 4.5;
    if (ratio < needed) {
      problems.push({ level: 'warning', path: pair.path, message: `contrast ${ratio.toFixed(2)}:1 is below WCAG AA (${needed}:1) against its background` });
    }
  }
  // The same pair can be reached twice (text on page and on surface of the same colour): say it once.
  return problems.filter((p, i) => problems.findIndex((q) => q.path === p.path && q.message === p.message) === i);
}
