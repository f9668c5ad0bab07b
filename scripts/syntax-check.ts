/**
 * Syntax check of the build against the support matrix (README, "Browser support"): every script in
 * dist/assets must parse in iOS 15 Safari, Chrome 87 and Firefox 115. They run all ES2021 syntax,
 * class fields and private methods; this rejects what they do not run, which the build's
 * transformer does not lower (vite.config.ts, `build.target`):
 * - class static blocks (Chrome 94, Safari 16.4), `#x in obj` (Chrome 91), top-level await (Chrome 89);
 * - RegExp lookbehind (Safari 16.4: a SyntaxError that stops the whole chunk), the `d` flag
 *   (Chrome 90) and the `v` flag, in literals and in `RegExp("…")` calls with literal arguments;
 * - the two shapes the transformer would only avoid by lowering a whole feature: a class field
 *   initializer holding a parenthesized expression (WebKit bug 236843: in Safari 15 it may throw
 *   a ReferenceError for a variable of the enclosing scope) and an optional call with spread
 *   arguments (V8 bug 11558, Chrome before 91).
 * And in dist/assets/*.css, what Lightning CSS leaves beyond the matrix (see `cssProblems`).
 * Exits non-zero and names file:line:column for each finding.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';

export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

type AnyNode = { type: string; start: number; end: number; loc?: { start: { line: number; column: number } } } & Record<string, unknown>;

const isNode = (value: unknown): value is AnyNode => typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** What in a regular expression's source and flags the matrix cannot parse, or undefined. */
export function regexProblem(pattern: string, flags: string): string | undefined {
  if (flags.includes('v')) return 'RegExp v flag (Chrome 112, Safari 17)';
  if (flags.includes('d')) return 'RegExp d flag (Chrome 90)';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(' && pattern.startsWith('?<', i + 1) && (pattern[i + 3] === '=' || pattern[i + 3] === '!')) {
      return 'RegExp lookbehind (Safari 16.4)';
    }
  }
  return undefined;
}

function contains(node: AnyNode, type: string): boolean {
  if (node.type === type) return true;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    const children = Array.isArray(value) ? value : [value];
    if (children.some((child) => isNode(child) && contains(child, type))) return true;
  }
  return false;
}

/** A string literal's or an expression-free template literal's value (the minifier writes both). */
function constantString(node: AnyNode): string | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  const quasis = node.quasis as { value: { cooked: string | null } }[] | undefined;
  if (node.type === 'TemplateLiteral' && quasis?.length === 1) return quasis[0]!.value.cooked ?? undefined;
  return undefined;
}

/** The constructs of `source` (an ES module) that the support matrix cannot run. */
export function syntaxProblems(source: string): SyntaxProblem[] {
  const program = parse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true, preserveParens: true }) as unknown as AnyNode;
  const problems: SyntaxProblem[] = [];
  const report = (node: AnyNode, message: string) => problems.push({ line: node.loc?.start.line ?? 0, column: node.loc?.start.column ?? 0, message });

  const visit = (node: AnyNode, inFunction: boolean): void => {
    switch (node.type) {
      case 'StaticBlock':
        report(node, 'class static block (Chrome 94, Safari 16.4)');
        break;
      case 'BinaryExpression':
        if (node.operator === 'in' && isNode(node.left) && node.left.type === 'PrivateIdentifier') report(node, '#x in obj (Chrome 91)');
        break;
      case 'AwaitExpression':
        if (!inFunction) report(node, 'top-level await (Chrome 89)');
        break;
      case 'ForOfStatement':
        if (node.await && !inFunction) report(node, 'top-level for await (Chrome 89)');
        break;
      case 'Literal': {
        const regex = node.regex as { pattern: string; flags: string } | undefined;
        const problem = regex && regexProblem(regex.pattern, regex.flags);
        if (problem) report(node, problem);
        break;
      }
      case 'NewExpression':
      case 'CallExpression': {
        const callee = node.callee as AnyNode;
        const args = node.arguments as AnyNode[];
        if (callee.type === 'Identifier' && callee.name === 'RegExp') {
          const [pattern, flags] = args.map(constantString);
          const problem = pattern !== undefined && regexProblem(pattern, flags ?? '');
          if (problem) report(node, problem);
        }
        break;
      }
      case 'ChainExpression':
        // The calls along the chain (`a?.b(...c)`, `a?.(...c)`, `a?.b.c(...d)`), not those in their arguments.
        for (let link = node.expression as AnyNode | undefined; link; ) {
          if (link.type === 'CallExpression' && (link.arguments as AnyNode[]).some((arg) => arg.type === 'SpreadElement')) {
            report(link, 'optional call with spread arguments (V8 bug 11558, Chrome < 91)');
          }
          link = link.type === 'CallExpression' ? (link.callee as AnyNode) : link.type === 'MemberExpression' ? (link.object as AnyNode) : undefined;
        }
        break;
      case 'PropertyDefinition':
        if (isNode(node.value) && contains(node.value, 'ParenthesizedExpression')) {
          report(node, 'class field initializer with a parenthesized expression (WebKit bug 236843, Safari < 16)');
        }
        break;
    }
    const nowInFunction = inFunction || FUNCTIONS.has(node.type) || node.type === 'PropertyDefinition' || node.type === 'StaticBlock';
    for (const [key, value] of Object.entries(node)) {
      if (key === 'loc') continue;
      for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) visit(child, nowInFunction);
    }
  };
  visit(program, false);
  return problems;
}

/** Where `at` falls in `css`, as 1-based line and 0-based column. */
function position(css: string, at: number): { line: number; column: number } {
  const before = css.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length };
}

/**
 * What a built (minified) stylesheet uses that the matrix lacks and that has no fallback:
 * :has() (Chrome 105, Safari 15.4), :is()/:where() (Chrome 88), the `translate` property (Chrome 104),
 * color-mix() outside an `@supports (… color-mix …)` block (Chrome 111, Safari 16.2), a `dvh`
 * value not preceded in its rule by the same declaration in `vh`, and a custom property in a ::backdrop rule
 * (it inherits none before Chrome 122, Safari 17.4).
 */
export function cssProblems(css: string): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const report = (at: number, message: string) => problems.push({ ...position(css, at), message });
  for (const match of css.matchAll(/:(has|is|where|-webkit-any)\(/g)) report(match.index, `:${match[1]}() (Chrome ${match[1] === 'has' ? '105, Safari 15.4' : '88'})`);
  for (const match of css.matchAll(/[{;]\s*translate\s*:/g)) report(match.index + 1, 'the translate property (Chrome 104)');
  const guarded = css.replace(/@supports[^{]*color-mix[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, (block) => ' '.repeat(block.length));
  for (const match of guarded.matchAll(/color-mix\(/g)) report(match.index, 'color-mix() without @supports (Chrome 111, Safari 16.2)');
  for (const match of css.matchAll(/([{;])\s*([a-z-]+)\s*:([^;{}]*\bdvh\b|[^;{}]*\ddvh[^;{}]*)/g)) {
    const [, , property, value] = match;
    const fallback = `${property}:${value!.replace(/(\d)dvh/g, '$1vh')}`;
    const ruleSoFar = css.slice(css.lastIndexOf('{', match.index) + 1, match.index).replace(/\s/g, '');
    if (!ruleSoFar.split(';').includes(fallback.replace(/\s/g, ''))) report(match.index + 1, `${property}: ${value} without a vh fallback before it`);
  }
  for (const match of css.matchAll(/::backdrop\s*\{[^}]*var\(--/g)) report(match.index, 'a custom property in ::backdrop (inherited from Chrome 122, Safari 17.4)');
  return problems;
}

function main(): void {
  const assets = join(process.argv[2] ?? 'dist', 'assets');
  const files = readdirSync(assets).filter((name) => name.endsWith('.js') || name.endsWith('.css'));
  let failed = false;
  for (const name of files) {
    let problems: SyntaxProblem[];
    try {
      const text = readFileSync(join(assets, name), 'utf8');
      problems = name.endsWith('.css') ? cssProblems(text) : syntaxProblems(text);
    } catch (error) {
      problems = [{ line: 0, column: 0, message: `does not parse: ${(error as Error).message}` }];
    }
    for (const { line, column, message } of problems) console.error(`${join(assets, name)}:${line}:${column}: ${message}`);
    failed ||= problems.length > 0;
  }
  if (failed) {
    console.error('\nSyntax beyond the support matrix (scripts/syntax-check.ts).');
    process.exit(1);
  }
  console.log(`Syntax check: the ${files.length} scripts and stylesheets in ${assets} run on the support matrix.`);
}

if (process.argv[1]?.endsWith('syntax-check.ts')) main();
