// API v1 resources of SPEC §5.2 (locations, products, orders, payments, refunds) with their events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BERLIN_ID, DEMO_NEW_YORK_ID, demoId } from '../sync-server/demo/demo-seed';
import { TEST_ENGINES } from '../sync-server/storage/test-database';
import { startApiKit, type ApiTestKit } from './api-test-kit';

const berlin = (name: string) => demoId('prd', `berlin:${name}`);
const ny = (name: string) => demoId('prd', `new-york:${name}`);

describe.each(TEST_ENGINES)('API v1 resources on %s', (engine) => {
  let kit: ApiTestKit;
  let key: string;
  const eventsOf = async (
    type: string,
  ): Promise<{ type: string; location_id: string; data: { object: Record<string, unknown>; previous_attributes?: Record<string, unknown> } }[]> =>
    (
      await kit.handle.db.query<{ type: string; location_id: string; data: { object: Record<string, unknown> } }>(
        'SELECT type, location_id, data FROM events WHERE type = $1 ORDER BY seq',
        [type],
      )
    ).rows;

  beforeAll(async () => {
    kit = await startApiKit(engine);
    key = await kit.key();
  });
  afterAll(async () => kit?.close());

  it('lists and retrieves locations with pagination', async () => {
    const page1 = await kit.call(key, { method: 'GET', url: '/api/v1/locations?limit=1' });
    expect(page1.statusCode).toBe(200);
    const body1 = page1.json();
    expect(body1).toMatchObject({ object: 'list', has_more: true, next_cursor: expect.any(String) });
    expect(body1.data).toHaveLength(1);
    const page2 = (await kit.call(key, { method: 'GET', url: `/api/v1/locations?limit=1&cursor=${body1.next_cursor}` })).json();
    expect(page2).toMatchObject({ has_more: false, next_cursor: null });
    expect([body1.data[0].id, page2.data[0].id].sort()).toEqual([DEMO_BERLIN_ID, DEMO_NEW_YORK_ID].sort());
    const one = (await kit.call(key, { method: 'GET', url: `/api/v1/locations/${DEMO_NEW_YORK_ID}` })).json();
    expect(one).toMatchObject({ object: 'location', currency: 'USD', tax_mode: 'exclusive', timezone: 'America/New_York' });
    expect((await kit.call(key, { method: 'GET', url: '/api/v1/locations/loc_NOPE' })).statusCode).toBe(404);
  });

  it('lists products (default 25, limit 1–100, cursor) with price, tax, category, barcodes, modifiers, stock', async () => {
    const first = (await kit.call(key, { method: 'GET', url: '/api/v1/products' })).json();
    expect(first.data).toHaveLength(25);
    expect(first.has_more).toBe(true);
    const rest = (await kit.call(key, { method: 'GET', url: `/api/v1/products?limit=100&cursor=${first.next_cursor}` })).json();
    expect(rest.has_more).toBe(false);
    const ids = [...first.data, ...rest.data].map((p: { id: string }) => p.id);
    expect(new Set(ids).size).toBe(40);

    const water = (await kit.call(key, { method: 'GET', url: `/api/v1/products/${berlin('Mineralwasser 0,5 l')}` })).json();
    expect(water).toMatchObject({
      object: 'product',
      location_id: DEMO_BERLIN_ID,
      price: 250,
      currency: 'EUR',
      tax_rate: { rate_ppm: 190_000 },
      category: { name: 'Tee & Getränke' },
      barcodes: [expect.stringMatching(/^\d{13}$/)],
      stock: { on_hand: 48, low_stock_threshold: 12 },
      active: true,
    });
    const latte = (await kit.call(key, { method: 'GET', url: `/api/v1/products/${ny('Iced Latte')}` })).json();
    expect(latte.modifier_groups.map((g: { name: string }) => g.name)).toEqual(['Size', 'Milk']);
    expect(latte.tax_rate.rate_ppm).toBe(88_750);

    const nyOnly = (await kit.call(key, { method: 'GET', url: `/api/v1/products?location_id=${DEMO_NEW_YORK_ID}&limit=100` })).json();
    expect(nyOnly.data).toHaveLength(17);
    const future = (await kit.call(key, { method: 'GET', url: '/api/v1/products?updated_since=2999-01-01T00:00:00Z' })).json();
    expect(future.data).toEqual([]);
  });

  it('creates a product (product.created + inventory.updated) and patches it (product.updated with previous_attributes)', async () => {
    const created = await kit.call(key, {
      method: 'POST',
      url: '/api/v1/products',
      payload: {
        location_id: DEMO_BERLIN_ID,
        name: 'Bircher Müsli',
        price: 590,
        tax_rate_id: demoId('tax', 'berlin:reduced'),
        category_id: demoId('cat', 'berlin:Frühstück & Lunch'),
        barcodes: ['4006381333986'],
        modifier_group_ids: [demoId('mgr', 'berlin:milk')],
        stock: { on_hand: 10, low_stock_threshold: 3 },
      },
    });
    expect(created.statusCode).toBe(201);
    const product = created.json();
    expect(product).toMatchObject({
      id: expect.stringMatching(/^prd_/),
      price: 590,
      barcodes: ['4006381333986'],
      stock: { on_hand: 10, low_stock_threshold: 3 },
    });
    expect(product.modifier_groups[0].modifiers).toHaveLength(3);
    expect((await eventsOf('product.created')).at(-1)).toMatchObject({ location_id: DEMO_BERLIN_ID, data: { object: { id: product.id, price: 590 } } });
    expect((await eventsOf('inventory.updated')).at(-1)?.data.object).toMatchObject({ product_id: product.id, on_hand: 10 });

    const patched = await kit.call(key, { method: 'PATCH', url: `/api/v1/products/${product.id}`, payload: { price: 620, stock: { on_hand: 2 } } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ price: 620, stock: { on_hand: 2, low_stock_threshold: 3 }, name: 'Bircher Müsli' });
    const updated = (await eventsOf('product.updated')).at(-1)!;
    expect(updated.data.object).toMatchObject({ id: product.id, price: 620 });
    expect(updated.data.previous_attributes).toMatchObject({ price: 590, stock: { on_hand: 10, low_stock_threshold: 3 } });
    expect((await eventsOf('inventory.low_stock')).at(-1)?.data.object).toMatchObject({ product_id: product.id, on_hand: 2, previous_on_hand: 10 });

    const taken = await kit.call(key, { method: 'PATCH', url: `/api/v1/products/${berlin('Espresso')}`, payload: { barcodes: ['4006381333986'] } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'barcode_in_use', param: 'barcodes[0]' });
    const foreignTax = await kit.call(key, { method: 'PATCH', url: `/api/v1/products/${product.id}`, payload: { tax_rate_id: demoId('tax', 'new-york:nyc') } });
    expect(foreignTax.statusCode).toBe(422);
    expect(foreignTax.json().error).toMatchObject({ code: 'tax_rate_not_at_location', param: 'tax_rate_id' });
    expect((await kit.call(key, { method: 'PATCH', url: '/api/v1/products/prd_NOPE', payload: { price: 1 } })).statusCode).toBe(404);

    const deleted = await kit.call(key, { method: 'DELETE', url: `/api/v1/products/${product.id}` });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toEqual({ id: product.id, object: 'product', deleted: true });
    expect((await eventsOf('product.deleted')).at(-1)?.data.object).toEqual({ id: product.id, object: 'product', deleted: true });
    expect((await kit.call(key, { method: 'GET', url: `/api/v1/products/${product.id}` })).statusCode).toBe(404);
    expect((await kit.call(key, { method: 'DELETE', url: `/api/v1/products/${product.id}` })).statusCode).toBe(404);
    const orderOfDeleted = await kit.call(key, {
      method: 'POST',
      url: '/api/v1/orders',
      payload: { location_id: DEMO_BERLIN_ID, items: [{ product_id: product.id, quantity: 1 }] },
    });
    expect(orderOfDeleted.json().error.code).toBe('product_not_found');
    // Its barcode is free again.
    const reuse = await kit.call(key, { method: 'PATCH', url: `/api/v1/products/${berlin('Espresso')}`, payload: { barcodes: ['4006381333986'] } });
    expect(reuse.statusCode).toBe(200);
  });

  it('creates an order priced from the database, ignoring client money, and emits order.created', async () => {
    const res = await kit.call(key, {
      method: 'POST',
      url: '/api/v1/orders',
      payload: {
        location_id: DEMO_BERLIN_ID,
        items: [
          {
            product_id: berlin('Cappuccino'),
            quantity: 2,
            modifier_ids: [demoId('mod', 'berlin:size:Groß'), demoId('mod', 'berlin:milk:Hafermilch')],
            unit_price: 1,
            note: 'extra hot',
          },
          { product_id: berlin('Butter-Croissant'), quantity: 1, price: 0, total: 0 },
        ],
        total: 1,
        tax: 0,
        external_ref: 'shop-1001',
        customer_note: 'pickup 9:00',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['x-pos-ignored-fields']).toBe('total, tax, items[0].unit_price, items[1].price, items[1].total');
    expect(res.headers.location).toBe(`/api/v1/orders/${res.json().id}`);
    const order = res.json();
    // Cappuccino 3.50 + large 0.80 + oat 0.40 = 4.70 × 2 = 9.40 at 19 % incl.; croissant 1.90 at 7 % incl.
    expect(order).toMatchObject({
      object: 'order',
      source: 'api',
      status: 'open',
      currency: 'EUR',
      tax_mode: 'inclusive',
      external_ref: 'shop-1001',
      customer_note: 'pickup 9:00',
      totals: { subtotal: 1130, total: 1130, tax_total: 150 + 12, amount_paid: 0, balance_due: 1130 },
    });
    expect(order.number).toMatch(/^API-\d+$/);
    expect(order.lines[0]).toMatchObject({ name: 'Cappuccino', base_price: 350, unit_price: 470, quantity: 2, total: 940, tax: 150, note: 'extra hot' });
    expect(order.lines[1]).toMatchObject({ name: 'Butter-Croissant', unit_price: 190, total: 190, tax: 12 });
    expect(order.tax_breakdown).toEqual([
      expect.objectContaining({ rate_ppm: 70_000, tax: 12, gross: 190 }),
      expect.objectContaining({ rate_ppm: 190_000, tax: 150, gross: 940 }),
    ]);
    expect((await eventsOf('order.created')).at(-1)).toMatchObject({ location_id: DEMO_BERLIN_ID, data: { object: { id: order.id, source: 'api' } } });
    const croissantStock = (await kit.call(key, { method: 'GET', url: `/api/v1/products/${berlin('Butter-Croissant')}` })).json().stock.on_hand;
    expect(croissantStock).toBe(39);

    const fetched = await kit.call(key, { method: 'GET', url: `/api/v1/orders/${order.id}` });
    expect(fetched.json()).toEqual(order);
  });

  it('adds tax on top in a tax-exclusive location (New York, 8.875 %)', async () => {
    const res = await kit.call(key, {
      method: 'POST',
      url: '/api/v1/orders',
      payload: {
        location_id: DEMO_NEW_YORK_ID,
        items: [{ product_id: ny('Cold Brew'), quantity: 1, modifier_ids: [demoId('mod', 'new-york:size:Large'), demoId('mod', 'new-york:milk:Oat milk')] }],
      },
    });
    expect(res.statusCode).toBe(201);
    // 4.50 + 1.00 + 0.75 = 6.25 net; tax 0.5546875 → 0.55; total 6.80
    expect(res.json()).toMatchObject({ currency: 'USD', tax_mode: 'exclusive', totals: { subtotal: 625, tax_total: 55, total: 680, net_total: 625 } });
  });

  it('422 for a product of another location, unknown product or modifier, and modifier rules', async () => {
    const cases: [unknown, string, string][] = [
      [{ location_id: DEMO_BERLIN_ID, items: [{ product_id: ny('Bottled Water'), quantity: 1 }] }, 'product_not_at_location', 'items[0].product_id'],
      [
        {
          location_id: DEMO_BERLIN_ID,
          items: [
            { product_id: berlin('Espresso'), quantity: 1 },
            { product_id: 'prd_NOPE', quantity: 1 },
          ],
        },
        'product_not_found',
        'items[1].product_id',
      ],
      [
        { location_id: DEMO_BERLIN_ID, items: [{ product_id: berlin('Espresso'), quantity: 1, modifier_ids: [demoId('mod', 'berlin:milk:Hafermilch')] }] },
        'modifier_not_available',
        'items[0].modifier_ids[0]',
      ],
      [{ location_id: DEMO_BERLIN_ID, items: [{ product_id: berlin('Cappuccino'), quantity: 1 }] }, 'modifier_selection_invalid', 'items[0].modifier_ids'],
      [
        {
          location_id: DEMO_BERLIN_ID,
          items: [{ product_id: berlin('Cappuccino'), quantity: 1, modifier_ids: [demoId('mod', 'berlin:size:Groß'), demoId('mod', 'berlin:size:Normal')] }],
        },
        'modifier_selection_invalid',
        'items[0].modifier_ids',
      ],
      [{ location_id: 'loc_NOPE', items: [{ product_id: berlin('Espresso'), quantity: 1 }] }, 'location_not_found', 'location_id'],
    ];
    const before = (await kit.handle.db.query('SELECT 1 FROM orders')).rowCount;
    for (const [payload, code, param] of cases) {
      const res = await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: payload as object });
      expect(res.statusCode, code).toBe(422);
      expect(res.json().error).toMatchObject({ type: 'invalid_request', code, param });
    }
    expect((await kit.handle.db.query('SELECT 1 FROM orders')).rowCount).toBe(before);
  });

  it('takes external payments up to the balance: payment.succeeded, order.updated, then order.paid', async () => {
    const order = (
      await kit.call(key, {
        method: 'POST',
        url: '/api/v1/orders',
        payload: { location_id: DEMO_BERLIN_ID, items: [{ product_id: berlin('Espresso'), quantity: 3 }] },
      })
    ).json();
    expect(order.totals.total).toBe(660);
    const over = await kit.call(key, { method: 'POST', url: `/api/v1/orders/${order.id}/payments`, payload: { amount: 661, method: 'external' } });
    expect(over.statusCode).toBe(422);
    expect(over.json().error).toMatchObject({ code: 'amount_exceeds_balance', param: 'amount' });
    const cash = await kit.call(key, { method: 'POST', url: `/api/v1/orders/${order.id}/payments`, payload: { amount: 100, method: 'cash' } });
    expect(cash.statusCode).toBe(400);

    const part = await kit.call(key, {
      method: 'POST',
      url: `/api/v1/orders/${order.id}/payments`,
      payload: { amount: 200, method: 'external', reference: 'psp_1' },
    });
    expect(part.statusCode).toBe(201);
    expect(part.json()).toMatchObject({ status: 'partially_paid', totals: { amount_paid: 200, balance_due: 460 } });
    expect((await eventsOf('order.updated')).at(-1)?.data.object).toMatchObject({ id: order.id, status: 'partially_paid' });
    const rest = await kit.call(key, {
      method: 'POST',
      url: `/api/v1/orders/${order.id}/payments`,
      payload: { amount: 460, method: 'external', reference: 'psp_2' },
    });
    expect(rest.json()).toMatchObject({ status: 'paid', totals: { amount_paid: 660, balance_due: 0 } });
    expect(rest.json().payments.map((p: { reference: string; method: string }) => [p.method, p.reference])).toEqual([
      ['external', 'psp_1'],
      ['external', 'psp_2'],
    ]);
    const succeeded = await eventsOf('payment.succeeded');
    expect(succeeded.slice(-2).map((e) => e.data.object.amount)).toEqual([200, 460]);
    expect((await eventsOf('order.paid')).at(-1)?.data.object).toMatchObject({ id: order.id, status: 'paid' });
    const again = await kit.call(key, { method: 'POST', url: `/api/v1/orders/${order.id}/payments`, payload: { amount: 1, method: 'external' } });
    expect(again.statusCode).toBe(422);
    expect((await kit.call(key, { method: 'POST', url: '/api/v1/orders/ord_NOPE/payments', payload: { amount: 1, method: 'external' } })).statusCode).toBe(404);
  });

  it('refunds by lines or amount, never more than was paid, and emits order.refunded', async () => {
    const order = (
      await kit.call(key, {
        method: 'POST',
        url: '/api/v1/orders',
        payload: { location_id: DEMO_BERLIN_ID, items: [{ product_id: berlin('Käsekuchen'), quantity: 3 }] },
      })
    ).json();
    const unpaid = await kit.call(key, { method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, payload: { reason: 'nope' } });
    expect(unpaid.statusCode).toBe(422);
    expect(unpaid.json().error.code).toBe('nothing_to_refund');
    await kit.call(key, { method: 'POST', url: `/api/v1/orders/${order.id}/payments`, payload: { amount: 1260, method: 'external' } });

    const byLine = await kit.call(key, {
      method: 'POST',
      url: `/api/v1/orders/${order.id}/refunds`,
      payload: { lines: [{ line_id: order.lines[0].id, quantity: 1 }], reason: 'dropped' },
    });
    expect(byLine.statusCode).toBe(201);
    expect(byLine.json()).toMatchObject({ status: 'partially_refunded', totals: { amount_refunded: 420 } });
    expect(byLine.json().refunds[0]).toMatchObject({
      object: 'refund',
      amount: 420,
      reason: 'dropped',
      lines: [{ line_id: order.lines[0].id, quantity: 1, amount: 420 }],
    });
    expect((await eventsOf('order.refunded')).at(-1)?.data.object).toMatchObject({ id: order.id, status: 'partially_refunded' });

    const tooMuch = await kit.call(key, { method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, payload: { amount: 841, reason: 'x' } });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().error).toMatchObject({ code: 'exceeds_refundable', param: 'amount' });
    const tooManyUnits = await kit.call(key, {
      method: 'POST',
      url: `/api/v1/orders/${order.id}/refunds`,
      payload: { lines: [{ line_id: order.lines[0].id, quantity: 3 }], reason: 'x' },
    });
    expect(tooManyUnits.json().error).toMatchObject({ code: 'exceeds_line_quantity', param: 'lines' });
    const unknownLine = await kit.call(key, {
      method: 'POST',
      url: `/api/v1/orders/${order.id}/refunds`,
      payload: { lines: [{ line_id: 'lin_NOPE', quantity: 1 }], reason: 'x' },
    });
    expect(unknownLine.json().error.code).toBe('unknown_line');

    const rest = await kit.call(key, { method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, payload: { reason: 'closing' } });
    expect(rest.json()).toMatchObject({ status: 'refunded', totals: { amount_refunded: 1260 } });
    const none = await kit.call(key, { method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, payload: { amount: 1, reason: 'x' } });
    expect(none.statusCode).toBe(422);
  });

  it('lists orders newest first with location, status and created_since filters', async () => {
    const all = (await kit.call(key, { method: 'GET', url: '/api/v1/orders?limit=100' })).json();
    expect(all.data.length).toBeGreaterThanOrEqual(4);
    const ids = all.data.map((o: { id: string }) => o.id);
    expect([...ids].sort().reverse()).toEqual(ids);
    const paid = (await kit.call(key, { method: 'GET', url: '/api/v1/orders?status=paid' })).json();
    expect(paid.data.length).toBeGreaterThanOrEqual(1);
    expect(paid.data.every((o: { status: string }) => o.status === 'paid')).toBe(true);
    const ny = (await kit.call(key, { method: 'GET', url: `/api/v1/orders?location_id=${DEMO_NEW_YORK_ID}` })).json();
    expect(ny.data.every((o: { location_id: string }) => o.location_id === DEMO_NEW_YORK_ID)).toBe(true);
    expect(ny.data.length).toBe(1);
    const future = (await kit.call(key, { method: 'GET', url: '/api/v1/orders?created_since=2999-01-01T00:00:00Z' })).json();
    expect(future).toEqual({ object: 'list', data: [], next_cursor: null, has_more: false });
    const page = (await kit.call(key, { method: 'GET', url: '/api/v1/orders?limit=2' })).json();
    const next = (await kit.call(key, { method: 'GET', url: `/api/v1/orders?limit=2&cursor=${page.next_cursor}` })).json();
    expect(next.data[0].id).toBe(ids[2]);
  });

  it('serves the OpenAPI document and the interactive docs', async () => {
    const spec = await kit.app.inject({ method: 'GET', url: '/docs/json' });
    expect(spec.statusCode).toBe(200);
    const doc = spec.json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/locations', '/api/v1/products/{id}', '/api/v1/orders', '/api/v1/orders/{id}/refunds']),
    );
    expect(doc.paths['/api/v1/orders'].post.responses['201']).toBeTruthy();
    expect(JSON.stringify(doc.paths['/api/v1/orders'].post.requestBody)).toContain(DEMO_BERLIN_ID);
    expect(doc.paths['/api/v1/products/{id}'].delete).toBeTruthy();
    expect(doc.info.description).toContain('Idempotency-Key');
    const ui = await kit.app.inject({ method: 'GET', url: '/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });
});
