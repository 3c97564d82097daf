// One Vitest config, two projects: `node` (core, cloud service, hardware, Electron main,
// cross-area tests in test/) and `renderer` (React + Dexie on jsdom with fake-indexeddb).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'core/**/*.test.ts',
            'sync-server/**/*.test.ts',
            'cli/**/*.test.ts',
            'hardware/**/*.test.ts',
            'electron/**/*.test.ts',
            'test/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // A loaded CI machine (2 cores, Chromium, PostgreSQL clusters) can take seconds to deliver
          // what a quiet one does at once: polls wait on their condition, never on a fixed time.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          setupFiles: ['renderer/test-setup.ts'],
          testTimeout: 30_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
    // In CI the whole run is also written as JSON, so .ci/run can print one "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.tmp/vitest-results.json' }]] : ['default'],
    coverage: {
      provider: 'v8',
      include: ['core/**/*.ts'],
      exclude: ['core/**/*.test.ts'],
      // core/ is shared by the till, the server and the main process: every line and branch is
      // exercised by core's own tests (core/**/*.test.ts, test/core-*.test.ts). `npm run coverage:core`.
      thresholds: {
        'core/**': { statements: 100, branches: 100, functions: 100, lines: 100 },
      },
    },
  },
});
