// Lint rules for the whole repository. Type-aware rules are left to `npm run typecheck`;
// this keeps lint fast enough to run inside `npm test`.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The rooms of docs/architecture.md. A file belongs to the folder it lives in (anchored at the
// repository root, so renderer/hardware/ is the renderer's, not the hardware room).
const ROOMS = ['core', 'renderer', 'sync-server', 'hardware', 'electron', 'cli', 'test', 'bench', 'scripts', 'api-client'];
const others = (...names) => ({ to: { element: { types: { anyOf: names } } } });

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'data/', 'coverage/', 'bench/results/', 'renderer/dist/', 'api-client/schema.d.ts'],
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
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Who may import whom (docs/architecture.md, "Rooms and what the lint enforces").
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'boundaries/elements': ROOMS.map((room) => ({ type: room, pattern: `${room}/**`, partialMatch: false })),
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            // core is pure and shared: it imports nothing of ours.
            { from: { element: { type: 'core' } }, disallow: others(...ROOMS.filter((r) => r !== 'core')) },
            // The till talks to the cloud over HTTP and to devices through the hardware contract only.
            { from: { element: { type: 'renderer' } }, disallow: others('sync-server', 'hardware', 'electron', 'cli', 'test', 'bench', 'scripts') },
            // The cloud service never loads device drivers, the till or Electron.
            {
              from: { element: { type: 'sync-server' } },
              disallow: others('hardware', 'renderer', 'electron', 'cli', 'test', 'bench', 'scripts', 'api-client'),
            },
            // Drivers, simulators and the bridge know nothing of the cloud or the till's UI.
            {
              from: { element: { type: 'hardware' } },
              disallow: others('sync-server', 'renderer', 'electron', 'cli', 'test', 'bench', 'scripts', 'api-client'),
            },
            // The typed API client is generated from the document and stands alone: integrators copy it.
            { from: { element: { type: 'api-client' } }, disallow: others(...ROOMS.filter((r) => r !== 'api-client')) },
            // The main process hosts hardware and the window; the cloud and the UI code are not its to load.
            { from: { element: { type: 'electron' } }, disallow: others('sync-server', 'renderer', 'cli', 'test', 'bench', 'scripts') },
            // The command line composes the service's and the hardware's commands; the till's UI is not its to load.
            { from: { element: { type: 'cli' } }, disallow: others('renderer', 'electron', 'test', 'bench', 'scripts') },
          ],
        },
      ],
    },
  },
  {
    // core/ is shared by the till, the server and the main process: no DOM, no Node APIs, no I/O.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'crypto', 'react', 'dexie', 'fastify', 'electron', 'pg', 'ws'] }],
    },
  },
  {
    // No I/O, timer or platform globals in core's code (its tests may use Node's Buffer and timers).
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'fetch',
          'WebSocket',
          'XMLHttpRequest',
          'EventSource',
          'setTimeout',
          'setInterval',
          'window',
          'document',
          'localStorage',
          'indexedDB',
          'process',
          'Buffer',
          'require',
        ].map((name) => ({ name, message: 'core/ is pure: do I/O, timers and platform access in the room that needs it.' })),
      ],
    },
  },
  {
    // Only the main process and the preload load Electron.
    files: ['{renderer,sync-server,hardware,cli}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only electron/ loads Electron; reach it through the hardware contract.' }] }],
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
