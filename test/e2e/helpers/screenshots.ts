// Where e2e tests put their screenshots: docs/images/ when refreshing the documentation pictures
// (POS_SCREENSHOTS=1 npm test), otherwise a temp dir — so `npm test` never modifies tracked files.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DOCS_IMAGES_DIR = fileURLToPath(new URL('../../../docs/images/', import.meta.url));

export function screenshotDir(): string {
  if (process.env.POS_SCREENSHOTS === '1') {
    mkdirSync(DOCS_IMAGES_DIR, { recursive: true });
    return DOCS_IMAGES_DIR;
  }
  return mkdtempSync(join(tmpdir(), 'pos-screenshots-'));
}
