// Test mode (issue 13) through HTTP on every engine: pos_test_ keys see and create only test-mode
// data and live keys never see it — orders, payments, customers, the events feed, events by id and
// webhook endpoints — and a test endpoint receives only test events, signed with its own secret and
// verified by the integrator guide's own snippet; live endpoints never receive them.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../sync-server/app';
import { createApiKey, type ApiScope } from '../sync-server/auth/api-keys';
import { loadConfig } from '../sync-server/config';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../sync-server/storage/test-database';
import { startReceiver, type Receiver } from '../sync-server/webhooks/webhooks-test-support';
// @ts-expect-error -- plain .mjs fixture (the guide's snippet) has no type declarations
import { verifyAnywhereSignature } from './fixtures/verify-anywhere.mjs';
import { seedTestBusiness, type TestBusiness } from '../sync-server/testing/test-business';

const verify = verifyAnywhereSignature as (rawBody: string, header: string, secret: string) => boolean;
const SCOPES: ApiScope[] = [
  'orders:read',
  'orders:write',
  'events:read',
  'webhooks:read',
  'webhooks:write',
  'customers:read',
  'customers:write',
  'products:read',
  'products:write',
];

describe.each(TEST_ENGINES)('test mode on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let f: TestBusiness;
  let live: string;
  let test: string;
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    f = await seedTestBusiness(t.db);
    app = await buildApp({
      db: t.db,
      config: loadConfig({}, { webhookAllowPrivate: true, webhookRetrySchedule: [60_000], webhookTimeoutMs: 2_000 }),
      workers: true,
    });
    await app.ready();
    ({ key: live } = await createApiKey(t.db, { businessId: f.businessId, name: 'live', scopes: SCOPES, locationIds: 'all' }));
    ({ key: test } = await createApiKey(t.db, { businessId: f.businessId, name: 'sandbox', scopes: SCOPES, locationIds: 'all', livemode: false }));
  }, 240_000);
  afterAll(async () => {
    for (const r of receivers) await r.close();
    await app?.close();
    await t?.close();
  });

  const call = (as: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: Record<string, unknown>) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${as}`, ...(method === 'GET' ? {} : { 'idempotency-key': randomUUID() }) },
      ...(payload ? { payload } : {}),
    });
  const newOrder = async (as: string, extra: Record<string, unknown> = {}) => {
    const res = await call(as, 'POST', '/api/v1/orders', { location_id: f.locationId, items: [{ product_id: f.productIds[0], quantity: 1 }], ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; livemode: boolean; totals: { total: number }; payments: { livemode: boolean }[] };
  };
  const feed = async (as: string) => {
    const res = await call(as, 'GET', '/api/v1/events?limit=1000');
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data as { id: string; type: string; livemode: boolean; data: { object: { id?: string; order_id?: string } } }[];
  };

  it('issues pos_test_ keys; a test key may read the shared catalog but not change it', async () => {
    expect(test).toMatch(/^pos_test_[0-9A-Za-z]{40}$/);
    expect(live).toMatch(/^pos_live_/);
    expect((await call(test, 'GET', `/api/v1/products?location_id=${f.locationId}`)).statusCode).toBe(200);
    const refused = await call(test, 'PATCH', `/api/v1/products/${f.productIds[0]}`, { name: 'Sandbox name' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ type: 'permission', code: 'livemode_required' });
  });

  it('keeps orders and their payments apart both ways: create, get, list, pay, refund, cancel', async () => {
    const testOrder = await newOrder(test);
    const liveOrder = await newOrder(live);
    expect(testOrder.livemode).toBe(false);
    expect(liveOrder.livemode).toBe(true);

    for (const [as, other] of [
      [live, testOrder],
      [test, liveOrder],
    ] as const) {
      expect((await call(as, 'GET', `/api/v1/orders/${other.id}`)).statusCode).toBe(404);
      expect((await call(as, 'POST', `/api/v1/orders/${other.id}/payments`, { amount: 1, method: 'external' })).statusCode).toBe(404);
      expect((await call(as, 'POST', `/api/v1/orders/${other.id}/refunds`, { reason: 'x' })).statusCode).toBe(404);
      expect((await call(as, 'POST', `/api/v1/orders/${other.id}/cancel`, {})).statusCode).toBe(404);
    }
    const listed = async (as: string) => (await call(as, 'GET', '/api/v1/orders?limit=100')).json().data as { id: string; livemode: boolean }[];
    const testList = await listed(test);
    const liveList = await listed(live);
    expect(testList.map((o) => o.id)).toContain(testOrder.id);
    expect(testList.every((o) => !o.livemode)).toBe(true);
    expect(liveList.map((o) => o.id)).toContain(liveOrder.id);
    expect(liveList.every((o) => o.livemode)).toBe(true);

    const paid = await call(test, 'POST', `/api/v1/orders/${testOrder.id}/payments`, { amount: testOrder.totals.total, method: 'external' });
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json()).toMatchObject({ status: 'paid', livemode: false, payments: [{ livemode: false }] });
    const failed = await call(test, 'POST', `/api/v1/orders/${liveOrder.id}/payments`, { amount: 1, method: 'external', status: 'failed' });
    expect(failed.statusCode).toBe(404);
    const refunded = await call(test, 'POST', `/api/v1/orders/${testOrder.id}/refunds`, { reason: 'sandbox' });
    expect(refunded.json()).toMatchObject({ status: 'refunded', refunds: [{ livemode: false }] });
    const { rows } = await t.db.query<{ livemode: boolean }>(
      'SELECT livemode FROM payments WHERE order_id = $1 UNION ALL SELECT livemode FROM refunds WHERE order_id = $1',
      [testOrder.id],
    );
    expect(rows.map((r) => r.livemode)).toEqual([false, false]);
  });

  it('a test order sells the shared catalog without moving its stock', async () => {
    const stock = async () =>
      (await t.db.query<{ stock_on_hand: number }>('SELECT stock_on_hand FROM products WHERE id = $1', [f.productIds[0]])).rows[0]!.stock_on_hand;
    const before = await stock();
    await newOrder(test);
    expect(await stock()).toBe(before);
    await newOrder(live);
    expect(await stock()).toBe(before - 1);
  });

  it('keeps customers apart both ways; an order may name only a customer of its mode', async () => {
    const created = async (as: string, name: string) => {
      const res = await call(as, 'POST', '/api/v1/customers', { name });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; livemode: boolean };
    };
    const testCustomer = await created(test, 'Sandra Sandbox');
    const liveCustomer = await created(live, 'Lena Live');
    expect([testCustomer.livemode, liveCustomer.livemode]).toEqual([false, true]);
    for (const [as, other] of [
      [live, testCustomer],
      [test, liveCustomer],
    ] as const) {
      expect((await call(as, 'GET', `/api/v1/customers/${other.id}`)).statusCode).toBe(404);
      expect((await call(as, 'PATCH', `/api/v1/customers/${other.id}`, { note: 'x' })).statusCode).toBe(404);
      const ids = ((await call(as, 'GET', '/api/v1/customers?limit=100')).json().data as { id: string }[]).map((c) => c.id);
      expect(ids).not.toContain(other.id);
    }
    const wrong = await call(test, 'POST', '/api/v1/orders', {
      location_id: f.locationId,
      items: [{ product_id: f.productIds[0], quantity: 1 }],
      customer_id: liveCustomer.id,
    });
    expect(wrong.statusCode).toBe(422);
    expect((await newOrder(test, { customer_id: testCustomer.id })).livemode).toBe(false);
  });

  it('serves each key the events of its mode only, in the feed and by id', async () => {
    const testOrder = await newOrder(test);
    const liveOrder = await newOrder(live);
    // The feed shows an event once every transaction that began before it has ended (the commit
    // horizon, docs/decisions.md): on a PostgreSQL server shared with other tests that can take a moment.
    const feedShowing = async (as: string, orderId: string) => {
      let events: Awaited<ReturnType<typeof feed>> = [];
      await expect.poll(async () => (events = await feed(as)).some((e) => e.data.object.id === orderId)).toBe(true);
      return events;
    };
    const testFeed = await feedShowing(test, testOrder.id);
    const liveFeed = await feedShowing(live, liveOrder.id);
    expect(testFeed.length).toBeGreaterThan(0);
    expect(testFeed.every((e) => e.livemode === false)).toBe(true);
    expect(liveFeed.every((e) => e.livemode === true)).toBe(true);
    const testEvent = testFeed.find((e) => e.type === 'order.created' && e.data.object.id === testOrder.id)!;
    const liveEvent = liveFeed.find((e) => e.type === 'order.created' && e.data.object.id === liveOrder.id)!;
    expect(testEvent).toBeDefined();
    expect(liveEvent).toBeDefined();
    expect(liveFeed.some((e) => e.data.object.id === testOrder.id)).toBe(false);
    expect(testFeed.some((e) => e.data.object.id === liveOrder.id)).toBe(false);
    expect((await call(test, 'GET', `/api/v1/events/${testEvent.id}`)).json()).toMatchObject({ id: testEvent.id, livemode: false });
    expect((await call(live, 'GET', `/api/v1/events/${testEvent.id}`)).statusCode).toBe(404);
    expect((await call(test, 'GET', `/api/v1/events/${liveEvent.id}`)).statusCode).toBe(404);
    // Another mode's event id is no resume point either.
    expect((await call(live, 'GET', `/api/v1/events?since=${testEvent.id}`)).statusCode).toBe(400);
  });

  it('keeps webhook endpoints apart; a test endpoint gets only test events, signed with its own secret (the guide verifies it)', async () => {
    const liveReceiver = await startReceiver();
    const testReceiver = await startReceiver();
    receivers.push(liveReceiver, testReceiver);
    const endpoint = async (as: string, url: string) => {
      const res = await call(as, 'POST', '/api/v1/webhooks', { name: 'stock-control', url, subscribed_events: ['order.created'] });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; secret: string; livemode: boolean };
    };
    const liveEndpoint = await endpoint(live, liveReceiver.url);
    const testEndpoint = await endpoint(test, testReceiver.url);
    expect([liveEndpoint.livemode, testEndpoint.livemode]).toEqual([true, false]);
    expect(testEndpoint.secret).not.toBe(liveEndpoint.secret);
    for (const [as, other] of [
      [live, testEndpoint],
      [test, liveEndpoint],
    ] as const) {
      expect((await call(as, 'GET', `/api/v1/webhooks/${other.id}`)).statusCode).toBe(404);
      expect((await call(as, 'PATCH', `/api/v1/webhooks/${other.id}`, { name: 'x' })).statusCode).toBe(404);
      expect((await call(as, 'POST', `/api/v1/webhooks/${other.id}/test`, {})).statusCode).toBe(404);
      expect((await call(as, 'GET', `/api/v1/webhooks/${other.id}/deliveries`)).statusCode).toBe(404);
      const ids = ((await call(as, 'GET', '/api/v1/webhooks')).json().data as { id: string }[]).map((w) => w.id);
      expect(ids).not.toContain(other.id);
    }

    const testOrder = await newOrder(test);
    const liveOrder = await newOrder(live);
    const [testDelivery] = await testReceiver.waitFor(1);
    const [liveDelivery] = await liveReceiver.waitFor(1);
    const testBody = JSON.parse(testDelivery!.rawBody.toString('utf8')) as {
      type: string;
      livemode: boolean;
      data: { object: { id: string; livemode: boolean } };
    };
    const liveBody = JSON.parse(liveDelivery!.rawBody.toString('utf8')) as { type: string; livemode: boolean; data: { object: { id: string } } };
    expect(testBody).toMatchObject({ type: 'order.created', livemode: false, data: { object: { id: testOrder.id, livemode: false } } });
    expect(liveBody).toMatchObject({ type: 'order.created', livemode: true, data: { object: { id: liveOrder.id } } });
    const testSignature = testDelivery!.headers['x-pos-signature'] as string;
    expect(verify(testDelivery!.rawBody.toString('utf8'), testSignature, testEndpoint.secret)).toBe(true);
    expect(verify(testDelivery!.rawBody.toString('utf8'), testSignature, liveEndpoint.secret)).toBe(false);
    expect(verify(liveDelivery!.rawBody.toString('utf8'), liveDelivery!.headers['x-pos-signature'] as string, liveEndpoint.secret)).toBe(true);

    // A test send to the test endpoint is a test event too; and after both orders each receiver holds one delivery.
    const sent = await call(test, 'POST', `/api/v1/webhooks/${testEndpoint.id}/test`, {});
    expect(sent.statusCode, sent.body).toBe(200);
    const [, sample] = await testReceiver.waitFor(2);
    expect(JSON.parse(sample!.rawBody.toString('utf8'))).toMatchObject({ type: 'webhook.test', livemode: false });
    expect(verify(sample!.rawBody.toString('utf8'), sample!.headers['x-pos-signature'] as string, testEndpoint.secret)).toBe(true);
    expect(liveReceiver.requests.map((r) => JSON.parse(r.rawBody.toString('utf8')).data.object.id)).toEqual([liveOrder.id]);
  });
});
