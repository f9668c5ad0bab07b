/**
 * What the vendor's own examples set, line by line (docs/theme.md, "Names"): the iOS AddThemeExample
 * (TXCustomModel) and the Android AuthUIConfig.Builder example. The exporters must write exactly these for the seed themes
 * (public/themes/seed-000-ios.json, seed-001-android.json; English texts): checked by the unit
 * tests (export.node.test.ts) and by the studio's e2e export.
 */
export const SEED_000_OBJC_LINES: readonly string[] = [
  'model.supportedInterfaceOrientations = UIInterfaceOrientationMaskPortrait;',
  'model.navIsHidden = NO;',
  'model.logoIsHidden = NO;',
  'model.navColor = [UIColor clearColor];',
  'model.navTitle = [[NSAttributedString alloc] initWithString:@"Login" attributes:@{NSForegroundColorAttributeName : [UIColor blackColor], NSFontAttributeName : [UIFont systemFontOfSize:20.0]}];',
  'model.loginBtnText = [[NSAttributedString alloc] initWithString:@"One-Click Login with Local Number" attributes:@{NSForegroundColorAttributeName : [UIColor whiteColor], NSFontAttributeName : [UIFont systemFontOfSize:20.0]}];',
  'model.navBackImage = [UIImage imageNamed:@"fanhuianniu-2"];',
  'model.checkBoxImages = @[[UIImage imageNamed:@"gou-2"], [UIImage imageNamed:@"gou"]];',
  'model.changeBtnTitle = [[NSAttributedString alloc] initWithString:@"Other Login Methods" attributes:@{NSForegroundColorAttributeName : [UIColor colorWithRed:255.0/255.0 green:99.0/255.0 blue:71.0/255.0 alpha:1.0], NSFontAttributeName : [UIFont systemFontOfSize:15.0]}];',
  'model.logoImage = [UIImage imageNamed:@"wangluo"];',
  'model.privacyNavBackImage = [UIImage imageNamed:@"fanhuianniu-2"];',
  'model.sloganIsHidden = YES;',
  'model.privacyAlignment = NSTextAlignmentCenter;',
];

/** Seed 001's builder, call by call (authPageOrientation is SCREEN_ORIENTATION_SENSOR_PORTRAIT there). */
export const SEED_001_JAVA_CALLS: readonly string[] = [
  '.setAppPrivacyOne("《Custom Privacy Agreement》", "https://www.qq.com")',
  '.setAppPrivacyTwo("《Baidu》", "https://www.baidu.com")',
  '.setAppPrivacyColor(Color.GRAY, Color.parseColor("#002E00"))',
  '.setSwitchAccHidden(true)',
  '.setLogBtnToastHidden(true)',
  '.setNavColor(Color.parseColor("#026ED2"))',
  '.setStatusBarColor(Color.parseColor("#026ED2"))',
  '.setWebViewStatusBarColor(Color.parseColor("#026ED2"))',
  '.setLightColor(false)',
  '.setWebNavTextSizeDp(20)',
  '.setAuthPageActIn("in_activity", "out_activity")',
  '.setAuthPageActOut("in_activity", "out_activity")',
  '.setVendorPrivacyPrefix("《")',
  '.setVendorPrivacySuffix("》")',
  '.setPageBackgroundPath("page_background_color")',
  '.setLogoImgPath("mytel_app_launcher")',
  '.setLogBtnBackgroundPath("login_btn_bg")',
  '.setScreenOrientation(ActivityInfo.SCREEN_ORIENTATION_SENSOR_PORTRAIT)',
];
