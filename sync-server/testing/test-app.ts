// The one server test fixture: a migrated test database on the engine asked for (PGlite, or a fresh
// schema on PostgreSQL), the app built on it with `inject`, and one seeded business.
// `withTestApp(engine)` starts it in the enclosing describe's beforeAll and closes it in afterAll.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app';
import { loadConfig, type ServerConfig } from '../config';
import type { Database } from '../storage/database';
import { openTestDatabase, type Engine, type TestDatabase } from '../storage/test-database';
import { seedTestBusiness, type TestBusiness } from './test-business';

export interface TestAppOptions {
  /** Environment for `loadConfig` (e.g. POS_API_RATE_LIMIT). */
  env?: Record<string, string>;
  config?: Partial<ServerConfig>;
  /** Background workers (webhook dispatcher, cleanup): off unless a test drives them through the app. */
  workers?: boolean;
}

export interface TestApp {
  handle: TestDatabase;
  db: Database;
  app: FastifyInstance;
  /** The business seeded for this app (`seedTestBusiness`). */
  business: TestBusiness;
  close(): Promise<void>;
}

export async function startTestApp(engine: Engine, options: TestAppOptions = {}): Promise<TestApp> {
  const handle = await openTestDatabase(engine);
  try {
    const app = await buildApp({ db: handle.db, config: loadConfig(options.env ?? {}, options.config ?? {}), workers: options.workers ?? false });
    const business = await seedTestBusiness(handle.db);
    return {
      handle,
      db: handle.db,
      app,
      business,
      async close() {
        await app.close();
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Starts a test app for the enclosing describe (beforeAll) and closes it after (afterAll). The
 * returned object's fields are readable from the tests and from hooks declared after this call.
 */
export function withTestApp(engine: Engine, options: TestAppOptions = {}): TestApp {
  let started: TestApp | undefined;
  const current = (): TestApp => {
    if (!started) throw new Error('withTestApp: the app is not started (read it inside a test or a later hook)');
    return started;
  };
  beforeAll(async () => {
    started = await startTestApp(engine, options);
  });
  afterAll(async () => {
    await started?.close();
    started = undefined;
  });
  return {
    get handle() {
      return current().handle;
    },
    get db() {
      return current().db;
    },
    get app() {
      return current().app;
    },
    get business() {
      return current().business;
    },
    close: () => current().close(),
  };
}
