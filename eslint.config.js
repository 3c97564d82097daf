// Lint rules for the whole repository. Type-aware rules are left to `npm run typecheck`;
// this keeps lint fast enough to run inside `npm test`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'data/', 'coverage/', 'bench/results/', 'renderer/dist/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // core/ is shared by the till, the server and the main process: no DOM, no Node APIs.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'crypto', 'react', 'dexie', 'fastify'] }],
    },
  },
  {
    // IPC goes through the two wrapper files only (Heroic's rule): one typed channel map.
    files: ['**/*.{ts,tsx}'],
    ignores: ['electron/preload.ts', 'electron/ipc-main.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='ipcMain']", message: 'Use electron/ipc-main.ts.' },
        { selector: "Identifier[name='ipcRenderer']", message: 'Use electron/preload.ts.' },
      ],
    },
  },
);
