// Test databases: a fresh in-memory PGlite, or (when POS_TEST_DATABASE_URL is set) a fresh
// schema on that PostgreSQL, dropped afterwards. Storage tests run on every engine listed here.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from './database';
import { migrate } from './migrate';

export type Engine = 'pglite' | 'postgres';

/**
 * Engines the storage tests run on: PGlite always, PostgreSQL when POS_TEST_DATABASE_URL is set.
 * Under CI PostgreSQL is expected (.ci/run sets the URL when the machine's server answers), so its
 * absence fails the run instead of silently dropping every PostgreSQL case.
 */
export function testEngines(env: Record<string, string | undefined>): Engine[] {
  if (env.POS_TEST_DATABASE_URL) return ['pglite', 'postgres'];
  if (env.CI === 'true' || env.CI === '1') {
    throw new Error('CI expects PostgreSQL, but POS_TEST_DATABASE_URL is not set: start a server on 127.0.0.1:5432 (trust auth, database test) or set the URL');
  }
  return ['pglite'];
}

export const TEST_ENGINES: Engine[] = testEngines(process.env);

export interface TestDatabase {
  db: Database;
  engine: Engine;
  /** PostgreSQL only: URL + schema so a second process or pool can open the same data. */
  databaseUrl?: string;
  schema?: string;
  /** Opens another handle on the same data (PostgreSQL: a second pool; PGlite: the same handle). */
  reopen(): Promise<Database>;
  close(): Promise<void>;
}

export async function openTestDatabase(engine: Engine = 'pglite', options: { migrate?: boolean; poolSize?: number } = {}): Promise<TestDatabase> {
  let result: TestDatabase;
  if (engine === 'postgres') {
    const databaseUrl = process.env.POS_TEST_DATABASE_URL;
    if (!databaseUrl) throw new Error('POS_TEST_DATABASE_URL is not set');
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const db = await openDatabase({ databaseUrl, schema, poolSize: options.poolSize ?? 8 });
    const extra: Database[] = [];
    result = {
      db,
      engine,
      databaseUrl,
      schema,
      async reopen() {
        const other = await openDatabase({ databaseUrl, schema, poolSize: 8 });
        extra.push(other);
        return other;
      },
      async close() {
        for (const other of extra) await other.close().catch(() => undefined);
        await db.close().catch(() => undefined);
        const admin = new pg.Client({ connectionString: databaseUrl });
        await admin.connect();
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await admin.end();
      },
    };
  } else {
    const db = await openDatabase({ dataDir: 'memory://' });
    result = { db, engine, reopen: async () => db, close: () => db.close() };
  }
  if (options.migrate !== false) await migrate(result.db);
  return result;
}
