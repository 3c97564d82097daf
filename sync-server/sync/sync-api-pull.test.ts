// Sync API pull: the full snapshot then only changes, API open orders voided by a till, change-log
// pruning with a fresh snapshot for old cursors, and paging of a large snapshot.
import { describe, expect, it } from 'vitest';
import { newId } from '../../core/ids';
import type { PullResponse, PushResponse } from '../../core/sync/protocol';
import { linesFromTotals } from '../orders/order-record';
import { insertOrder } from '../orders/orders-repository';
import { computeOrderTotals } from '../../core/order-totals';
import { TEST_ENGINES } from '../storage/test-database';
import { pruneSyncChanges } from './change-log';
import { mutation, pairTestDevice, saleSnapshot, pushMutations, pullChanges, eventTypesWhere } from './test-sync-fixtures';
import { withTestApp } from '../testing/test-app';

describe.each(TEST_ENGINES)('sync API pull on %s', (engine) => {
  const fx = withTestApp(engine);
  const push = (token: string, mutations: unknown[]) => pushMutations(fx.app, token, mutations);
  const pull = (token: string, cursor = '') => pullChanges(fx.app, token, cursor);
  const eventTypes = (where: string, params: unknown[]) => eventTypesWhere(fx.db, where, params);

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
