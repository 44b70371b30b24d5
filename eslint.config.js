// Lint rules. The restricted-imports block keeps src/model and src/formats pure
// TypeScript (DESIGN.md §2): the CLI and the unit tests run them in Node, without a DOM.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const browserOnly = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'DOMParser',
  'HTMLElement',
  'location',
  'history',
].map((name) => ({ name, message: 'src/model and src/formats must run in Node: no DOM globals.' }));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/model/**/*.ts', 'src/formats/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', 'react/*', '@tanstack/*'],
              message: 'src/model and src/formats are pure TypeScript: no React.',
            },
            {
              group: ['cytoscape', 'cytoscape-*'],
              message:
                'src/model and src/formats are pure TypeScript: Cytoscape is a view (src/graph).',
            },
            {
              group: ['**/ui/**', '**/graph/**', '**/app/**', '**/data/**', '**/state/**'],
              message: 'src/model and src/formats must not depend on the app layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserOnly],
    },
  },
);
