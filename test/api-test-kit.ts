// Shared setup for the API v1 tests: a migrated test database with the demo data, the app, and
// API keys made on demand.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';
import { buildApp } from '../sync-server/app';
import { createApiKey, type ApiScope } from '../sync-server/auth/api-keys';
import { loadConfig, type ServerConfig } from '../sync-server/config';
import { DEMO_BUSINESS_ID, seedDemo } from '../sync-server/demo/demo-seed';
import { openTestDatabase, type Engine, type TestDatabase } from '../sync-server/storage/test-database';

export const ALL_SCOPES: ApiScope[] = [
  'locations:read',
  'products:read',
  'products:write',
  'orders:read',
  'orders:write',
  'webhooks:read',
  'webhooks:write',
  'events:read',
];

export interface ApiTestKit {
  handle: TestDatabase;
  app: FastifyInstance;
  key(scopes?: ApiScope[], locations?: string[] | 'all', businessId?: string): Promise<string>;
  /** inject with the key as Bearer and, for writes, a fresh Idempotency-Key unless one is given */
  call(key: string, options: InjectOptions & { idempotencyKey?: string | null }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startApiKit(engine: Engine, env: Record<string, string> = {}, overrides: Partial<ServerConfig> = {}): Promise<ApiTestKit> {
  const handle = await openTestDatabase(engine);
  await seedDemo(handle.db);
  const app = await buildApp({ db: handle.db, config: loadConfig({ POS_API_RATE_LIMIT: '10000/s', ...env }, overrides), workers: false });
  return {
    handle,
    app,
    async key(scopes = ALL_SCOPES, locations = 'all', businessId = DEMO_BUSINESS_ID) {
      return (await createApiKey(handle.db, { businessId, name: 'test', scopes, locationIds: locations })).key;
    },
    call(key, { idempotencyKey, headers, ...options }) {
      const write = options.method !== undefined && options.method !== 'GET';
      const idem =
        idempotencyKey === null ? {} : idempotencyKey !== undefined ? { 'idempotency-key': idempotencyKey } : write ? { 'idempotency-key': randomUUID() } : {};
      return app.inject({ ...options, headers: { authorization: `Bearer ${key}`, ...idem, ...headers } } as InjectOptions);
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
