// Webhook endpoint options through HTTP on every engine, delivered to a real receiver by the app's
// own dispatcher: thin payloads link under the public base URL (POS_PUBLIC_URL, else the listening address).
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../sync-server/app';
import { createApiKey } from '../sync-server/auth/api-keys';
import { loadConfig, type ServerConfig } from '../sync-server/config';
import { recordEvent } from '../sync-server/events/outbox';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../sync-server/storage/test-database';
import { seedBusiness, startReceiver, type Receiver, type SeededBusiness } from '../sync-server/webhooks/webhooks-test-support';

describe.each(TEST_ENGINES)('webhook endpoint options on %s', (engine) => {
  let handle: TestDatabase;
  let biz: SeededBusiness;
  let key: string;
  const apps: FastifyInstance[] = [];
  let receivers: Receiver[] = [];

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    biz = await seedBusiness(handle.db);
    ({ key } = await createApiKey(handle.db, { businessId: biz.businessId, name: 'addon', scopes: ['webhooks:read', 'webhooks:write', 'events:read'], locationIds: 'all' }));
  });
  afterEach(async () => {
    for (const r of receivers) await r.close();
    receivers = [];
    for (const app of apps.splice(0)) await app.close();
  });
  afterAll(async () => {
    await handle?.close();
  });

  async function app(overrides: Partial<ServerConfig> = {}, workers = true): Promise<FastifyInstance> {
    const built = await buildApp({ db: handle.db, config: loadConfig({}, { webhookAllowPrivate: true, webhookRetrySchedule: [60_000], webhookTimeoutMs: 2_000, ...overrides }), workers });
    apps.push(built);
    await built.ready();
    return built;
  }
  async function receiver(): Promise<Receiver> {
    const r = await startReceiver();
    receivers.push(r);
    return r;
  }
  const call = (on: FastifyInstance, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Record<string, unknown>) =>
    on.inject({ method, url, headers: { authorization: `Bearer ${key}`, ...(method === 'GET' ? {} : { 'idempotency-key': randomUUID() }) }, ...(payload ? { payload } : {}) });
  const emit = (type: string, object: Record<string, unknown>) =>
    handle.db.transaction((tx) => recordEvent(tx, { businessId: biz.businessId, type, locationId: biz.locationIds[0], data: { object } }));
  const bodies = (r: Receiver) => r.requests.map((req) => JSON.parse(req.rawBody.toString('utf8')) as { id: string; type: string; data: Record<string, unknown> });

  describe('thin payloads', () => {
    it('carry an absolute URL under POS_PUBLIC_URL (path prefix kept), and null where the API has no resource', async () => {
      const on = await app({ publicUrl: loadConfig({ POS_PUBLIC_URL: 'https://pos.example.com/shop/' }).publicUrl });
      const r = await receiver();
      const created = await call(on, 'POST', '/api/v1/webhooks', { name: 'thin', url: r.url, subscribed_events: ['order.paid', 'shift.closed', 'inventory.low_stock'], payload: 'thin' });
      expect(created.statusCode).toBe(201);
      const paid = await emit('order.paid', { id: 'ord_T1', object: 'order' });
      const low = await emit('inventory.low_stock', { object: 'inventory', product_id: 'prd_T2' });
      const shift = await emit('shift.closed', { id: 'shf_T3', object: 'shift' });
      await r.waitFor(3);
      const byId = new Map(bodies(r).map((b) => [b.id, b]));
      expect(byId.get(paid.id)!.data).toEqual({ id: 'ord_T1', url: 'https://pos.example.com/shop/api/v1/orders/ord_T1' });
      expect(byId.get(low.id)!.data).toEqual({ id: 'prd_T2', url: 'https://pos.example.com/shop/api/v1/products/prd_T2' });
      expect(byId.get(shift.id)!.data).toEqual({ id: 'shf_T3', url: null });
      // The events feed keeps the full object: thin is only a delivery format.
      const feed = (await call(on, 'GET', `/api/v1/events?types=order.paid&since=${encodeURIComponent(new Date(Date.now() - 60_000).toISOString())}`)).json();
      expect(feed.data.find((e: { id: string }) => e.id === paid.id).data).toEqual({ object: { id: 'ord_T1', object: 'order' } });
    });

    it('fall back to the address the service listens on when POS_PUBLIC_URL is unset (test sends too)', async () => {
      const on = await app({}, false);
      const address = await on.listen({ host: '127.0.0.1', port: 0 });
      const r = await receiver();
      const id = (await call(on, 'POST', '/api/v1/webhooks', { name: 'thin', url: r.url, subscribed_events: ['order.paid'], payload: 'thin' })).json().id as string;
      const sent = await call(on, 'POST', `/api/v1/webhooks/${id}/test`, { event_type: 'order.paid' });
      expect(sent.statusCode).toBe(200);
      const [request] = await r.waitFor(1);
      const body = JSON.parse(request!.rawBody.toString('utf8'));
      expect(body.data.url).toBe(`${address}/api/v1/orders/${body.data.id as string}`);
      expect(body.data.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/orders\/ord_/);
    });
  });
});
