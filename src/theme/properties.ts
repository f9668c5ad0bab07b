import { hasOwn } from '../platform/has-own';
import { BRACKET_PAIRS, BRACKETS } from './brackets';

/**
 * The theme's vocabulary (docs/theme.md, "Names"): TXCustomModel property names, each with the kind of value it
 * takes in the JSON theme. The validator, the aliases and the studio all read this one table.
 */
export type Kind =
  | { type: 'color' }
  | { type: 'colors'; min: number; max: number }
  /** NSAttributedString: a string, or `{text, color, fontSize, fontWeight}`; text per locale. */
  | { type: 'attributed' }
  /** A plain text, one string or per locale. */
  | { type: 'text' }
  | { type: 'texts'; max: number }
  | { type: 'image' }
  /** Images (or colours) for element states, e.g. [enabled, disabled, highlighted]. */
  | { type: 'images'; min: number; max: number; colorsAllowed: boolean }
  | { type: 'frame'; only?: readonly ('x' | 'y' | 'dx' | 'dy' | 'width' | 'height')[] }
  | { type: 'bool' }
  | { type: 'number'; min: number; max: number; integer?: boolean }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'radii' }
  | { type: 'font' }
  | { type: 'agreement' }
  | { type: 'insets' }
  | { type: 'fontFamily' }
  | { type: 'customViews' }
  | { type: 'customView' }
  | { type: 'dark' };

const color = { type: 'color' } as const;
const attributed = { type: 'attributed' } as const;
const text = { type: 'text' } as const;
const image = { type: 'image' } as const;
const frame = { type: 'frame' } as const;
const bool = { type: 'bool' } as const;
const font = { type: 'font' } as const;
const radii = { type: 'radii' } as const;
const alpha = { type: 'number', min: 0, max: 1 } as const;
const agreement = { type: 'agreement' } as const;

export const ANIMATIONS = ['slide', 'fade', 'none'] as const;

/** Page-level tokens every page reads (docs/theme.md, "Beyond the authorization page"); `dark` varies them. */
export const PAGE_TOKENS = {
  primaryColor: color,
  textColor: color,
  mutedColor: color,
  borderColor: color,
  linkColor: color,
  errorColor: color,
  inputBackgroundColor: color,
  surfaceColor: color,
  backgroundColor: color,
  navColor: color,
  navTitleColor: color,
  radius: { type: 'number', min: 0, max: 40 },
  fontFamily: { type: 'fontFamily' },
} as const satisfies Record<string, Kind>;

export const PROPERTIES = {
  // Mode: window (alert) when contentViewFrame is present, else full page.
  contentViewFrame: frame,
  alertBlurViewColor: color,
  alertBlurViewAlpha: alpha,
  alertContentViewColor: color,
  alertContentViewAlpha: alpha,
  alertCornerRadiusArray: radii,
  alertTitleBarColor: color,
  alertBarIsHidden: bool,
  alertTitle: attributed,
  alertCloseImage: image,
  alertCloseItemIsHidden: bool,
  alertTitleBarFrame: frame,
  alertTitleFrame: frame,
  alertCloseItemFrame: frame,
  alertFrameChangeWithKeyboard: bool,
  tapAuthPageMaskClosePage: bool,
  // Status bar.
  prefersStatusBarHidden: bool,
  preferredStatusBarStyle: { type: 'enum', values: ['light', 'dark'] },
  statusBarColor: color,
  // Nav bar.
  navIsHidden: bool,
  // navColor: a page token (below).
  navTitle: attributed,
  navBackImage: image,
  hideNavBackItem: bool,
  navBackButtonFrame: frame,
  navTitleFrame: frame,
  navMoreView: { type: 'customView' },
  navMoreViewFrame: frame,
  // Background (backgroundColor: a page token, below).
  backgroundImage: image,
  backgroundImageContentMode: { type: 'enum', values: ['cover', 'contain', 'fill', 'center'] },
  // Logo, slogan, masked number.
  logoImage: image,
  logoIsHidden: bool,
  logoFrame: frame,
  sloganText: attributed,
  sloganIsHidden: bool,
  sloganFrame: frame,
  numberColor: color,
  numberFont: font,
  numberFrame: { type: 'frame', only: ['x', 'y', 'dx', 'dy'] },
  // Login button.
  loginBtnText: attributed,
  loginBtnBgImgs: { type: 'images', min: 1, max: 3, colorsAllowed: true },
  autoHideLoginLoading: bool,
  loginBtnFrame: frame,
  // "Other login methods".
  changeBtnTitle: attributed,
  changeBtnIsHidden: bool,
  changeBtnFrame: frame,
  // Checkbox.
  checkBoxImages: { type: 'images', min: 2, max: 2, colorsAllowed: false },
  checkBoxImageEdgeInsets: { type: 'insets' },
  checkBoxIsChecked: bool,
  checkBoxIsHidden: bool,
  checkBoxWH: { type: 'number', min: 12, max: 48 },
  checkBoxVerticalCenter: bool,
  checkboxAnimation: { type: 'enum', values: ['shake', 'none'] },
  expandAuthPageCheckedScope: bool,
  // Agreements.
  privacyOne: agreement,
  privacyTwo: agreement,
  privacyThree: agreement,
  privacyConectTexts: { type: 'texts', max: 3 },
  privacyColors: { type: 'colors', min: 2, max: 2 },
  privacyOperatorColor: color,
  privacyOneColor: color,
  privacyTwoColor: color,
  privacyThreeColor: color,
  privacyAlignment: { type: 'enum', values: ['left', 'center', 'right'] },
  privacyPreText: text,
  privacySufText: text,
  privacyOperatorPreText: { type: 'enum', values: BRACKETS },
  privacyOperatorSufText: { type: 'enum', values: Object.values(BRACKET_PAIRS) },
  privacyOperatorIndex: { type: 'number', min: 0, max: 3, integer: true },
  privacyFont: font,
  privacyLineSpaceDp: { type: 'number', min: 0, max: 24 },
  privacyOperatorFont: font,
  privacyOperatorUnderline: bool,
  privacyFrame: frame,
  privacyAnimation: { type: 'enum', values: ['shake', 'none'] },
  // Agreement viewer.
  privacyVCIsCustomized: bool,
  privacyNavColor: color,
  privacyNavTitleFont: font,
  privacyNavTitleColor: color,
  privacyNavBackImage: image,
  // Second consent popup.
  privacyAlertIsNeedShow: bool,
  privacyAlertIsNeedAutoLogin: bool,
  privacyAlertTitleContent: text,
  privacyAlertTitleColor: color,
  privacyAlertTitleFont: font,
  privacyAlertPreText: text,
  privacyAlertSufText: text,
  privacyAlertContentColors: { type: 'colors', min: 2, max: 2 },
  privacyAlertContentFont: font,
  privacyAlertContentAlignment: { type: 'enum', values: ['left', 'center', 'right'] },
  privacyAlertBtnContent: text,
  privacyAlertButtonTextColors: { type: 'colors', min: 1, max: 2 },
  privacyAlertBtnBackgroundImages: { type: 'images', min: 1, max: 2, colorsAllowed: true },
  privacyAlertCornerRadiusArray: radii,
  privacyAlertBackgroundColor: color,
  privacyAlertMaskIsNeedShow: bool,
  privacyAlertMaskColor: color,
  privacyAlertMaskAlpha: alpha,
  tapPrivacyAlertMaskCloseAlert: bool,
  privacyAlertCloseButtonIsNeedShow: bool,
  privacyAlertCloseImage: image,
  privacyAlertFrame: frame,
  // Toast when login is pressed unticked.
  logBtnToastHidden: bool,
  logBtnToastText: text,
  // Custom views (customViewBlock / addAuthRegistViewConfig).
  customViews: { type: 'customViews' },
  // Animations and orientation.
  presentDirection: { type: 'enum', values: ['bottom', 'right', 'top', 'left'] },
  animationDuration: { type: 'number', min: 0, max: 3 },
  entryAnimation: { type: 'enum', values: ANIMATIONS },
  exitAnimation: { type: 'enum', values: ANIMATIONS },
  supportedInterfaceOrientations: { type: 'enum', values: ['portrait', 'landscape', 'all'] },
  // Page-level tokens (all pages) and their dark-mode variants.
  ...PAGE_TOKENS,
  dark: { type: 'dark' },
} as const satisfies Record<string, Kind>;

export type PropertyName = keyof typeof PROPERTIES;
export type PageToken = keyof typeof PAGE_TOKENS;

export function isPropertyName(key: string): key is PropertyName {
  return hasOwn(PROPERTIES, key);
}
