import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROUTE_NEEDS, ROUTE_PATHS } from '../app/route-table';
import { loadMessages } from './catalogs';
import { LOCALES } from './locales';
import { loadPack, PACK_PREFIXES, packOfKey, type PackName } from './packs';

/*
 * "No raw key can reach a user": useT shows the key itself when the key's pack is not loaded
 * (use-t.ts). So (1) a key's first segment names the pack it lives in (packOfKey), and (2) every key
 * a route's code can render is in a pack that route loads (ROUTE_NEEDS in app/route-table.ts, or a
 * withPacks(import(...), [...]) on the way to the module), found by walking the source's import graph.
 * That each pack's three locales have the same keys is the type checker's: zh-TW.ts and en.ts are
 * typed Record<keyof zh-CN, string>, so a missing or extra key does not compile.
 */

const SRC = fileURLToPath(new URL('..', import.meta.url));
const PACK_NAMES = Object.keys(PACK_PREFIXES) as PackName[];

const coreKeys = Object.keys(await loadMessages('zh-CN'));
const packKeys = Object.fromEntries(
  await Promise.all(PACK_NAMES.map(async (name) => [name, Object.keys(await loadPack(name, 'zh-CN'))] as const)),
) as Record<PackName, string[]>;
const allKeys = [...coreKeys, ...Object.values(packKeys).flat()];

describe('message packs: a key says which pack it is loaded with', () => {
  it('every key of a pack, in every language, is owned by that pack', async () => {
    for (const name of PACK_NAMES) {
      for (const locale of LOCALES) {
        const keys = Object.keys(await loadPack(name, locale));
        expect(keys.length, `${name} (${locale})`).toBeGreaterThan(0);
        expect(keys.filter((key) => packOfKey(key) !== name), `${name} (${locale}): keys another pack's prefix claims`).toEqual([]);
      }
    }
  });

  it('every key of the core catalog, in every language, is owned by no pack', async () => {
    for (const locale of LOCALES) {
      const keys = Object.keys(await loadMessages(locale));
      expect(keys.filter((key) => packOfKey(key) !== 'core'), `core (${locale}): keys a pack's prefix claims`).toEqual([]);
    }
  });

  it('no prefix is listed by two packs', () => {
    const prefixes = Object.values(PACK_PREFIXES).flat();
    expect(prefixes.filter((prefix, i) => prefixes.indexOf(prefix) !== i)).toEqual([]);
  });

  it('every pack directory is a pack packs.ts loads', () => {
    const directories = readdirSync(join(SRC, 'i18n/packs')).filter((name) => statSync(join(SRC, 'i18n/packs', name)).isDirectory());
    const camel = (dir: string) => dir.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    expect(directories.map(camel).sort()).toEqual([...PACK_NAMES].sort());
  });
});

// ——— The module graph walker ———

/** Reads a source file; undefined when there is no such file. */
type ReadSource = (file: string) => string | undefined;

interface Edge {
  file: string;
  /** Packs the way to this module loads besides those already loaded (withPacks). */
  packs: readonly string[];
}
interface ModuleFacts {
  edges: Edge[];
  keys: Set<string>;
  unresolved: string[];
}
interface Catalog {
  keys: ReadonlySet<string>;
  sorted: readonly string[];
}
const catalogOf = (keys: readonly string[]): Catalog => ({ keys: new Set(keys), sorted: [...keys].sort() });

const CODE_EXTENSIONS = ['.ts', '.tsx'];
/** Imports of files that are not code: they render no message. */
const isAsset = (specifier: string) => /\?|\.(css|svg|png|jpe?g|webp|gif|woff2?|json|html|txt)$/.test(specifier);

function resolveImport(from: string, specifier: string, read: ReadSource): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = CODE_EXTENSIONS.includes(extname(base)) ? [base] : [...CODE_EXTENSIONS.map((ext) => base + ext), ...CODE_EXTENSIONS.map((ext) => join(base, `index${ext}`))];
  return candidates.find((file) => read(file) !== undefined);
}

const parse = (file: string, text: string) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

const isDynamicImport = (node: ts.Node): node is ts.CallExpression => ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword;

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

const containsDynamicImport = (node: ts.Node): boolean => isDynamicImport(node) || ts.forEachChild(node, containsDynamicImport) === true;

/** `import { type A, type B } from` and `import type` load nothing at run time. */
function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}
function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  const clause = node.exportClause;
  return node.isTypeOnly || (clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly));
}

const isPropertyName = (node: ts.Node) => (ts.isPropertyAssignment(node.parent) || ts.isPropertySignature(node.parent)) && node.parent.name === node;

/**
 * The imports (static, re-exports, dynamic) and the message keys of one module. A key is a string
 * in an expression equal to a catalog key, or a template literal whose text before the first
 * substitution starts keys (`register.gender.${g}`: all of them). Comments and types say nothing.
 * `skip` leaves out a subtree (the route table's screens, when the entry is walked).
 */
function moduleFacts(file: string, text: string, catalog: Catalog, read: ReadSource, skip: (node: ts.Node) => boolean = () => false): ModuleFacts {
  const facts: ModuleFacts = { edges: [], keys: new Set(), unresolved: [] };
  const follow = (specifier: string, packs: readonly string[]) => {
    if (!specifier.startsWith('.')) return; // a package
    const target = resolveImport(file, specifier, read);
    if (target) facts.edges.push({ file: target, packs });
    else if (!isAsset(specifier)) facts.unresolved.push(specifier);
  };
  const visit = (node: ts.Node, packs: readonly string[]): void => {
    if (skip(node)) return;
    if (ts.isImportDeclaration(node)) {
      if (!isTypeOnlyImport(node) && ts.isStringLiteral(node.moduleSpecifier)) follow(node.moduleSpecifier.text, packs);
      return;
    }
    if (ts.isExportDeclaration(node)) {
      if (!isTypeOnlyExport(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) follow(node.moduleSpecifier.text, packs);
      return;
    }
    if (ts.isTypeNode(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
    if (isDynamicImport(node)) {
      const [specifier] = node.arguments;
      if (specifier && ts.isStringLiteralLike(specifier)) follow(specifier.text, packs);
      else throw new Error(`${file}: import() of a computed specifier: the walk cannot follow it`);
      return;
    }
    if (ts.isCallExpression(node) && calleeName(node) === 'withPacks' && node.arguments[0] && containsDynamicImport(node.arguments[0])) {
      const [code, list] = node.arguments;
      if (!list || !ts.isArrayLiteralExpression(list) || !list.elements.every(ts.isStringLiteralLike)) {
        throw new Error(`${file}: withPacks(import(...), packs) with packs not a list of names: the walk cannot tell which`);
      }
      visit(code, [...packs, ...list.elements.map((e) => (e as ts.StringLiteralLike).text)]);
      return;
    }
    if (ts.isStringLiteralLike(node) && !isPropertyName(node) && catalog.keys.has(node.text)) facts.keys.add(node.text);
    if (ts.isTemplateExpression(node) && node.head.text.includes('.')) {
      for (const key of catalog.sorted) if (key.startsWith(node.head.text)) facts.keys.add(key);
    }
    ts.forEachChild(node, (child) => visit(child, packs));
  };
  visit(parse(file, text), []);
  return facts;
}

interface KeyUse {
  module: string;
  key: string;
  /** The packs loaded when this module runs along `chain`. */
  packs: readonly string[];
  /** From the root to `module`. */
  chain: readonly string[];
}
interface Walk {
  modules: Set<string>;
  uses: KeyUse[];
  unresolved: string[];
}
interface WalkOptions {
  read: ReadSource;
  catalog: Catalog;
  /** Modules not entered (another walk's root, message catalogs). */
  stopAt: (file: string) => boolean;
  /** A subtree of a module left out (the route table's screens). */
  skip?: (file: string) => (node: ts.Node) => boolean;
}

/** Every module reachable from the roots, with the packs loaded along each distinct way there. */
function walk(roots: readonly Edge[], options: WalkOptions): Walk {
  const result: Walk = { modules: new Set(), uses: [], unresolved: [] };
  const factsCache = new Map<string, ModuleFacts>();
  const seen = new Set<string>();
  const queue: { file: string; packs: readonly string[]; chain: readonly string[] }[] = roots.map((root) => ({ ...root, chain: [root.file] }));
  while (queue.length > 0) {
    const { file, packs, chain } = queue.shift()!;
    const state = `${file}|${[...new Set(packs)].sort().join(',')}`;
    if (seen.has(state) || options.stopAt(file) || file.endsWith('.test.ts')) continue;
    seen.add(state);
    result.modules.add(file);
    let facts = factsCache.get(file);
    if (!facts) {
      facts = moduleFacts(file, options.read(file)!, options.catalog, options.read, options.skip?.(file));
      factsCache.set(file, facts);
      result.unresolved.push(...facts.unresolved.map((specifier) => `${file}: ${specifier}`));
    }
    for (const key of facts.keys) result.uses.push({ module: file, key, packs, chain });
    for (const edge of facts.edges) queue.push({ file: edge.file, packs: [...packs, ...edge.packs], chain: [...chain, edge.file] });
  }
  return result;
}

/** The keys a walk can render outside the packs loaded on the way there. */
const rawKeys = (uses: readonly KeyUse[]) =>
  uses.filter((use) => {
    const pack = packOfKey(use.key);
    return pack !== 'core' && !use.packs.includes(pack);
  });


// ——— The app's roots ———

const readCache = new Map<string, string | undefined>();
const readSource: ReadSource = (file) => {
  if (!readCache.has(file)) {
    let text: string | undefined;
    try {
      text = statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
    } catch {
      text = undefined;
    }
    readCache.set(file, text);
  }
  return readCache.get(file);
};

const ROUTES_FILE = join(SRC, 'app/routes.ts');
const APP_FILE = join(SRC, 'app/App.tsx');
const MAIN_FILE = join(SRC, 'main.tsx');
/** The catalogs are data, loaded by i18n/catalogs.ts and packs.ts: their keys are defined, not shown, there. */
const isCatalog = (file: string) => file.startsWith(join(SRC, 'i18n/messages/')) || file.startsWith(join(SRC, 'i18n/packs/'));
const appCatalog = catalogOf(allKeys);

/** The object literal of routes.ts that maps every route path to its screen's import. */
function screensObject(source: ts.SourceFile): ts.ObjectLiteralExpression {
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const names = node.properties.map((p) => (ts.isPropertyAssignment(p) && ts.isStringLiteral(p.name) ? p.name.text : undefined));
      if (names.length > 0 && names.every((name) => name !== undefined && (ROUTE_PATHS as string[]).includes(name))) found = node;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found) throw new Error(`${ROUTES_FILE}: no object maps the route paths to their screens`);
  return found;
}

/** The modules a declaration's initializer imports: `export const loadX = () => import('./X')`. */
function importsOfExport(file: string, name: string): string[] | undefined {
  const text = readSource(file);
  if (text === undefined) return undefined;
  let imports: string[] | undefined;
  const visit = (node: ts.Node): void => {
    if ((ts.isVariableDeclaration(node) || ts.isFunctionDeclaration(node)) && node.name && ts.isIdentifier(node.name) && node.name.text === name) {
      imports = [];
      const collect = (inner: ts.Node): void => {
        if (isDynamicImport(inner) && inner.arguments[0] && ts.isStringLiteralLike(inner.arguments[0])) {
          const target = resolveImport(file, inner.arguments[0].text, readSource);
          if (target) imports!.push(target);
        }
        ts.forEachChild(inner, collect);
      };
      collect(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file, text));
  return imports;
}

/**
 * Each route's screen modules, read from routes.ts: `() => import('../features/x/Page')`, or
 * `import('./routes').then((r) => r.loadPage())`, whose `loadPage` imports the page.
 */
function routeScreens(): Map<string, string[]> {
  const screens = new Map<string, string[]>();
  for (const property of screensObject(parse(ROUTES_FILE, readSource(ROUTES_FILE)!)).properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isStringLiteral(property.name)) continue;
    const files: string[] = [];
    const visit = (node: ts.Node): void => {
      if (isDynamicImport(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
        const target = resolveImport(ROUTES_FILE, node.arguments[0].text, readSource);
        if (!target) throw new Error(`${ROUTES_FILE}: ${node.arguments[0].text} does not resolve`);
        // import('./m').then((r) => r.loadX()): the modules loadX imports.
        const then = node.parent;
        const callback = ts.isPropertyAccessExpression(then) && then.name.text === 'then' && ts.isCallExpression(then.parent) ? then.parent.arguments[0] : undefined;
        const body = callback && ts.isArrowFunction(callback) ? callback.body : undefined;
        const loader = body && ts.isCallExpression(body) && ts.isPropertyAccessExpression(body.expression) ? body.expression.name.text : undefined;
        const loaded = loader === undefined ? undefined : importsOfExport(target, loader);
        files.push(...(loaded && loaded.length > 0 ? loaded : [target]));
      }
      ts.forEachChild(node, visit);
    };
    visit(property.initializer);
    screens.set(property.name.text, files);
  }
  return screens;
}

/** What the route of `path` can show: its screen's modules, with its packs; App and the route table are other walks. */
function routeWalk(path: string, files: readonly string[]): Walk {
  const packs = ROUTE_NEEDS[path as keyof typeof ROUTE_NEEDS].packs ?? [];
  return walk(
    files.map((file) => ({ file, packs })),
    { read: readSource, catalog: appCatalog, stopAt: (file) => isCatalog(file) || file === APP_FILE || file === ROUTES_FILE },
  );
}

/** What start-up can show: main.tsx and App with the core catalog only, the route table without its screens. */
function entryWalk(): Walk {
  let screens: ts.Node | undefined;
  return walk([{ file: MAIN_FILE, packs: [] }], {
    read: readSource,
    catalog: appCatalog,
    stopAt: isCatalog,
    skip: (file) => {
      if (file !== ROUTES_FILE) return () => false;
      return (node) => {
        if (ts.isSourceFile(node)) screens = screensObject(node);
        return node === screens;
      };
    },
  });
}

const shown = (file: string) => relative(SRC, file);
const describeUse = (root: string, use: KeyUse) =>
  `${root}: ${shown(use.module)} shows '${use.key}' (pack ${packOfKey(use.key)}; loaded: ${use.packs.join(', ') || 'core only'}) via ${use.chain.map(shown).join(' → ')}`;

describe('message keys a route can render are in the packs it loads', () => {
  const screens = routeScreens();
  const walks = new Map([...screens].map(([path, files]) => [path, routeWalk(path, files)]));

  it('the walker reports a key of a pack the way there does not load (fixture)', () => {
    const files: Record<string, string> = {
      '/v/Page.tsx': [
        "import { Child } from './Child';",
        "import type { Unused } from './TypeOnly';",
        "import { withPacks } from './store';",
        "// 'account.title' in a comment shows nothing",
        "const Warn = () => withPacks(import('./Warn'), ['passwordChange']);",
        "export const Page = () => t('common.retry');",
      ].join('\n'),
      '/v/Child.tsx': "export const Child = () => <p>{t('login.submit')}{t(`register.gender.${g}`)}</p>;",
      '/v/TypeOnly.ts': "export type Unused = 'studio.title'; const x = 'studio.title';",
      '/v/store.ts': 'export const withPacks = (code, packs) => code;',
      '/v/Warn.tsx': "import { Child } from './Child'; export default () => t('change.title');",
    };
    const catalog = catalogOf(['common.retry', 'login.submit', 'change.title', 'account.title', 'studio.title', 'register.gender.male', 'register.gender.female']);
    const result = walk([{ file: '/v/Page.tsx', packs: ['oneClick'] }], { read: (file) => files[file], catalog, stopAt: () => false });
    expect(result.unresolved).toEqual([]);
    expect([...result.modules].sort()).toEqual(['/v/Child.tsx', '/v/Page.tsx', '/v/Warn.tsx', '/v/store.ts']);
    const raw = rawKeys(result.uses).map((use) => `${use.chain.join(' > ')}: ${use.key}`);
    // Child reached directly lacks forms and verification; through Warn it has passwordChange, still not them.
    expect(raw.sort()).toEqual(
      [
        '/v/Page.tsx > /v/Child.tsx: login.submit',
        '/v/Page.tsx > /v/Child.tsx: register.gender.female',
        '/v/Page.tsx > /v/Child.tsx: register.gender.male',
        '/v/Page.tsx > /v/Warn.tsx > /v/Child.tsx: login.submit',
        '/v/Page.tsx > /v/Warn.tsx > /v/Child.tsx: register.gender.female',
        '/v/Page.tsx > /v/Warn.tsx > /v/Child.tsx: register.gender.male',
      ].sort(),
    );
    // change.title is covered by withPacks; with the route's packs right, nothing is raw.
    const loaded = walk([{ file: '/v/Page.tsx', packs: ['forms', 'verification'] }], { read: (file) => files[file], catalog, stopAt: () => false });
    expect(rawKeys(loaded.uses)).toEqual([]);
    expect(loaded.uses.some((use) => use.key === 'change.title' && use.packs.includes('passwordChange'))).toBe(true);
  });

  it('sees every route and its pages (the check below is not vacuous)', () => {
    expect([...screens.keys()].sort()).toEqual([...ROUTE_PATHS].sort());
    const keysOf = (path: string) => new Set(walks.get(path)!.uses.map((use) => use.key));
    expect(walks.get('/login')!.modules.size).toBeGreaterThanOrEqual(15);
    expect(keysOf('/login')).toContain('login.submit');
    // The expired-password step, loaded by the page withPacks(import(...), ['passwordChange']).
    expect(walks.get('/login')!.uses.some((use) => use.key === 'warn.title' && use.packs.includes('passwordChange'))).toBe(true);
    expect(keysOf('/register')).toContain('register.submit');
    expect(keysOf('/register')).toContain('register.gender.male'); // a template literal's keys
    expect(keysOf('/one-click')).toContain('oneClick.operator.CMCC');
    expect(keysOf('/studio')).toContain('studio.title');
    for (const [path, result] of walks) expect(result.uses.length, `${path} shows no key`).toBeGreaterThan(0);
    for (const [path, result] of walks) expect(result.unresolved, `${path}: imports that resolve to no file`).toEqual([]);
  });

  it('no route can show a key of a pack it does not load', () => {
    const raw = [...walks].flatMap(([path, result]) => rawKeys(result.uses).map((use) => describeUse(path, use)));
    expect([...new Set(raw)]).toEqual([]);
  });

  it('start-up (main.tsx, App) shows core keys, and the startup pack where it loads it', () => {
    const result = entryWalk();
    expect(result.unresolved).toEqual([]);
    expect(result.modules).toContain(APP_FILE);
    expect(result.modules).toContain(ROUTES_FILE);
    const screenFiles = [...routeScreens().values()].flat();
    expect([...result.modules].filter((file) => screenFiles.includes(file)).map(shown), 'route screens start-up reached').toEqual([]);
    expect(result.uses.some((use) => use.key === 'config.title' && use.packs.includes('startup'))).toBe(true);
    expect([...new Set(rawKeys(result.uses).map((use) => describeUse('main.tsx', use)))]).toEqual([]);
  });
});
