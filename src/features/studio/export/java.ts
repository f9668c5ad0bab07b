import type { Locale } from '../../../i18n/locales';
import { ANDROID_ALIASES, type Alias } from '../../../theme/aliases';
import { AUTH_UI_CONFIG_SETTERS } from './sdk-models';
import { localText, type Agreement, type CustomView, type Frame, type LocalText, type Theme } from '../../../theme/model';
import { PROPERTIES, type Kind, type PropertyName } from '../../../theme/properties';
import {
  androidResourceName,
  channels,
  comment,
  describeCustomView,
  documentedOnly,
  escapeLiteral,
  floatLiteral,
  hasShift,
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
  snakeCase,
  type KindValues,
  type Part,
} from './common';

const TARGET = 'AuthUIConfig.Builder';

/** ANDROID_ALIASES reversed: each property's setters, in the table's order. */
const SETTERS = new Map<PropertyName, [string, Alias][]>();
for (const [setter, alias] of Object.entries(ANDROID_ALIASES)) SETTERS.set(alias.to, [...(SETTERS.get(alias.to) ?? []), [setter, alias]]);

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** A `"…"` literal. */
export function javaString(text: string): string {
  return `"${escapeLiteral(text, ESCAPES)}"`;
}

/** `android.graphics.Color` constants, by ARGB. */
const COLOR_CONSTANTS: Record<string, string> = {
  FF000000: 'BLACK',
  FF444444: 'DKGRAY',
  FF888888: 'GRAY',
  FFCCCCCC: 'LTGRAY',
  FFFFFFFF: 'WHITE',
  FFFF0000: 'RED',
  FF00FF00: 'GREEN',
  FF0000FF: 'BLUE',
  FFFFFF00: 'YELLOW',
  FF00FFFF: 'CYAN',
  FFFF00FF: 'MAGENTA',
  '00000000': 'TRANSPARENT',
};

export function javaColor(css: string): string {
  const { r, g, b, a } = channels(css);
  const hex = (n: number) => n.toString(16).padStart(2, '0').toUpperCase();
  const alpha = Math.round(a * 255);
  const rgb = `${hex(r)}${hex(g)}${hex(b)}`;
  const constant = COLOR_CONSTANTS[`${hex(alpha)}${rgb}`];
  if (constant !== undefined) return `Color.${constant}`;
  return `Color.parseColor("#${alpha === 255 ? '' : hex(alpha)}${rgb}")`;
}

/** A setter's arguments, and the comments that go above the call. */
interface Args {
  args: string;
  comments: string[];
}

const FLOAT_SETTERS = new Set(['setPrivacyAlertMaskAlpha']);

/** The Dp and count setters take an int. */
function javaNumber(setter: string, value: number, label: string): Args {
  if (FLOAT_SETTERS.has(setter)) return { args: `${floatLiteral(value)}f`, comments: [] };
  if (Number.isInteger(value)) return { args: String(value), comments: [] };
  const rounded = Math.round(value);
  return { args: String(rounded), comments: [comment(`${label}: ${value} rounded to ${rounded}: ${setter} takes a whole number`)] };
}

/** An image as an Android drawable name. */
function drawable(url: string, label: string): Args & { name: string } {
  const source = imageSource(url, label);
  const name = androidResourceName(source.inline === undefined ? source.name : snakeCase(source.name));
  const comments: string[] = [];
  if (source.https !== undefined) comments.push(comment(`${label}: ${source.https}`));
  if (source.inline !== undefined) comments.push(comment(`${label}: ${source.inline} in the theme: add it to res/drawable as "${name}"`));
  else if (name !== source.name) comments.push(comment(`${label}: Android resource names take [a-z0-9_] only: "${source.name}" → "${name}"`));
  return { name, args: javaString(name), comments };
}

function call(setter: string, { args, comments }: Args): string[] {
  return [...comments, `.${setter}(${args})`];
}

function text(value: LocalText, label: string, locale: Locale): Args {
  return { args: javaString(localText(value, locale) ?? ''), comments: otherLocalesComment(label, value, locale) };
}

type WholeValue = { [T in Kind['type']]?: (value: KindValues[T], setter: string, name: PropertyName, locale: Locale) => Args };

/** Arguments of the setters that take the whole value. */
const WHOLE: WholeValue = {
  color: (value) => ({ args: javaColor(value), comments: [] }),
  colors: (value) => ({ args: value.map(javaColor).join(', '), comments: [] }),
  bool: (value) => ({ args: String(value), comments: [] }),
  number: (value, setter, name) => javaNumber(setter, value, name),
  text: (value, _setter, name, locale) => text(value, name, locale),
  texts: (value, _setter, name, locale) => ({
    args: `new String[]{${value.map((item) => javaString(localText(item, locale) ?? '')).join(', ')}}`,
    comments: value.flatMap((item, i) => otherLocalesComment(`${name}[${i}]`, item, locale)),
  }),
  image: (value, _setter, name) => drawable(value, name),
  enum: (value) => ({ args: javaString(value), comments: [] }),
  agreement: (value: Agreement, _setter, name, locale) => ({
    args: `${javaString(localText(value.name, locale) ?? '')}, ${javaString(value.url)}`,
    comments: [...otherLocalesComment(name, value.name, locale), ...relativeUrlComment(name, value.url)],
  }),
};

function wholeValue(name: PropertyName, setter: string, value: unknown, locale: Locale): Part {
  const format = WHOLE[PROPERTIES[name].type] as ((value: unknown, setter: string, name: PropertyName, locale: Locale) => Args) | undefined;
  if (format === undefined) return part([], [note(TARGET, name, value, `${setter} takes another kind of value`)]);
  return part(call(setter, format(value, setter, name, locale)));
}

/** Attributed texts and fonts: one setter per field; the fields without one are notes. */
function fieldValues(name: PropertyName, value: object, setters: [string, Alias][], locale: Locale): Part {
  const parts = Object.entries(value).map(([field, fieldValue]: [string, unknown]) => {
    const setter = setters.find(([, alias]) => alias.field === field)?.[0];
    const label = `${name}.${field}`;
    if (setter === undefined) return part([], [note(TARGET, label, fieldValue, `no setter for the ${field} of ${name}`)]);
    if (field === 'text') return part(call(setter, text(fieldValue as LocalText, name, locale)));
    if (field === 'color') return part(call(setter, { args: javaColor(fieldValue as string), comments: [] }));
    return part(call(setter, javaNumber(setter, fieldValue as number, label)));
  });
  return merge(parts);
}

/** checkBoxImages: one setter per image. */
function indexedValues(name: PropertyName, urls: string[], setters: [string, Alias][]): Part {
  return merge(
    urls.map((url, i) => {
      const setter = setters.find(([, alias]) => alias.index === i)?.[0];
      return setter === undefined ? part([], [note(TARGET, `${name}[${i}]`, url, 'no setter for it')]) : part(call(setter, drawable(url, `${name}[${i}]`)));
    }),
  );
}

const BUTTON_STATES = ['enabled', 'disabled', 'pressed'];

/**
 * setLogBtnBackgroundPath takes one drawable: with more than one state, that name becomes a
 * state-list drawable (the Android example's login_btn_bg.xml, docs/theme.md, "Names") and the enabled image needs another name.
 */
function loginButtonBackground(urls: string[]): Part {
  const [first = '', ...others] = urls;
  const states = (rename: (name: string) => string) =>
    urls.map((item, i) => `${BUTTON_STATES[i]} ${isColorItem(item) ? javaColor(item) : `"${rename(drawable(item, `loginBtnBgImgs[${i}]`).name)}"`}`).join(', ');
  if (isColorItem(first)) {
    return part([], [note(TARGET, 'loginBtnBgImgs', urls, `setLogBtnBackgroundPath takes a drawable: make a state-list drawable of ${states((name) => name)}`)]);
  }
  const main = drawable(first, 'loginBtnBgImgs[0]');
  if (others.length === 0) return part(call('setLogBtnBackgroundPath', main));
  const enabled = (name: string) => (name === main.name ? `${name}_enabled` : name);
  const stateList = comment(`loginBtnBgImgs: setLogBtnBackgroundPath takes one drawable: make res/drawable/${main.name}.xml a state-list drawable of ${states(enabled)} (the first image renamed)`);
  return part([stateList, ...call('setLogBtnBackgroundPath', main)]);
}

const GRAVITY = { left: 'LEFT', center: 'CENTER_HORIZONTAL', right: 'RIGHT' } as const;
const ORIENTATION = { portrait: 'SCREEN_ORIENTATION_SENSOR_PORTRAIT', landscape: 'SCREEN_ORIENTATION_SENSOR_LANDSCAPE', all: 'SCREEN_ORIENTATION_FULL_SENSOR' } as const;

function animation(name: 'entryAnimation' | 'exitAnimation', preset: string): Part {
  const setter = name === 'entryAnimation' ? 'setAuthPageActIn' : 'setAuthPageActOut';
  if (preset === 'none') return part([], [note(TARGET, name, preset, `no preset turns the animation off: pass ${setter} animation resources of duration 0`)]);
  return part([comment(`${name} "${preset}": define res/anim/in_activity.xml and res/anim/out_activity.xml (a ${preset})`), `.${setter}("in_activity", "out_activity")`]);
}

/** The properties whose setters convert their value (ANDROID_ALIASES' `convert`). */
function converted(name: PropertyName, theme: Theme): Part | undefined {
  switch (name) {
    case 'preferredStatusBarStyle':
      // setLightColor(true): dark status-bar content on a light bar.
      return part([`.setLightColor(${theme.preferredStatusBarStyle === 'dark'})`]);
    case 'privacyAlignment':
      return part([`.setProtocolGravity(Gravity.${GRAVITY[theme.privacyAlignment!]})`]);
    case 'supportedInterfaceOrientations':
      return part([`.setScreenOrientation(ActivityInfo.${ORIENTATION[theme.supportedInterfaceOrientations!]})`]);
    case 'entryAnimation':
    case 'exitAnimation':
      return animation(name, theme[name]!);
    case 'loginBtnBgImgs':
      return loginButtonBackground(theme.loginBtnBgImgs!);
    default:
      return undefined;
  }
}

function frameReason(frame: Frame): string {
  const reason = 'AuthUIConfig places elements with absolute dp offsets from the top of the page (its ...OffsetY setters), not frame blocks';
  return hasShift(frame) ? `${reason}: a dx/dy shift cannot be expressed` : reason;
}

const REASONS: Partial<Record<PropertyName, string>> = {
  contentViewFrame: "window mode: AuthUIConfig's dialog mode takes setDialogWidth/Height/OffsetX/OffsetY in dp",
  presentDirection: 'on Android the animation resources (setAuthPageActIn) decide where the page comes from',
  animationDuration: 'on Android the animation resources (setAuthPageActIn/Out) set the duration',
  navMoreView: 'a custom view: add it with addAuthRegistViewConfig',
  backgroundColor: 'web page token; AuthUIConfig takes a background drawable (setPageBackgroundPath)',
  navTitleColor: "web page token; AuthUIConfig's setNavTextColor is navTitle's colour",
  dark: "the web pages' dark-mode tokens; AuthUIConfig has no dark variant",
};

function reasonFor(name: PropertyName, value: unknown, locale: Locale): string {
  const kind = PROPERTIES[name].type;
  if (kind === 'frame' && name !== 'contentViewFrame') return frameReason(value as Frame);
  if (kind === 'customView') return `${REASONS[name] ?? 'a custom view'}: ${describeCustomView(value as CustomView, locale)}`;
  return REASONS[name] ?? (isPageToken(name) ? 'web page token' : 'no AuthUIConfig.Builder setter in the theme\'s alias table');
}

function customViews(views: CustomView[], locale: Locale): Part {
  const reason = 'custom views: add each with addAuthRegistViewConfig (an AuthRegisterViewConfig with your view and a click callback for its id)';
  return part([], [note(TARGET, 'customViews', views, reason), ...views.map((view, i) => comment(`  customViews[${i}]: ${describeCustomView(view, locale)}`))]);
}

function property(name: PropertyName, theme: Theme, locale: Locale): Part {
  const value = theme[name];
  const special = converted(name, theme);
  if (special !== undefined) return special;
  if (name === 'customViews') return customViews(theme.customViews!, locale);
  const setters = SETTERS.get(name) ?? [];
  if (setters.length === 0) return part([], [note(TARGET, name, value, reasonFor(name, value, locale))]);
  if (PROPERTIES[name].type === 'text' && localText(value as LocalText, locale) === undefined) return part([], [note(TARGET, name, value, "no text: the SDK's default stays")]);
  const whole = setters.filter(([, alias]) => alias.field === undefined && alias.index === undefined);
  if (whole.length > 0) return merge(whole.map(([setter]) => wholeValue(name, setter, value, locale)));
  if (Array.isArray(value)) return indexedValues(name, value as string[], setters);
  return fieldValues(name, value as object, setters, locale);
}

/** A Java snippet `new AuthUIConfig.Builder() … .create()` (Android one-click login SDK) equivalent to the theme. */
export function exportJava(theme: Theme, locale: Locale, known: ReadonlySet<string> = AUTH_UI_CONFIG_SETTERS): string {
  const { code, notes } = merge(setProperties(theme).map((name) => documentedOnly(TARGET, /^\.(set\w+)\(/, known, name, theme[name], property(name, theme, locale))));
  const body = [...code, ...noteSection(TARGET, notes)].map((line) => (line === '' ? '' : `    ${line}`));
  return ['new AuthUIConfig.Builder()', ...body, '    .create()'].join('\n');
}
