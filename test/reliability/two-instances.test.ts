// Two service instances on one PostgreSQL, each with its own connection pool and its own webhook
// dispatcher, as behind a load balancer: a till pushes through one and pulls through the other,
// a resend through the other instance is a duplicate, the same Idempotency-Key sent to both at
// once makes one order, and every event reaches the endpoint exactly once although both
// dispatchers run. PostgreSQL only: PGlite is one process by design.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../sync-server/app';
import { createApiKey } from '../../sync-server/auth/api-keys';
import { loadConfig } from '../../sync-server/config';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../../sync-server/storage/test-database';
import { mutation, pairTestDevice, saleSnapshot, seedSyncBusiness, type SyncFixture } from '../../sync-server/sync/test-sync-fixtures';

async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.runIf(TEST_ENGINES.includes('postgres'))('two instances on one PostgreSQL', () => {
  let t: TestDatabase;
  let a: FastifyInstance;
  let b: FastifyInstance;
  let f: SyncFixture;
  let key: string;
  let receiver: Server;
  /** webhook-id (the event id) → how many times it arrived */
  const received = new Map<string, number>();

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const id = String(request.headers['webhook-id']);
      received.set(id, (received.get(id) ?? 0) + 1);
      request.resume();
      request.on('end', () => response.writeHead(204).end());
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    t = await openTestDatabase('postgres');
    const config = loadConfig({ POS_WEBHOOK_ALLOW_PRIVATE: '1', POS_API_RATE_LIMIT: '10000/s' });
    a = await buildApp({ db: t.db, config, workers: true });
    b = await buildApp({ db: await t.reopen(), config, workers: true });
    f = await seedSyncBusiness(t.db);
    ({ key } = await createApiKey(t.db, { businessId: f.businessId, name: 'two', scopes: ['orders:read', 'orders:write', 'webhooks:write', 'events:read'], locationIds: 'all' }));
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await t?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  const api = (app: FastifyInstance, method: 'GET' | 'POST', url: string, payload?: unknown, idempotencyKey?: string) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}`, ...(method === 'POST' ? { 'idempotency-key': idempotencyKey ?? randomUUID() } : {}) },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });

  it('serves one till through both, makes one order per key, and delivers each event once', async () => {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const endpoint = await api(a, 'POST', '/api/v1/webhooks', { name: 'both instances', url, subscribed_events: ['*'] });
    expect(endpoint.statusCode).toBe(201);

    // The till pushes through A, pulls through B with the same token, and a resend through B is a duplicate.
    const device = await pairTestDevice(a, f);
    const auth = { authorization: `Bearer ${device.device_token}` };
    const sale = saleSnapshot(f, { quantity: 2 });
    const batch = [mutation(1, 'order.completed', { order: sale }, sale.completed_at)];
    const pushed = await a.inject({ method: 'POST', url: '/sync/v1/push', headers: auth, payload: { mutations: batch } });
    expect(pushed.json()).toMatchObject({ results: [{ seq: 1, status: 'applied' }], acked_seq: 1 });
    const pulled = await b.inject({ method: 'GET', url: '/sync/v1/pull?cursor=', headers: auth });
    expect(pulled.statusCode).toBe(200);
    const resent = await b.inject({ method: 'POST', url: '/sync/v1/push', headers: auth, payload: { mutations: batch } });
    expect(resent.json()).toMatchObject({ results: [{ seq: 1, status: 'duplicate' }], acked_seq: 1 });
    expect((await api(b, 'GET', `/api/v1/orders/${sale.id}`)).statusCode).toBe(200);

    // The same Idempotency-Key at both instances at once: one order; every success names it.
    const idem = randomUUID();
    const body = { location_id: f.locationId, items: [{ product_id: f.productIds[0], quantity: 1 }] };
    const answers = await Promise.all([a, b, a, b].map((app) => api(app, 'POST', '/api/v1/orders', body, idem)));
    for (const answer of answers) expect([201, 409]).toContain(answer.statusCode);
    const ids = new Set(answers.filter((r) => r.statusCode === 201).map((r) => r.json<{ id: string }>().id));
    expect(ids.size).toBe(1);
    const { rows } = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM orders WHERE business_id = $1 AND source = 'api'`, [f.businessId]);
    expect(rows[0]!.n).toBe(1);

    // Both dispatchers run: every event of the business arrives, and none twice.
    const events = (await t.db.query<{ id: string }>('SELECT id FROM events WHERE business_id = $1', [f.businessId])).rows.map((r) => r.id);
    expect(events.length).toBeGreaterThan(2);
    await waitFor('every event delivered', async () => (events.every((id) => received.has(id)) ? true : undefined));
    // Give a second (wrong) delivery time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect([...received.entries()].filter(([, count]) => count !== 1)).toEqual([]);
  });
});
