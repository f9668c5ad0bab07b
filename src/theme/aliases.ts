import type { PropertyName } from './properties';

/**
 * Android `AuthUIConfig.Builder` setter names accepted as aliases of the TXCustomModel names
 * (docs/theme.md, "Names"). Some setters set one part of a property: a field of an attributed text or font, or
 * one image of a list; `convert` turns Android's value into the theme's.
 */
export interface Alias {
  to: PropertyName;
  field?: 'text' | 'color' | 'fontSize' | 'size';
  index?: number;
  convert?: (value: unknown) => unknown;
}

/** Android `ActivityInfo.SCREEN_ORIENTATION_*` constants → theme orientation. */
function orientation(value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if ([1, 7, 9, 12].includes(value)) return 'portrait';
  if ([0, 6, 8, 11].includes(value)) return 'landscape';
  return 'all';
}

/** `setAuthPageActIn("in_activity", "out_activity")`: Android animation resources have no web meaning; a preset name passes. */
function animation(value: unknown): unknown {
  const name = Array.isArray(value) ? value[0] : value;
  return typeof name === 'string' && ['slide', 'fade', 'none'].includes(name) ? name : 'slide';
}

/** `setLightColor(true)`: dark status-bar content on a light bar. */
function lightColor(value: unknown): unknown {
  return typeof value === 'boolean' ? (value ? 'dark' : 'light') : value;
}

/** Android's `Gravity` constants for `setProtocolGravity`. */
function gravity(value: unknown): unknown {
  if (value === 3 || value === 8388611) return 'left';
  if (value === 5 || value === 8388613) return 'right';
  if (value === 1 || value === 17) return 'center';
  return value;
}

/** A single drawable for the three button states. */
function list(value: unknown): unknown {
  return typeof value === 'string' ? [value] : value;
}

export const ANDROID_ALIASES: Record<string, Alias> = {
  setStatusBarColor: { to: 'statusBarColor' },
  setStatusBarHidden: { to: 'prefersStatusBarHidden' },
  setLightColor: { to: 'preferredStatusBarStyle', convert: lightColor },
  setNavColor: { to: 'navColor' },
  setNavText: { to: 'navTitle', field: 'text' },
  setNavTextColor: { to: 'navTitle', field: 'color' },
  setNavTextSizeDp: { to: 'navTitle', field: 'fontSize' },
  setNavHidden: { to: 'navIsHidden' },
  setNavReturnImgPath: { to: 'navBackImage' },
  setNavReturnHidden: { to: 'hideNavBackItem' },
  setPageBackgroundPath: { to: 'backgroundImage' },
  setLogoImgPath: { to: 'logoImage' },
  setLogoHidden: { to: 'logoIsHidden' },
  setSloganText: { to: 'sloganText', field: 'text' },
  setSloganTextColor: { to: 'sloganText', field: 'color' },
  setSloganTextSizeDp: { to: 'sloganText', field: 'fontSize' },
  setSloganHidden: { to: 'sloganIsHidden' },
  setNumberColor: { to: 'numberColor' },
  setNumberSizeDp: { to: 'numberFont', field: 'size' },
  setLogBtnText: { to: 'loginBtnText', field: 'text' },
  setLogBtnTextColor: { to: 'loginBtnText', field: 'color' },
  setLogBtnTextSizeDp: { to: 'loginBtnText', field: 'fontSize' },
  setLogBtnBackgroundPath: { to: 'loginBtnBgImgs', convert: list },
  setLogBtnToastHidden: { to: 'logBtnToastHidden' },
  setSwitchAccHidden: { to: 'changeBtnIsHidden' },
  setSwitchAccText: { to: 'changeBtnTitle', field: 'text' },
  setSwitchAccTextColor: { to: 'changeBtnTitle', field: 'color' },
  setSwitchAccTextSizeDp: { to: 'changeBtnTitle', field: 'fontSize' },
  setPrivacyState: { to: 'checkBoxIsChecked' },
  setCheckboxHidden: { to: 'checkBoxIsHidden' },
  setUncheckedImgPath: { to: 'checkBoxImages', index: 0 },
  setCheckedImgPath: { to: 'checkBoxImages', index: 1 },
  setCheckBoxWidth: { to: 'checkBoxWH' },
  setAppPrivacyOne: { to: 'privacyOne' },
  setAppPrivacyTwo: { to: 'privacyTwo' },
  setAppPrivacyThree: { to: 'privacyThree' },
  setAppPrivacyColor: { to: 'privacyColors' },
  setPrivacyConectTexts: { to: 'privacyConectTexts' },
  setPrivacyBefore: { to: 'privacyPreText' },
  setPrivacyEnd: { to: 'privacySufText' },
  setVendorPrivacyPrefix: { to: 'privacyOperatorPreText' },
  setVendorPrivacySuffix: { to: 'privacyOperatorSufText' },
  setPrivacyOperatorIndex: { to: 'privacyOperatorIndex' },
  setPrivacyTextSizeDp: { to: 'privacyFont', field: 'size' },
  setProtocolGravity: { to: 'privacyAlignment', convert: gravity },
  setWebNavColor: { to: 'privacyNavColor' },
  setWebViewStatusBarColor: { to: 'privacyNavColor' },
  setWebNavTextColor: { to: 'privacyNavTitleColor' },
  setWebNavTextSizeDp: { to: 'privacyNavTitleFont', field: 'size' },
  setWebNavReturnImgPath: { to: 'privacyNavBackImage' },
  setPrivacyAlertIsNeedShow: { to: 'privacyAlertIsNeedShow' },
  setPrivacyAlertIsNeedAutoLogin: { to: 'privacyAlertIsNeedAutoLogin' },
  setPrivacyAlertTitleContent: { to: 'privacyAlertTitleContent' },
  setPrivacyAlertBtnContent: { to: 'privacyAlertBtnContent' },
  setPrivacyAlertMaskIsNeedShow: { to: 'privacyAlertMaskIsNeedShow' },
  setPrivacyAlertMaskAlpha: { to: 'privacyAlertMaskAlpha' },
  setTapPrivacyAlertMaskCloseAlert: { to: 'tapPrivacyAlertMaskCloseAlert' },
  setPrivacyAlertCloseBtnShow: { to: 'privacyAlertCloseButtonIsNeedShow' },
  setTapAuthPageMaskClosePage: { to: 'tapAuthPageMaskClosePage' },
  setAuthPageActIn: { to: 'entryAnimation', convert: animation },
  setAuthPageActOut: { to: 'exitAnimation', convert: animation },
  setScreenOrientation: { to: 'supportedInterfaceOrientations', convert: orientation },
};
