import { describe, expect, it } from 'vitest';
import { newId } from '../../core/ids';
import type { PullResponse, PushResponse } from '../../core/sync/protocol';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { createApiKey } from '../auth/api-keys';
import { linesFromTotals } from '../orders/order-record';
import { insertOrder } from '../orders/orders-repository';
import { computeOrderTotals } from '../../core/order-totals';
import { TEST_ENGINES } from '../storage/test-database';
import { pruneSyncChanges } from './change-log';
import { loadTillLocation } from './devices';
import { createPairingCode, mutation, pairTestDevice, saleSnapshot } from './test-sync-fixtures';
import { withTestApp } from '../testing/test-app';

describe.each(TEST_ENGINES)('sync API on %s', (engine) => {
  const fx = withTestApp(engine);

  const push = (token: string, mutations: unknown[]) =>
    fx.app.inject({ method: 'POST', url: '/sync/v1/push', headers: { authorization: `Bearer ${token}` }, payload: { mutations } });
  const pull = (token: string, cursor = '') =>
    fx.app.inject({ method: 'GET', url: `/sync/v1/pull?cursor=${encodeURIComponent(cursor)}`, headers: { authorization: `Bearer ${token}` } });
  const eventTypes = async (where: string, params: unknown[]) =>
    (await fx.db.query<{ type: string }>(`SELECT type FROM events WHERE ${where} ORDER BY xact_id, seq`, params)).rows.map((r) => r.type);

  describe('pairing', () => {
    it('pairs once per code, returns the location and records device.paired', async () => {
      const code = await createPairingCode(fx.db, fx.business);
      const res = await fx.app.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code: ` ${code.toLowerCase()} `, device_name: 'Counter' } });
      expect(res.statusCode).toBe(200);
      const body = res.json() as { device_id: string; device_token: string; location: { id: string; tax_mode: string } };
      expect(body.device_token).toMatch(/^pos_dev_[0-9A-Za-z]{40}$/);
      // No address yet: English formats; the locale follows the location's country.
      expect(body.location).toMatchObject({ id: fx.business.locationId, tax_mode: 'inclusive', discount_approval_basis_points: 2000, locale: 'en-US' });
      await fx.db.query(`UPDATE locations SET address = '{"country":"DE"}' WHERE id = $1`, [fx.business.locationId]);
      expect(await loadTillLocation(fx.db, fx.business.locationId)).toMatchObject({ timezone: 'Europe/Berlin', locale: 'de-DE' });
      await fx.db.query(`UPDATE locations SET address = '{}' WHERE id = $1`, [fx.business.locationId]);
      expect(await eventTypes('device_id = $1', [body.device_id])).toEqual(['device.paired']);
      const stored = await fx.db.query<{ token_hash: string }>('SELECT token_hash FROM devices WHERE id = $1', [body.device_id]);
      expect(stored.rows[0]!.token_hash).not.toContain(body.device_token);

      const again = await fx.app.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code, device_name: 'Thief' } });
      expect(again.statusCode).toBe(401);
      expect(again.json()).toMatchObject({ error: { type: 'authentication', code: 'pairing_code_invalid' } });
    });

    it('refuses expired and unknown codes and malformed bodies without a 500', async () => {
      const expired = await createPairingCode(fx.db, fx.business, { expired: true });
      expect((await fx.app.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code: expired, device_name: 'x' } })).statusCode).toBe(401);
      expect((await fx.app.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code: 'NOPE1234', device_name: 'x' } })).statusCode).toBe(401);
      const extra = await fx.app.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code: 'ABCD1234', device_name: 'x', admin: true } });
      expect(extra.statusCode).toBe(400);
      expect(extra.json()).toMatchObject({ error: { type: 'invalid_request', param: 'admin' } });
      const text = await fx.app.inject({ method: 'POST', url: '/sync/v1/pair', headers: { 'content-type': 'text/plain' }, payload: 'code' });
      expect([400, 415]).toContain(text.statusCode);
    });

    it('limits pairing attempts per address', async () => {
      const limited = await buildApp({ db: fx.db, config: loadConfig({}), workers: false });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 32; i++) {
          statuses.push((await limited.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code: `GUESS${i}XX`, device_name: 'x' } })).statusCode);
        }
        expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
        expect(statuses.slice(30)).toEqual([429, 429]);
        const res = await limited.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code: 'GUESSXX', device_name: 'x' } });
        expect(res.headers['retry-after']).toBeDefined();
      } finally {
        await limited.close();
      }
    });

    it('answers CORS preflights for a browser till on another origin', async () => {
      const res = await fx.app.inject({
        method: 'OPTIONS',
        url: '/sync/v1/push',
        headers: {
          origin: 'http://192.168.1.20:5173',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
      expect(res.statusCode).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe('http://192.168.1.20:5173');
      expect(String(res.headers['access-control-allow-headers'])).toContain('Authorization');
    });
  });

  describe('device auth', () => {
    it('rejects missing, malformed, unknown and revoked tokens with 401, and records last_seen', async () => {
      expect((await fx.app.inject({ method: 'GET', url: '/sync/v1/pull' })).statusCode).toBe(401);
      expect((await pull('pos_dev_short')).statusCode).toBe(401);
      expect((await pull(`pos_dev_${'A'.repeat(40)}`)).statusCode).toBe(401);
      const device = await pairTestDevice(fx.app, fx.business, 'Revoked till');
      await fx.db.query('UPDATE devices SET last_seen_at = NULL WHERE id = $1', [device.device_id]);
      expect((await pull(device.device_token)).statusCode).toBe(200);
      const seen = await fx.db.query<{ last_seen_at: Date | null }>('SELECT last_seen_at FROM devices WHERE id = $1', [device.device_id]);
      expect(seen.rows[0]!.last_seen_at).not.toBeNull();
      await fx.app.inject({ method: 'GET', url: '/sync/v1/pull', headers: { authorization: `Bearer ${device.device_token}`, 'x-pos-unsynced': '7' } });
      const reported = await fx.db.query<{ unsynced_count: number }>('SELECT unsynced_count FROM device_sync_state WHERE device_id = $1', [device.device_id]);
      expect(reported.rows[0]!.unsynced_count).toBe(7);
      await fx.app.inject({ method: 'GET', url: '/sync/v1/pull', headers: { authorization: `Bearer ${device.device_token}`, 'x-pos-unsynced': 'lots' } });
      const ignored = await fx.db.query<{ unsynced_count: number }>('SELECT unsynced_count FROM device_sync_state WHERE device_id = $1', [device.device_id]);
      expect(ignored.rows[0]!.unsynced_count).toBe(7);
      await fx.db.query('UPDATE devices SET revoked_at = now() WHERE id = $1', [device.device_id]);
      const revoked = await pull(device.device_token);
      expect(revoked.statusCode).toBe(401);
      expect(revoked.json()).toMatchObject({ error: { code: 'device_token_invalid' } });
    });
  });

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

  describe('pull', () => {
    it('sends a full snapshot, then only changes, including deletions and API open orders', async () => {
      const device = await pairTestDevice(fx.app, fx.business);
      const first = await pull(device.device_token);
      expect(first.statusCode).toBe(200);
      const snapshot = first.json() as PullResponse;
      expect(snapshot.reset).toBe(true);
      expect(snapshot.products.upserted.map((p) => p.id).sort()).toEqual([...fx.business.productIds].sort());
      const flatWhite = snapshot.products.upserted.find((p) => p.id === fx.business.productIds[0])!;
      expect(flatWhite).toMatchObject({ price: 350, tax_rate_id: fx.business.taxRateId, category_id: fx.business.categoryId });
      expect(flatWhite.barcodes).toHaveLength(2);
      expect(flatWhite.barcode).toBe(flatWhite.barcodes![0]);
      expect(snapshot.tax_rates.upserted).toEqual([{ id: fx.business.taxRateId, name: 'VAT 19%', rate_ppm: 190_000 }]);
      expect(snapshot.staff.upserted.map((s) => s.id)).toContain(fx.business.staffId);

      const quiet = (await pull(device.device_token, snapshot.next_cursor)).json() as PullResponse;
      expect(quiet.reset).toBe(false);
      expect(quiet.products.upserted).toEqual([]);

      await fx.db.query('UPDATE products SET price = 370, updated_at = now() WHERE id = $1', [fx.business.productIds[0]]);
      await fx.db.query('UPDATE products SET deleted_at = now() WHERE id = $1', [fx.business.productIds[1]]);
      const lines = [
        {
          id: newId('lin'),
          product_id: fx.business.productIds[0],
          name: 'Flat white',
          quantity: 1,
          unit_price: 370,
          tax_rate_id: fx.business.taxRateId,
          rate_ppm: 190_000,
        },
      ];
      const totals = computeOrderTotals({ currency: 'EUR', tax_mode: 'inclusive', lines });
      const apiOrderId = newId('ord');
      await fx.db.transaction((tx) =>
        insertOrder(tx, {
          id: apiOrderId,
          businessId: fx.business.businessId,
          locationId: fx.business.locationId,
          source: 'api',
          currency: 'EUR',
          taxMode: 'inclusive',
          totals,
          lines: linesFromTotals(totals, lines),
        }),
      );
      const delta = (await pull(device.device_token, quiet.next_cursor)).json() as PullResponse;
      expect(delta.products.upserted.map((p) => [p.id, p.price])).toEqual([[fx.business.productIds[0], 370]]);
      expect(delta.products.deleted).toEqual([fx.business.productIds[1]]);
      expect(delta.open_orders.upserted.map((o) => [o.id, o.total])).toEqual([[apiOrderId, 370]]);

      // The till takes payment for the API order: it leaves the open list on the next pull.
      const paid = saleSnapshot(fx.business);
      paid.id = apiOrderId;
      paid.source = 'api';
      paid.lines = delta.open_orders.upserted[0]!.lines.map((l) => ({ ...l, discount: null }));
      paid.totals = {
        subtotal: totals.subtotal,
        discount_total: 0,
        tax_total: totals.tax_total,
        total: 370,
        net_total: totals.net_total,
        tax_breakdown: totals.tax_breakdown,
      };
      paid.payments[0]!.amount = 370;
      paid.payments[0]!.tendered = 370;
      const pushed = await push(device.device_token, [mutation(1, 'order.completed', { order: paid })]);
      expect((pushed.json() as PushResponse).results[0]!.status).toBe('applied');
      expect(await eventTypes(`data->'object'->>'id' = $1 OR data->'object'->>'order_id' = $1`, [apiOrderId])).toEqual(['payment.succeeded', 'order.paid']);
      const after = (await pull(device.device_token, delta.next_cursor)).json() as PullResponse;
      expect(after.open_orders.deleted).toEqual([apiOrderId]);
      expect(delta.products.upserted[0]!.stock).toBeTypeOf('number');
    });

    it("lets a till void an API order nobody came for; it leaves every till's open list", async () => {
      const device = await pairTestDevice(fx.app, fx.business);
      const lines = [
        {
          id: newId('lin'),
          product_id: fx.business.productIds[0],
          name: 'Flat white',
          quantity: 1,
          unit_price: 350,
          tax_rate_id: fx.business.taxRateId,
          rate_ppm: 190_000,
        },
      ];
      const totals = computeOrderTotals({ currency: 'EUR', tax_mode: 'inclusive', lines });
      const orderId = newId('ord');
      await fx.db.transaction((tx) =>
        insertOrder(tx, {
          id: orderId,
          businessId: fx.business.businessId,
          locationId: fx.business.locationId,
          source: 'api',
          currency: 'EUR',
          taxMode: 'inclusive',
          totals,
          lines: linesFromTotals(totals, lines),
        }),
      );
      const before = (await pull(device.device_token)).json() as PullResponse;
      expect(before.open_orders.upserted.map((o) => o.id)).toContain(orderId);
      const res = await push(device.device_token, [
        mutation(1, 'order.voided', {
          order_id: orderId,
          reason: 'no show',
          staff_id: fx.business.staffId,
          shift_id: null,
          voided_at: new Date().toISOString(),
          reversals: [],
        }),
      ]);
      expect((res.json() as PushResponse).results[0]!.status).toBe('applied');
      expect(await eventTypes(`type = 'order.voided' AND data->'object'->>'id' = $1`, [orderId])).toEqual(['order.voided']);
      const after = (await pull(device.device_token, before.next_cursor)).json() as PullResponse;
      expect(after.open_orders.deleted).toEqual([orderId]);
    });

    it('prunes old change-log rows and sends a till with an older cursor a fresh snapshot', async () => {
      const device = await pairTestDevice(fx.app, fx.business);
      const start = (await pull(device.device_token)).json() as PullResponse;
      await fx.db.query('UPDATE products SET price = price + 1 WHERE id = $1', [fx.business.productIds[0]]);
      const recent = (await pull(device.device_token, start.next_cursor)).json() as PullResponse;
      expect(recent.products.upserted.map((p) => p.id)).toEqual([fx.business.productIds[0]]);
      await fx.db.query(`UPDATE sync_changes SET changed_at = now() - interval '40 days' WHERE business_id = $1`, [fx.business.businessId]);
      expect(await pruneSyncChanges(fx.db)).toBeGreaterThan(0);
      expect((await fx.db.query('SELECT 1 FROM sync_changes WHERE business_id = $1', [fx.business.businessId])).rowCount).toBe(0);
      expect(((await pull(device.device_token, start.next_cursor)).json() as PullResponse).reset).toBe(true);
      const current = (await pull(device.device_token, recent.next_cursor)).json() as PullResponse;
      expect(current.reset).toBe(false);
      expect(await pruneSyncChanges(fx.db)).toBe(0);
    });

    it('pages a large snapshot and treats an unknown cursor as a fresh start', async () => {
      const device = await pairTestDevice(fx.app, fx.business);
      for (const name of ['Tea', 'Cake', 'Juice']) {
        await fx.db.query(`INSERT INTO products (id, business_id, location_id, tax_rate_id, name, price) VALUES ($1, $2, $3, $4, $5, 100)`, [
          newId('prd'),
          fx.business.businessId,
          fx.business.locationId,
          fx.business.taxRateId,
          name,
        ]);
      }
      const page1 = (
        await fx.app.inject({ method: 'GET', url: '/sync/v1/pull?limit=1', headers: { authorization: `Bearer ${device.device_token}` } })
      ).json() as PullResponse;
      expect(page1).toMatchObject({ reset: true, has_more: true });
      expect(page1.products.upserted).toHaveLength(1);
      const page2 = (
        await fx.app.inject({
          method: 'GET',
          url: `/sync/v1/pull?limit=1&cursor=${page1.next_cursor}`,
          headers: { authorization: `Bearer ${device.device_token}` },
        })
      ).json() as PullResponse;
      expect(page2.reset).toBe(false);
      expect(page2.products.upserted.map((p) => p.id)).not.toContain(page1.products.upserted[0]!.id);
      const garbage = (await pull(device.device_token, 'dxyz')).json() as PullResponse;
      expect(garbage.reset).toBe(true);
      const badLimit = await fx.app.inject({ method: 'GET', url: '/sync/v1/pull?limit=0', headers: { authorization: `Bearer ${device.device_token}` } });
      expect(badLimit.statusCode).toBe(400);
    });
  });
});
