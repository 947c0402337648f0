// Layering is a build rule, not a convention: shared/ is pure, renderer/ has no Node and no
// network, and only main.ts, preload.ts and electron/adapters/ may touch Electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'http', 'https', 'net', 'tls', 'crypto', 'child_process', 'url', 'stream', 'zlib', 'dns', 'util', 'events'];
const noNode = { group: nodeBuiltins, message: 'shared/ and renderer/ run without Node: keep Node APIs in electron/.' };
const noElectron = { regex: '^electron(/.*)?$', message: 'Only electron/main.ts, electron/preload.ts and electron/adapters/ may import electron.' };
const noNetwork = { group: ['undici', 'undici/*', 'axios', 'node-fetch'], message: 'The renderer never opens a socket: ask the main process over IPC.' };

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', 'reports', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noNetwork, { group: ['../electron/*', '../renderer/*', '../sandbox/*', '../../electron/*', '../../renderer/*', '../../sandbox/*'], message: 'shared/ imports nothing outside shared/.' }] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noNetwork, { group: ['**/electron/**', '**/sandbox/**'], message: 'The renderer reaches main only through the preload bridge.' }] }],
      'no-restricted-globals': ['error', { name: 'XMLHttpRequest', message: 'No network from the renderer except the host bridge.' }, { name: 'WebSocket', message: 'No network from the renderer.' }],
    },
  },
  {
    files: ['electron/**/*.ts', 'sandbox/**/*.ts', 'bench/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/adapters/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron] }] },
  },
  {
    files: ['sandbox/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, { group: ['**/electron/coupang/**'], message: 'The sandbox verifies signatures with its own code, never the client signer.' }] }] },
  },
);
