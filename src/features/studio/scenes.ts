import { PATHS } from '../../app/paths';
import type { RoutePath } from '../../app/route-table';

/**
 * What the studio previews: every page and state a theme reaches (issue 6), each rendered by the
 * real page component inside a preview frame, with emulated data.
 */
export const SCENE_IDS = [
  'one-click',
  'one-click-window',
  'consent-popup',
  'one-click-problem',
  'password-login',
  'password-login-errors',
  'password-warn',
  'password-expired',
  'sms-login',
  'slider',
  'forgot-password',
  'register',
] as const;
export type SceneId = (typeof SCENE_IDS)[number];

export interface Scene {
  route: RoutePath;
  /** The emulated carriers' answer to the environment check (a failure code shows the page's explanation). */
  carrierCheck?: string;
  /** Theme values the state needs when the theme does not set them (window mode needs a content frame). */
  themeDefaults?: Record<string, unknown>;
  /** Theme values the state forces (the consent popup must be enabled to be seen). */
  themeForced?: Record<string, unknown>;
}

export const SCENES: Record<SceneId, Scene> = {
  'one-click': { route: PATHS.oneClick },
  'one-click-window': { route: PATHS.oneClick, themeDefaults: { contentViewFrame: { width: 320, height: 420 } } },
  'consent-popup': { route: PATHS.oneClick, themeForced: { privacyAlertIsNeedShow: true, checkBoxIsChecked: false, checkBoxIsHidden: false } },
  'one-click-problem': { route: PATHS.oneClick, carrierCheck: '600008' },
  'password-login': { route: PATHS.login },
  'password-login-errors': { route: PATHS.login },
  'password-warn': { route: PATHS.login },
  'password-expired': { route: PATHS.changePassword },
  'sms-login': { route: PATHS.smsLogin },
  slider: { route: PATHS.smsLogin },
  'forgot-password': { route: PATHS.forgotPassword },
  register: { route: PATHS.register },
};

/** Device frames: CSS viewport of each (the desktop frame is drawn scaled down). */
export const DEVICES = {
  'phone-small': { width: 320, height: 568 },
  phone: { width: 390, height: 844 },
  tablet: { width: 768, height: 1024 },
  desktop: { width: 1280, height: 800 },
} as const;
export type DeviceId = keyof typeof DEVICES;
export const DEVICE_IDS = Object.keys(DEVICES) as DeviceId[];

export type ColorScheme = 'light' | 'dark';
