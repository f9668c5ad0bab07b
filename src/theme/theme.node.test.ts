import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { androidColor, contrastRatio, parseColor } from './colors';
import { localText } from './model';
import { validateTheme } from './full';
import { parseTheme } from './validate';
import { cssUrl, darkStylesheet, darkVariables, readableOn, themeVariables } from './variables';

const themeFile = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../public/themes/${name}`, import.meta.url), 'utf8'));

function errorsOf(input: unknown) {
  return validateTheme(input).problems.filter((p) => p.level === 'error');
}

describe('theme validation: wrong types and unsafe URLs are errors at their JSON path', () => {
  it.each([
    [{ navColor: 42.5 }, '$.navColor', /colour/],
    [{ navColor: 'not-a-colour' }, '$.navColor', /colour/],
    [{ navIsHidden: 'yes' }, '$.navIsHidden', /true or false/],
    [{ navTitle: { text: { fr: 'Connexion' } } }, '$.navTitle.text.fr', /locale/],
    [{ navTitle: { fontSize: '20' } }, '$.navTitle.fontSize', /number/],
    [{ logoFrame: { dy: 'down' } }, '$.logoFrame.dy', /number/],
    [{ privacyOperatorIndex: 5 }, '$.privacyOperatorIndex', /0 to 3/],
    [{ privacyOperatorIndex: 1.5 }, '$.privacyOperatorIndex', /whole/],
    [{ checkBoxImages: ['/a.png'] }, '$.checkBoxImages', /2 items/],
    [{ alertCornerRadiusArray: [1, 2, 3] }, '$.alertCornerRadiusArray', /4 items/],
    [{ presentDirection: 'diagonal' }, '$.presentDirection', /"bottom"/],
    [{ customViews: [{ id: 'x', kind: 'html', text: '<b>' }] }, '$.customViews[0].kind', /text/],
    [{ fontFamily: 'x; } body { display: none' }, '$.fontFamily', /font family/],
  ])('%j → %s', (input, path, message) => {
    const errors = errorsOf(input);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe(path);
    expect(errors[0]!.message).toMatch(message);
  });

  it.each([
    ['$.logoImage', { logoImage: 'javascript:alert(1)' }],
    ['$.logoImage', { logoImage: 'data:text/html,<script>alert(1)</script>' }],
    ['$.logoImage', { logoImage: 'http://insecure.example.com/logo.png' }],
    ['$.logoImage', { logoImage: '//evil.example.com/logo.png' }],
    ['$.backgroundImage', { backgroundImage: 'vbscript:msgbox' }],
    ['$.checkBoxImages[1]', { checkBoxImages: ['/off.png', 'javascript:void(0)'] }],
    ['$.privacyOne[1]', { privacyOne: ['Privacy', 'javascript:alert(1)'] }],
    ['$.privacyTwo[1]', { privacyTwo: ['Terms', 'data:text/html;base64,PHNjcmlwdD4='] }],
    ['$.customViews[0].src', { customViews: [{ id: 'logo', kind: 'image', src: 'javascript:alert(1)' }] }],
    ['$.setLogoImgPath', { setLogoImgPath: 'javascript:alert(1)' }],
  ])('refuses an unsafe URL at %s', (path, input) => {
    const { theme, problems } = validateTheme(input);
    const error = problems.find((p) => p.level === 'error');
    // Aliases are reported under the TXCustomModel name they stand for.
    expect(error?.path).toBe(path === '$.setLogoImgPath' ? '$.logoImage' : path);
    expect(error?.message).toMatch(/unsafe/);
    expect(JSON.stringify(theme)).not.toMatch(/javascript:|data:text|vbscript|\/\/evil/);
  });

  it('accepts https, same-origin paths and inline raster or SVG images', () => {
    const { theme, problems } = validateTheme({
      logoImage: 'https://cdn.example.com/logo.png',
      backgroundImage: '/themes/bg.svg',
      navBackImage: 'data:image/svg+xml;base64,PHN2Zy8+',
      alertCloseImage: 'data:image/png;base64,iVBORw0KGgo=',
    });
    expect(problems).toEqual([]);
    expect(theme.logoImage).toBe('https://cdn.example.com/logo.png');
  });

  it('warns about unknown keys with a "did you mean"', () => {
    const { problems } = validateTheme({ navColour: '#026ED2', logoFram: { dy: 4 }, setNavColour: '#fff', navTitle: { colour: '#000' } });
    const warnings = Object.fromEntries(problems.filter((p) => p.level === 'warning').map((p) => [p.path, p.suggestion]));
    expect(warnings).toEqual({ '$.navColour': 'navColor', '$.logoFram': 'logoFrame', '$.setNavColour': 'setNavColor', '$.navTitle.colour': 'color' });
    expect(problems.find((p) => p.path === '$.navColour')?.message).toBe('unknown key "navColour": did you mean "navColor"?');
  });

  it('offers no suggestion for a key unlike any property', () => {
    const warning = validateTheme({ completelyDifferent: 1 }).problems[0];
    expect(warning).toMatchObject({ level: 'warning', path: '$.completelyDifferent' });
    expect(warning?.suggestion).toBeUndefined();
  });

  it('never blanks a page: a broken document gives an empty theme (the defaults), broken values are dropped and the rest kept', () => {
    expect(validateTheme('not a theme').theme).toEqual({});
    expect(validateTheme(null).theme).toEqual({});
    expect(validateTheme([1, 2]).problems[0]).toMatchObject({ level: 'error', path: '$' });
    const { theme } = validateTheme({ navColor: 12.5, navTitle: 'Login', logoImage: 'javascript:x', logoFrame: { dy: 100 } });
    expect(theme).toEqual({ navTitle: { text: 'Login' }, logoFrame: { dy: 100 } });
  });

  it('keeps the valid custom views and reports the broken ones', () => {
    const { theme, problems } = validateTheme({
      customViews: [
        { id: 'sms', kind: 'button', text: { 'zh-CN': '短信登录', en: 'SMS sign-in' } },
        { id: 'bad id!', kind: 'text', text: 'x' },
      ],
    });
    expect(theme.customViews).toEqual([{ id: 'sms', kind: 'button', text: { 'zh-CN': '短信登录', en: 'SMS sign-in' } }]);
    expect(problems.map((p) => p.path)).toEqual(['$.customViews[1].id']);
  });

  it('refuses two agreements with the same name', () => {
    const { theme, problems } = validateTheme({ privacyOne: ['《隐私政策》', '/a.html'], privacyTwo: ['《隐私政策》', '/b.html'] });
    expect(theme.privacyTwo).toBeUndefined();
    expect(problems[0]).toMatchObject({ level: 'error', path: '$.privacyTwo[0]' });
  });
});

describe('the first-paint read (parseTheme) and the full check (validateTheme)', () => {
  it('give the same theme and errors; only the full check adds suggestions and contrast warnings', () => {
    const input = { navColour: '#fff', changeBtnTitle: { color: '#ff6347' }, logoImage: 'javascript:x' };
    const quick = parseTheme(input);
    const full = validateTheme(input);
    expect(quick.theme).toEqual(full.theme);
    expect(quick.problems).toEqual([
      { level: 'warning', path: '$.navColour', message: 'unknown key "navColour"' },
      expect.objectContaining({ level: 'error', path: '$.logoImage' }),
    ]);
    expect(full.problems.map((p) => [p.path, p.suggestion])).toEqual([
      ['$.navColour', 'navColor'],
      ['$.logoImage', undefined],
      ['$.changeBtnTitle.color', undefined],
    ]);
  });
});

describe('Android builder aliases', () => {
  it('map to the same theme as the TXCustomModel names', () => {
    const android = validateTheme({
      setNavColor: '#026ED2',
      setNavText: 'Login',
      setNavTextColor: '#FFFFFF',
      setLogoImgPath: '/logo.png',
      setSwitchAccHidden: true,
      setAppPrivacyOne: ['《Privacy》', 'https://example.com/p'],
      setAppPrivacyColor: [-7829368, '#002E00'],
      setVendorPrivacyPrefix: '《',
      setVendorPrivacySuffix: '》',
      setPrivacyBefore: '登录即同意',
      setPrivacyEnd: '并授权',
      setPageBackgroundPath: '/bg.png',
      setLogBtnBackgroundPath: '/btn.png',
      setLogBtnToastHidden: true,
      setUncheckedImgPath: '/off.png',
      setCheckedImgPath: '/on.png',
      setScreenOrientation: 7,
      setLightColor: false,
      setAuthPageActIn: ['in_activity', 'out_activity'],
    });
    const ios = validateTheme({
      navColor: '#026ED2',
      navTitle: { text: 'Login', color: '#FFFFFF' },
      logoImage: '/logo.png',
      changeBtnIsHidden: true,
      privacyOne: ['《Privacy》', 'https://example.com/p'],
      privacyColors: ['#888888', '#002E00'],
      privacyOperatorPreText: '《',
      privacyOperatorSufText: '》',
      privacyPreText: '登录即同意',
      privacySufText: '并授权',
      backgroundImage: '/bg.png',
      loginBtnBgImgs: ['/btn.png'],
      logBtnToastHidden: true,
      checkBoxImages: ['/off.png', '/on.png'],
      supportedInterfaceOrientations: 'portrait',
      preferredStatusBarStyle: 'light',
      entryAnimation: 'slide',
    });
    expect(android.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(android.theme).toEqual(ios.theme);
  });

  it('the TXCustomModel name wins over its alias, with a warning', () => {
    const { theme, problems } = validateTheme({ navColor: '#000000', setNavColor: '#ffffff' });
    expect(theme.navColor).toBe('#000000');
    expect(problems.some((p) => p.level === 'warning' && /wins/.test(p.message))).toBe(true);
  });
});

describe('colours and contrast', () => {
  it('reads Android colour ints as ARGB', () => {
    expect(androidColor(-7829368)).toBe('#888888');
    expect(androidColor(0xff026ed2)).toBe('#026ed2');
    expect(androidColor(0x80ff0000)).toBe('#ff000080');
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio(parseColor('#000')!, parseColor('#fff')!)).toBeCloseTo(21, 0);
    expect(contrastRatio(parseColor('rgba(255, 99, 71, 1)')!, parseColor('#ffffff')!)).toBeCloseTo(2.94, 1);
    expect(parseColor('hsl(0, 100%, 50%)')).toEqual({ r: 255, g: 0, b: 0, a: 1 });
  });

  it('warns about text colours below AA against their background', () => {
    const { problems } = validateTheme({ changeBtnTitle: { text: 'Other', color: '#ff6347', fontSize: 15 }, numberColor: '#000000' });
    expect(problems).toEqual([expect.objectContaining({ level: 'warning', path: '$.changeBtnTitle.color', message: expect.stringMatching(/2\.\d\d:1 is below WCAG AA \(4\.5:1\)/) })]);
  });

  it('allows 3:1 for large text, and checks the dark variant', () => {
    expect(validateTheme({ numberColor: '#8a8a8a', numberFont: { size: 28 } }).problems).toEqual([]);
    const dark = validateTheme({ dark: { textColor: '#333333', backgroundColor: '#000000' } });
    expect(dark.problems.map((p) => p.path)).toContain('$.dark.textColor');
  });

  it('gives a coloured nav bar a readable title colour when the theme names none', () => {
    expect(readableOn('#026ED2')).toBe('#ffffff');
    expect(readableOn('#f0f0f0')).toBe('#1f2328');
    expect(themeVariables(validateTheme({ navColor: '#026ED2' }).theme)['--nav-fg']).toBe('#ffffff');
  });
});

describe('theme → CSS custom properties', () => {
  it('maps page tokens, frames, radii and images', () => {
    const vars = themeVariables(
      validateTheme({
        primaryColor: '#123456',
        radius: 4,
        logoFrame: { dy: 100 },
        numberFrame: { x: 10, y: 20 },
        numberFont: { size: 12 },
        alertCornerRadiusArray: [1, 2, 3, 4],
        alertBlurViewColor: '#000000',
        alertBlurViewAlpha: 0.3,
        backgroundImage: '/bg".png',
        loginBtnBgImgs: ['#ff0000', '/off.png', '#00ff00'],
      }).theme,
    );
    expect(vars).toMatchObject({
      '--color-primary': '#123456',
      '--radius': '4px',
      '--logo-shift': '0px, 100px',
      '--number-position': 'absolute',
      '--number-left': '10px',
      '--number-top': '20px',
      // iOS raises a masked number below 16 to 16.
      '--number-size': '16px',
      // [TL, BL, BR, TR] → CSS clockwise from top-left.
      '--alert-radius': '1px 4px 3px 2px',
      '--alert-mask': 'rgba(0, 0, 0, 0.3)',
      '--login-bg': '#ff0000',
      '--login-image-disabled': 'url("/off.png")',
      // An image is the whole background (a native drawable): no button colour around its shape.
      '--login-bg-disabled': 'transparent',
      '--login-bg-active': '#00ff00',
    });
    expect(vars['--page-image']).toBe('url("/bg%22.png")');
  });

  it('puts the dark variant in a prefers-color-scheme: dark stylesheet, over the light values', () => {
    const { theme } = validateTheme({ textColor: '#111111', navColor: '#026ED2', dark: { textColor: '#eeeeee', backgroundColor: '#000000' } });
    expect(themeVariables(theme)['--color-text']).toBe('#111111');
    expect(darkVariables(theme)).toEqual({ '--color-text': '#eeeeee', '--color-background': '#000000', '--nav-bg': '#026ED2', '--nav-fg': '#ffffff' });
    expect(darkStylesheet(darkVariables(theme))).toBe(
      '@media (prefers-color-scheme: dark) { :root { color-scheme: dark; --color-text: #eeeeee !important; --color-background: #000000 !important; --nav-bg: #026ED2 !important; --nav-fg: #ffffff !important; } }',
    );
    expect(darkStylesheet({})).toBe('');
  });

  it('escapes what could end a CSS url() string', () => {
    expect(cssUrl('/a"b\\c.png')).toBe('url("/a%22b%5cc.png")');
  });
});

describe('the shipped theme files', () => {
  it('seed 000 (iOS TXCustomModel example) validates cleanly apart from its low-contrast tomato link', () => {
    const { theme, problems } = validateTheme(themeFile('seed-000-ios.json'));
    expect(problems).toEqual([expect.objectContaining({ level: 'warning', path: '$.changeBtnTitle.color' })]);
    expect(localText(theme.navTitle?.text, 'en')).toBe('Login');
    expect(theme.sloganIsHidden).toBe(true);
    expect(theme.logoFrame).toEqual({ dy: 100 });
    expect(theme.numberFrame).toEqual({ dy: 40 });
    expect(theme.loginBtnFrame).toEqual({ dy: 40 });
    expect(theme.changeBtnFrame).toEqual({ dy: 40 });
    expect(theme.changeBtnTitle).toEqual({ text: 'Other Login Methods', color: 'rgba(255, 99, 71, 1)', fontSize: 15 });
  });

  it('seed 001 (Android AuthUIConfig example) validates through the aliases', () => {
    const { theme, problems } = validateTheme(themeFile('seed-001-android.json'));
    expect(problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(theme).toMatchObject({
      navColor: '#026ED2',
      statusBarColor: '#026ED2',
      changeBtnIsHidden: true,
      logBtnToastHidden: true,
      privacyOperatorPreText: '《',
      privacyOperatorSufText: '》',
      privacyOne: { name: '《Custom Privacy Agreement》', url: 'https://www.qq.com' },
      privacyTwo: { name: '《Baidu》', url: 'https://www.baidu.com' },
      privacyColors: ['#888888', '#002E00'],
      supportedInterfaceOrientations: 'portrait',
    });
  });

  it('the default theme has no problems', () => {
    expect(validateTheme(themeFile('default.json')).problems).toEqual([]);
  });
});
