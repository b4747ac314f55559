import tseslint from 'typescript-eslint';

const BROWSER_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'chrome', 'browser', 'HTMLElement', 'Element',
  'Node', 'MutationObserver', 'localStorage', 'fetch', 'XMLHttpRequest', 'self', 'globalThis',
].map((name) => ({ name, message: 'src/core is pure: no DOM, no extension API, no network.' }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Only src/background/ext.ts may touch the extension API wrapper library.
      'no-restricted-imports': ['error', {
        paths: [{ name: 'webextension-polyfill', message: 'Import the wrapper src/background/ext.ts instead.' }],
      }],
    },
  },
  {
    files: ['src/background/ext.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-imports': ['error', {
        paths: [{ name: 'webextension-polyfill', message: 'src/core is pure.' }, { name: 'dompurify', message: 'src/core is pure.' }],
        patterns: [
          { group: ['preact', 'preact/*'], message: 'src/core is pure: no UI.' },
          { group: ['**/content/**', '**/ui/**', '**/background/**', '**/sites/**', 'node:*', 'fs', 'path'], message: 'src/core depends on nothing outside src/core.' },
        ],
      }],
    },
  },
);
