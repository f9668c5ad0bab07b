import type { Locale } from '../../../i18n/locales';
import { localText, type AttributedText, type CustomView, type Frame, type Theme } from '../../../theme/model';
import { PROPERTIES, type PropertyName } from '../../../theme/properties';
import { TX_CUSTOM_MODEL_PROPERTIES } from './sdk-models';
import {
  alphaLiteral,
  channels,
  comment,
  describeCustomView,
  dispatch,
  documentedOnly,
  escapeLiteral,
  floatLiteral,
  imageSource,
  isColorItem,
  isPageToken,
  merge,
  note,
  noteSection,
  otherLocalesComment,
  part,
  relativeUrlComment,
  setProperties,
  STATE_NAMES,
  type KindHandlers,
  type Part,
} from './common';

const TARGET = 'TXCustomModel';


/** Theme keys whose TXCustomModel property is spelled otherwise in the SDK's header. */
const NATIVE_NAMES: Partial<Record<PropertyName, string>> = { privacyAlertCloseImage: 'privacyAlertCloseButtonImage' };

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** An `@"…"` literal, with no `??` trigraph. */
export function objcString(text: string): string {
  return `@"${escapeLiteral(text, ESCAPES, true)}"`;
}

/** UIKit's named colours (`[UIColor grayColor]` is white 0.5, written #808080). */
const NAMED_COLORS: Record<string, string> = {
  '0,0,0': 'blackColor',
  '85,85,85': 'darkGrayColor',
  '128,128,128': 'grayColor',
  '170,170,170': 'lightGrayColor',
  '255,255,255': 'whiteColor',
  '255,0,0': 'redColor',
  '0,255,0': 'greenColor',
  '0,0,255': 'blueColor',
  '0,255,255': 'cyanColor',
  '255,255,0': 'yellowColor',
  '255,0,255': 'magentaColor',
  '255,128,0': 'orangeColor',
  '128,0,128': 'purpleColor',
  '153,102,51': 'brownColor',
};

export function uiColor(css: string): string {
  const { r, g, b, a } = channels(css);
  if (a === 0) return '[UIColor clearColor]';
  const named = NAMED_COLORS[`${r},${g},${b}`];
  if (named !== undefined && a === 1) return `[UIColor ${named}]`;
  return `[UIColor colorWithRed:${r}.0/255.0 green:${g}.0/255.0 blue:${b}.0/255.0 alpha:${alphaLiteral(a)}]`;
}

const WEIGHTS = ['UltraLight', 'Thin', 'Light', 'Regular', 'Medium', 'Semibold', 'Bold', 'Heavy', 'Black'] as const;

function uiFont(size: number, weight?: number): string {
  if (weight === undefined) return `[UIFont systemFontOfSize:${floatLiteral(size)}]`;
  const index = Math.min(WEIGHTS.length - 1, Math.max(0, Math.round(weight / 100) - 1));
  return `[UIFont systemFontOfSize:${floatLiteral(size)} weight:UIFontWeight${WEIGHTS[index]}]`;
}

function weightComment(label: string, weight: number | undefined): string[] {
  return weight !== undefined && weight % 100 !== 0 ? [comment(`${label}: weight ${weight} → the nearest UIFontWeight`)] : [];
}

function image(url: string, label: string): { expr: string; comments: string[] } {
  const source = imageSource(url, label);
  const comments: string[] = [];
  if (source.https !== undefined) comments.push(comment(`${label}: ${source.https}`));
  if (source.inline !== undefined) comments.push(comment(`${label}: ${source.inline} in the theme: add it to the app's asset catalog as "${source.name}"`));
  return { expr: `[UIImage imageNamed:${objcString(source.name)}]`, comments };
}

/** Frame numbers as the iOS example writes them (seed-examples.ts): `frame.origin.y + 100`. */
function frameNumber(n: number): string {
  return String(n);
}

function axis(absolute: number | undefined, shift: number | undefined, current: string): string {
  const base = absolute === undefined ? current : frameNumber(absolute);
  if (shift === undefined) return base;
  return `${base} ${shift < 0 ? '-' : '+'} ${frameNumber(Math.abs(shift))}`;
}

function frameBlock(name: string, frame: Frame): string[] {
  const rect = [
    axis(frame.x, frame.dx, 'frame.origin.x'),
    axis(frame.y, frame.dy, 'frame.origin.y'),
    frame.width === undefined ? 'frame.size.width' : frameNumber(frame.width),
    frame.height === undefined ? 'frame.size.height' : frameNumber(frame.height),
  ];
  const changed = Object.values(frame).some((v) => v !== undefined);
  return [
    `model.${name}Block = ^CGRect(CGSize screenSize, CGSize superViewSize, CGRect frame) {`,
    ...(changed ? [`    frame = CGRectMake(${rect.join(', ')});`] : []),
    '    return frame;',
    '};',
  ];
}

const ALIGNMENTS = { left: 'NSTextAlignmentLeft', center: 'NSTextAlignmentCenter', right: 'NSTextAlignmentRight' };

const ENUMS: Partial<Record<PropertyName, Record<string, string>>> = {
  supportedInterfaceOrientations: { portrait: 'UIInterfaceOrientationMaskPortrait', landscape: 'UIInterfaceOrientationMaskLandscape', all: 'UIInterfaceOrientationMaskAll' },
  preferredStatusBarStyle: { light: 'UIStatusBarStyleLightContent', dark: 'UIStatusBarStyleDarkContent' },
  backgroundImageContentMode: { cover: 'UIViewContentModeScaleAspectFill', contain: 'UIViewContentModeScaleAspectFit', fill: 'UIViewContentModeScaleToFill', center: 'UIViewContentModeCenter' },
  privacyAlignment: ALIGNMENTS,
  privacyAlertContentAlignment: ALIGNMENTS,
  presentDirection: { bottom: 'PNSPresentationDirectionBottom', right: 'PNSPresentationDirectionRight', top: 'PNSPresentationDirectionTop', left: 'PNSPresentationDirectionLeft' },
};

/** The web page's shake (styles.css `@keyframes shake`: ±6px, 0.4s) as the CAAnimation the SDK plays. */
function shake(name: string): string[] {
  const variable = `${name}Shake`;
  return [
    `CAKeyframeAnimation *${variable} = [CAKeyframeAnimation animationWithKeyPath:@"transform.translation.x"];`,
    `${variable}.values = @[@0, @-6, @6, @-6, @6, @0];`,
    `${variable}.duration = 0.4;`,
    `model.${name} = ${variable};`,
  ];
}

const ANIMATION_REASONS: Record<string, string> = {
  slide: "TXCustomModel takes a CAAnimation; leave it nil: the SDK's own animation slides the page in from presentDirection",
  fade: 'TXCustomModel takes a CAAnimation: assign a CABasicAnimation on "opacity" from 0 to 1 (entry) or 1 to 0 (exit)',
  none: 'TXCustomModel takes a CAAnimation: set animationDuration = 0 to turn the built-in animation off',
};

function enumValue(name: PropertyName, value: string): Part {
  const constant = ENUMS[name]?.[value];
  if (constant !== undefined) return part([`model.${name} = ${constant};`]);
  if (name === 'checkboxAnimation' || name === 'privacyAnimation') return part(value === 'shake' ? shake(name) : [`model.${name} = nil;`]);
  if (name === 'entryAnimation' || name === 'exitAnimation') return part([], [note(TARGET, name, value, ANIMATION_REASONS[value] ?? 'TXCustomModel takes a CAAnimation')]);
  return part([`model.${name} = ${objcString(value)};`]);
}

function images(name: PropertyName, urls: string[]): Part {
  const states = STATE_NAMES[name] ?? [];
  if (urls.some(isColorItem)) {
    const listed = urls.map((item, i) => `${states[i] ?? i} ${isColorItem(item) ? uiColor(item) : `image "${imageSource(item, `${name}[${i}]`).name}"`}`);
    return part([], [note(TARGET, name, urls, `TXCustomModel takes images: make images of these colours: ${listed.join(', ')}`)]);
  }
  const items = urls.map((url, i) => image(url, `${name}[${i}]`));
  return part([...items.flatMap((item) => item.comments), `model.${name} = @[${items.map((item) => item.expr).join(', ')}];`]);
}

function customViews(views: CustomView[], locale: Locale): Part {
  const reason = 'custom views: create them in customViewBlock, place them in customViewLayoutBlock, and run your handler for the id on a tap';
  return part([], [note(TARGET, 'customViews', views, reason), ...views.map((view, i) => comment(`  customViews[${i}]: ${describeCustomView(view, locale)}`))]);
}

function handlers(locale: Locale): KindHandlers {
  const attributed = (name: PropertyName, value: AttributedText): Part => {
    const text = localText(value.text, locale);
    if (text === undefined) return part([], [note(TARGET, name, value, "no text: an NSAttributedString needs one, so the SDK's default text and style stay")]);
    const attributes: string[] = [];
    if (value.color !== undefined) attributes.push(`NSForegroundColorAttributeName : ${uiColor(value.color)}`);
    if (value.fontSize !== undefined) attributes.push(`NSFontAttributeName : ${uiFont(value.fontSize, value.fontWeight)}`);
    const notes = value.fontSize === undefined && value.fontWeight !== undefined ? [note(TARGET, `${name}.fontWeight`, value.fontWeight, "a weight without fontSize: UIFont needs a size, so the SDK's font stays")] : [];
    return part(
      [
        ...otherLocalesComment(name, value.text, locale),
        ...(value.fontSize === undefined ? [] : weightComment(name, value.fontWeight)),
        `model.${name} = [[NSAttributedString alloc] initWithString:${objcString(text)} attributes:@{${attributes.join(', ')}}];`,
      ],
      notes,
    );
  };
  return {
    color: (name, value) => part([`model.${name} = ${uiColor(value)};`]),
    colors: (name, value) => part([`model.${name} = @[${value.map(uiColor).join(', ')}];`]),
    attributed,
    text: (name, value) => {
      const text = localText(value, locale);
      if (text === undefined) return part([], [note(TARGET, name, value, "no text: the SDK's default stays")]);
      return part([...otherLocalesComment(name, value, locale), `model.${name} = ${objcString(text)};`]);
    },
    texts: (name, value) => part([...value.flatMap((text, i) => otherLocalesComment(`${name}[${i}]`, text, locale)), `model.${name} = @[${value.map((text) => objcString(localText(text, locale) ?? '')).join(', ')}];`]),
    image: (name, value) => {
      const native = NATIVE_NAMES[name] ?? name;
      const { expr, comments } = image(value, name);
      const renamed = native === name ? [] : [comment(`${name}: TXCustomModel calls it ${native}`)];
      return part([...renamed, ...comments, `model.${native} = ${expr};`]);
    },
    images,
    frame: (name, value) => part(frameBlock(name, value)),
    bool: (name, value) => part([`model.${name} = ${value ? 'YES' : 'NO'};`]),
    number: (name, value) => {
      const kind = PROPERTIES[name];
      const integer = kind.type === 'number' && 'integer' in kind && kind.integer;
      return part([`model.${name} = ${integer ? String(value) : floatLiteral(value)};`]);
    },
    enum: enumValue,
    radii: (name, value) => part([`model.${name} = @[${value.map((n) => `@${n}`).join(', ')}];`]),
    font: (name, value) => {
      if (value.size === undefined) return part([], [note(TARGET, name, value, "no size: UIFont needs one, so the SDK's font stays")]);
      return part([...weightComment(name, value.weight), `model.${name} = ${uiFont(value.size, value.weight)};`]);
    },
    agreement: (name, value) =>
      part([
        ...otherLocalesComment(name, value.name, locale),
        ...relativeUrlComment(name, value.url),
        `model.${name} = @[${objcString(localText(value.name, locale) ?? '')}, ${objcString(value.url)}];`,
      ]),
    insets: (name, { top, left, bottom, right }) => part([`model.${name} = UIEdgeInsetsMake(${[top, left, bottom, right].map(floatLiteral).join(', ')});`]),
    fontFamily: (name, value) => part([], [note(TARGET, name, value, 'web page token')]),
    customViews: (_name, value) => customViews(value, locale),
    customView: (name, value) =>
      part([], [note(TARGET, name, value, `a custom view: build a UIView (${describeCustomView(value, locale)}) and assign it to model.${name}`)]),
    dark: (name, value) => part([], [note(TARGET, name, value, "the web pages' dark-mode tokens; TXCustomModel has no dark variant: use dynamic UIColors if the app needs one")]),
  };
}

/** Set in the theme, but for the web page or for Android only. */
const WEB_ONLY: Partial<Record<PropertyName, string>> = {
  statusBarColor: 'iOS has no status bar colour: the nav bar (navColor) shows behind the status bar',
  logBtnToastHidden: 'Android only: the iOS SDK shows no toast',
  logBtnToastText: 'Android only: the iOS SDK shows no toast',
  navTitleColor: "web page token; in TXCustomModel the title's colour is part of navTitle",
};

function reasonFor(name: PropertyName): string | undefined {
  if (WEB_ONLY[name] !== undefined) return WEB_ONLY[name];
  // navColor and backgroundColor are page tokens and TXCustomModel properties alike.
  if (isPageToken(name) && name !== 'navColor' && name !== 'backgroundColor') return 'web page token';
  return undefined;
}

function property(name: PropertyName, theme: Theme, kinds: KindHandlers, known: ReadonlySet<string>): Part {
  const value = theme[name];
  const reason = reasonFor(name);
  return reason === undefined ? documentedOnly(TARGET, /^model\.(\w+) =/, known, name, value, dispatch(kinds, name, value)) : part([], [note(TARGET, name, value, reason)]);
}

/** An Objective-C snippet building the TXCustomModel (iOS one-click login SDK) equivalent to the theme. */
export function exportObjC(theme: Theme, locale: Locale, known: ReadonlySet<string> = TX_CUSTOM_MODEL_PROPERTIES): string {
  const kinds = handlers(locale);
  const { code, notes } = merge(setProperties(theme).map((name) => property(name, theme, kinds, known)));
  return ['TXCustomModel *model = [[TXCustomModel alloc] init];', ...code, ...noteSection(TARGET, notes)].join('\n');
}
