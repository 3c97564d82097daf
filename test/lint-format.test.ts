// Formatting is Prettier's (`npm run format`, .prettierrc.json) and correctness is ESLint's: no ESLint rule
// that is on for any room is a layout rule (what eslint-config-prettier would switch off), and Prettier
// leaves alone the generated files that tests compare byte for byte, lockfiles, pictures and Markdown.
import { ESLint } from 'eslint';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rules on for a file, each with its meta type (core rules and the plugins' own). */
async function enabledRules(filePath: string): Promise<{ id: string; type: string | undefined }[]> {
  const config = (await eslint.calculateConfigForFile(filePath)) as {
    rules: Record<string, unknown>;
    plugins: Record<string, { rules?: Record<string, { meta?: { type?: string } }> }>;
  };
  const level = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  return Object.entries(config.rules)
    .filter(([, v]) => level(v) !== 0 && level(v) !== 'off')
    .map(([id]) => {
      const slash = id.lastIndexOf('/');
      const rule = slash < 0 ? builtinRules.get(id) : config.plugins[id.slice(0, slash)]?.rules?.[id.slice(slash + 1)];
      return { id, type: rule?.meta?.type };
    });
}

describe('ESLint and Prettier do not fight', () => {
  it.each([
    'core/money.ts',
    'renderer/backoffice/app.tsx',
    'sync-server/app.ts',
    'hardware/dev-stack.ts',
    'electron/main.ts',
    'test/e2e/till-money.test.ts',
    'eslint.config.js',
  ])('no layout rule is on for %s', async (filePath) => {
    const rules = await enabledRules(filePath);
    expect(rules.length).toBeGreaterThan(10);
    expect(rules.filter((r) => r.type === undefined).map((r) => r.id)).toEqual([]);
    expect(rules.filter((r) => r.type === 'layout').map((r) => r.id)).toEqual([]);
  });

  it('Prettier skips generated files, lockfiles, pictures and Markdown, and formats the code', async () => {
    const ignored = async (file: string) => (await prettier.getFileInfo(file, { ignorePath: ['.prettierignore', '.gitignore'] })).ignored;
    for (const file of [
      'api-client/schema.d.ts',
      'docs/performance.md',
      'bench/results/till.json',
      'package-lock.json',
      'docs/images/till-sell.png',
      'README.md',
      'test/fixtures/verify-anywhere.mjs',
      'renderer/dist/index.html',
    ]) {
      expect(await ignored(file), file).toBe(true);
    }
    for (const file of ['core/money.ts', 'renderer/backoffice/app.tsx', 'api-client/index.ts', 'renderer/till/till.css', 'package.json']) {
      expect(await ignored(file), file).toBe(false);
    }
  });
});
