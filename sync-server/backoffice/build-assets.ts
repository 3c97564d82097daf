// Builds the back-office page with Vite (a dev dependency, imported only when called): `npm start`
// calls `ensureBackofficeBuilt()` so a fresh checkout serves the page, and the e2e tests build into a temp dir.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backofficeDistDir } from './assets';

const CONFIG = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'renderer/backoffice/vite.config.ts');

export async function buildBackoffice(outDir: string = backofficeDistDir()): Promise<string> {
  const { build } = await import('vite');
  // Vite and the React plugin pick dev or production JSX/React from NODE_ENV; under vitest it is
  // "test", which would bundle React's development build. Build as production, then put it back.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: CONFIG, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  return outDir;
}

/** Builds the page unless index.html is already there; returns the directory the server serves. */
export async function ensureBackofficeBuilt(outDir: string = backofficeDistDir()): Promise<{ dir: string; built: boolean }> {
  if (existsSync(join(outDir, 'index.html'))) return { dir: outDir, built: false };
  await buildBackoffice(outDir);
  return { dir: outDir, built: true };
}
