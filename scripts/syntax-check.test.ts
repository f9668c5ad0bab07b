import { describe, expect, it } from 'vitest';
import { cssProblems, regexProblem, syntaxProblems } from './syntax-check.ts';

const messages = (source: string) => syntaxProblems(source).map((problem) => problem.message);

describe('syntaxProblems: what iOS 15, Chrome 87 and Firefox 115 cannot run', () => {
  it('accepts ES2021 syntax, class fields, private methods and plain optional chaining', () => {
    const source = `
      class A { x = 1; #y = 2; static z = 3; #m() { return this.#y; } get() { return this.#m() ?? this.x?.toString(); } }
      let a = null; a ??= {}; a.b ||= 1_000; export const f = async () => { await 1; for await (const x of []) x; };
      const r = /(?<name>a)[(?<=]\\(?<=/su; const c = a?.b(1, g(...[2])); const n = new RegExp('(?<k>x)', 'g');`;
    expect(messages(source)).toEqual([]);
  });

  it('rejects class static blocks, #x in obj and top-level await', () => {
    expect(messages('class A { static { this.x = 1; } }')).toEqual(['class static block (Chrome 94, Safari 16.4)']);
    expect(messages('class A { #x; static has(o) { return #x in o; } }')).toEqual(['#x in obj (Chrome 91)']);
    expect(messages('await Promise.resolve();')).toEqual(['top-level await (Chrome 89)']);
    expect(messages('for await (const x of []) x;')).toEqual(['top-level for await (Chrome 89)']);
  });

  it('rejects lookbehind and the d and v flags, in literals and in RegExp calls', () => {
    expect(messages('const r = /(?<=a)b/;')).toEqual(['RegExp lookbehind (Safari 16.4)']);
    expect(messages('const r = new RegExp("(?<!a)b");')).toEqual(['RegExp lookbehind (Safari 16.4)']);
    expect(messages('const r = RegExp("a", "d");')).toEqual(['RegExp d flag (Chrome 90)']);
    expect(messages('const r = RegExp(`(?<=\\d)x`, `g`);')).toEqual(['RegExp lookbehind (Safari 16.4)']);
    expect(messages('const r = /[a]/v;')).toEqual(['RegExp v flag (Chrome 112, Safari 17)']);
  });

  it('rejects the shapes of the Safari 15 class-field bug and the Chrome < 91 optional-call bug', () => {
    expect(messages('let h; class A { p = (0, h)(); }')).toEqual(['class field initializer with a parenthesized expression (WebKit bug 236843, Safari < 16)']);
    expect(messages('class A { s = (e) => (this.l.add(e), 1); }')).toHaveLength(1);
    expect(messages('a?.b(...c); a?.(...c); a?.b.c(...d);')).toHaveLength(3);
  });
});

describe('regexProblem', () => {
  it('reads escapes and character classes, not just the text', () => {
    expect(regexProblem('\\(?<=a', '')).toBeUndefined();
    expect(regexProblem('[(?<=]', '')).toBeUndefined();
    expect(regexProblem('(?<n>a)', 'gu')).toBeUndefined();
    expect(regexProblem('[\\]](?<=a)', '')).toBe('RegExp lookbehind (Safari 16.4)');
  });
});

describe('cssProblems: built CSS without a fallback on the matrix', () => {
  it('accepts the fallbacks the stylesheets write', () => {
    const css =
      '.a{min-height:100vh;display:flex;min-height:100dvh}.b{max-height:min(640px,100vh - 24px);max-height:min(640px,100dvh - 24px)}' +
      '@supports (color:color-mix(in srgb,red,blue)){:root{--h:color-mix(in srgb,var(--p) 85%,black)}}.c::backdrop{background:0 0}.d{transform:translate(var(--s,0))}';
    expect(cssProblems(css)).toEqual([]);
  });

  it('rejects :has(), :is(), the translate property, bare color-mix(), bare dvh and custom properties in ::backdrop', () => {
    const css = '.a:has(.b) .c{color:red}.a:not(:is(.b,.c)){color:red}.d{translate:1px 2px}.e{background:color-mix(in srgb,red 18%,transparent)}.f{height:100dvh}.g{height:50vh;width:1px;height:100dvh}.h::backdrop{background:var(--mask)}';
    expect(cssProblems(css).map((problem) => problem.message)).toEqual([
      ':has() (Chrome 105, Safari 15.4)',
      ':is() (Chrome 88)',
      'the translate property (Chrome 104)',
      'color-mix() without @supports (Chrome 111, Safari 16.2)',
      'height: 100dvh without a vh fallback before it',
      'height: 100dvh without a vh fallback before it',
      'a custom property in ::backdrop (inherited from Chrome 122, Safari 17.4)',
    ]);
  });
});
