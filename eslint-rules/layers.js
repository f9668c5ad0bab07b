// The import rule of docs/architecture.md, "Layers": each module may import its own layer and the
// layers below it, never above. Checked on every static import, re-export and import().
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// src/ beside this file's folder, wherever eslint is run from.
const SRC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
/** src/test/: the component tests' harness, outside the layers: tests may import it, nothing the app ships. */
const TEST_HARNESS = 'test';
const isTest = (module) => /\.test\.tsx?$/.test(module);

/** Lowest first. A layer is a directory of src/; `features/<name>` are each their own slice. */
export const LAYERS = [
  { name: 'platform', dirs: ['platform'] },
  { name: 'foundation', dirs: ['i18n', 'config', 'api', 'theme', 'session', 'ui'] },
  { name: 'form parts', dirs: ['phone', 'sms', 'captcha', 'password'] },
  { name: 'sign-in core', dirs: ['sign-in'] },
  { name: 'features', dirs: ['features'] },
  { name: 'app', dirs: ['app', 'main.tsx'] },
];

/** App modules every layer may import: pure data, importing nothing of the app. */
export const SHARED_APP_MODULES = ['app/paths.ts', 'app/route-table.ts'];

const rank = (dir) => LAYERS.findIndex((layer) => layer.dirs.includes(dir));

function placeOf(file, srcDir) {
  const relative = path.relative(srcDir, file).split(path.sep);
  if (relative[0] === '..' || relative.length === 0) return undefined;
  return { module: relative.join('/'), dir: relative[0], feature: relative[0] === 'features' ? relative[1] : undefined };
}

function resolveModule(fromFile, specifier) {
  const bare = specifier.split('?')[0];
  // Vite also resolves '/src/…' from the project root.
  const base = bare.startsWith('/src/') ? path.join(SRC_DIR, bare.slice('/src/'.length)) : path.resolve(path.dirname(fromFile), bare);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? base;
}

/** Why `from` may not import `to`, or undefined when it may. */
export function layerViolation(from, to, exceptions = []) {
  if (from.dir === to.dir && from.feature === to.feature) return undefined;
  if (exceptions.some(([a, b]) => from.module.startsWith(a) && to.module.startsWith(b))) return undefined;
  if (to.dir === 'app' && SHARED_APP_MODULES.includes(to.module)) return undefined;
  if (from.dir === 'features' && to.dir === 'features') return `a feature (${from.feature}) imports another feature (${to.feature}): move what they share to the sign-in core or a form part`;
  const fromRank = rank(from.dir);
  const toRank = rank(to.dir);
  if (to.dir === TEST_HARNESS) return from.dir === TEST_HARNESS || isTest(from.module) ? undefined : 'src/test/ is for tests only: nothing the app ships may import it';
  if (from.dir === TEST_HARNESS) return undefined;
  if (fromRank < 0 || toRank < 0) return `src/${fromRank < 0 ? from.dir : to.dir}/ is in no layer: add it to LAYERS in eslint-rules/layers.js and docs/architecture.md`;
  if (toRank > fromRank) return `${LAYERS[fromRank].name} (${from.dir}/) imports ${LAYERS[toRank].name} (${to.module}): layers import downwards only`;
  return undefined;
}

/** The module a source node names: a string, or a template literal without substitutions. */
function specifierOf(source) {
  if (!source) return undefined;
  if (source.type === 'Literal' && typeof source.value === 'string') return source.value;
  if (source.type === 'TemplateLiteral' && source.expressions.length === 0) return source.quasis[0].value.cooked;
  return undefined;
}

export default {
  meta: { name: 'layers' },
  rules: {
    imports: {
      meta: {
        type: 'problem',
        docs: { description: 'Layers import downwards only (docs/architecture.md)' },
        schema: [{ type: 'object', properties: { exceptions: { type: 'array' } }, additionalProperties: false }],
        messages: { wrong: '{{why}}' },
      },
      create(context) {
        const srcDir = SRC_DIR;
        const from = placeOf(context.filename, srcDir);
        if (!from) return {};
        const exceptions = context.options[0]?.exceptions ?? [];
        const check = (node, source) => {
          const specifier = specifierOf(source);
          if (specifier === undefined || !(specifier.startsWith('.') || specifier.startsWith('/src/'))) return;
          const to = placeOf(resolveModule(context.filename, specifier), srcDir);
          if (!to) return;
          const why = layerViolation(from, to, exceptions);
          if (why) context.report({ node, messageId: 'wrong', data: { why } });
        };
        return {
          ImportDeclaration: (node) => check(node, node.source),
          ExportNamedDeclaration: (node) => check(node, node.source),
          ExportAllDeclaration: (node) => check(node, node.source),
          ImportExpression: (node) => check(node, node.source),
          // `import('../x').Type` in a type position.
          TSImportType: (node) => check(node, node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
        };
      },
    },
  },
};
