/**
 * What the native SDKs document, and so what an export may write as code: TXCustomModel's
 * properties (iOS) and AuthUIConfig.Builder's setters (Android). Anything else is exported as a
 * comment. scripts/export-compile/ holds the same lists as a header and a Java stub, against which
 * compile.node.test.ts compiles every export (clang, javac) and checks the lists agree.
 */
export const TX_CUSTOM_MODEL_PROPERTIES: ReadonlySet<string> = new Set(
  (
    'contentViewFrameBlock alertBlurViewColor alertBlurViewAlpha alertContentViewColor ' +
    'alertContentViewAlpha alertCornerRadiusArray alertTitleBarColor alertBarIsHidden alertTitle ' +
    'alertCloseImage alertCloseItemIsHidden alertTitleBarFrameBlock alertTitleFrameBlock ' +
    'alertCloseItemFrameBlock alertFrameChangeWithKeyboard tapAuthPageMaskClosePage ' +
    'prefersStatusBarHidden preferredStatusBarStyle navIsHidden navColor navTitle navBackImage ' +
    'hideNavBackItem navBackButtonFrameBlock navTitleFrameBlock navMoreView navMoreViewFrameBlock ' +
    'backgroundColor backgroundImage backgroundImageContentMode logoImage logoIsHidden logoFrameBlock ' +
    'sloganText sloganIsHidden sloganFrameBlock numberColor numberFont numberFrameBlock loginBtnText ' +
    'loginBtnBgImgs autoHideLoginLoading loginBtnFrameBlock changeBtnTitle changeBtnIsHidden ' +
    'changeBtnFrameBlock checkBoxImages checkBoxImageEdgeInsets checkBoxIsChecked checkBoxIsHidden ' +
    'checkBoxWH checkBoxVerticalCenter checkboxAnimation expandAuthPageCheckedScope privacyOne ' +
    'privacyTwo privacyThree privacyConectTexts privacyColors privacyOperatorColor privacyOneColor ' +
    'privacyTwoColor privacyThreeColor privacyAlignment privacyPreText privacySufText ' +
    'privacyOperatorPreText privacyOperatorSufText privacyOperatorIndex privacyFont ' +
    'privacyLineSpaceDp privacyOperatorFont privacyOperatorUnderline privacyFrameBlock ' +
    'privacyAnimation privacyVCIsCustomized privacyNavColor privacyNavTitleFont privacyNavTitleColor ' +
    'privacyNavBackImage privacyAlertIsNeedShow privacyAlertIsNeedAutoLogin privacyAlertTitleContent ' +
    'privacyAlertTitleColor privacyAlertTitleFont privacyAlertPreText privacyAlertSufText ' +
    'privacyAlertContentColors privacyAlertContentFont privacyAlertContentAlignment ' +
    'privacyAlertBtnContent privacyAlertButtonTextColors privacyAlertBtnBackgroundImages ' +
    'privacyAlertCornerRadiusArray privacyAlertBackgroundColor privacyAlertMaskIsNeedShow ' +
    'privacyAlertMaskColor privacyAlertMaskAlpha tapPrivacyAlertMaskCloseAlert ' +
    'privacyAlertCloseButtonIsNeedShow privacyAlertCloseButtonImage privacyAlertFrameBlock ' +
    'presentDirection animationDuration entryAnimation exitAnimation supportedInterfaceOrientations'
  ).split(' '),
);

export const AUTH_UI_CONFIG_SETTERS: ReadonlySet<string> = new Set(
  (
    'setTapAuthPageMaskClosePage setStatusBarHidden setLightColor setStatusBarColor setNavHidden ' +
    'setNavColor setNavText setNavTextColor setNavTextSizeDp setNavReturnImgPath setNavReturnHidden ' +
    'setPageBackgroundPath setLogoImgPath setLogoHidden setSloganText setSloganTextColor ' +
    'setSloganTextSizeDp setSloganHidden setNumberColor setNumberSizeDp setLogBtnText ' +
    'setLogBtnTextColor setLogBtnTextSizeDp setLogBtnBackgroundPath setLogBtnToastHidden ' +
    'setSwitchAccText setSwitchAccTextColor setSwitchAccTextSizeDp setSwitchAccHidden ' +
    'setUncheckedImgPath setCheckedImgPath setPrivacyState setCheckboxHidden setCheckBoxWidth ' +
    'setAppPrivacyOne setAppPrivacyTwo setAppPrivacyThree setPrivacyConectTexts setAppPrivacyColor ' +
    'setProtocolGravity setPrivacyBefore setPrivacyEnd setVendorPrivacyPrefix setVendorPrivacySuffix ' +
    'setPrivacyOperatorIndex setPrivacyTextSizeDp setWebNavColor setWebViewStatusBarColor ' +
    'setWebNavTextSizeDp setWebNavTextColor setWebNavReturnImgPath setPrivacyAlertIsNeedShow ' +
    'setPrivacyAlertIsNeedAutoLogin setPrivacyAlertTitleContent setPrivacyAlertBtnContent ' +
    'setPrivacyAlertMaskIsNeedShow setPrivacyAlertMaskAlpha setTapPrivacyAlertMaskCloseAlert ' +
    'setPrivacyAlertCloseBtnShow setAuthPageActIn setAuthPageActOut setScreenOrientation'
  ).split(' '),
);
