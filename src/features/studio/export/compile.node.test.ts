// The studio's exports compile: every Objective-C snippet with clang against the documented
// TXCustomModel (scripts/export-compile/ios/TXCustomModel.h), every Java snippet with javac against
// the documented AuthUIConfig.Builder (scripts/export-compile/android/). CI must run it (.ci/run
// installs clang and a JDK); elsewhere it says it is not run when a compiler is missing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { validateTheme } from '../../../theme/full';
import type { Theme } from '../../../theme/model';
import { exportJava } from './java';
import { exportObjC } from './objc';
import { allPropertiesInput } from './sample-theme.testing';
import { AUTH_UI_CONFIG_SETTERS, TX_CUSTOM_MODEL_PROPERTIES } from './sdk-models';

const STUBS = fileURLToPath(new URL('../../../../scripts/export-compile/', import.meta.url));
const HEADER = join(STUBS, 'ios', 'TXCustomModel.h');
const BUILDER = join(STUBS, 'android', 'com', 'mobile', 'auth', 'gatewayauth', 'AuthUIConfig.java');

const has = (command: string, ...args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const missing = [...(has('clang', '--version') ? [] : ['clang']), ...(has('javac', '-version') ? [] : ['javac'])];
if (missing.length > 0) {
  if (process.env.CI) throw new Error(`${missing.join(' and ')} required in CI for the export compile checks (.ci/run installs them)`);
  console.warn(`${missing.join(' and ')} not found: the export compile checks (src/features/studio/export/compile.node.test.ts) are not run`);
}

function theme(input: unknown): Theme {
  const { theme: read, problems } = validateTheme(input);
  expect(problems.filter((p) => p.level === 'error')).toEqual([]);
  return read;
}

const themeFile = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../../public/themes/${name}.json`, import.meta.url)), 'utf8')) as unknown;
const THEMES: Record<string, Theme> = {
  default: theme(themeFile('default')),
  seed000: theme(themeFile('seed-000-ios')),
  seed001: theme(themeFile('seed-001-android')),
  allProperties: theme(allPropertiesInput()),
};
const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;

const work = mkdtempSync(join(tmpdir(), 'export-compile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** clang's and javac's complaints, or '' when the snippet compiled. */
function compileObjC(snippet: string, header = HEADER): string {
  const file = join(work, `snippet-${Math.random().toString(36).slice(2)}.m`);
  // The snippet is statements: it goes in a function, after a newline (it may end in a comment).
  writeFileSync(file, `#import "${header}"\nvoid configure(void) {\n${snippet}\n}\n`);
  const run = spawnSync('clang', ['-fsyntax-only', '-x', 'objective-c', '-fblocks', '-fobjc-runtime=macosx', '-fobjc-arc', '-Werror', file], { encoding: 'utf8' });
  return run.status === 0 ? '' : `${run.stderr}${run.stdout}`;
}

function compileJava(snippets: Record<string, string>, sourcePath = join(STUBS, 'android')): string {
  const dir = mkdtempSync(join(work, 'java-'));
  const files = Object.entries(snippets).map(([name, snippet]) => {
    const file = join(dir, `${name}.java`);
    const imports = 'import android.content.pm.ActivityInfo;\nimport android.graphics.Color;\nimport android.view.Gravity;\nimport com.mobile.auth.gatewayauth.AuthUIConfig;\n';
    writeFileSync(file, `${imports}class ${name} {\n  AuthUIConfig config() {\n    return ${snippet}\n    ;\n  }\n}\n`);
    return file;
  });
  const run = spawnSync('javac', ['-Xlint:all', '-Werror', '-encoding', 'UTF-8', '-d', join(dir, 'out'), '-sourcepath', sourcePath, ...files], { encoding: 'utf8' });
  return run.status === 0 ? '' : `${run.stderr}${run.stdout}`;
}

/** The header's TXCustomModel property names, and the stub's Builder setters. */
const headerProperties = () => {
  const body = readFileSync(HEADER, 'utf8').split('@interface TXCustomModel')[1]!.split('@end')[0]!;
  return [...body.matchAll(/^@property \([^)]*\) [^;]*?(\w+);$/gm)].map((m) => m[1]!);
};
const builderSetters = () => [...readFileSync(BUILDER, 'utf8').matchAll(/public Builder (set\w+)\(/g)].map((m) => m[1]!);

describe('what an export may write as code is what the SDK stubs declare', () => {
  it('TXCustomModel', () => expect(headerProperties().sort()).toEqual([...TX_CUSTOM_MODEL_PROPERTIES].sort()));
  it('AuthUIConfig.Builder', () => expect(builderSetters().sort()).toEqual([...AUTH_UI_CONFIG_SETTERS].sort()));
});

describe.skipIf(missing.length > 0)('the exports compile', () => {
  const cases = Object.keys(THEMES).flatMap((name) => LOCALES.map((locale) => [name, locale] as const));

  it.each(cases)('Objective-C: %s theme, %s', (name, locale) => {
    expect(compileObjC(exportObjC(THEMES[name]!, locale))).toBe('');
  });

  it('Java: every theme in every language', () => {
    const snippets = Object.fromEntries(cases.map(([name, locale]) => [`Snippet_${name}_${locale.replace('-', '_')}`, exportJava(THEMES[name]!, locale)]));
    expect(compileJava(snippets)).toBe('');
  });

  describe('a property the SDK lacks', () => {
    const withoutNavColor = new Set([...TX_CUSTOM_MODEL_PROPERTIES].filter((p) => p !== 'navColor'));
    const withoutNavColorHeader = join(work, 'TXCustomModel-no-navColor.h');
    writeFileSync(withoutNavColorHeader, readFileSync(HEADER, 'utf8').replace(/^@property .* \*navColor;\n/m, ''));

    it('fails the check when a snippet still assigns it (the check bites)', () => {
      expect(compileObjC(exportObjC(THEMES.allProperties!, 'en'), withoutNavColorHeader)).toMatch(/navColor/);
    });

    it('is exported as a comment, and the snippet compiles', () => {
      const snippet = exportObjC(THEMES.allProperties!, 'en', withoutNavColor);
      expect(snippet).not.toMatch(/^model\.navColor =/m);
      expect(snippet).toMatch(/^\/\/ not expressible in TXCustomModel: navColor = "#336699" \(the SDK documents no navColor\)$/m);
      expect(compileObjC(snippet, withoutNavColorHeader)).toBe('');
    });

    it('on Android too: a setter the Builder lacks becomes a comment', () => {
      const stubs = mkdtempSync(join(work, 'stubs-'));
      const reduced = readFileSync(BUILDER, 'utf8').replace(/^.*public Builder setNavColor\(.*\n/m, '');
      const copy = (relative: string, text: string) => {
        const file = join(stubs, relative);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      };
      copy('com/mobile/auth/gatewayauth/AuthUIConfig.java', reduced);
      for (const stub of ['android/graphics/Color.java', 'android/view/Gravity.java', 'android/content/pm/ActivityInfo.java']) copy(stub, readFileSync(join(STUBS, 'android', stub), 'utf8'));
      expect(compileJava({ Full: exportJava(THEMES.allProperties!, 'en') }, stubs)).toMatch(/setNavColor/);
      const known = new Set([...AUTH_UI_CONFIG_SETTERS].filter((s) => s !== 'setNavColor'));
      const snippet = exportJava(THEMES.allProperties!, 'en', known);
      expect(snippet).toMatch(/\/\/ not expressible in AuthUIConfig\.Builder: navColor = "#336699" \(the SDK documents no setNavColor\)/);
      expect(compileJava({ Reduced: snippet }, stubs)).toBe('');
    });
  });
});
