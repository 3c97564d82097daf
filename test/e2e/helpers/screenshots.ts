// Where e2e tests put their screenshots: docs/images/ when refreshing the documentation pictures
// (POS_SCREENSHOTS=1 npm test), otherwise a temp dir — so `npm test` never modifies tracked files;
// and the till's documentation pictures, taken only on that request.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const DOCS_IMAGES_DIR = fileURLToPath(new URL('../../../docs/images/', import.meta.url));

export function screenshotDir(): string {
  if (process.env.POS_SCREENSHOTS === '1') {
    mkdirSync(DOCS_IMAGES_DIR, { recursive: true });
    return DOCS_IMAGES_DIR;
  }
  return mkdtempSync(join(tmpdir(), 'pos-screenshots-'));
}

/**
 * A documentation picture of the till, docs/images/till-NAME.png, written only with POS_SCREENSHOTS=1
 * (no binary churn on every run). Toasts come and go; the pictures show the screen itself.
 */
export async function docShot(page: Page, name: string): Promise<void> {
  if (process.env.POS_SCREENSHOTS !== '1') return;
  mkdirSync(DOCS_IMAGES_DIR, { recursive: true });
  await page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.notice button').forEach((b) => b.click()));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(DOCS_IMAGES_DIR, `till-${name}.png`) });
}
