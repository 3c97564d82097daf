// API keys, scopes, location access, the headers every response carries, and per-key rate limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../sync-server/app';
import { createApiKey, revokeApiKey } from '../sync-server/auth/api-keys';
import { loadConfig } from '../sync-server/config';
import { DEMO_BERLIN_ID, DEMO_BUSINESS_ID, DEMO_NEW_YORK_ID, demoId } from '../sync-server/demo/demo-seed';
import { TEST_ENGINES } from '../sync-server/storage/test-database';
import { ALL_SCOPES, startApiKit, type ApiTestKit } from './api-test-kit';
import type { ApiScope } from '../sync-server/auth/api-keys';

function expectCommonHeaders(res: { headers: Record<string, unknown> }): void {
  expect(res.headers['x-request-id']).toEqual(expect.any(String));
  expect(res.headers['x-pos-api-version']).toEqual(expect.any(String));
  expect(res.headers['x-ratelimit-limit']).toMatch(/^\d+$/);
  expect(res.headers['x-ratelimit-remaining']).toMatch(/^\d+$/);
  expect(res.headers['x-ratelimit-reset']).toMatch(/^\d+$/);
}

describe.each(TEST_ENGINES)('API auth on %s', (engine) => {
  let kit: ApiTestKit;
  beforeAll(async () => {
    kit = await startApiKit(engine);
  });
  afterAll(async () => kit?.close());

  it('issues pos_live_ keys with ≥32 base62 characters and stores only a hash', async () => {
    const created = await createApiKey(kit.handle.db, { businessId: DEMO_BUSINESS_ID, name: 'x', scopes: ['orders:read'], locationIds: 'all' });
    expect(created.key).toMatch(/^pos_live_[0-9A-Za-z]{32,}$/);
    expect(created.prefix).toBe(created.key.slice(0, 13));
    expect(created.id).toMatch(/^key_/);
    const { rows } = await kit.handle.db.query<Record<string, unknown>>('SELECT * FROM api_keys WHERE id = $1', [created.id]);
    expect(JSON.stringify(rows[0])).not.toContain(created.key);
    expect(rows[0]!.key_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('401 for a missing, malformed, unknown or revoked key, with every common header', async () => {
    const missing = await kit.app.inject({ method: 'GET', url: '/api/v1/locations' });
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error).toMatchObject({ type: 'authentication', code: 'api_key_missing', request_id: missing.headers['x-request-id'] });
    expectCommonHeaders(missing);

    for (const authorization of ['Basic abc', 'Bearer nope', `Bearer pos_live_${'a'.repeat(40)}`]) {
      const res = await kit.app.inject({ method: 'GET', url: '/api/v1/locations', headers: { authorization } });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('api_key_invalid');
      expectCommonHeaders(res);
    }

    const key = await kit.key(['locations:read']);
    expect((await kit.call(key, { method: 'GET', url: '/api/v1/locations' })).statusCode).toBe(200);
    const { rows } = await kit.handle.db.query<{ id: string }>('SELECT id FROM api_keys ORDER BY created_at DESC, id DESC LIMIT 1');
    await revokeApiKey(kit.handle.db, rows[0]!.id);
    const revoked = await kit.call(key, { method: 'GET', url: '/api/v1/locations' });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.code).toBe('api_key_revoked');
  });

  it('403 when the key lacks the scope, for reads and writes (and nothing is written)', async () => {
    const readOnly = await kit.key(['orders:read', 'products:read']);
    const list = await kit.call(readOnly, { method: 'GET', url: '/api/v1/locations' });
    expect(list.statusCode).toBe(403);
    expect(list.json().error).toMatchObject({ type: 'permission', code: 'scope_missing' });
    expectCommonHeaders(list);
    const before = await kit.handle.db.query('SELECT id FROM orders');
    const write = await kit.call(readOnly, {
      method: 'POST',
      url: '/api/v1/orders',
      payload: { location_id: DEMO_BERLIN_ID, items: [{ product_id: demoId('prd', 'berlin:Espresso'), quantity: 1 }] },
    });
    expect(write.statusCode).toBe(403);
    const patch = await kit.call(readOnly, { method: 'PATCH', url: `/api/v1/products/${demoId('prd', 'berlin:Espresso')}`, payload: { price: 1 } });
    expect(patch.statusCode).toBe(403);
    expect((await kit.handle.db.query('SELECT id FROM orders')).rowCount).toBe(before.rowCount);
  });

  it('limits a key to its locations: lists filter, direct access and writes are 403', async () => {
    const berlinOnly = await kit.key(['locations:read', 'products:read', 'products:write', 'orders:read', 'orders:write'], [DEMO_BERLIN_ID]);
    const locations = await kit.call(berlinOnly, { method: 'GET', url: '/api/v1/locations' });
    expect(locations.json().data.map((l: { id: string }) => l.id)).toEqual([DEMO_BERLIN_ID]);
    expect((await kit.call(berlinOnly, { method: 'GET', url: `/api/v1/locations/${DEMO_NEW_YORK_ID}` })).statusCode).toBe(403);
    expect((await kit.call(berlinOnly, { method: 'GET', url: `/api/v1/products?location_id=${DEMO_NEW_YORK_ID}` })).statusCode).toBe(403);
    const products = await kit.call(berlinOnly, { method: 'GET', url: '/api/v1/products?limit=100' });
    expect(products.json().data.every((p: { location_id: string }) => p.location_id === DEMO_BERLIN_ID)).toBe(true);
    expect(products.json().data).toHaveLength(23);
    expect((await kit.call(berlinOnly, { method: 'GET', url: `/api/v1/products/${demoId('prd', 'new-york:Cold Brew')}` })).statusCode).toBe(403);

    const order = await kit.call(berlinOnly, {
      method: 'POST',
      url: '/api/v1/orders',
      payload: {
        location_id: DEMO_NEW_YORK_ID,
        items: [{ product_id: demoId('prd', 'new-york:Cold Brew'), quantity: 1, modifier_ids: [demoId('mod', 'new-york:size:Small')] }],
      },
    });
    expect(order.statusCode).toBe(403);
    expect(order.json().error).toMatchObject({ type: 'permission', code: 'location_forbidden', param: 'location_id' });
    const product = await kit.call(berlinOnly, {
      method: 'POST',
      url: '/api/v1/products',
      payload: { location_id: DEMO_NEW_YORK_ID, name: 'X', price: 100, tax_rate_id: demoId('tax', 'new-york:nyc') },
    });
    expect(product.statusCode).toBe(403);
    const nyOrders = await kit.call(berlinOnly, { method: 'GET', url: `/api/v1/orders?location_id=${DEMO_NEW_YORK_ID}` });
    expect(nyOrders.statusCode).toBe(403);
  });

  it('never shows another business: its ids are 404 and its keys see nothing of ours', async () => {
    await kit.handle.db.exec(`INSERT INTO businesses (id, name) VALUES ('biz_OTHER', 'Other') ON CONFLICT DO NOTHING;
      INSERT INTO locations (id, business_id, name, currency, tax_mode) VALUES ('loc_OTHER', 'biz_OTHER', 'Elsewhere', 'EUR', 'inclusive') ON CONFLICT DO NOTHING;`);
    const other = await kit.key(undefined, 'all', 'biz_OTHER');
    const list = await kit.call(other, { method: 'GET', url: '/api/v1/locations' });
    expect(list.json().data.map((l: { id: string }) => l.id)).toEqual(['loc_OTHER']);
    expect((await kit.call(other, { method: 'GET', url: `/api/v1/locations/${DEMO_BERLIN_ID}` })).statusCode).toBe(404);
    expect((await kit.call(other, { method: 'GET', url: `/api/v1/products/${demoId('prd', 'berlin:Espresso')}` })).statusCode).toBe(404);
    const order = await kit.call(other, {
      method: 'POST',
      url: '/api/v1/orders',
      payload: { location_id: DEMO_BERLIN_ID, items: [{ product_id: demoId('prd', 'berlin:Espresso'), quantity: 1 }] },
    });
    expect(order.statusCode).toBe(422);
    expect(order.json().error).toMatchObject({ code: 'location_not_found', param: 'location_id' });
  });

  it('demands the right scope on every route, and only that one', async () => {
    const writer = await kit.key();
    const nyOrder = (
      await kit.call(writer, {
        method: 'POST',
        url: '/api/v1/orders',
        payload: { location_id: DEMO_NEW_YORK_ID, items: [{ product_id: demoId('prd', 'new-york:Fruit Cup'), quantity: 1 }] },
      })
    ).json().id as string;
    const routes: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; scope: ApiScope; payload?: object }[] = [
      { method: 'GET', url: '/api/v1/locations', scope: 'locations:read' },
      { method: 'GET', url: `/api/v1/locations/${DEMO_NEW_YORK_ID}`, scope: 'locations:read' },
      { method: 'GET', url: '/api/v1/products', scope: 'products:read' },
      { method: 'GET', url: `/api/v1/products/${demoId('prd', 'new-york:Fruit Cup')}`, scope: 'products:read' },
      {
        method: 'POST',
        url: '/api/v1/products',
        scope: 'products:write',
        payload: { location_id: DEMO_NEW_YORK_ID, name: 'Pretzel', price: 350, tax_rate_id: demoId('tax', 'new-york:nyc') },
      },
      { method: 'PATCH', url: `/api/v1/products/${demoId('prd', 'new-york:Fruit Cup')}`, scope: 'products:write', payload: { description: 'seasonal' } },
      { method: 'DELETE', url: `/api/v1/products/${demoId('prd', 'new-york:Canvas Tote Bag')}`, scope: 'products:write' },
      { method: 'GET', url: '/api/v1/orders', scope: 'orders:read' },
      { method: 'GET', url: `/api/v1/orders/${nyOrder}`, scope: 'orders:read' },
      {
        method: 'POST',
        url: '/api/v1/orders',
        scope: 'orders:write',
        payload: { location_id: DEMO_NEW_YORK_ID, items: [{ product_id: demoId('prd', 'new-york:Fruit Cup'), quantity: 1 }] },
      },
      { method: 'POST', url: `/api/v1/orders/${nyOrder}/payments`, scope: 'orders:write', payload: { amount: 450, method: 'external' } },
      { method: 'POST', url: `/api/v1/orders/${nyOrder}/refunds`, scope: 'orders:write', payload: { amount: 100, reason: 'x' } },
    ];
    const berlinOnly = await kit.key(ALL_SCOPES, [DEMO_BERLIN_ID]);
    for (const route of routes) {
      const without = await kit.key(ALL_SCOPES.filter((s) => s !== route.scope));
      const denied = await kit.call(without, { method: route.method, url: route.url, ...(route.payload ? { payload: route.payload } : {}) });
      expect(denied.statusCode, `${route.method} ${route.url} without ${route.scope}`).toBe(403);
      expect(denied.json().error.code).toBe('scope_missing');
      // A key for another location: lists filter (200), everything naming New York is 403.
      const elsewhere = await kit.call(berlinOnly, { method: route.method, url: route.url, ...(route.payload ? { payload: route.payload } : {}) });
      expect(elsewhere.statusCode, `${route.method} ${route.url} with a Berlin key`).toBe(
        route.url.endsWith('/locations') || route.url.endsWith('/products') || route.url.endsWith('/orders') ? (route.method === 'GET' ? 200 : 403) : 403,
      );
      const only = await kit.key([route.scope]);
      const allowed = await kit.call(only, { method: route.method, url: route.url, ...(route.payload ? { payload: route.payload } : {}) });
      expect(allowed.statusCode, `${route.method} ${route.url} with only ${route.scope}`).toBeLessThan(300);
    }
  });

  it('puts the common headers on unknown routes under /api/v1 and on validation errors', async () => {
    const key = await kit.key();
    const unknown = await kit.call(key, { method: 'GET', url: '/api/v1/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expectCommonHeaders(unknown);
    const invalid = await kit.call(key, { method: 'GET', url: '/api/v1/orders?limit=1000' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error).toMatchObject({ type: 'invalid_request', param: 'limit' });
    expectCommonHeaders(invalid);
  });

  it('rate-limits per key with a burst of 2× the rate: 429 with Retry-After, other keys unaffected', async () => {
    const limited = await buildApp({ db: kit.handle.db, config: loadConfig({ POS_API_RATE_LIMIT: '3/m' }), workers: false });
    try {
      const a = await kit.key(['locations:read']);
      const b = await kit.key(['locations:read']);
      const get = (key: string) => limited.inject({ method: 'GET', url: '/api/v1/locations', headers: { authorization: `Bearer ${key}` } });
      // 3 per minute: a bucket of 2 (the minimum; the 2× burst is unit-tested with a fake clock),
      // refilled one token per 20 s, so the third request in a row is refused.
      const results = [];
      for (let i = 0; i < 3; i++) results.push(await get(a));
      expect(results.slice(0, 2).map((r) => r.statusCode)).toEqual([200, 200]);
      expect(results[0]!.headers['x-ratelimit-limit']).toBe('2');
      expect(results[1]!.headers['x-ratelimit-remaining']).toBe('0');
      const refused = results[2]!;
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error).toMatchObject({ type: 'rate_limited', code: 'rate_limited' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expectCommonHeaders(refused);
      expect((await get(b)).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
