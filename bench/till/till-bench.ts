// till: bundles bench/till/till-bench-page.tsx with Vite into a temp dir, serves it on loopback
// and runs it in headless Debian Chromium, so recordSale writes to real IndexedDB.
import { createReadStream } from 'node:fs';
import { access, constants, mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunBenchmark } from '../benchmark';
import { comparison, machineInfo, type BenchmarkResult } from '../harness';
import { costRatio, summarize } from '../measure';
import type { TillBenchGlobals, TillBenchOutput } from './till-bench-types';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
export const CHROMIUM_PATH = process.env.POS_CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function bundlePage(outDir: string): Promise<void> {
  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [react()],
    // Library mode does not replace process.env.NODE_ENV; React needs it in a browser bundle.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: join(HERE, 'till-bench-page.tsx'), formats: ['es'], fileName: 'till-bench' },
    },
  });
}

const PAGE = '<!doctype html><meta charset="utf-8"><title>till bench</title><script type="module" src="/till-bench.js"></script>';

/** A static server for the bundle on 127.0.0.1 (IndexedDB needs a real origin, not file://). */
function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      return;
    }
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    stat(file).then(
      (s) => {
        if (!s.isFile()) throw new Error('not a file');
        res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' });
        createReadStream(file).pipe(res);
      },
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** What limits the sale figure: Dexie's own cost for the same writes, measured beside the same raw puts. */
function saleNotes(sale: TillBenchOutput['sale']): string {
  const floor = costRatio(
    summarize(sale.dexieFloor.ours.sampleMs, sale.dexieFloor.ours.opsPerSample),
    summarize(sale.dexieFloor.baseline.sampleMs, sale.dexieFloor.baseline.opsPerSample),
  );
  return (
    `Once the till remembers its context (every sale but the first), recordSale is one native IndexedDB transaction: one getAll of settings checks the remembered seq, order number, location and pairing, then the rows are written; Dexie's live queries are told afterwards. ` +
    `The same ${sale.rowsPerSale} rows written through Dexie with no read at all cost ${floor.toFixed(2)}× the raw puts (a second, shorter interleaved pair): Dexie's own floor, which the sale no longer pays; ` +
    `what remains over the raw puts is the check read, building the order (totals, snapshot) and telling the live queries. Load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}.`
  );
}

export const runTillBenchmark: RunBenchmark = async ({ progress, quick }) => {
  await access(CHROMIUM_PATH, constants.X_OK).catch(() => {
    throw new Error(`no Chromium at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium) or set POS_CHROMIUM_PATH`);
  });
  const { chromium } = await import('playwright-core');
  const dir = await mkdtemp(join(tmpdir(), 'pos-till-bench-'));
  let server: Server | null = null;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null;
  try {
    progress.step('till: bundling the bench page with Vite');
    await bundlePage(dir);
    server = await serve(dir);
    const { port } = server.address() as AddressInfo;
    progress.step('till: starting Chromium');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let lastStep = '';
    await page.exposeFunction('tillBenchProgress', (step: string, done: number, wanted: number) => {
      if (step !== lastStep) progress.step((lastStep = step));
      if (wanted > 0) progress.tick(done, wanted);
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page
      .waitForFunction(() => typeof (globalThis as unknown as Partial<TillBenchGlobals>).runTillBench === 'function', undefined, { timeout: 30_000 })
      .catch(() => {
        throw new Error(`the bench page did not load: ${errors.join('; ') || 'no error reported'}`);
      });
    const products = 50_000;
    const out: TillBenchOutput = await page.evaluate((input) => (globalThis as unknown as TillBenchGlobals).runTillBench(input), { quick, products });
    const version = browser.version();
    const result: BenchmarkResult = {
      benchmark: 'till',
      title: 'Till (Chromium, real IndexedDB)',
      environment: `Chromium ${version} (headless)`,
      database: null,
      machine: machineInfo(),
      node_version: process.version,
      date: new Date().toISOString(),
      cases: [
        comparison({
          name: 'record a 5-line cash sale',
          headline: 'latency',
          unit: 'sale',
          ours: { label: 'recordSale: order + payment + outbox in one transaction, counters checked', ...out.sale.ours },
          baseline: { label: `raw IndexedDB puts of the same ${out.sale.rowsPerSale} rows in one transaction`, ...out.sale.baseline },
          notes: saleNotes(out.sale),
        }),
        comparison({
          name: `search ${out.search.products.toLocaleString('en-US')} products per keystroke`,
          headline: 'latency',
          unit: 'keystroke',
          ours: { label: 'searchProducts (sell screen)', ...out.search.ours },
          baseline: { label: 'Array.filter + toLowerCase().includes', ...out.search.baseline },
          notes: `${out.search.keystrokes} keystrokes typing "flat white", "oat latte", "focaccia" and a barcode, over an in-memory array (the sell screen searches the catalog it already read from Dexie); results capped at 120 tiles on both sides.`,
        }),
      ],
    };
    return [result];
  } finally {
    await browser?.close().catch(() => undefined);
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await rm(dir, { recursive: true, force: true });
  }
};
