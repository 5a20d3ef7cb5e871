import { dirname, relative, resolve } from 'node:path';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_ONLY = ['server', 'store', 'feeds'].map((dir) => resolve(import.meta.dirname, 'src', dir));

/** Resolves each relative import, so `../store/` (src/news/store, fine) and `../../store/` (src/store) differ. */
const serverSide = {
  rules: {
    'no-node-only-imports': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const check = (node) => {
          const source = node.source?.value;
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const target = resolve(dirname(context.filename), source);
          const hit = NODE_ONLY.find((dir) => !relative(dir, target).startsWith('..'));
          if (hit) {
            const message = `src/${relative(resolve(import.meta.dirname, 'src'), hit)} is server-side code; the browser's code never imports it.`;
            context.report({ node, message });
          }
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};

const featureMessage = 'Features do not import each other; move the shared piece into news/ or ui/, or meet in app/.';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'test-results', 'playwright-report', '.synthetic', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./(?!\\.)', message: featureMessage },
            { regex: '/features/', message: featureMessage },
            { regex: '(^|/)app/', message: 'Features never import from app/; app/ imports features.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/news/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}', 'src/ingest/**/*.{ts,tsx}', 'src/reading/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)(features|app)/', message: 'news/, ui/, ingest/ and reading/ sit below features and app.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/server/**', 'src/store/**', 'src/feeds/**'],
    plugins: { lede: serverSide },
    rules: { 'lede/no-node-only-imports': 'error' },
  },
  {
    files: ['scripts/**/*.ts', 'tests/**/*.{ts,tsx}', '*.config.{ts,js}'],
    rules: { 'no-console': 'off' },
  },
  {
    // Asymmetric matchers (expect.any, expect.stringMatching) are typed `any` by design.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
