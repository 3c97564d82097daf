// Sync API push: a till's mutations applied once each, gaps answered with 409, bad mutations recorded as
// rejected, malformed bodies refused, a whole shift pushed, and racing pushes of one batch.
import { describe, expect, it } from 'vitest';
import { newId } from '../../core/ids';
import type { PushResponse } from '../../core/sync/protocol';
import { createApiKey } from '../auth/api-keys';
import { TEST_ENGINES } from '../storage/test-database';
import { mutation, pairTestDevice, saleSnapshot, pushMutations, eventTypesWhere } from './test-sync-fixtures';
import { withTestApp } from '../testing/test-app';

describe.each(TEST_ENGINES)('sync API push on %s', (engine) => {
  const fx = withTestApp(engine);
  const push = (token: string, mutations: unknown[]) => pushMutations(fx.app, token, mutations);
  const eventTypes = (where: string, params: unknown[]) => eventTypesWhere(fx.db, where, params);

  describe('push', () => {
    it('applies a sale once with its events; a resent batch is all duplicates', async () => {
      const device = await pairTestDevice(fx.app, fx.business);
      const sale = saleSnapshot(fx.business, { quantity: 2, at: '2026-11-20T09:12:04.500Z' });
      const batch = [mutation(1, 'order.completed', { order: sale }, sale.completed_at)];
      const first = await push(device.device_token, batch);
      expect(first.statusCode).toBe(200);
      expect(first.json()).toEqual({ results: [{ id: batch[0]!.id, seq: 1, status: 'applied' }], acked_seq: 1 });
      const resent = await push(device.device_token, batch);
      expect(resent.json()).toEqual({ results: [{ id: batch[0]!.id, seq: 1, status: 'duplicate' }], acked_seq: 1 });

      const orders = await fx.db.query<{ id: string; total: number; source: string; status: string; occurred_at: Date; device_id: string }>(
        'SELECT id, total, source, status, occurred_at, device_id FROM orders WHERE id = $1',
        [sale.id],
      );
      expect(orders.rows).toHaveLength(1);
      expect(orders.rows[0]).toMatchObject({ total: 700, source: 'till', status: 'paid', device_id: device.device_id });
      expect(new Date(orders.rows[0]!.occurred_at).toISOString()).toBe('2026-11-20T09:12:04.500Z');
      const types = await eventTypes(`data->'object'->>'id' = $1 OR data->'object'->>'order_id' = $1`, [sale.id]);
      expect(types).toEqual(['order.created', 'payment.succeeded', 'order.paid']);
      const occurred = await fx.db.query<{ occurred_at: Date }>(`SELECT occurred_at FROM events WHERE type = 'order.paid' AND data->'object'->>'id' = $1`, [
        sale.id,
      ]);
      expect(new Date(occurred.rows[0]!.occurred_at).toISOString()).toBe('2026-11-20T09:12:04.500Z');
      // The event carries the order as the API reads it back (it is built from what was written).
      const { key } = await createApiKey(fx.db, { businessId: fx.business.businessId, name: 'read', scopes: ['orders:read'], locationIds: 'all' });
      const api = await fx.app.inject({ method: 'GET', url: `/api/v1/orders/${sale.id}`, headers: { authorization: `Bearer ${key}` } });
      const created = await fx.db.query<{ data: { object: unknown } }>(`SELECT data FROM events WHERE type = 'order.created' AND data->'object'->>'id' = $1`, [
        sale.id,
      ]);
      expect(created.rows[0]!.data.object).toEqual(api.json());

      // The same order id under another mutation: rejected with the reason, nothing written twice.
      const again = mutation(2, 'order.completed', { order: sale }, sale.completed_at);
      expect((await push(device.device_token, [again])).json()).toMatchObject({
        results: [{ status: 'rejected', error: { code: 'order_exists' } }],
        acked_seq: 2,
      });
      expect(await eventTypes(`data->'object'->>'id' = $1 OR data->'object'->>'order_id' = $1`, [sale.id])).toEqual(types);
    });

    it('answers 409 with the expected seq for a gap, applying what came before it', async () => {
      const device = await pairTestDevice(fx.app, fx.business);
      const one = mutation(1, 'order.completed', { order: saleSnapshot(fx.business) });
      const three = mutation(3, 'order.completed', { order: saleSnapshot(fx.business) });
      const res = await push(device.device_token, [one, three]);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: { type: 'conflict', code: 'seq_gap', expected_seq: 2 } });
      const gapFirst = await push(device.device_token, [three]);
      expect(gapFirst.json()).toMatchObject({ error: { expected_seq: 2 } });
      const state = await fx.db.query<{ last_seq: number }>('SELECT last_seq FROM device_sync_state WHERE device_id = $1', [device.device_id]);
      expect(state.rows[0]!.last_seq).toBe(1);
    });

    it('records bad mutations as rejected with the reason, advances, writes nothing, and lists them', async () => {
      const device = await pairTestDevice(fx.app, fx.business);
      const wrongTotal = saleSnapshot(fx.business);
      wrongTotal.totals = { ...wrongTotal.totals, total: 1 };
      const batch = [
        mutation(1, 'order.completed', { order: wrongTotal }),
        {
          ...mutation(2, 'shift.opened', {
            shift: {
              id: newId('shf'),
              location_id: fx.business.locationId,
              staff_id: fx.business.staffId,
              opened_at: new Date().toISOString(),
              opening_float: 0,
            },
          }),
          type: 'coffee.spilled',
        },
        {
          ...mutation(3, 'cash.movement', {
            movement: {
              id: newId('csh'),
              shift_id: newId('shf'),
              staff_id: fx.business.staffId,
              kind: 'paid_in',
              amount: 100,
              reason: '',
              created_at: new Date().toISOString(),
            },
          }),
        },
        { ...mutation(4, 'order.completed', { order: saleSnapshot(fx.business) }), payload: { order: { id: 'ord_x' } } },
        mutation(5, 'order.completed', { order: saleSnapshot(fx.business) }),
      ];
      const res = await push(device.device_token, batch);
      expect(res.statusCode).toBe(200);
      const body = res.json() as PushResponse;
      expect(body.acked_seq).toBe(5);
      expect(body.results.map((r) => [r.status, r.error?.code])).toEqual([
        ['rejected', 'totals_mismatch'],
        ['rejected', 'unknown_mutation_type'],
        ['rejected', 'unknown_shift'],
        ['rejected', 'invalid_payload'],
        ['applied', undefined],
      ]);
      expect((await fx.db.query('SELECT 1 FROM orders WHERE id = $1', [wrongTotal.id])).rowCount).toBe(0);
      expect(await eventTypes(`data->'object'->>'id' = $1`, [wrongTotal.id])).toEqual([]);
      const listed = await fx.app.inject({ method: 'GET', url: '/sync/v1/rejected', headers: { authorization: `Bearer ${device.device_token}` } });
      expect((listed.json() as { data: { seq: number; error: { code: string } }[] }).data.map((r) => r.seq).sort()).toEqual([1, 2, 3, 4]);
    });

    it('refuses malformed push bodies with 400 and never a 500', async () => {
      const device = await pairTestDevice(fx.app, fx.business);
      expect((await push(device.device_token, [])).statusCode).toBe(400);
      expect(
        (await push(device.device_token, [{ id: 'not-a-uuid', seq: 1, type: 'order.completed', occurred_at: new Date().toISOString(), payload: {} }]))
          .statusCode,
      ).toBe(400);
      expect((await push(device.device_token, [{ ...mutation(0, 'order.completed', { order: saleSnapshot(fx.business) }) }])).statusCode).toBe(400);
      const raw = await fx.app.inject({
        method: 'POST',
        url: '/sync/v1/push',
        headers: { authorization: `Bearer ${device.device_token}`, 'content-type': 'application/json' },
        payload: '{"mutations": [',
      });
      expect(raw.statusCode).toBe(400);
    });

    it('runs a shift: open, cash movement, sale, refund (never more than paid), void, close with shift.closed', async () => {
      const device = await pairTestDevice(fx.app, fx.business);
      const shiftId = newId('shf');
      const now = new Date().toISOString();
      const sale = saleSnapshot(fx.business, { quantity: 3, shiftId });
      const other = saleSnapshot(fx.business, { shiftId });
      const lineId = sale.lines[0]!.id;
      const res = await push(device.device_token, [
        mutation(1, 'shift.opened', {
          shift: { id: shiftId, location_id: fx.business.locationId, staff_id: fx.business.staffId, opened_at: now, opening_float: 10_000 },
        }),
        mutation(2, 'cash.movement', {
          movement: { id: newId('csh'), shift_id: shiftId, staff_id: fx.business.staffId, kind: 'paid_out', amount: 500, reason: 'milk', created_at: now },
        }),
        mutation(3, 'order.completed', { order: sale }),
        mutation(4, 'order.refunded', {
          refund: {
            id: newId('ref'),
            order_id: sale.id,
            payment_id: sale.payments[0]!.id,
            method: 'cash',
            amount: 350,
            lines: [{ line_id: lineId, quantity: 1 }],
            reason: 'cold',
            staff_id: fx.business.staffId,
            shift_id: shiftId,
            created_at: now,
          },
        }),
        mutation(5, 'order.refunded', {
          refund: {
            id: newId('ref'),
            order_id: sale.id,
            payment_id: null,
            method: 'cash',
            amount: 5_000,
            lines: [],
            reason: 'too much',
            staff_id: fx.business.staffId,
            shift_id: shiftId,
            created_at: now,
          },
        }),
        mutation(6, 'order.completed', { order: other }),
        mutation(7, 'order.voided', { order_id: other.id, reason: 'mistake', staff_id: fx.business.staffId, shift_id: shiftId, voided_at: now, reversals: [] }),
        mutation(8, 'order.voided', { order_id: other.id, reason: 'again', staff_id: fx.business.staffId, shift_id: shiftId, voided_at: now, reversals: [] }),
        mutation(9, 'shift.closed', {
          shift_id: shiftId,
          staff_id: fx.business.staffId,
          closed_at: now,
          counted_cash: 10_300,
          report: {
            shift_id: shiftId,
            opened_at: now,
            closed_at: now,
            opening_float: 10_000,
            sales_count: 1,
            sales_total: 1_050,
            discount_total: 0,
            tax_total: 168,
            tax_breakdown: [],
            voids_count: 1,
            voids_total: 350,
            refunds_count: 1,
            refunds_total: 350,
            payments_by_method: [],
            refunds_by_method: [],
            cash_paid_in: 0,
            cash_paid_out: 500,
            cash_drops: 0,
            expected_cash: 10_200,
            counted_cash: 10_300,
            variance: 100,
          },
        }),
      ]);
      expect(res.statusCode).toBe(200);
      expect((res.json() as PushResponse).results.map((r) => r.error?.code ?? r.status)).toEqual([
        'applied',
        'applied',
        'applied',
        'applied',
        'exceeds_refundable',
        'applied',
        'applied',
        'already_voided',
        'applied',
      ]);
      const order = await fx.db.query<{ status: string; amount_refunded: number }>('SELECT status, amount_refunded FROM orders WHERE id = $1', [sale.id]);
      expect(order.rows[0]).toEqual({ status: 'partially_refunded', amount_refunded: 350 });
      const shift = await fx.db.query<{ variance: number; counted_cash: number }>('SELECT variance, counted_cash FROM shifts WHERE id = $1', [shiftId]);
      expect(shift.rows[0]).toEqual({ variance: 100, counted_cash: 10_300 });
      expect(await eventTypes(`device_id = $1 AND type IN ('order.refunded', 'order.voided', 'shift.closed')`, [device.device_id])).toEqual([
        'order.refunded',
        'order.voided',
        'shift.closed',
      ]);
    });

    it('applies each seq once when two pushes of the same batch race', async () => {
      const device = await pairTestDevice(fx.app, fx.business);
      const batch = Array.from({ length: 5 }, (_, i) => mutation(i + 1, 'order.completed', { order: saleSnapshot(fx.business) }));
      const [a, b] = await Promise.all([push(device.device_token, batch), push(device.device_token, batch)]);
      expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
      const statuses = [...(a.json() as PushResponse).results, ...(b.json() as PushResponse).results].map((r) => r.status);
      expect(statuses.filter((s) => s === 'applied')).toHaveLength(5);
      expect(statuses.filter((s) => s === 'duplicate')).toHaveLength(5);
      const ids = batch.map((m) => (m.payload as { order: { id: string } }).order.id);
      const stored = await fx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM orders WHERE id = ANY($1::text[])', [ids]);
      expect(stored.rows[0]!.n).toBe(5);
      const events = await fx.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM events WHERE type = 'order.created' AND data->'object'->>'id' = ANY($1::text[])`,
        [ids],
      );
      expect(events.rows[0]!.n).toBe(5);
    });
  });
});
