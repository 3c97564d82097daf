// No documented event that never fires: drives the real paths (API v1 over HTTP, till pairing and
// pushes over the sync API) and proves that every type in the event catalog was recorded by one of
// them, with data that satisfies the catalog's schema for that type. A type added to the catalog (or
// to docs/webhooks.md) without a path that emits it fails here until a scenario below produces it.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { Value } from 'typebox/value';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CATALOG, EVENT_TYPES, isEventType } from '../core/events/catalog';
import { newId } from '../core/ids';
import { createApiKey } from '../sync-server/auth/api-keys';
import { TEST_ENGINES } from '../sync-server/storage/test-database';
import { startReceiver } from '../sync-server/webhooks/webhooks-test-support';
import { mutation, pairTestDevice, saleSnapshot } from '../sync-server/sync/test-sync-fixtures';
import { withTestApp } from '../sync-server/testing/test-app';

describe.each(TEST_ENGINES)('event catalog completeness on %s', (engine) => {
  const fx = withTestApp(engine, { env: { POS_API_RATE_LIMIT: '10000/s' }, config: { webhookAllowPrivate: true, webhookTimeoutMs: 2_000 } });
  let key: string;

  beforeAll(async () => {
    ({ key } = await createApiKey(fx.db, {
      businessId: fx.business.businessId,
      name: 'catalog',
      scopes: [
        'locations:read',
        'locations:write',
        'products:read',
        'products:write',
        'orders:read',
        'orders:write',
        'webhooks:read',
        'webhooks:write',
        'events:read',
        'customers:read',
        'customers:write',
      ],
      locationIds: 'all',
    }));
  });

  async function api(method: InjectOptions['method'], url: string, payload?: Record<string, unknown>) {
    const res = await fx.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}`, ...(method === 'GET' ? {} : { 'idempotency-key': randomUUID() }) },
      ...(payload ? { payload } : {}),
    });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return res.json() as Record<string, unknown> & { id: string };
  }
  let seq = 0;
  async function push(token: string, ...mutations: [string, Record<string, unknown>][]) {
    const res = await fx.app.inject({
      method: 'POST',
      url: '/sync/v1/push',
      headers: { authorization: `Bearer ${token}` },
      payload: { mutations: mutations.map(([type, payload]) => mutation(++seq, type as never, payload as never)) },
    });
    expect(res.statusCode, res.body).toBe(200);
    const results = (res.json() as { results: { status: string; error?: unknown }[] }).results;
    expect(results, JSON.stringify(results)).toEqual(mutations.map(() => expect.objectContaining({ status: 'applied' })));
  }

  it('every catalog type is emitted by a real path, with data that matches its schema', async () => {
    // Catalog: products through the API.
    const product = await api('POST', '/api/v1/products', {
      location_id: fx.business.locationId,
      name: 'Muffin',
      price: 300,
      tax_rate_id: fx.business.taxRateId,
      stock: { on_hand: 3, low_stock_threshold: 2 },
    });
    await api('PATCH', `/api/v1/products/${product.id}`, { price: 320 });
    await api('DELETE', `/api/v1/products/${fx.business.productIds[1]}`);
    // Catalog objects and the location through the API (the back office's writes share the same service).
    for (const [path, body, change] of [
      ['tax-rates', { location_id: fx.business.locationId, name: 'Zero', rate_ppm: 0 }, { rate_ppm: 10_000 }],
      ['categories', { location_id: fx.business.locationId, name: 'Cakes' }, { name: 'Cakes & tarts' }],
      ['modifier-groups', { location_id: fx.business.locationId, name: 'Milk', modifiers: [{ name: 'Oat', price_delta: 40 }] }, { max_select: 2 }],
    ] as const) {
      const created = await api('POST', `/api/v1/${path}`, body);
      await api('PATCH', `/api/v1/${path}/${created.id}`, change);
      await api('DELETE', `/api/v1/${path}/${created.id}`);
    }
    await api('PATCH', `/api/v1/locations/${fx.business.locationId}`, { name: 'Renamed shop' });
    const customer = await api('POST', '/api/v1/customers', { name: 'Mia', email: 'mia@example.com' });
    await api('PATCH', `/api/v1/customers/${customer.id}`, { phone: '+49 30 1234567' });

    // A till: pairing, a shift with a sale that takes stock below the threshold, a void, a declined card, the Z report.
    const device = await pairTestDevice(fx.app, fx.business);
    const token = device.device_token;
    const shiftId = newId('shf');
    const now = new Date().toISOString();
    const line = {
      id: newId('lin'),
      product_id: product.id,
      name: 'Muffin',
      quantity: 1,
      unit_price: 320,
      modifiers: [],
      tax_rate_id: fx.business.taxRateId,
      rate_ppm: 190_000,
      discount: null,
      note: null,
    };
    const sale = saleSnapshot(fx.business, { shiftId, lines: [line] });
    const voided = saleSnapshot(fx.business, { shiftId });
    await push(
      token,
      ['shift.opened', { shift: { id: shiftId, location_id: fx.business.locationId, staff_id: fx.business.staffId, opened_at: now, opening_float: 0 } }],
      ['order.completed', { order: sale }],
      [
        'payment.failed',
        {
          payment: {
            id: newId('pay'),
            order_id: voided.id,
            method: 'card',
            amount: voided.totals.total,
            failure_code: 'declined',
            failure_message: 'Card declined',
            card: null,
            staff_id: fx.business.staffId,
            shift_id: shiftId,
            created_at: now,
          },
        },
      ],
      ['order.completed', { order: voided }],
      [
        'order.voided',
        {
          order_id: voided.id,
          reason: 'rang up twice',
          staff_id: fx.business.staffId,
          shift_id: shiftId,
          voided_at: now,
          reversals: [{ payment_id: voided.payments[0]!.id, method: 'cash', amount: voided.totals.total }],
        },
      ],
      [
        'shift.closed',
        {
          shift_id: shiftId,
          staff_id: fx.business.staffId,
          closed_at: now,
          counted_cash: 320,
          report: {
            shift_id: shiftId,
            opened_at: now,
            closed_at: now,
            opening_float: 0,
            sales_count: 1,
            sales_total: 320,
            discount_total: 0,
            tax_total: 51,
            tax_breakdown: [],
            voids_count: 1,
            voids_total: 350,
            refunds_count: 0,
            refunds_total: 0,
            payments_by_method: [],
            refunds_by_method: [],
            cash_paid_in: 0,
            cash_paid_out: 0,
            cash_drops: 0,
            expected_cash: 320,
            counted_cash: 320,
            variance: 0,
          },
        },
      ],
    );

    // An API order: part payment, a failed payment, the rest, a refund, then cancelled (refunding the rest).
    const order = await api('POST', '/api/v1/orders', { location_id: fx.business.locationId, items: [{ product_id: fx.business.productIds[0], quantity: 2 }] });
    const total = (order.totals as { total: number }).total;
    await api('POST', `/api/v1/orders/${order.id}/payments`, { amount: 100, method: 'external' });
    await api('POST', `/api/v1/orders/${order.id}/payments`, { amount: total - 100, method: 'external', status: 'failed', failure_code: 'card_declined' });
    await api('POST', `/api/v1/orders/${order.id}/payments`, { amount: total - 100, method: 'external' });
    await api('POST', `/api/v1/orders/${order.id}/refunds`, { amount: 50, reason: 'late' });
    await api('POST', `/api/v1/orders/${order.id}/cancel`, { reason: 'never collected' });

    // webhook.test is only ever sent on demand, never recorded in the feed.
    const endpoint = await api('POST', '/api/v1/webhooks', { name: 'catalog', url: 'http://127.0.0.1:9/hook', subscribed_events: ['*'] });
    await api('POST', `/api/v1/webhooks/${endpoint.id}/test`);
    // webhook_endpoint.disabled: a receiver that answers 410 Gone gets its endpoint disabled by the service.
    const gone = await startReceiver(() => ({ status: 410, body: 'gone' }));
    try {
      const doomed = await api('POST', '/api/v1/webhooks', { name: 'gone', url: gone.url, subscribed_events: ['order.paid'] });
      await fx.app.inject({
        method: 'POST',
        url: `/api/v1/webhooks/${doomed.id}/test`,
        headers: { authorization: `Bearer ${key}`, 'idempotency-key': randomUUID() },
      });
    } finally {
      await gone.close();
    }

    const { rows } = await fx.db.query<{ type: string; data: Record<string, unknown> }>('SELECT type, data FROM events WHERE business_id = $1', [
      fx.business.businessId,
    ]);
    const tests = await fx.db.query<{ event_type: string }>(`SELECT event_type FROM webhook_deliveries WHERE endpoint_id = $1 AND origin = 'test'`, [
      endpoint.id,
    ]);
    const emitted = new Set([...rows.map((r) => r.type), ...tests.rows.map((r) => r.event_type)]);
    expect(
      EVENT_TYPES.filter((type) => !emitted.has(type)),
      'catalog types no path emitted',
    ).toEqual([]);
    for (const row of rows) {
      expect(isEventType(row.type), row.type).toBe(true);
      const schema = EVENT_CATALOG[row.type as keyof typeof EVENT_CATALOG].data;
      expect(Value.Check(schema, row.data), `${row.type}: ${JSON.stringify([...Value.Errors(schema, row.data)][0])}`).toBe(true);
    }
  });

  it('docs/webhooks.md documents exactly the catalog', () => {
    const docs = readFileSync(new URL('../docs/webhooks.md', import.meta.url), 'utf8');
    const table = docs.slice(docs.indexOf('## 8. Event catalog'));
    const documented = [...table.slice(0, table.indexOf('\n## ', 5)).matchAll(/^\| `([a-z_]+\.[a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...EVENT_TYPES].sort());
  });
});
