// POST /api/v1/orders/{id}/cancel and GET /api/v1/events/{id} through HTTP on every engine: an open
// order is voided; a paid one has its money refunded to each payment first (payment.updated,
// order.refunded) and then order.cancelled; each event can be fetched by id by keys that may see it.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../sync-server/auth/api-keys';
import { TEST_ENGINES } from '../sync-server/storage/test-database';
import { withTestApp } from '../sync-server/testing/test-app';

describe.each(TEST_ENGINES)('order cancel and events by id on %s', (engine) => {
  const fx = withTestApp(engine);
  let key: string;

  beforeAll(async () => {
    ({ key } = await createApiKey(fx.db, {
      businessId: fx.business.businessId,
      name: 'cancel',
      scopes: ['orders:read', 'orders:write', 'events:read'],
      locationIds: 'all',
    }));
  });

  const call = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>, options: { as?: string; idem?: string } = {}) =>
    fx.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${options.as ?? key}`, ...(method === 'POST' ? { 'idempotency-key': options.idem ?? randomUUID() } : {}) },
      ...(payload ? { payload } : {}),
    });
  const newOrder = async (quantity = 2) =>
    (await call('POST', '/api/v1/orders', { location_id: fx.business.locationId, items: [{ product_id: fx.business.productIds[0], quantity }] })).json();
  const eventsOf = async (orderId: string) =>
    (
      await fx.db.query<{ id: string; type: string; data: Record<string, unknown> }>(
        `SELECT id, type, data FROM events WHERE business_id = $1 AND (data->'object'->>'id' = $2 OR data->'object'->>'order_id' = $2) ORDER BY xact_id, seq`,
        [fx.business.businessId, orderId],
      )
    ).rows;

  it('cancels an open order with a bare POST: voided, order.cancelled, nothing refunded; a second cancel is a 409', async () => {
    const order = await newOrder();
    const res = await call('POST', `/api/v1/orders/${order.id}/cancel`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: order.id, status: 'voided', refunds: [], totals: { balance_due: 0 } });
    expect((await eventsOf(order.id)).map((e) => e.type)).toEqual(['order.created', 'order.cancelled']);
    const again = await call('POST', `/api/v1/orders/${order.id}/cancel`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ type: 'conflict', code: 'order_cancelled' });
  });

  it('cancels a paid order: refunds each payment newest first, then voids; replays byte for byte', async () => {
    const order = await newOrder();
    const total = order.totals.total as number;
    const first = (await call('POST', `/api/v1/orders/${order.id}/payments`, { amount: 200, method: 'external' })).json().payments[0].id as string;
    await call('POST', `/api/v1/orders/${order.id}/payments`, { amount: total - 200, method: 'external' });
    const idem = randomUUID();
    const res = await call('POST', `/api/v1/orders/${order.id}/cancel`, { reason: 'customer changed their mind' }, { idem });
    expect(res.statusCode, res.body).toBe(200);
    const cancelled = res.json();
    expect(cancelled).toMatchObject({ status: 'voided', totals: { amount_paid: total, amount_refunded: total, balance_due: 0 } });
    expect(cancelled.payments.map((p: { amount: number; amount_refunded: number }) => p.amount_refunded)).toEqual([200, total - 200]);
    expect(cancelled.refunds.map((r: { payment_id: string; reason: string }) => [r.payment_id === first, r.reason])).toEqual([
      [false, 'customer changed their mind'],
      [true, 'customer changed their mind'],
    ]);
    const events = await eventsOf(order.id);
    expect(events.map((e) => e.type).slice(-4)).toEqual(['payment.updated', 'payment.updated', 'order.refunded', 'order.cancelled']);
    expect(events.at(-4)!.data).toMatchObject({
      object: { id: cancelled.payments[1].id, amount_refunded: total - 200 },
      previous_attributes: { amount_refunded: 0 },
    });
    expect(events.at(-1)!.data).toMatchObject({ object: { id: order.id, status: 'voided' }, reason: 'customer changed their mind' });

    const replay = await call('POST', `/api/v1/orders/${order.id}/cancel`, { reason: 'customer changed their mind' }, { idem });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toBe(res.body);
    expect((await call('POST', `/api/v1/orders/${order.id}/cancel`, { reason: 'x', extra: 1 })).statusCode).toBe(400);
    expect((await call('POST', '/api/v1/orders/ord_nope/cancel')).statusCode).toBe(404);
  });

  it('the OpenAPI document (from the route schemas) has cancel, events by id, failed payments and wildcard subscriptions', async () => {
    const doc = (await fx.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(doc.paths['/api/v1/orders/{id}/cancel'].post.responses['200']).toBeTruthy();
    expect(doc.paths['/api/v1/events/{id}'].get.responses['200']).toBeTruthy();
    const text = JSON.stringify(doc);
    for (const needle of ['failure_code', 'amount_refunded', '"order.*"', 'order.cancelled']) expect(text).toContain(needle);
  });

  it('a fully refunded order cannot be cancelled', async () => {
    const order = await newOrder(1);
    await call('POST', `/api/v1/orders/${order.id}/payments`, { amount: order.totals.total, method: 'external' });
    await call('POST', `/api/v1/orders/${order.id}/refunds`, { reason: 'returned' });
    const res = await call('POST', `/api/v1/orders/${order.id}/cancel`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('order_refunded');
  });

  it('GET /api/v1/events/{id} returns the envelope of the feed; other locations and unknown ids are 404, no scope 403', async () => {
    const order = await newOrder();
    const [created] = await eventsOf(order.id);
    const res = await call('GET', `/api/v1/events/${created!.id}`);
    expect(res.statusCode).toBe(200);
    const envelope = res.json();
    expect(envelope).toMatchObject({ id: created!.id, type: 'order.created', location_id: fx.business.locationId, data: { object: { id: order.id } } });
    expect(envelope.cursor).toMatch(/^\d+-\d+$/);
    const feed = (await call('GET', `/api/v1/events?types=order.created&limit=1000`)).json().data as { id: string }[];
    const inFeed = feed.find((e) => e.id === created!.id);
    if (inFeed) expect(inFeed).toEqual(envelope);
    const { key: otherShop } = await createApiKey(fx.db, {
      businessId: fx.business.businessId,
      name: 'other',
      scopes: ['events:read'],
      locationIds: [fx.business.otherLocationId],
    });
    expect((await call('GET', `/api/v1/events/${created!.id}`, undefined, { as: otherShop })).statusCode).toBe(404);
    expect((await call('GET', '/api/v1/events/evt_unknown')).json().error).toMatchObject({ type: 'not_found' });
    const { key: noScope } = await createApiKey(fx.db, { businessId: fx.business.businessId, name: 'orders', scopes: ['orders:read'], locationIds: 'all' });
    expect((await call('GET', `/api/v1/events/${created!.id}`, undefined, { as: noScope })).statusCode).toBe(403);
  });
});
