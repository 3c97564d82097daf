// Runs bench/harness.test.ts (`npx vitest run --config bench/vitest.config.ts`) until the root
// config's `node` project includes bench/**/*.test.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { root: new URL('..', import.meta.url).pathname, include: ['bench/**/*.test.ts'], environment: 'node' },
});
