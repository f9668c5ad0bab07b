// AuthUIConfig.Builder as the Android one-click SDK documents it (seeds 001/003, docs/theme.md's
// Android names), for compiling the studio's Java export with `javac`
// (src/features/studio/export/compile.node.test.ts). Bodies are empty: this checks names and
// argument types, nothing else. A setter missing here is one the exporter must write as a comment.
package com.mobile.auth.gatewayauth;

public class AuthUIConfig {
  public static class Builder {
    // Mode and status bar
    public Builder setTapAuthPageMaskClosePage(boolean close) { return this; }
    public Builder setStatusBarHidden(boolean hidden) { return this; }
    public Builder setLightColor(boolean light) { return this; }
    public Builder setStatusBarColor(int color) { return this; }
    // Nav bar
    public Builder setNavHidden(boolean hidden) { return this; }
    public Builder setNavColor(int color) { return this; }
    public Builder setNavText(String text) { return this; }
    public Builder setNavTextColor(int color) { return this; }
    public Builder setNavTextSizeDp(int size) { return this; }
    public Builder setNavReturnImgPath(String drawable) { return this; }
    public Builder setNavReturnHidden(boolean hidden) { return this; }
    // Background, logo, slogan
    public Builder setPageBackgroundPath(String drawable) { return this; }
    public Builder setLogoImgPath(String drawable) { return this; }
    public Builder setLogoHidden(boolean hidden) { return this; }
    public Builder setSloganText(String text) { return this; }
    public Builder setSloganTextColor(int color) { return this; }
    public Builder setSloganTextSizeDp(int size) { return this; }
    public Builder setSloganHidden(boolean hidden) { return this; }
    // Masked number, login button, switch button
    public Builder setNumberColor(int color) { return this; }
    public Builder setNumberSizeDp(int size) { return this; }
    public Builder setLogBtnText(String text) { return this; }
    public Builder setLogBtnTextColor(int color) { return this; }
    public Builder setLogBtnTextSizeDp(int size) { return this; }
    public Builder setLogBtnBackgroundPath(String drawable) { return this; }
    public Builder setLogBtnToastHidden(boolean hidden) { return this; }
    public Builder setSwitchAccText(String text) { return this; }
    public Builder setSwitchAccTextColor(int color) { return this; }
    public Builder setSwitchAccTextSizeDp(int size) { return this; }
    public Builder setSwitchAccHidden(boolean hidden) { return this; }
    // Checkbox
    public Builder setUncheckedImgPath(String drawable) { return this; }
    public Builder setCheckedImgPath(String drawable) { return this; }
    public Builder setPrivacyState(boolean checked) { return this; }
    public Builder setCheckboxHidden(boolean hidden) { return this; }
    public Builder setCheckBoxWidth(int width) { return this; }
    // Agreements
    public Builder setAppPrivacyOne(String name, String url) { return this; }
    public Builder setAppPrivacyTwo(String name, String url) { return this; }
    public Builder setAppPrivacyThree(String name, String url) { return this; }
    public Builder setPrivacyConectTexts(String[] texts) { return this; }
    public Builder setAppPrivacyColor(int baseColor, int linkColor) { return this; }
    public Builder setProtocolGravity(int gravity) { return this; }
    public Builder setPrivacyBefore(String text) { return this; }
    public Builder setPrivacyEnd(String text) { return this; }
    public Builder setVendorPrivacyPrefix(String prefix) { return this; }
    public Builder setVendorPrivacySuffix(String suffix) { return this; }
    public Builder setPrivacyOperatorIndex(int index) { return this; }
    public Builder setPrivacyTextSizeDp(int size) { return this; }
    // Agreement viewer
    public Builder setWebNavColor(int color) { return this; }
    public Builder setWebViewStatusBarColor(int color) { return this; }
    public Builder setWebNavTextSizeDp(int size) { return this; }
    public Builder setWebNavTextColor(int color) { return this; }
    public Builder setWebNavReturnImgPath(String drawable) { return this; }
    // Second consent popup
    public Builder setPrivacyAlertIsNeedShow(boolean show) { return this; }
    public Builder setPrivacyAlertIsNeedAutoLogin(boolean autoLogin) { return this; }
    public Builder setPrivacyAlertTitleContent(String title) { return this; }
    public Builder setPrivacyAlertBtnContent(String text) { return this; }
    public Builder setPrivacyAlertMaskIsNeedShow(boolean show) { return this; }
    public Builder setPrivacyAlertMaskAlpha(float alpha) { return this; }
    public Builder setTapPrivacyAlertMaskCloseAlert(boolean close) { return this; }
    public Builder setPrivacyAlertCloseBtnShow(boolean show) { return this; }
    // Animations and orientation
    public Builder setAuthPageActIn(String enterAnim, String exitAnim) { return this; }
    public Builder setAuthPageActOut(String enterAnim, String exitAnim) { return this; }
    public Builder setScreenOrientation(int orientation) { return this; }

    public AuthUIConfig create() { return new AuthUIConfig(); }
  }
}
