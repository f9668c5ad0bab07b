import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './eslint-rules/layers.js';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.{ts,tsx,js}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, layers },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'layers/imports': [
        'error',
        {
          // The studio previews the real pages of every route: it sits beside the app's route table.
          exceptions: [
            ['features/studio/', 'app/App.tsx'],
            ['features/studio/', 'app/NotFoundPage.tsx'],
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML: theme, config and tenant text are data.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No raw HTML.' },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Talk to the tenant through src/api (the typed IDaaS client).' }],
    },
  },
  {
    files: ['src/api/transport.ts', 'src/config/config.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // public/engine-check.js must run on engines below the support matrix (docs/support-matrix.md): ES5, a classic script.
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, ecmaVersion: 5, sourceType: 'script' },
  },
  {
    files: ['emulator/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.ts', 'deploy/**/*.ts', '*.config.ts', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
