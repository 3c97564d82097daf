// PNG copies of simulated receipts: the HTML rendering screenshotted by a headless Chromium, when one is
// installed (no browser is downloaded; without one the simulator keeps text and HTML only).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export function findChromium(env: Record<string, string | undefined> = process.env): string | null {
  if (env.POS_CHROMIUM) return existsSync(env.POS_CHROMIUM) ? env.POS_CHROMIUM : null;
  return CANDIDATES.find((c) => existsSync(c)) ?? null;
}

/** Screenshots `htmlFile` into `pngFile`; false (with the reason) when no browser is available or it fails. */
export async function renderReceiptPng(htmlFile: string, pngFile: string, lineCount: number, widthChars = 42): Promise<{ ok: boolean; reason?: string }> {
  const chromium = findChromium();
  if (!chromium) return { ok: false, reason: 'no Chromium found (set POS_CHROMIUM)' };
  const profile = await mkdtemp(join(tmpdir(), 'pos-receipt-png-'));
  const width = Math.ceil(widthChars * 8.5) + 120;
  const height = Math.min(16_000, Math.ceil(lineCount * 18.2) + 80);
  try {
    await new Promise<void>((resolve, reject) =>
      execFile(
        chromium,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--hide-scrollbars',
          `--user-data-dir=${profile}`,
          `--window-size=${width},${height}`,
          `--screenshot=${pngFile}`,
          pathToFileURL(htmlFile).href,
        ],
        { timeout: 30_000 },
        (e) => (e ? reject(e) : resolve()),
      ),
    );
    return existsSync(pngFile) ? { ok: true } : { ok: false, reason: 'Chromium wrote no screenshot' };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
