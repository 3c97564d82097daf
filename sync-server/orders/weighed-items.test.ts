// Goods sold by weight through the cloud service: the product flag and tare in API v1 and the till's pull, a
// weighed sale pushed by a till with its weighing kept on the order line (API, events), and what is refused.
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../core/ids';
import type { Order } from '../../core/api/orders';
import type { Product } from '../../core/api/catalog';
import type { PullResponse, PushResponse } from '../../core/sync/protocol';
import { weighedUnitPrice } from '../../core/weighed-price';
import { createApiKey } from '../auth/api-keys';
import { TEST_ENGINES } from '../storage/test-database';
import { mutation, pairTestDevice, saleSnapshot } from '../sync/test-sync-fixtures';
import { withTestApp } from '../testing/test-app';

describe.each(TEST_ENGINES)('goods sold by weight on %s', (engine) => {
  const fx = withTestApp(engine);
  let key: string;
  let product: Product;
  let idem = 0;

  beforeAll(async () => {
    key = (
      await createApiKey(fx.db, {
        businessId: fx.business.businessId,
        name: 'weighing',
        scopes: ['products:read', 'products:write', 'orders:read', 'orders:write'],
        locationIds: 'all',
      })
    ).key;
  });

  const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    fx.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}`, ...(method === 'GET' ? {} : { 'idempotency-key': `weigh-${++idem}` }) },
      ...(payload ? { payload } : {}),
    });

  it('a product is flagged sold by weight with a tare in API v1 (create, patch, event)', async () => {
    const created = await api('POST', '/api/v1/products', {
      location_id: fx.business.locationId,
      name: 'Oliven',
      price: 1290,
      tax_rate_id: fx.business.taxRateId,
      sold_by_weight: true,
      tare_grams: 12,
    });
    expect(created.statusCode).toBe(201);
    product = created.json() as Product;
    expect(product).toMatchObject({ sold_by_weight: true, tare_grams: 12, price: 1290 });
    const patched = await api('PATCH', `/api/v1/products/${product.id}`, { tare_grams: 15 });
    expect(patched.json()).toMatchObject({ sold_by_weight: true, tare_grams: 15 });
    const event = await fx.db.query<{ data: { object: Product; previous_attributes: Record<string, unknown> } }>(
      `SELECT data FROM events WHERE type = 'product.updated' AND data->'object'->>'id' = $1`,
      [product.id],
    );
    expect(event.rows[0]!.data.previous_attributes).toEqual({ tare_grams: 12 });
    // Products sold by the piece say so too.
    expect((await api('GET', `/api/v1/products/${fx.business.productIds[0]}`)).json()).toMatchObject({ sold_by_weight: false, tare_grams: 0 });
    expect((await api('PATCH', `/api/v1/products/${product.id}`, { tare_grams: -1 })).statusCode).toBe(400);
  });

  it('tills pull the flag and the tare; a weighed sale keeps its weighing on the order, in the API and the events', async () => {
    const device = await pairTestDevice(fx.app, fx.business, 'Deli till');
    const auth = { authorization: `Bearer ${device.device_token}` };
    const pulled = (await fx.app.inject({ method: 'GET', url: '/sync/v1/pull?cursor=', headers: auth })).json() as PullResponse;
    expect(pulled.products.upserted.find((p) => p.id === product.id)).toMatchObject({ sold_by_weight: true, tare_grams: 15, price: 1290 });

    const weight = { net_grams: 350, tare_grams: 15, price_per_kg: 1290 };
    const line = {
      id: newId('lin'),
      product_id: product.id,
      name: 'Oliven',
      quantity: 1,
      unit_price: weighedUnitPrice(weight),
      modifiers: [],
      tax_rate_id: fx.business.taxRateId,
      rate_ppm: 190_000,
      discount: null,
      note: null,
      weight,
    };
    expect(line.unit_price).toBe(452); // 0.350 kg × 12.90 = 4.515 → 4.52, rounded once
    const sale = saleSnapshot(fx.business, { lines: [line] });
    const wrong = saleSnapshot(fx.business, { lines: [{ ...line, id: newId('lin'), unit_price: 451 }] });
    const twice = saleSnapshot(fx.business, { lines: [{ ...line, id: newId('lin'), quantity: 2 }] });
    const res = await fx.app.inject({
      method: 'POST',
      url: '/sync/v1/push',
      headers: auth,
      payload: {
        mutations: [
          mutation(1, 'order.completed', { order: sale }),
          mutation(2, 'order.completed', { order: wrong }),
          mutation(3, 'order.completed', { order: twice }),
        ],
      },
    });
    const results = (res.json() as PushResponse).results;
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'rejected']);
    expect(results[1]!.error).toMatchObject({ code: 'weight_price_mismatch' });
    expect(results[2]!.error).toMatchObject({ code: 'invalid_weighed_line' });

    const order = (await api('GET', `/api/v1/orders/${sale.id}`)).json() as Order;
    expect(order.lines[0]).toMatchObject({ quantity: 1, unit_price: 452, total: 452, weight });
    expect(order.totals.total).toBe(452);
    const paid = await fx.db.query<{ data: { object: Order } }>(`SELECT data FROM events WHERE type = 'order.paid' AND data->'object'->>'id' = $1`, [sale.id]);
    expect(paid.rows[0]!.data.object.lines[0]!.weight).toEqual(weight);
    // A line sold by the piece carries weight: null.
    const piece = saleSnapshot(fx.business);
    await fx.app.inject({ method: 'POST', url: '/sync/v1/push', headers: auth, payload: { mutations: [mutation(4, 'order.completed', { order: piece })] } });
    expect(((await api('GET', `/api/v1/orders/${piece.id}`)).json() as Order).lines[0]!.weight).toBeNull();
  });

  it("an API order cannot sell a weighed product (only the till's scale knows the weight)", async () => {
    const res = await api('POST', '/api/v1/orders', { location_id: fx.business.locationId, items: [{ product_id: product.id, quantity: 1 }] });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { code: 'product_sold_by_weight', param: 'items[0].product_id' } });
  });
});
