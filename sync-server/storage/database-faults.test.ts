// Connection faults on PostgreSQL without restarting the shared server (issue #11 item 9): our own
// LISTEN backend is terminated (57P01, as in a restart); the LISTEN connection must come back by
// itself and say so in listenStatus / GET /health.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { openTestDatabase, type TestDatabase } from './test-database';

const url = process.env.POS_TEST_DATABASE_URL;

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('PostgreSQL connection faults', () => {
  let t: TestDatabase;
  const admin = () => new pg.Client({ connectionString: url });

  beforeAll(async () => {
    if (url) t = await openTestDatabase('postgres');
  });
  afterAll(async () => t?.close());

  const terminate = async (where: string) => {
    const c = admin();
    await c.connect();
    try {
      await c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND ${where}`);
    } finally {
      await c.end();
    }
  };

  it.runIf(url)('LISTEN comes back after its connection is killed, and /health reports it', async () => {
    const app = await buildApp({ db: t.db, config: loadConfig({}), workers: false });
    try {
      const got: string[] = [];
      const unlisten = await t.db.listen('rel_fault_test', (payload) => got.push(payload));
      expect(t.db.listenStatus().state).toBe('listening');
      expect((await app.inject({ method: 'GET', url: '/health' })).json()).toMatchObject({
        status: 'ok',
        database: { reachable: true },
        listen: { state: 'listening' },
      });
      await terminate(`query LIKE 'LISTEN%'`);
      await until(() => t.db.listenStatus().state === 'listening' && got.length === 0, 'the LISTEN connection to come back');
      await until(async () => {
        await t.db.notify('rel_fault_test', 'after');
        return got.includes('after');
      }, 'a notification after the reconnect');
      expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
      await unlisten();
    } finally {
      await app.close();
    }
  });
});

describe('GET /health on PGlite', () => {
  it('answers ok with the engine', async () => {
    const t = await openTestDatabase('pglite');
    const app = await buildApp({ db: t.db, config: loadConfig({}), workers: false });
    try {
      const res = await app.inject({ method: 'GET', url: '/health' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'ok', database: { engine: 'pglite', reachable: true, error: null } });
    } finally {
      await app.close();
      await t.close();
    }
  });
});
