// Listens: opens and migrates the database, optionally seeds the demo, builds the app and serves it.
// `serve` and `npm start` call startServer; tests build the app with buildApp and inject instead.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { ServerConfig } from './config';
import { seedDemo, type DemoSeedResult } from './demo/demo-seed';
import { purgeExpiredIdempotencyKeys } from './api/idempotency';
import { assertDataDirFree, claimDataDir, type DataDirLock } from './storage/data-dir-lock';
import { openDatabase, type Database } from './storage/database';
import { migrate } from './storage/migrate';

export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  url: string;
  host: string;
  port: number;
  demo: DemoSeedResult | null;
  close(): Promise<void>;
}

const PURGE_INTERVAL_MS = 3_600_000;
const SHUTDOWN_GRACE_MS = 10_000;

export async function startServer(config: ServerConfig, options: { demo?: boolean; logger?: boolean | Record<string, unknown> } = {}): Promise<RunningServer> {
  // A PGlite data dir serves one process: refuse one a running service holds, and mark ours.
  const ownsDataDir = !config.databaseUrl && config.dataDir !== 'memory://';
  if (ownsDataDir) assertDataDirFree(config.dataDir, 'start another service on it');
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let app: FastifyInstance | null = null;
  let lock: DataDirLock | null = null;
  try {
    if (ownsDataDir) lock = claimDataDir(config.dataDir);
    await migrate(db);
    let demo: DemoSeedResult | null = null;
    if (options.demo) {
      const empty = (await db.query('SELECT 1 FROM businesses LIMIT 1')).rowCount === 0;
      demo = empty ? await seedDemo(db) : null;
    }
    app = await buildApp({ db, config, logger: options.logger ?? false, workers: true });
    const purge = setInterval(() => {
      purgeExpiredIdempotencyKeys(db).catch((error: unknown) => app?.log.warn({ err: error }, 'idempotency purge failed'));
    }, PURGE_INTERVAL_MS);
    purge.unref();
    app.addHook('onClose', async () => clearInterval(purge));
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const url = `http://${host}:${port}`;
    lock?.setUrl(url.replace(/\/\/(0\.0\.0\.0|\[::\]):/, '//127.0.0.1:'));
    const running = app;
    let closing: Promise<void> | null = null;
    return {
      app,
      db,
      url,
      host: config.host,
      port,
      demo,
      close() {
        closing ??= (async () => {
          // In-flight requests get a grace period; after it, open connections are cut so a stuck
          // client can never keep the process from stopping.
          const force = setTimeout(() => running.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
          try {
            await running.close();
          } finally {
            clearTimeout(force);
          }
          await db.close();
          lock?.release();
        })();
        return closing;
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
}
