import type { PackMessageKey } from '../../i18n/packs';
import { PAGE_TOKENS, type PropertyName } from '../../theme/properties';

/** The studio's control groups: the theme's elements, in their order (docs/theme.md, "Elements"); every property of PROPERTIES is in one. */
export interface Group {
  id: string;
  label: PackMessageKey;
  properties: readonly PropertyName[];
}

export const GROUPS: readonly Group[] = [
  { id: 'page', label: 'studio.group.page', properties: Object.keys(PAGE_TOKENS) as PropertyName[] },
  {
    id: 'window',
    label: 'studio.group.window',
    properties: [
      'contentViewFrame', 'alertBlurViewColor', 'alertBlurViewAlpha', 'alertContentViewColor', 'alertContentViewAlpha', 'alertCornerRadiusArray',
      'alertTitleBarColor', 'alertBarIsHidden', 'alertTitle', 'alertCloseImage', 'alertCloseItemIsHidden', 'alertTitleBarFrame', 'alertTitleFrame',
      'alertCloseItemFrame', 'alertFrameChangeWithKeyboard', 'tapAuthPageMaskClosePage',
    ],
  },
  { id: 'statusBar', label: 'studio.group.statusBar', properties: ['prefersStatusBarHidden', 'preferredStatusBarStyle', 'statusBarColor'] },
  { id: 'nav', label: 'studio.group.nav', properties: ['navIsHidden', 'navTitle', 'navBackImage', 'hideNavBackItem', 'navBackButtonFrame', 'navTitleFrame', 'navMoreView', 'navMoreViewFrame'] },
  { id: 'background', label: 'studio.group.background', properties: ['backgroundImage', 'backgroundImageContentMode'] },
  { id: 'logo', label: 'studio.group.logo', properties: ['logoImage', 'logoIsHidden', 'logoFrame'] },
  { id: 'slogan', label: 'studio.group.slogan', properties: ['sloganText', 'sloganIsHidden', 'sloganFrame'] },
  { id: 'number', label: 'studio.group.number', properties: ['numberColor', 'numberFont', 'numberFrame'] },
  { id: 'login', label: 'studio.group.login', properties: ['loginBtnText', 'loginBtnBgImgs', 'autoHideLoginLoading', 'loginBtnFrame'] },
  { id: 'change', label: 'studio.group.change', properties: ['changeBtnTitle', 'changeBtnIsHidden', 'changeBtnFrame'] },
  {
    id: 'checkbox',
    label: 'studio.group.checkbox',
    properties: ['checkBoxImages', 'checkBoxImageEdgeInsets', 'checkBoxIsChecked', 'checkBoxIsHidden', 'checkBoxWH', 'checkBoxVerticalCenter', 'checkboxAnimation', 'expandAuthPageCheckedScope'],
  },
  {
    id: 'privacy',
    label: 'studio.group.privacy',
    properties: [
      'privacyOne', 'privacyTwo', 'privacyThree', 'privacyConectTexts', 'privacyColors', 'privacyOperatorColor', 'privacyOneColor', 'privacyTwoColor',
      'privacyThreeColor', 'privacyAlignment', 'privacyPreText', 'privacySufText', 'privacyOperatorPreText', 'privacyOperatorSufText', 'privacyOperatorIndex',
      'privacyFont', 'privacyLineSpaceDp', 'privacyOperatorFont', 'privacyOperatorUnderline', 'privacyFrame', 'privacyAnimation',
    ],
  },
  { id: 'viewer', label: 'studio.group.viewer', properties: ['privacyVCIsCustomized', 'privacyNavColor', 'privacyNavTitleFont', 'privacyNavTitleColor', 'privacyNavBackImage'] },
  {
    id: 'consent',
    label: 'studio.group.consent',
    properties: [
      'privacyAlertIsNeedShow', 'privacyAlertIsNeedAutoLogin', 'privacyAlertTitleContent', 'privacyAlertTitleColor', 'privacyAlertTitleFont', 'privacyAlertPreText',
      'privacyAlertSufText', 'privacyAlertContentColors', 'privacyAlertContentFont', 'privacyAlertContentAlignment', 'privacyAlertBtnContent',
      'privacyAlertButtonTextColors', 'privacyAlertBtnBackgroundImages', 'privacyAlertCornerRadiusArray', 'privacyAlertBackgroundColor',
      'privacyAlertMaskIsNeedShow', 'privacyAlertMaskColor', 'privacyAlertMaskAlpha', 'tapPrivacyAlertMaskCloseAlert', 'privacyAlertCloseButtonIsNeedShow',
      'privacyAlertCloseImage', 'privacyAlertFrame',
    ],
  },
  { id: 'toast', label: 'studio.group.toast', properties: ['logBtnToastHidden', 'logBtnToastText'] },
  { id: 'custom', label: 'studio.group.custom', properties: ['customViews'] },
  { id: 'motion', label: 'studio.group.motion', properties: ['presentDirection', 'animationDuration', 'entryAnimation', 'exitAnimation', 'supportedInterfaceOrientations'] },
  { id: 'dark', label: 'studio.group.dark', properties: ['dark'] },
];

/** The group a property is edited in (for a problem's "show the control"). */
export function groupOf(name: string): Group | undefined {
  return GROUPS.find((group) => (group.properties as readonly string[]).includes(name));
}
