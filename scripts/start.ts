// `npm start`: the whole product on one machine with no setup — the cloud service on embedded
// PGlite with demo data, the hardware simulators behind the hardware bridge, and the till (an
// Electron window when Electron is installed, otherwise the browser till on the Vite dev server).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../sync-server/config';
import { createPairingCode } from '../sync-server/auth/pairing-codes';
import { DEMO_BERLIN_ID, DEMO_BUSINESS_ID, demoSummary } from '../sync-server/demo/demo-seed';
import { startServer } from '../sync-server/server';
import { startDevStack } from '../hardware/dev-stack';

const HELP = `Usage: npm start [-- --data-dir DIR] [--port N] [--till-port N] [--no-hardware]

Starts the cloud service (embedded PGlite in DIR, default ./data, with demo data), the hardware
simulators and the till. Environment: PORT, TILL_PORT, DATABASE_URL (use PostgreSQL instead of PGlite).`;

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: process.env.POS_DATA_DIR ?? './data' },
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    'till-port': { type: 'string', default: process.env.TILL_PORT ?? process.env.POS_TILL_PORT ?? '5173' },
    'no-hardware': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const dataDir = resolve(values['data-dir']);
const log = (line: string): void => console.log(line);
const closers: (() => Promise<unknown>)[] = [];
let electron: ChildProcess | null = null;

async function main(): Promise<void> {
  // The demo is a development setup: webhooks to a receiver on this machine must just work (the back
  // office shows a "development" badge). POS_WEBHOOK_ALLOW_PRIVATE=0 turns that off.
  const base = loadConfig(process.env, { dataDir, port: Number(values.port), webhookAllowPrivate: process.env.POS_WEBHOOK_ALLOW_PRIVATE !== '0' });
  // The demo's integrators work on this machine: with a fixed port, thin payloads link to the address
  // printed below, and no POS_PUBLIC_URL warning lands among the start-up lines. POS_PUBLIC_URL still wins.
  const localHost = base.host === '0.0.0.0' || base.host === '::' ? '127.0.0.1' : base.host;
  const config =
    base.publicUrl || base.port === 0 ? base : { ...base, publicUrl: `http://${localHost.includes(':') ? `[${localHost}]` : localHost}:${base.port}` };
  log(
    `Starting Anywhere POS (${config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${dataDir}`}); the first start builds the back office and seeds demo data (~30 s).`,
  );
  const { ensureBackofficeBuilt } = await import('../sync-server/backoffice/build-assets');
  await step('back office assets', async () => {
    const result = await ensureBackofficeBuilt();
    return { result, note: result.built ? `built into ${result.dir}` : 'already built' };
  });
  const server = await step('cloud service', async () => {
    const running = await startServer(config, { demo: true, logger: { level: process.env.LOG_LEVEL ?? 'warn' } });
    return { result: running, note: `${running.url}${running.demo ? ', demo data seeded' : ''}` };
  });
  closers.unshift(() => server.close());
  const demo = server.demo ?? demoSummary(false);

  let bridgeQuery = '';
  // Electron's main process drives devices itself: point it at the same simulators for this run.
  const electronDevices: Record<string, string> = {};
  if (!values['no-hardware']) {
    const stack = await step('hardware simulators', async () => {
      const started = await startDevStack({ printerOutDir: join(dataDir, 'receipts'), log });
      return { result: started, note: `bridge ${started.bridgeUrl}` };
    });
    closers.unshift(() => stack.close());
    bridgeQuery = `&bridge=${encodeURIComponent(stack.bridgeUrl)}&token=${encodeURIComponent(stack.bridgeToken)}`;
    electronDevices.POS_PRINTER_URI = stack.printerUri;
    electronDevices.POS_TERMINAL_URI = stack.terminalUri;
  }

  const pairing = await createPairingCode(server.db, { businessId: DEMO_BUSINESS_ID, locationId: DEMO_BERLIN_ID });

  // The till's Vite config reads the cloud URL from the environment when it loads.
  process.env.POS_SERVER_URL = server.url;
  const { createServer } = await import('vite');
  const vite = await step('till (Vite)', async () => {
    const dev = await createServer({
      configFile: resolve('renderer/vite.config.ts'),
      server: { port: Number(values['till-port']), strictPort: false },
      logLevel: 'warn',
    });
    await dev.listen();
    return { result: dev, note: dev.resolvedUrls?.local[0] ?? '' };
  });
  closers.unshift(() => vite.close());
  const tillBase = vite.resolvedUrls?.local[0] ?? `http://127.0.0.1:${values['till-port']}/`;
  const tillUrl = `${tillBase}?pair=${pairing.code}&server=${encodeURIComponent(server.url)}${bridgeQuery}`;

  const berlinStaff = demo.staff.filter((s) => s.location_id === DEMO_BERLIN_ID);
  box([
    'Anywhere POS is running.',
    '',
    `Till:          ${tillBase}   (first open: the link below pairs it with the Berlin café)`,
    `Back office:   ${server.url}/backoffice${config.webhookAllowPrivate ? '   (development: loopback webhooks allowed)' : ''}`,
    `API docs:      ${server.url}/docs`,
    `Till PINs:     ${berlinStaff.map((s) => `${s.name} (${s.role}) ${s.pin}`).join(', ')}`,
    ...demo.logins.map((l, i) => `${i === 0 ? 'Back office:   ' : '               '}${l.email} / ${l.password} (${l.role})`),
    `Receipts:      printed below and saved in ${join(dataDir, 'receipts')}`,
    `Webhooks:      npm run pos -- webhooks listen --api-key pos_live_…`,
    '',
    'Press Ctrl+C to stop.',
  ]);
  // Outside the box: the pairing link is too long to frame.
  log(`Till, first open: ${tillUrl}`);
  const electronBinary = findElectron();
  if (electronBinary && existsSync(resolve('out/main/index.js'))) {
    electron = spawn(electronBinary, ['.'], { stdio: 'inherit', env: { ...process.env, ...electronDevices, POS_TILL_URL: tillUrl } });
    electron.on('exit', () => void shutdown(0));
  } else if (electronBinary) {
    log('Electron is installed but not built (run `npm run build`); open the till in your browser.');
  } else {
    log('Electron is not installed (optional dependency); open the till in your browser.');
  }
}

/** Runs one start-up step, printing it when it begins and how long it took when done. */
async function step<T>(label: string, run: () => Promise<{ result: T; note: string }>): Promise<T> {
  const started = performance.now();
  log(`  … ${label}`);
  const { result, note } = await run();
  log(`  ✓ ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)${note ? `: ${note}` : ''}`);
  return result;
}

/** The one summary a newcomer needs, framed so it stands out from the log lines around it. */
function box(lines: string[]): void {
  const width = Math.max(...lines.map((l) => l.length));
  log(`┌${'─'.repeat(width + 2)}┐`);
  for (const line of lines) log(`│ ${line.padEnd(width)} │`);
  log(`└${'─'.repeat(width + 2)}┘`);
}

function findElectron(): string | null {
  try {
    // The `electron` package exports the path of its binary.
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

let stopping = false;
async function shutdown(code: number): Promise<void> {
  if (stopping) {
    // A second Ctrl+C while stopping: stop now.
    process.exit(code || 130);
  }
  stopping = true;
  log('Stopping…');
  electron?.kill();
  for (const close of closers) {
    await close().catch((error: unknown) => console.error(`while stopping: ${error instanceof Error ? error.message : String(error)}`));
  }
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

main().catch(async (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`npm start failed: ${message}`);
  if (/EADDRINUSE/.test(message)) console.error('A port is taken: set PORT / TILL_PORT (or --port / --till-port) to free ones.');
  await shutdown(1);
});
