// The shared setup of the server benchmark's cases: the real app (buildApp, workers off) on a test
// database whose statements it counts, with a seeded business, and the number format of their names.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../sync-server/app';
import { loadConfig } from '../../sync-server/config';
import type { Database } from '../../sync-server/storage/database';
import { openTestDatabase, type Engine } from '../../sync-server/storage/test-database';
import { seedTestBusiness, type TestBusiness } from '../../sync-server/testing/test-business';
import { countStatements } from '../statement-counter';

export interface ServerSetup {
  app: FastifyInstance;
  /** the database the app uses, counting its statements */
  db: Database;
  /** the same database, uncounted: for the baselines */
  rawDb: Database;
  f: TestBusiness;
  /** statements the app has sent so far */
  statements(): number;
}

export const fmt = (n: number) => n.toLocaleString('en-US');

/** Opens the app on `engine` and seeds its business; `close` shuts both down. */
export async function openServerSetup(engine: Engine): Promise<{ setup: ServerSetup; close(): Promise<void> }> {
  const t = await openTestDatabase(engine, { poolSize: 12 });
  let app: FastifyInstance | null = null;
  const close = async () => {
    await app?.close().catch(() => undefined);
    await t.close();
  };
  try {
    const counting = countStatements(t.db);
    app = await buildApp({ db: counting.db, config: loadConfig({}, { apiRateLimitPerSecond: 1_000_000 }), workers: false });
    await app.ready();
    const f = await seedTestBusiness(t.db);
    // Enough stock that 10 000 sales never raise low-stock events (they would add work to one side only).
    await t.db.query('UPDATE products SET stock_on_hand = 100000000 WHERE business_id = $1', [f.businessId]);
    return { setup: { app, db: counting.db, rawDb: t.db, f, statements: counting.count }, close };
  } catch (error) {
    await close();
    throw error;
  }
}
