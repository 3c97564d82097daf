// Builds the back-office page with Vite (a dev dependency, imported only when called): `npm start`
// calls `ensureBackofficeBuilt()` so a fresh checkout serves the page, and the e2e tests build into a temp dir.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backofficeDistDir } from './assets';

const CONFIG = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'renderer/backoffice/vite.config.ts');

export async function buildBackoffice(outDir: string = backofficeDistDir()): Promise<string> {
  const { build } = await import('vite');
  // Always React's production build, even when the caller runs under NODE_ENV=test (vitest).
  await build({
    configFile: CONFIG,
    mode: 'production',
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** Builds the page unless index.html is already there; returns the directory the server serves. */
export async function ensureBackofficeBuilt(outDir: string = backofficeDistDir()): Promise<{ dir: string; built: boolean }> {
  if (existsSync(join(outDir, 'index.html'))) return { dir: outDir, built: false };
  await buildBackoffice(outDir);
  return { dir: outDir, built: true };
}
