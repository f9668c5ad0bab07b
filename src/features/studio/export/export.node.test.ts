import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANDROID_ALIASES } from '../../../theme/aliases';
import { validateTheme } from '../../../theme/full';
import type { Theme } from '../../../theme/model';
import { PROPERTIES, type PropertyName } from '../../../theme/properties';
import { javaColor, exportJava, javaString } from './java';
import { exportJson, readJson } from './json';
import { allPropertiesInput } from './sample-theme.testing';
import { SEED_000_OBJC_LINES, SEED_001_JAVA_CALLS } from './seed-examples';
import { exportObjC, objcString, uiColor } from './objc';

const themeText = (name: string): string => readFileSync(new URL(`../../../../public/themes/${name}`, import.meta.url), 'utf8');

/** A theme document as the studio reads it: JSON, then the full check (no errors allowed). */
function imported(text: string): Theme {
  const read = readJson(text);
  if (!read.ok) throw new Error(read.message);
  return valid(read.value as Record<string, unknown>);
}

function valid(input: Record<string, unknown>): Theme {
  const { theme, problems } = validateTheme(input);
  expect(problems.filter((p) => p.level === 'error')).toEqual([]);
  return theme;
}

const objcLines = (theme: Theme, locale: 'zh-CN' | 'zh-TW' | 'en' = 'en') => exportObjC(theme, locale).split('\n');
const javaLines = (theme: Theme, locale: 'zh-CN' | 'zh-TW' | 'en' = 'en') => exportJava(theme, locale).split('\n').map((line) => line.trim());

/** The "not expressible" comment for a property, whatever the reason. */
const noted = (target: string, name: string, json: string) => expect.stringMatching(new RegExp(`^// not expressible in ${target.replace('.', '\\.')}: ${name} = ${json.replace(/[[\]{}().*+?^$|\\]/g, '\\$&')} \\(`));
const objcNote = (name: string, json: string) => noted('TXCustomModel', name, json);
const javaNote = (name: string, json: string) => noted('AuthUIConfig.Builder', name, json);

describe('seed 000 (AddThemeExample) → TXCustomModel', () => {
  const objc = exportObjC(imported(themeText('seed-000-ios.json')), 'en');
  const lines = objc.split('\n');

  it('sets every property of the seed to the seed code’s value', () => {
    expect(lines[0]).toBe('TXCustomModel *model = [[TXCustomModel alloc] init];');
    for (const line of SEED_000_OBJC_LINES) expect(lines).toContain(line);
  });

  it('shifts the logo by 100 and the number, login and switch buttons by 40, as the seed’s frame blocks do', () => {
    const block = (name: string, dy: number) =>
      [
        `model.${name} = ^CGRect(CGSize screenSize, CGSize superViewSize, CGRect frame) {`,
        `    frame = CGRectMake(frame.origin.x, frame.origin.y + ${dy}, frame.size.width, frame.size.height);`,
        '    return frame;',
        '};',
      ].join('\n');
    expect(objc).toContain(block('logoFrameBlock', 100));
    expect(objc).toContain(block('numberFrameBlock', 40));
    expect(objc).toContain(block('loginBtnFrameBlock', 40));
    expect(objc).toContain(block('changeBtnFrameBlock', 40));
  });

  it('has nothing left for the closing list: the seed is all TXCustomModel', () => {
    expect(objc).not.toContain('not expressible');
  });
});

describe('seed 001 (AuthUIConfig.Builder example) → Java', () => {
  const java = exportJava(imported(themeText('seed-001-android.json')), 'en');
  const lines = java.split('\n').map((line) => line.trim());

  it('makes every builder call of the seed with the same arguments', () => {
    for (const call of SEED_001_JAVA_CALLS) expect(lines).toContain(call);
  });

  it('is one builder expression', () => {
    expect(java.startsWith('new AuthUIConfig.Builder()\n')).toBe(true);
    expect(java.endsWith('\n    .create()')).toBe(true);
    expect(lines.slice(1, -1).every((line) => line === '' || line.startsWith('.') || line.startsWith('//'))).toBe(true);
  });

  it('names the disabled and pressed images that go into the state-list drawable', () => {
    expect(lines).toContain(
      '// loginBtnBgImgs: setLogBtnBackgroundPath takes one drawable: make res/drawable/login_btn_bg.xml a state-list drawable of enabled "login_btn_bg_enabled", disabled "login_btn_bg_disabled", pressed "login_btn_bg_pressed" (the first image renamed)',
    );
  });
});

describe('property groups', () => {
  it('mode / window', () => {
    const theme = valid({
      contentViewFrame: { x: 20, y: 100, width: 335, height: 400 },
      alertBlurViewColor: '#000000',
      alertBlurViewAlpha: 0.5,
      alertContentViewColor: '#ffffff',
      alertContentViewAlpha: 1,
      alertCornerRadiusArray: [20, 4, 8, 12],
      alertTitleBarColor: '#f4f6f9',
      alertBarIsHidden: false,
      alertTitle: { text: 'Sign in', color: '#000000', fontSize: 17, fontWeight: 600 },
      alertCloseImage: 'https://cdn.example.com/img/close@2x.png',
      alertCloseItemIsHidden: false,
      alertTitleBarFrame: { height: 44 },
      alertTitleFrame: { dx: 8 },
      alertCloseItemFrame: { x: 300 },
      alertFrameChangeWithKeyboard: true,
      tapAuthPageMaskClosePage: true,
    });
    const objc = exportObjC(theme, 'en');
    for (const line of [
      'model.contentViewFrameBlock = ^CGRect(CGSize screenSize, CGSize superViewSize, CGRect frame) {',
      '    frame = CGRectMake(20, 100, 335, 400);',
      'model.alertBlurViewColor = [UIColor blackColor];',
      'model.alertBlurViewAlpha = 0.5;',
      'model.alertContentViewColor = [UIColor whiteColor];',
      'model.alertContentViewAlpha = 1.0;',
      'model.alertCornerRadiusArray = @[@20, @4, @8, @12];',
      'model.alertTitleBarColor = [UIColor colorWithRed:244.0/255.0 green:246.0/255.0 blue:249.0/255.0 alpha:1.0];',
      'model.alertBarIsHidden = NO;',
      'model.alertTitle = [[NSAttributedString alloc] initWithString:@"Sign in" attributes:@{NSForegroundColorAttributeName : [UIColor blackColor], NSFontAttributeName : [UIFont systemFontOfSize:17.0 weight:UIFontWeightSemibold]}];',
      '// alertCloseImage: https://cdn.example.com/img/close@2x.png',
      'model.alertCloseImage = [UIImage imageNamed:@"close"];',
      'model.alertCloseItemIsHidden = NO;',
      'model.alertTitleBarFrameBlock = ^CGRect(CGSize screenSize, CGSize superViewSize, CGRect frame) {',
      '    frame = CGRectMake(frame.origin.x, frame.origin.y, frame.size.width, 44);',
      '    frame = CGRectMake(frame.origin.x + 8, frame.origin.y, frame.size.width, frame.size.height);',
      '    frame = CGRectMake(300, frame.origin.y, frame.size.width, frame.size.height);',
      'model.alertFrameChangeWithKeyboard = YES;',
      'model.tapAuthPageMaskClosePage = YES;',
    ]) {
      expect(objc.split('\n')).toContain(line);
    }
    const java = javaLines(theme);
    expect(java).toContain('.setTapAuthPageMaskClosePage(true)');
    expect(java).toContainEqual(javaNote('contentViewFrame', '{"x":20,"y":100,"width":335,"height":400}'));
    expect(java.find((line) => line.includes('contentViewFrame ='))).toMatch(/setDialogWidth/);
    expect(java).toContainEqual(javaNote('alertCornerRadiusArray', '[20,4,8,12]'));
    expect(java).toContainEqual(javaNote('alertTitle', '{"text":"Sign in","color":"#000000","fontSize":17,"fontWeight":600}'));
    expect(java).toContainEqual(javaNote('alertCloseImage', '"https://cdn.example.com/img/close@2x.png"'));
    expect(java).toContainEqual(javaNote('alertTitleFrame', '{"dx":8}'));
    expect(java.find((line) => line.includes('alertTitleFrame ='))).toMatch(/a dx\/dy shift cannot be expressed/);
  });

  it('status bar', () => {
    const theme = valid({ prefersStatusBarHidden: true, preferredStatusBarStyle: 'dark', statusBarColor: '#ffffff' });
    const objc = objcLines(theme);
    expect(objc).toContain('model.prefersStatusBarHidden = YES;');
    expect(objc).toContain('model.preferredStatusBarStyle = UIStatusBarStyleDarkContent;');
    expect(objc).toContainEqual(objcNote('statusBarColor', '"#ffffff"'));
    expect(javaLines(theme)).toEqual(['new AuthUIConfig.Builder()', '.setStatusBarHidden(true)', '.setLightColor(true)', '.setStatusBarColor(Color.WHITE)', '.create()']);
    expect(objcLines(valid({ preferredStatusBarStyle: 'light' }))).toContain('model.preferredStatusBarStyle = UIStatusBarStyleLightContent;');
  });

  it('nav bar, with texts per locale and an inline image', () => {
    const theme = valid({
      navIsHidden: false,
      navColor: '#026ED2',
      navTitle: { text: { 'zh-CN': '登录', en: 'Sign in' }, color: '#fff', fontSize: 18, fontWeight: 700 },
      navBackImage: 'data:image/svg+xml;base64,PHN2Zy8+',
      hideNavBackItem: true,
      navBackButtonFrame: { dx: -4 },
      navTitleFrame: { width: 200 },
      navMoreView: { id: 'help', kind: 'button', text: 'Help' },
      navMoreViewFrame: { x: 320, y: 0 },
    });
    const objc = objcLines(theme, 'zh-CN');
    for (const line of [
      'model.navIsHidden = NO;',
      'model.navColor = [UIColor colorWithRed:2.0/255.0 green:110.0/255.0 blue:210.0/255.0 alpha:1.0];',
      '// navTitle, other locales: "en": "Sign in"',
      'model.navTitle = [[NSAttributedString alloc] initWithString:@"登录" attributes:@{NSForegroundColorAttributeName : [UIColor whiteColor], NSFontAttributeName : [UIFont systemFontOfSize:18.0 weight:UIFontWeightBold]}];',
      '// navBackImage: an inline image/svg+xml (6 bytes) in the theme: add it to the app\'s asset catalog as "navBackImage"',
      'model.navBackImage = [UIImage imageNamed:@"navBackImage"];',
      'model.hideNavBackItem = YES;',
      '    frame = CGRectMake(frame.origin.x - 4, frame.origin.y, frame.size.width, frame.size.height);',
      '    frame = CGRectMake(frame.origin.x, frame.origin.y, 200, frame.size.height);',
      'model.navMoreViewFrameBlock = ^CGRect(CGSize screenSize, CGSize superViewSize, CGRect frame) {',
    ]) {
      expect(objc).toContain(line);
    }
    expect(objc).toContainEqual(objcNote('navMoreView', '{"id":"help","kind":"button","text":"Help"}'));
    expect(objc.join('\n')).not.toContain('data:');

    const java = javaLines(theme, 'en');
    for (const line of [
      '.setNavHidden(false)',
      '.setNavColor(Color.parseColor("#026ED2"))',
      '// navTitle, other locales: "zh-CN": "登录"',
      '.setNavText("Sign in")',
      '.setNavTextColor(Color.WHITE)',
      '.setNavTextSizeDp(18)',
      '// navBackImage: an inline image/svg+xml (6 bytes) in the theme: add it to res/drawable as "nav_back_image"',
      '.setNavReturnImgPath("nav_back_image")',
      '.setNavReturnHidden(true)',
    ]) {
      expect(java).toContain(line);
    }
    expect(java).toContainEqual(javaNote('navTitle.fontWeight', '700'));
    expect(java).toContainEqual(javaNote('navBackButtonFrame', '{"dx":-4}'));
    expect(java).toContainEqual(javaNote('navTitleFrame', '{"width":200}'));
    expect(java).toContainEqual(javaNote('navMoreView', '{"id":"help","kind":"button","text":"Help"}'));
    expect(java).toContainEqual(javaNote('navMoreViewFrame', '{"x":320,"y":0}'));
    expect(java.join('\n')).not.toContain('data:');
  });

  it('background', () => {
    const theme = valid({ backgroundColor: '#f4f6f9', backgroundImage: 'https://cdn.example.com/themes/Page-BG.png?v=2', backgroundImageContentMode: 'contain' });
    const objc = objcLines(theme);
    expect(objc).toContain('model.backgroundColor = [UIColor colorWithRed:244.0/255.0 green:246.0/255.0 blue:249.0/255.0 alpha:1.0];');
    expect(objc).toContain('// backgroundImage: https://cdn.example.com/themes/Page-BG.png?v=2');
    expect(objc).toContain('model.backgroundImage = [UIImage imageNamed:@"Page-BG"];');
    expect(objc).toContain('model.backgroundImageContentMode = UIViewContentModeScaleAspectFit;');
    for (const [mode, constant] of [['cover', 'UIViewContentModeScaleAspectFill'], ['fill', 'UIViewContentModeScaleToFill'], ['center', 'UIViewContentModeCenter']]) {
      expect(objcLines(valid({ backgroundImageContentMode: mode }))).toContain(`model.backgroundImageContentMode = ${constant};`);
    }
    const java = javaLines(theme);
    expect(java).toContain('// backgroundImage: https://cdn.example.com/themes/Page-BG.png?v=2');
    expect(java).toContain('// backgroundImage: Android resource names take [a-z0-9_] only: "Page-BG" → "page_bg"');
    expect(java).toContain('.setPageBackgroundPath("page_bg")');
    expect(java).toContainEqual(javaNote('backgroundColor', '"#f4f6f9"'));
    expect(java).toContainEqual(javaNote('backgroundImageContentMode', '"contain"'));
  });

  it('logo', () => {
    const theme = valid({ logoImage: '/themes/acme/2x-logo.png', logoIsHidden: false, logoFrame: { x: 10, y: 80, width: 90, height: 90 } });
    const objc = objcLines(theme);
    expect(objc).toContain('model.logoImage = [UIImage imageNamed:@"2x-logo"];');
    expect(objc).toContain('model.logoIsHidden = NO;');
    expect(objc).toContain('    frame = CGRectMake(10, 80, 90, 90);');
    const java = javaLines(theme);
    expect(java).toContain('.setLogoImgPath("img_2x_logo")');
    expect(java).toContain('.setLogoHidden(false)');
    const frameNote = java.find((line) => line.includes('logoFrame ='));
    expect(frameNote).toMatch(/absolute dp offsets from the top/);
    expect(frameNote).not.toMatch(/shift/);
  });

  it('slogan', () => {
    const theme = valid({ sloganText: { text: 'Fast & "safe"', color: '#808080', fontSize: 14 }, sloganIsHidden: false, sloganFrame: { dy: 10 } });
    const objc = objcLines(theme);
    expect(objc).toContain('model.sloganText = [[NSAttributedString alloc] initWithString:@"Fast & \\"safe\\"" attributes:@{NSForegroundColorAttributeName : [UIColor grayColor], NSFontAttributeName : [UIFont systemFontOfSize:14.0]}];');
    expect(objc).toContain('model.sloganIsHidden = NO;');
    expect(objc).toContain('    frame = CGRectMake(frame.origin.x, frame.origin.y + 10, frame.size.width, frame.size.height);');
    const java = javaLines(theme);
    for (const line of ['.setSloganText("Fast & \\"safe\\"")', '.setSloganTextColor(Color.parseColor("#808080"))', '.setSloganTextSizeDp(14)', '.setSloganHidden(false)']) {
      expect(java).toContain(line);
    }
    expect(java).toContainEqual(javaNote('sloganFrame', '{"dy":10}'));
  });

  it('masked number', () => {
    const theme = valid({ numberColor: '#333333', numberFont: { size: 28, weight: 600 }, numberFrame: { x: 0, y: 120 } });
    const objc = objcLines(theme);
    expect(objc).toContain('model.numberColor = [UIColor colorWithRed:51.0/255.0 green:51.0/255.0 blue:51.0/255.0 alpha:1.0];');
    expect(objc).toContain('model.numberFont = [UIFont systemFontOfSize:28.0 weight:UIFontWeightSemibold];');
    expect(objc).toContain('    frame = CGRectMake(0, 120, frame.size.width, frame.size.height);');
    const java = javaLines(theme);
    expect(java).toContain('.setNumberColor(Color.parseColor("#333333"))');
    expect(java).toContain('.setNumberSizeDp(28)');
    expect(java).toContainEqual(javaNote('numberFont.weight', '600'));
    expect(java).toContainEqual(javaNote('numberFrame', '{"x":0,"y":120}'));
  });

  it('login button, with colours where TXCustomModel takes images', () => {
    const theme = valid({ loginBtnText: { text: 'Log in', color: '#ffffff' }, loginBtnBgImgs: ['#0b5cad', '/themes/acme/off.png', '#ff0000'], autoHideLoginLoading: false, loginBtnFrame: { height: 48, dy: 12 } });
    const objc = objcLines(theme);
    expect(objc).toContain('model.loginBtnText = [[NSAttributedString alloc] initWithString:@"Log in" attributes:@{NSForegroundColorAttributeName : [UIColor whiteColor]}];');
    expect(objc).toContain('model.autoHideLoginLoading = NO;');
    expect(objc).toContain('    frame = CGRectMake(frame.origin.x, frame.origin.y + 12, frame.size.width, 48);');
    expect(objc).toContainEqual(objcNote('loginBtnBgImgs', '["#0b5cad","/themes/acme/off.png","#ff0000"]'));
    expect(objc.find((line) => line.includes('loginBtnBgImgs ='))).toContain(
      'TXCustomModel takes images: make images of these colours: enabled [UIColor colorWithRed:11.0/255.0 green:92.0/255.0 blue:173.0/255.0 alpha:1.0], disabled image "off", highlighted [UIColor redColor]',
    );
    const java = javaLines(theme);
    expect(java).toContain('.setLogBtnText("Log in")');
    expect(java).toContain('.setLogBtnTextColor(Color.WHITE)');
    expect(java.find((line) => line.includes('loginBtnBgImgs ='))).toContain('make a state-list drawable of enabled Color.parseColor("#0B5CAD"), disabled "off", pressed Color.RED');
    expect(java).toContainEqual(javaNote('autoHideLoginLoading', 'false'));
    expect(java).toContainEqual(javaNote('loginBtnFrame', '{"height":48,"dy":12}'));
    expect(javaLines(valid({ loginBtnBgImgs: ['/themes/acme/btn.png'] }))).toContain('.setLogBtnBackgroundPath("btn")');
  });

  it('switch button', () => {
    const theme = valid({ changeBtnTitle: 'Other ways', changeBtnIsHidden: false, changeBtnFrame: { y: 500 } });
    const objc = objcLines(theme);
    expect(objc).toContain('model.changeBtnTitle = [[NSAttributedString alloc] initWithString:@"Other ways" attributes:@{}];');
    expect(objc).toContain('model.changeBtnIsHidden = NO;');
    expect(objc).toContain('    frame = CGRectMake(frame.origin.x, 500, frame.size.width, frame.size.height);');
    const java = javaLines(theme);
    expect(java).toContain('.setSwitchAccText("Other ways")');
    expect(java).toContain('.setSwitchAccHidden(false)');
    expect(java).toContainEqual(javaNote('changeBtnFrame', '{"y":500}'));
  });

  it('checkbox', () => {
    const theme = valid({
      checkBoxImages: ['/themes/acme/Box Off.png'.replace(' ', '%20'), 'https://cdn.example.com/box-on.png'],
      checkBoxImageEdgeInsets: { top: 2, left: 2, bottom: 2, right: 2 },
      checkBoxIsChecked: true,
      checkBoxIsHidden: false,
      checkBoxWH: 18,
      checkBoxVerticalCenter: true,
      checkboxAnimation: 'shake',
      expandAuthPageCheckedScope: true,
    });
    const objc = objcLines(theme);
    for (const line of [
      '// checkBoxImages[1]: https://cdn.example.com/box-on.png',
      'model.checkBoxImages = @[[UIImage imageNamed:@"Box Off"], [UIImage imageNamed:@"box-on"]];',
      'model.checkBoxImageEdgeInsets = UIEdgeInsetsMake(2.0, 2.0, 2.0, 2.0);',
      'model.checkBoxIsChecked = YES;',
      'model.checkBoxIsHidden = NO;',
      'model.checkBoxWH = 18.0;',
      'model.checkBoxVerticalCenter = YES;',
      'CAKeyframeAnimation *checkboxAnimationShake = [CAKeyframeAnimation animationWithKeyPath:@"transform.translation.x"];',
      'checkboxAnimationShake.values = @[@0, @-6, @6, @-6, @6, @0];',
      'model.checkboxAnimation = checkboxAnimationShake;',
      'model.expandAuthPageCheckedScope = YES;',
    ]) {
      expect(objc).toContain(line);
    }
    const java = javaLines(theme);
    for (const line of [
      '// checkBoxImages[0]: Android resource names take [a-z0-9_] only: "Box Off" → "box_off"',
      '.setUncheckedImgPath("box_off")',
      '.setCheckedImgPath("box_on")',
      '.setPrivacyState(true)',
      '.setCheckboxHidden(false)',
      '.setCheckBoxWidth(18)',
    ]) {
      expect(java).toContain(line);
    }
    expect(java).toContainEqual(javaNote('checkBoxImageEdgeInsets', '{"top":2,"left":2,"bottom":2,"right":2}'));
    expect(java).toContainEqual(javaNote('checkBoxVerticalCenter', 'true'));
    expect(java).toContainEqual(javaNote('checkboxAnimation', '"shake"'));
    expect(java).toContainEqual(javaNote('expandAuthPageCheckedScope', 'true'));
  });

  it('agreements', () => {
    const theme = valid({
      privacyOne: [{ 'zh-CN': '《隐私政策》', en: '《Privacy Policy》' }, '/agreements/privacy.html'],
      privacyTwo: ['《用户协议》', 'https://example.com/terms'],
      privacyThree: ['《儿童隐私》', 'https://example.com/children'],
      privacyConectTexts: [{ 'zh-CN': '和', en: ' and ' }, '、', '、'],
      privacyColors: ['#999999', '#0b5cad'],
      privacyOperatorColor: '#0b5cad',
      privacyOneColor: '#ff0000',
      privacyTwoColor: '#00ff00',
      privacyThreeColor: '#0000ff',
      privacyAlignment: 'right',
      privacyPreText: '登录即同意',
      privacySufText: '并授权获取本机号码',
      privacyOperatorPreText: '【',
      privacyOperatorSufText: '】',
      privacyOperatorIndex: 2,
      privacyFont: { size: 12 },
      privacyLineSpaceDp: 4,
      privacyOperatorFont: { size: 12, weight: 500 },
      privacyOperatorUnderline: true,
      privacyFrame: { x: 24, width: 327 },
      privacyAnimation: 'none',
    });
    const objc = objcLines(theme, 'zh-CN');
    for (const line of [
      '// privacyOne, other locales: "en": "《Privacy Policy》"',
      '// privacyOne: /agreements/privacy.html is relative to the login pages: prefix it with their https origin',
      'model.privacyOne = @[@"《隐私政策》", @"/agreements/privacy.html"];',
      'model.privacyTwo = @[@"《用户协议》", @"https://example.com/terms"];',
      'model.privacyThree = @[@"《儿童隐私》", @"https://example.com/children"];',
      '// privacyConectTexts[0], other locales: "en": " and "',
      'model.privacyConectTexts = @[@"和", @"、", @"、"];',
      'model.privacyColors = @[[UIColor colorWithRed:153.0/255.0 green:153.0/255.0 blue:153.0/255.0 alpha:1.0], [UIColor colorWithRed:11.0/255.0 green:92.0/255.0 blue:173.0/255.0 alpha:1.0]];',
      'model.privacyOneColor = [UIColor redColor];',
      'model.privacyTwoColor = [UIColor greenColor];',
      'model.privacyThreeColor = [UIColor blueColor];',
      'model.privacyAlignment = NSTextAlignmentRight;',
      'model.privacyPreText = @"登录即同意";',
      'model.privacySufText = @"并授权获取本机号码";',
      'model.privacyOperatorPreText = @"【";',
      'model.privacyOperatorSufText = @"】";',
      'model.privacyOperatorIndex = 2;',
      'model.privacyFont = [UIFont systemFontOfSize:12.0];',
      'model.privacyLineSpaceDp = 4.0;',
      'model.privacyOperatorFont = [UIFont systemFontOfSize:12.0 weight:UIFontWeightMedium];',
      'model.privacyOperatorUnderline = YES;',
      '    frame = CGRectMake(24, frame.origin.y, 327, frame.size.height);',
      'model.privacyAnimation = nil;',
    ]) {
      expect(objc).toContain(line);
    }
    const java = javaLines(theme, 'en');
    for (const line of [
      '.setAppPrivacyOne("《Privacy Policy》", "/agreements/privacy.html")',
      '.setAppPrivacyTwo("《用户协议》", "https://example.com/terms")',
      '.setAppPrivacyThree("《儿童隐私》", "https://example.com/children")',
      '.setPrivacyConectTexts(new String[]{" and ", "、", "、"})',
      '.setAppPrivacyColor(Color.parseColor("#999999"), Color.parseColor("#0B5CAD"))',
      '.setProtocolGravity(Gravity.RIGHT)',
      '.setPrivacyBefore("登录即同意")',
      '.setPrivacyEnd("并授权获取本机号码")',
      '.setVendorPrivacyPrefix("【")',
      '.setVendorPrivacySuffix("】")',
      '.setPrivacyOperatorIndex(2)',
      '.setPrivacyTextSizeDp(12)',
    ]) {
      expect(java).toContain(line);
    }
    for (const name of ['privacyOperatorColor', 'privacyOneColor', 'privacyLineSpaceDp', 'privacyOperatorFont', 'privacyOperatorUnderline', 'privacyFrame', 'privacyAnimation']) {
      expect(java.some((line) => line.startsWith(`// not expressible in AuthUIConfig.Builder: ${name} = `))).toBe(true);
    }
    expect(javaLines(valid({ privacyAlignment: 'center' }))).toContain('.setProtocolGravity(Gravity.CENTER_HORIZONTAL)');
    expect(javaLines(valid({ privacyAlignment: 'left' }))).toContain('.setProtocolGravity(Gravity.LEFT)');
  });

  it('agreement viewer', () => {
    const theme = valid({ privacyVCIsCustomized: false, privacyNavColor: '#ffffff', privacyNavTitleFont: { size: 17 }, privacyNavTitleColor: '#000', privacyNavBackImage: '/themes/acme/back.png' });
    const objc = objcLines(theme);
    for (const line of [
      'model.privacyVCIsCustomized = NO;',
      'model.privacyNavColor = [UIColor whiteColor];',
      'model.privacyNavTitleFont = [UIFont systemFontOfSize:17.0];',
      'model.privacyNavTitleColor = [UIColor blackColor];',
      'model.privacyNavBackImage = [UIImage imageNamed:@"back"];',
    ]) {
      expect(objc).toContain(line);
    }
    const java = javaLines(theme);
    for (const line of ['.setWebNavColor(Color.WHITE)', '.setWebViewStatusBarColor(Color.WHITE)', '.setWebNavTextSizeDp(17)', '.setWebNavTextColor(Color.BLACK)', '.setWebNavReturnImgPath("back")']) {
      expect(java).toContain(line);
    }
    expect(java).toContainEqual(javaNote('privacyVCIsCustomized', 'false'));
  });

  it('second consent popup', () => {
    const theme = valid({
      privacyAlertIsNeedShow: true,
      privacyAlertIsNeedAutoLogin: true,
      privacyAlertTitleContent: { 'zh-CN': '请阅读并同意', en: 'Please read and agree' },
      privacyAlertTitleColor: '#000000',
      privacyAlertTitleFont: { size: 16, weight: 700 },
      privacyAlertPreText: '请同意',
      privacyAlertSufText: '后登录',
      privacyAlertContentColors: ['#999999', '#1890ff'],
      privacyAlertContentFont: { size: 13 },
      privacyAlertContentAlignment: 'center',
      privacyAlertBtnContent: { 'zh-CN': '同意', en: 'Agree' },
      privacyAlertButtonTextColors: ['#ffffff', '#eeeeee'],
      privacyAlertBtnBackgroundImages: ['/themes/acme/agree.png', '/themes/acme/agree-pressed.png'],
      privacyAlertCornerRadiusArray: [8, 8, 8, 8],
      privacyAlertBackgroundColor: '#ffffff',
      privacyAlertMaskIsNeedShow: true,
      privacyAlertMaskColor: '#000000',
      privacyAlertMaskAlpha: 0.3,
      tapPrivacyAlertMaskCloseAlert: false,
      privacyAlertCloseButtonIsNeedShow: true,
      privacyAlertCloseImage: '/themes/acme/x.png',
      privacyAlertFrame: { width: 300, height: 220 },
    });
    const objc = objcLines(theme);
    for (const line of [
      'model.privacyAlertIsNeedShow = YES;',
      'model.privacyAlertIsNeedAutoLogin = YES;',
      '// privacyAlertTitleContent, other locales: "zh-CN": "请阅读并同意"',
      'model.privacyAlertTitleContent = @"Please read and agree";',
      'model.privacyAlertTitleColor = [UIColor blackColor];',
      'model.privacyAlertTitleFont = [UIFont systemFontOfSize:16.0 weight:UIFontWeightBold];',
      'model.privacyAlertPreText = @"请同意";',
      'model.privacyAlertSufText = @"后登录";',
      'model.privacyAlertContentFont = [UIFont systemFontOfSize:13.0];',
      'model.privacyAlertContentAlignment = NSTextAlignmentCenter;',
      'model.privacyAlertBtnContent = @"Agree";',
      'model.privacyAlertButtonTextColors = @[[UIColor whiteColor], [UIColor colorWithRed:238.0/255.0 green:238.0/255.0 blue:238.0/255.0 alpha:1.0]];',
      'model.privacyAlertBtnBackgroundImages = @[[UIImage imageNamed:@"agree"], [UIImage imageNamed:@"agree-pressed"]];',
      'model.privacyAlertCornerRadiusArray = @[@8, @8, @8, @8];',
      'model.privacyAlertBackgroundColor = [UIColor whiteColor];',
      'model.privacyAlertMaskIsNeedShow = YES;',
      'model.privacyAlertMaskColor = [UIColor blackColor];',
      'model.privacyAlertMaskAlpha = 0.3;',
      'model.tapPrivacyAlertMaskCloseAlert = NO;',
      'model.privacyAlertCloseButtonIsNeedShow = YES;',
      '// privacyAlertCloseImage: TXCustomModel calls it privacyAlertCloseButtonImage',
      'model.privacyAlertCloseButtonImage = [UIImage imageNamed:@"x"];',
      'model.privacyAlertFrameBlock = ^CGRect(CGSize screenSize, CGSize superViewSize, CGRect frame) {',
      '    frame = CGRectMake(frame.origin.x, frame.origin.y, 300, 220);',
    ]) {
      expect(objc).toContain(line);
    }
    const java = javaLines(theme);
    for (const line of [
      '.setPrivacyAlertIsNeedShow(true)',
      '.setPrivacyAlertIsNeedAutoLogin(true)',
      '.setPrivacyAlertTitleContent("Please read and agree")',
      '.setPrivacyAlertBtnContent("Agree")',
      '.setPrivacyAlertMaskIsNeedShow(true)',
      '.setPrivacyAlertMaskAlpha(0.3f)',
      '.setTapPrivacyAlertMaskCloseAlert(false)',
      '.setPrivacyAlertCloseBtnShow(true)',
    ]) {
      expect(java).toContain(line);
    }
    for (const name of ['privacyAlertTitleColor', 'privacyAlertContentColors', 'privacyAlertBtnBackgroundImages', 'privacyAlertCornerRadiusArray', 'privacyAlertMaskColor', 'privacyAlertCloseImage', 'privacyAlertFrame']) {
      expect(java.some((line) => line.startsWith(`// not expressible in AuthUIConfig.Builder: ${name} = `))).toBe(true);
    }
  });

  it('toast (Android only)', () => {
    const theme = valid({ logBtnToastHidden: false, logBtnToastText: { 'zh-CN': '请先同意协议', en: 'Please accept the agreements first' } });
    expect(objcLines(theme)).toContainEqual(objcNote('logBtnToastHidden', 'false'));
    expect(objcLines(theme)).toContainEqual(objcNote('logBtnToastText', '{"zh-CN":"请先同意协议","en":"Please accept the agreements first"}'));
    expect(javaLines(theme)).toContain('.setLogBtnToastHidden(false)');
    expect(javaLines(theme)).toContainEqual(javaNote('logBtnToastText', '{"zh-CN":"请先同意协议","en":"Please accept the agreements first"}'));
  });

  it('custom views', () => {
    const theme = valid({
      customViews: [
        { id: 'sms', kind: 'button', text: { 'zh-CN': '短信登录', en: 'SMS sign-in' }, frame: { y: 420 } },
        { id: 'wechat', kind: 'image', src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'WeChat' },
      ],
    });
    const objc = objcLines(theme);
    expect(objc.find((line) => line.includes('customViews ='))).toMatch(/customViewBlock.*customViewLayoutBlock/);
    expect(objc).toContain('//   customViews[0]: button "sms": text "SMS sign-in", other locales "zh-CN": "短信登录", frame {"y":420}');
    expect(objc).toContain('//   customViews[1]: image "wechat": image "<an inline image/png (8 bytes)>", label "WeChat"');
    const java = javaLines(theme);
    expect(java.find((line) => line.includes('customViews ='))).toMatch(/addAuthRegistViewConfig/);
    expect(java).toContain('//   customViews[0]: button "sms": text "SMS sign-in", other locales "zh-CN": "短信登录", frame {"y":420}');
    expect(`${exportObjC(theme, 'en')}${exportJava(theme, 'en')}`).not.toContain('data:');
  });

  it('animations and orientation', () => {
    const theme = valid({ presentDirection: 'right', animationDuration: 0.25, entryAnimation: 'fade', exitAnimation: 'none', supportedInterfaceOrientations: 'all' });
    const objc = objcLines(theme);
    expect(objc).toContain('model.presentDirection = PNSPresentationDirectionRight;');
    expect(objc).toContain('model.animationDuration = 0.25;');
    expect(objc).toContain('model.supportedInterfaceOrientations = UIInterfaceOrientationMaskAll;');
    expect(objc).toContainEqual(objcNote('entryAnimation', '"fade"'));
    expect(objc).toContainEqual(objcNote('exitAnimation', '"none"'));
    const java = javaLines(theme);
    expect(java).toContain('// entryAnimation "fade": define res/anim/in_activity.xml and res/anim/out_activity.xml (a fade)');
    expect(java).toContain('.setAuthPageActIn("in_activity", "out_activity")');
    expect(java).not.toContain('.setAuthPageActOut("in_activity", "out_activity")');
    expect(java).toContainEqual(javaNote('exitAnimation', '"none"'));
    expect(java).toContain('.setScreenOrientation(ActivityInfo.SCREEN_ORIENTATION_FULL_SENSOR)');
    expect(java).toContainEqual(javaNote('presentDirection', '"right"'));
    expect(java).toContainEqual(javaNote('animationDuration', '0.25'));
    const landscape = valid({ supportedInterfaceOrientations: 'landscape', presentDirection: 'top' });
    expect(objcLines(landscape)).toContain('model.supportedInterfaceOrientations = UIInterfaceOrientationMaskLandscape;');
    expect(objcLines(landscape)).toContain('model.presentDirection = PNSPresentationDirectionTop;');
    expect(javaLines(landscape)).toContain('.setScreenOrientation(ActivityInfo.SCREEN_ORIENTATION_SENSOR_LANDSCAPE)');
  });

  it('page tokens: comments, except navColor (both) and backgroundColor (TXCustomModel)', () => {
    const theme = valid({ primaryColor: '#0b5cad', radius: 6, fontFamily: '"PingFang SC", sans-serif', navColor: 'transparent', backgroundColor: '#ffffff', navTitleColor: '#1f2328' });
    const objc = objcLines(theme);
    expect(objc).toContainEqual(objcNote('primaryColor', '"#0b5cad"'));
    expect(objc).toContain('// not expressible in TXCustomModel: primaryColor = "#0b5cad" (web page token)');
    expect(objc).toContainEqual(objcNote('radius', '6'));
    expect(objc).toContainEqual(objcNote('fontFamily', '"\\"PingFang SC\\", sans-serif"'));
    expect(objc).toContainEqual(objcNote('navTitleColor', '"#1f2328"'));
    expect(objc).toContain('model.navColor = [UIColor clearColor];');
    expect(objc).toContain('model.backgroundColor = [UIColor whiteColor];');
    const java = javaLines(theme);
    expect(java).toContainEqual(javaNote('primaryColor', '"#0b5cad"'));
    expect(java).toContainEqual(javaNote('fontFamily', '"\\"PingFang SC\\", sans-serif"'));
    expect(java).toContain('.setNavColor(Color.TRANSPARENT)');
    expect(java).toContainEqual(javaNote('backgroundColor', '"#ffffff"'));
  });

  it('dark variant', () => {
    const theme = valid({ dark: { backgroundColor: '#000000', textColor: '#eeeeee' } });
    expect(objcLines(theme)).toContainEqual(objcNote('dark', '{"textColor":"#eeeeee","backgroundColor":"#000000"}'));
    expect(javaLines(theme)).toContainEqual(javaNote('dark', '{"textColor":"#eeeeee","backgroundColor":"#000000"}'));
  });

  it('puts the comments after the code, under one heading, in the order of PROPERTIES', () => {
    const lines = objcLines(valid({ radius: 6, statusBarColor: '#ffffff', navIsHidden: true }));
    expect(lines).toEqual([
      'TXCustomModel *model = [[TXCustomModel alloc] init];',
      'model.navIsHidden = YES;',
      '',
      '// Not expressible in TXCustomModel: the web page applies these; set them up in the app if needed.',
      expect.stringMatching(/^\/\/ not expressible in TXCustomModel: statusBarColor = /),
      expect.stringMatching(/^\/\/ not expressible in TXCustomModel: radius = /),
    ]);
  });
});

describe('colours', () => {
  it.each([
    ['#000000', '[UIColor blackColor]', 'Color.BLACK'],
    ['#ffffff', '[UIColor whiteColor]', 'Color.WHITE'],
    ['#808080', '[UIColor grayColor]', 'Color.parseColor("#808080")'],
    ['#888888', '[UIColor colorWithRed:136.0/255.0 green:136.0/255.0 blue:136.0/255.0 alpha:1.0]', 'Color.GRAY'],
    ['#444444', '[UIColor colorWithRed:68.0/255.0 green:68.0/255.0 blue:68.0/255.0 alpha:1.0]', 'Color.DKGRAY'],
    ['#cccccc', '[UIColor colorWithRed:204.0/255.0 green:204.0/255.0 blue:204.0/255.0 alpha:1.0]', 'Color.LTGRAY'],
    ['#555555', '[UIColor darkGrayColor]', 'Color.parseColor("#555555")'],
    ['#aaaaaa', '[UIColor lightGrayColor]', 'Color.parseColor("#AAAAAA")'],
    ['red', '[UIColor redColor]', 'Color.RED'],
    ['#0f0', '[UIColor greenColor]', 'Color.GREEN'],
    ['#0000ff', '[UIColor blueColor]', 'Color.BLUE'],
    ['yellow', '[UIColor yellowColor]', 'Color.YELLOW'],
    ['cyan', '[UIColor cyanColor]', 'Color.CYAN'],
    ['magenta', '[UIColor magentaColor]', 'Color.MAGENTA'],
    ['transparent', '[UIColor clearColor]', 'Color.TRANSPARENT'],
    ['rgba(255, 0, 0, 0)', '[UIColor clearColor]', 'Color.parseColor("#00FF0000")'],
    ['tomato', '[UIColor colorWithRed:255.0/255.0 green:99.0/255.0 blue:71.0/255.0 alpha:1.0]', 'Color.parseColor("#FF6347")'],
    ['rgba(255, 0, 0, 0.6)', '[UIColor colorWithRed:255.0/255.0 green:0.0/255.0 blue:0.0/255.0 alpha:0.6]', 'Color.parseColor("#99FF0000")'],
    ['#02468080', '[UIColor colorWithRed:2.0/255.0 green:70.0/255.0 blue:128.0/255.0 alpha:0.502]', 'Color.parseColor("#80024680")'],
  ])('%s → %s, %s', (css, objc, java) => {
    expect(uiColor(css)).toBe(objc);
    expect(javaColor(css)).toBe(java);
  });
});

const NAMES = Object.keys(PROPERTIES) as PropertyName[];
const everything = valid(allPropertiesInput());
const settersOf = (name: PropertyName) => Object.entries(ANDROID_ALIASES).filter(([, alias]) => alias.to === name).map(([setter]) => setter);

describe('every property of PROPERTIES', () => {
  it('is in the sample theme', () => {
    expect(Object.keys(everything).sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('%s appears in the Objective-C snippet, and in the Java snippet as its setter or in a comment', (name) => {
    expect(exportObjC(everything, 'en')).toMatch(new RegExp(`\\b${name}(Block)?\\b`));
    const java = exportJava(everything, 'en');
    expect(settersOf(name).some((setter) => java.includes(`.${setter}(`)) || new RegExp(`// .*\\b${name}\\b`).test(java)).toBe(true);
  });

  it('gives statements Objective-C can compile: each ends with ; or opens a block', () => {
    const statements = exportObjC(everything, 'zh-CN')
      .split('\n')
      .filter((line) => line !== '' && !line.trimStart().startsWith('//'));
    for (const line of statements) expect(line).toMatch(/(;|\{)$/);
  });

  it('is deterministic', () => {
    expect(exportObjC(everything, 'en')).toBe(exportObjC(structuredClone(everything), 'en'));
    expect(exportJava(everything, 'en')).toBe(exportJava(structuredClone(everything), 'en'));
  });
});

describe('JSON', () => {
  const themes: [string, Theme][] = [
    ['seed-000-ios.json', imported(themeText('seed-000-ios.json'))],
    ['seed-001-android.json', imported(themeText('seed-001-android.json'))],
    ['default.json', imported(themeText('default.json'))],
    ['all properties', everything],
  ];

  it.each(themes)('%s survives export and import', (_name, theme) => {
    expect(imported(exportJson(theme))).toEqual(theme);
  });

  it('writes 2-space JSON with the keys in the order of PROPERTIES and a final newline', () => {
    const text = exportJson(valid({ navColor: '#026ED2', navIsHidden: true, privacyOne: ['《A》', 'https://example.com/a'], dark: { backgroundColor: '#000', textColor: '#eee' } }));
    expect(text).toBe(
      [
        '{',
        '  "navIsHidden": true,',
        '  "privacyOne": [',
        '    "《A》",',
        '    "https://example.com/a"',
        '  ],',
        '  "navColor": "#026ED2",',
        '  "dark": {',
        '    "textColor": "#eee",',
        '    "backgroundColor": "#000"',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(Object.keys(JSON.parse(exportJson(everything)) as object)).toEqual(NAMES);
  });

  it('imports Android alias names', () => {
    expect(validateTheme(JSON.parse('{"setNavColor": "#026ED2", "setNavText": "Login"}'))).toMatchObject({ theme: { navColor: '#026ED2', navTitle: { text: 'Login' } }, problems: [] });
  });

  it('keeps the validator’s problems', () => {
    const { problems } = validateTheme(JSON.parse('{"navColour": "#fff", "logoImage": "javascript:alert(1)"}'));
    expect(problems.map((p) => [p.level, p.path])).toEqual([
      ['warning', '$.navColour'],
      ['error', '$.logoImage'],
    ]);
  });

  it.each([
    ['{"navColor": }', 1, 14],
    ['{\n  "navColor": "#fff",\n}', 3, 1],
    ['{\n  "navIsHidden": tru\n}', 2, 18],
    ['{"navColor": "#fff"', 1, 20],
    ['{"navTitle": "a\nb"}', 1, 16],
    ['{} x', 1, 4],
  ])('reports a syntax error with its place: %j', (text, line, column) => {
    const result = readJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).not.toBe('');
    expect({ line: result.line, column: result.column }).toEqual({ line, column });
  });
});

describe('escaping', () => {
  const tricky = 'Say "hi" \\ bye\nnext\ttab';

  it('writes valid string literals in both languages', () => {
    expect(objcString(tricky)).toBe('@"Say \\"hi\\" \\\\ bye\\nnext\\ttab"');
    expect(javaString(tricky)).toBe('"Say \\"hi\\" \\\\ bye\\nnext\\ttab"');
    // Both escape sets are JSON's: the literal reads back as the text.
    expect(JSON.parse(objcString(tricky).slice(1))).toBe(tricky);
    expect(JSON.parse(javaString(tricky))).toBe(tricky);
  });

  it('keeps every literal on its line, in the snippets too', () => {
    const theme = valid({ navTitle: tricky, privacyPreText: tricky, privacyOne: [tricky, 'https://example.com/p'] });
    const objc = objcLines(theme);
    expect(objc).toContain(`model.navTitle = [[NSAttributedString alloc] initWithString:${objcString(tricky)} attributes:@{}];`);
    expect(objc).toContain(`model.privacyOne = @[${objcString(tricky)}, @"https://example.com/p"];`);
    const java = javaLines(theme);
    expect(java).toContain(`.setNavText(${javaString(tricky)})`);
    expect(java).toContain(`.setPrivacyBefore(${javaString(tricky)})`);
    expect(java).toContain(`.setAppPrivacyOne(${javaString(tricky)}, "https://example.com/p")`);
  });

  it('escapes control characters as octal (not \\x, not \\u000a) and breaks up trigraphs', () => {
    expect(objcString('a\u0001b')).toBe('@"a\\001b"');
    expect(javaString('a\u0001b')).toBe('"a\\001b"');
    expect(objcString('what??/')).toBe('@"what?\\?/"');
    expect(javaString('\\u000a')).toBe('"\\\\u000a"');
  });

  it('never ends a comment with a backslash (it would swallow the next line in C)', () => {
    const theme = valid({ privacyPreText: { 'zh-CN': '同意', en: 'agree\\' } });
    for (const line of [...objcLines(theme, 'zh-CN'), ...javaLines(theme, 'zh-CN')]) expect(line.endsWith('\\')).toBe(false);
  });
});
