import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';
import noPrototypeKeyRead from './eslint-rules/no-prototype-key-read.js';

export default ts.config(
  {
    ignores: [
      'dist/',
      'dist.sebelumnya/',
      'dist-bench/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'eval breaks the strict CSP' },
        { selector: "NewExpression[callee.name='Function']", message: 'new Function breaks the strict CSP' },
      ],
      'svelte/no-at-html-tags': 'error',
      // Store state is $state.raw and replaced whole (immutable updates), never mutated in place.
      'svelte/prefer-svelte-reactivity': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  // Reads of plain objects with keys from data (audit F11, F12): type-aware, over the app's code.
  {
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { local: { rules: { 'no-prototype-key-read': noPrototypeKeyRead } } },
    rules: { 'local/no-prototype-key-read': 'error' },
  },
);
