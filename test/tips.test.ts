// Tips end to end over HTTP on PGlite and PostgreSQL: a till sale with a card tip and a cash tip is
// pushed and shows its tips on the API order, its payments and its events (valid against the event
// catalog); API payments take a tip; negative tips, tips over the cap and tips on refunds are 400s;
// a till sale with a bad tip is rejected; the Z report's tips reach shift.closed.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CATALOG, type EventType } from '../core/events/catalog';
import { newId } from '../core/ids';
import type { PushResponse } from '../core/sync/protocol';
import { buildApp } from '../sync-server/app';
import { createApiKey } from '../sync-server/auth/api-keys';
import { loadConfig } from '../sync-server/config';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../sync-server/storage/test-database';
import { mutation, pairTestDevice, saleSnapshot } from '../sync-server/sync/test-sync-fixtures';
import { seedTestBusiness, type TestBusiness } from '../sync-server/testing/test-business';

describe.each(TEST_ENGINES)('tips on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let f: TestBusiness;
  let key: string;
  let token: string;
  let seq = 0;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    app = await buildApp({ db: t.db, config: loadConfig({}), workers: false });
    f = await seedTestBusiness(t.db);
    ({ key } = await createApiKey(t.db, {
      businessId: f.businessId,
      name: 'tips',
      scopes: ['orders:read', 'orders:write', 'events:read'],
      locationIds: 'all',
    }));
    token = (await pairTestDevice(app, f)).device_token;
  }, 180_000); // migrations on a machine shared by many test runs
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const call = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}`, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
      ...(payload ? { payload } : {}),
    });
  const push = async (type: Parameters<typeof mutation>[1], payload: Parameters<typeof mutation>[2]) => {
    seq += 1;
    const res = await app.inject({
      method: 'POST',
      url: '/sync/v1/push',
      headers: { authorization: `Bearer ${token}` },
      payload: { mutations: [mutation(seq, type, payload as never)] },
    });
    expect(res.statusCode).toBe(200);
    return (res.json() as PushResponse).results[0]!;
  };
  /** The events of one order or payment, each checked against its catalog schema. */
  const eventsAbout = async (id: string) => {
    const { rows } = await t.db.query<{ type: EventType; data: { object: Record<string, unknown> } }>(
      `SELECT type, data FROM events WHERE business_id = $1 AND (data->'object'->>'id' = $2 OR data->'object'->>'order_id' = $2) ORDER BY xact_id, seq`,
      [f.businessId, id],
    );
    for (const row of rows) {
      const schema = EVENT_CATALOG[row.type].data;
      expect(Value.Check(schema, row.data), `${row.type}: ${JSON.stringify([...Value.Errors(schema, row.data)])}`).toBe(true);
    }
    return rows;
  };

  it('a till sale paid by card with a tip and in cash with a tip shows the tips on the order, its payments and its events', async () => {
    const sale = saleSnapshot(f, { quantity: 2 }); // 7.00
    const at = sale.completed_at;
    sale.payments = [
      { id: newId('pay'), method: 'card', amount: 400, tip: 60, tendered: null, change: null, reference: 'ZVT-1', card: null, created_at: at },
      // 3.00 due in cash with a 0.50 tip, a 5.00 note handed over: 1.50 change
      { id: newId('pay'), method: 'cash', amount: 300, tip: 50, tendered: 500, change: 150, reference: null, card: null, created_at: at },
    ];
    expect(await push('order.completed', { order: sale })).toMatchObject({ status: 'applied' });

    const order = (await call('GET', `/api/v1/orders/${sale.id}`)).json();
    expect(order).toMatchObject({
      status: 'paid',
      totals: { total: 700, tax_total: 112, amount_paid: 700, tip: 110, amount_collected: 810, balance_due: 0 },
      tax_breakdown: [{ gross: 700, tax: 112 }],
    });
    const byMethod = (payments: { method: string; amount: number; tip: number }[]) => payments.map((p) => [p.method, p.amount, p.tip]).sort();
    expect(byMethod(order.payments)).toEqual([
      ['card', 400, 60],
      ['cash', 300, 50],
    ]);

    const events = await eventsAbout(sale.id);
    expect(events.map((e) => e.type)).toEqual(['order.created', 'payment.succeeded', 'payment.succeeded', 'order.paid']);
    expect(events.find((e) => e.type === 'order.paid')!.data.object).toMatchObject({ totals: { tip: 110, amount_collected: 810, total: 700 } });
    expect(
      events
        .filter((e) => e.type === 'payment.succeeded')
        .map((e) => e.data.object.tip)
        .sort(),
    ).toEqual([50, 60]);

    // A full refund gives back the sale, never the tips.
    const refund = await call('POST', `/api/v1/orders/${sale.id}/refunds`, { reason: 'returned' });
    expect(refund.statusCode).toBe(201);
    expect(refund.json()).toMatchObject({ status: 'refunded', totals: { amount_refunded: 700, tip: 110 } });
  });

  it('rejects a till sale whose tips exceed the cap or whose cash does not add up to amount + tip', async () => {
    const greedy = saleSnapshot(f); // 3.50
    greedy.payments = [{ ...greedy.payments[0]!, method: 'card', tendered: null, change: null, tip: 351 }];
    expect(await push('order.completed', { order: greedy })).toMatchObject({ status: 'rejected', error: { code: 'tip_exceeds_cap' } });

    const short = saleSnapshot(f);
    short.payments = [{ ...short.payments[0]!, tip: 100, tendered: 400, change: 0 }];
    expect(await push('order.completed', { order: short })).toMatchObject({ status: 'rejected', error: { code: 'tender_mismatch' } });

    const exact = saleSnapshot(f);
    exact.payments = [{ ...exact.payments[0]!, tip: 350, tendered: 700, change: 0 }];
    expect(await push('order.completed', { order: exact })).toMatchObject({ status: 'applied' });
  });

  it('POST /orders/{id}/payments takes a tip on top of the amount; negative and over-cap tips are clear 400s', async () => {
    const order = (await call('POST', '/api/v1/orders', { location_id: f.locationId, items: [{ product_id: f.productIds[0], quantity: 2 }] })).json();
    expect(order.totals).toMatchObject({ total: 700, tip: 0, amount_collected: 0 });

    const negative = await call('POST', `/api/v1/orders/${order.id}/payments`, { amount: 700, tip: -1, method: 'external' });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error).toMatchObject({ type: 'invalid_request', code: 'parameter_invalid', param: 'tip' });

    const greedy = await call('POST', `/api/v1/orders/${order.id}/payments`, { amount: 700, tip: 701, method: 'external' });
    expect(greedy.statusCode).toBe(400);
    expect(greedy.json().error).toMatchObject({ type: 'invalid_request', code: 'tip_exceeds_cap', param: 'tip' });
    expect(greedy.json().error.message).toContain('100 %');

    const part = await call('POST', `/api/v1/orders/${order.id}/payments`, { amount: 300, tip: 500, method: 'external' });
    expect(part.statusCode).toBe(201);
    // the tip never pays down the balance
    expect(part.json()).toMatchObject({ status: 'partially_paid', totals: { amount_paid: 300, tip: 500, amount_collected: 800, balance_due: 400 } });
    const overCapNow = await call('POST', `/api/v1/orders/${order.id}/payments`, { amount: 400, tip: 201, method: 'external' });
    expect(overCapNow.json().error).toMatchObject({ code: 'tip_exceeds_cap' });
    const rest = await call('POST', `/api/v1/orders/${order.id}/payments`, { amount: 400, method: 'external' });
    expect(rest.json()).toMatchObject({ status: 'paid', totals: { amount_paid: 700, tip: 500, amount_collected: 1200 } });
    expect(
      rest
        .json()
        .payments.map((p: { tip: number }) => p.tip)
        .sort(),
    ).toEqual([0, 500]);

    const events = await eventsAbout(order.id);
    expect(events.map((e) => e.type)).toEqual(['order.created', 'payment.succeeded', 'order.updated', 'payment.succeeded', 'order.paid']);
    expect(events[1]!.data.object).toMatchObject({ amount: 300, tip: 500 });

    const tipBack = await call('POST', `/api/v1/orders/${order.id}/refunds`, { amount: 100, tip: 100, reason: 'tip back' });
    expect(tipBack.statusCode).toBe(400);
    expect(tipBack.json().error).toMatchObject({ code: 'tip_not_refundable', param: 'tip' });
    const all = await call('POST', `/api/v1/orders/${order.id}/refunds`, { reason: 'cancelled' });
    expect(all.json()).toMatchObject({ status: 'refunded', totals: { amount_refunded: 700 } });
    const more = await call('POST', `/api/v1/orders/${order.id}/refunds`, { amount: 1, reason: 'the tip too' });
    expect(more.json().error).toMatchObject({ code: 'nothing_to_refund' });
  });

  it("a cancel gives back the whole charge: each refund carries its payment's tip, payments and totals show the tips given back", async () => {
    const order = (await call('POST', '/api/v1/orders', { location_id: f.locationId, items: [{ product_id: f.productIds[0], quantity: 2 }] })).json();
    const first = (await call('POST', `/api/v1/orders/${order.id}/payments`, { amount: 300, tip: 50, method: 'external' })).json().payments[0];
    const paid = (await call('POST', `/api/v1/orders/${order.id}/payments`, { amount: 400, tip: 30, method: 'external' })).json();
    const second = paid.payments.find((p: { id: string }) => p.id !== first.id);
    // 4.00 back by amount (tied to no payment, no tip); 3.00 is left to refund
    const part = await call('POST', `/api/v1/orders/${order.id}/refunds`, { amount: 400, reason: 'returned' });
    expect(part.json().refunds).toEqual([expect.objectContaining({ payment_id: null, amount: 400, tip: 0 })]);
    expect(part.json().totals).toMatchObject({ amount_refunded: 400, tip: 80, tip_refunded: 0 });

    const cancel = await call('POST', `/api/v1/orders/${order.id}/cancel`, { reason: 'customer left' });
    expect(cancel.statusCode).toBe(200);
    const cancelled = cancel.json();
    expect(cancelled).toMatchObject({ status: 'voided', totals: { amount_paid: 700, amount_refunded: 700, tip: 80, tip_refunded: 80, amount_collected: 780 } });
    // the cancel's refund gives back 3.00 and the newest payment's 0.30 tip in one; the first
    // payment has no money left to refund, so the void gives its 0.50 tip back without a refund
    expect(cancelled.refunds.map((r: { payment_id: string; amount: number; tip: number }) => [r.payment_id, r.amount, r.tip])).toEqual([
      [null, 400, 0],
      [second.id, 300, 30],
    ]);
    const byId = (id: string) => cancelled.payments.find((p: { id: string }) => p.id === id);
    expect(byId(first.id)).toMatchObject({ amount: 300, tip: 50, tip_refunded: 50 });
    expect(byId(second.id)).toMatchObject({ amount: 400, tip: 30, amount_refunded: 300, tip_refunded: 30 });

    const events = await eventsAbout(order.id);
    expect(events.map((e) => e.type)).toEqual([
      'order.created',
      'payment.succeeded',
      'order.updated',
      'payment.succeeded',
      'order.paid',
      'order.refunded',
      'payment.updated',
      'order.refunded',
      'payment.updated',
      'order.cancelled',
    ]);
    const updates = events
      .filter((e) => e.type === 'payment.updated')
      .map((e) => e.data as { object: { id: string; tip_refunded: number }; previous_attributes: unknown });
    expect(updates.map((u) => [u.object.id, u.object.tip_refunded, u.previous_attributes])).toEqual([
      [second.id, 30, { amount_refunded: 0, tip_refunded: 0 }],
      [first.id, 50, { tip_refunded: 0 }],
    ]);
    expect(events.at(-1)!.data.object).toMatchObject({ status: 'voided', totals: { tip: 80, tip_refunded: 80 } });
    // POST …/refunds still never gives a tip back
    const tipBack = await call('POST', `/api/v1/orders/${paid.id}/refunds`, { tip: 10 });
    expect(tipBack.json().error).toMatchObject({ code: 'tip_not_refundable' });
  });

  it('a voided till sale gives its tip back on the server too', async () => {
    const shiftId = newId('shf');
    const now = new Date().toISOString();
    expect(
      await push('shift.opened', { shift: { id: shiftId, location_id: f.locationId, staff_id: f.staffId, opened_at: now, opening_float: 0 } }),
    ).toMatchObject({ status: 'applied' });
    const sale = saleSnapshot(f, { quantity: 2, shiftId }); // 7.00
    sale.payments = [
      { id: newId('pay'), method: 'card', amount: 700, tip: 70, tendered: null, change: null, reference: 'ZVT-9', card: null, created_at: sale.completed_at },
    ];
    expect(await push('order.completed', { order: sale })).toMatchObject({ status: 'applied' });
    const reversals = [{ payment_id: sale.payments[0]!.id, method: 'card' as const, amount: 770 }];
    expect(
      await push('order.voided', { order_id: sale.id, reason: 'rang up twice', staff_id: f.staffId, shift_id: shiftId, voided_at: now, reversals }),
    ).toMatchObject({ status: 'applied' });

    const order = (await call('GET', `/api/v1/orders/${sale.id}`)).json();
    expect(order).toMatchObject({ status: 'voided', totals: { amount_paid: 700, tip: 70, tip_refunded: 70, amount_collected: 770 } });
    expect(order.payments[0]).toMatchObject({ amount: 700, tip: 70, tip_refunded: 70 });
    const voided = (await eventsAbout(sale.id)).find((e) => e.type === 'order.voided')!;
    expect(voided.data.object).toMatchObject({ totals: { tip: 70, tip_refunded: 70 } });
  });

  it('a failed API payment keeps the tip it asked for in payment.failed', async () => {
    const order = (await call('POST', '/api/v1/orders', { location_id: f.locationId, items: [{ product_id: f.productIds[0], quantity: 1 }] })).json();
    const res = await call('POST', `/api/v1/orders/${order.id}/payments`, { amount: 350, tip: 35, method: 'external', status: 'failed' });
    expect(res.json()).toMatchObject({ totals: { amount_paid: 0, tip: 0 } });
    const failed = (await eventsAbout(order.id)).find((e) => e.type === 'payment.failed')!;
    expect(failed.data.object).toMatchObject({ status: 'failed', amount: 350, tip: 35 });
  });

  it('the Z report carries tips per tender into shift.closed', async () => {
    const shiftId = newId('shf');
    const now = new Date().toISOString();
    expect(
      await push('shift.opened', { shift: { id: shiftId, location_id: f.locationId, staff_id: f.staffId, opened_at: now, opening_float: 0 } }),
    ).toMatchObject({ status: 'applied' });
    const report = {
      shift_id: shiftId,
      opened_at: now,
      closed_at: now,
      opening_float: 0,
      sales_count: 1,
      sales_total: 700,
      discount_total: 0,
      tax_total: 112,
      tax_breakdown: [],
      voids_count: 0,
      voids_total: 0,
      refunds_count: 0,
      refunds_total: 0,
      payments_by_method: [
        { method: 'cash' as const, count: 1, amount: 300, tip: 50 },
        { method: 'card' as const, count: 1, amount: 400, tip: 60 },
      ],
      refunds_by_method: [],
      tips_total: 110,
      cash_paid_in: 0,
      cash_paid_out: 0,
      cash_drops: 0,
      expected_cash: 350,
      counted_cash: 350,
      variance: 0,
    };
    expect(await push('shift.closed', { shift_id: shiftId, staff_id: f.staffId, closed_at: now, counted_cash: 350, report })).toMatchObject({
      status: 'applied',
    });
    const closed = await eventsAbout(shiftId);
    expect(closed).toHaveLength(1);
    expect(closed[0]!.data.object).toMatchObject({
      z_report: {
        tips_total: 110,
        gross_sales: 700,
        payments_by_method: [
          { method: 'cash', tip: 50 },
          { method: 'card', tip: 60 },
        ],
      },
    });
  });
});
