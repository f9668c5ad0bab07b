// The import rule of docs/architecture.md, "Layers": each module may import its own layer and the
// layers below it, never above. Checked on every static import, re-export and import().
import fs from 'node:fs';
import path from 'node:path';

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
  const base = path.resolve(path.dirname(fromFile), specifier.split('?')[0]);
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
  if (fromRank < 0 || toRank < 0) return undefined;
  if (toRank > fromRank) return `${LAYERS[fromRank].name} (${from.dir}/) imports ${LAYERS[toRank].name} (${to.module}): layers import downwards only`;
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
        const srcDir = path.resolve(context.cwd, 'src');
        const from = placeOf(context.filename, srcDir);
        if (!from) return {};
        const exceptions = context.options[0]?.exceptions ?? [];
        const check = (node, source) => {
          if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
          const to = placeOf(resolveModule(context.filename, source.value), srcDir);
          if (!to) return;
          const why = layerViolation(from, to, exceptions);
          if (why) context.report({ node, messageId: 'wrong', data: { why } });
        };
        return {
          ImportDeclaration: (node) => check(node, node.source),
          ExportNamedDeclaration: (node) => check(node, node.source),
          ExportAllDeclaration: (node) => check(node, node.source),
          ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : undefined),
          // `import('../x').Type` in a type position.
          TSImportType: (node) => check(node, node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
        };
      },
    },
  },
};
