// POST /api/v1/orders in one write statement (place-api-order.ts), shared by the orders of a location
// that wait for it (api-order-writer.ts): the answer is what a read-back returns, the events and
// webhook deliveries are those recordEvents would write, concurrent orders of one location get
// distinct gapless numbers and exact stock, retries with one Idempotency-Key get one order, and one
// order costs 2 statements.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../core/api/orders';
import { newId } from '../../core/ids';
import { buildApp } from '../app';
import { createApiKey } from '../auth/api-keys';
import { loadConfig } from '../config';
import { DEMO_BERLIN_ID, DEMO_BUSINESS_ID, seedDemo } from '../demo/demo-seed';
import type { Database, Queryable } from '../storage/database';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../storage/test-database';
import { placeApiOrder } from './place-api-order';
import { priceApiOrder, readApiOrderContext } from './price-api-order';

/** The database with every statement counted (BEGIN and COMMIT of a transaction included). */
function counting(inner: Database): { db: Database; count: () => number } {
  let statements = 0;
  const counted = (q: Queryable): Queryable => ({
    query: (sql, params) => (statements++, q.query(sql, params)),
    exec: (sql) => (statements++, q.exec(sql)),
  });
  const db: Database = {
    ...inner,
    ...counted(inner),
    transaction: (fn) => ((statements += 2), inner.transaction((tx) => fn(counted(tx)))),
  };
  return { db, count: () => statements };
}

describe.each(TEST_ENGINES)('API orders in one statement on %s', (engine) => {
  let handle: TestDatabase;
  let app: FastifyInstance;
  let statements: () => number;
  let key: string;
  let products: [string, string];

  const stock = async (id: string): Promise<number> =>
    (await handle.db.query<{ stock_on_hand: number }>('SELECT stock_on_hand FROM products WHERE id = $1', [id])).rows[0]!.stock_on_hand;
  const post = (body: unknown) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { authorization: `Bearer ${key}`, 'idempotency-key': randomUUID() },
      payload: body as object,
    });

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    await seedDemo(handle.db);
    const c = counting(handle.db);
    statements = c.count;
    app = await buildApp({ db: c.db, config: loadConfig({ POS_API_RATE_LIMIT: '10000/s' }), workers: false });
    key = (await createApiKey(handle.db, { businessId: DEMO_BUSINESS_ID, name: 'test', scopes: ['orders:read', 'orders:write'], locationIds: 'all' })).key;
    // Two Berlin products without modifier groups, tracked: the second falls to its threshold below.
    const { rows } = await handle.db.query<{ id: string }>(
      `SELECT id FROM products WHERE location_id = $1 AND active AND NOT sold_by_weight AND deleted_at IS NULL
         AND id NOT IN (SELECT product_id FROM product_modifier_groups) ORDER BY id LIMIT 2`,
      [DEMO_BERLIN_ID],
    );
    products = [rows[0]!.id, rows[1]!.id];
    await handle.db.query('UPDATE products SET track_stock = true, stock_on_hand = 1000, low_stock_threshold = NULL WHERE id = $1', [products[0]]);
    await handle.db.query('UPDATE products SET track_stock = true, stock_on_hand = 12, low_stock_threshold = 10 WHERE id = $1', [products[1]]);
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('answers what a read-back returns and writes the stock, the events and their deliveries', async () => {
    const endpoints = ['whk_all', 'whk_orders', 'whk_other_location'];
    await handle.db.query(
      `INSERT INTO webhook_endpoints (id, business_id, name, url, subscribed_events, location_ids)
       VALUES ('whk_all', $1, 'all', 'http://127.0.0.1:9/a', '{*}', NULL),
              ('whk_orders', $1, 'orders', 'http://127.0.0.1:9/o', '{order.*}', NULL),
              ('whk_other_location', $1, 'elsewhere', 'http://127.0.0.1:9/e', '{*}', '{loc_elsewhere}')`,
      [DEMO_BUSINESS_ID],
    );
    try {
      const before = (await handle.db.query<{ seq: number }>('SELECT coalesce(max(seq), 0)::int AS seq FROM events')).rows[0]!.seq;
      const res = await post({
        location_id: DEMO_BERLIN_ID,
        items: [
          { product_id: products[1], quantity: 2 },
          { product_id: products[0], quantity: 3 },
          { product_id: products[1], quantity: 1 },
        ],
      });
      expect(res.statusCode).toBe(201);
      const order = res.json() as Order;
      expect(order.number).toMatch(/^API-\d+$/);
      const get = await app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: { authorization: `Bearer ${key}` } });
      expect(get.json()).toEqual(order);
      expect(await stock(products[0])).toBe(997);
      expect(await stock(products[1])).toBe(9);

      const events = await handle.db.query<{ id: string; type: string; data: { object: Record<string, unknown> }; livemode: boolean; location_id: string }>(
        'SELECT id, type, data, livemode, location_id FROM events WHERE seq > $1 ORDER BY xact_id, seq',
        [before],
      );
      expect(events.rows.map((e) => e.type)).toEqual(['inventory.updated', 'inventory.low_stock', 'inventory.updated', 'order.created']);
      expect(events.rows[0]!.data.object).toEqual({
        object: 'inventory',
        product_id: products[1],
        location_id: DEMO_BERLIN_ID,
        on_hand: 9,
        previous_on_hand: 12,
        low_stock_threshold: 10,
      });
      expect(events.rows[2]!.data.object).toMatchObject({ product_id: products[0], on_hand: 997, previous_on_hand: 1000 });
      expect(events.rows[3]!.data.object).toEqual(order);
      expect(events.rows.every((e) => e.livemode && e.location_id === DEMO_BERLIN_ID)).toBe(true);

      const deliveries = await handle.db.query<{ id: string; endpoint_id: string; event_id: string; event_type: string }>(
        'SELECT id, endpoint_id, event_id, event_type FROM webhook_deliveries WHERE event_id = ANY ($1::text[]) ORDER BY endpoint_id, event_type',
        [events.rows.map((e) => e.id)],
      );
      expect(deliveries.rows.map((d) => `${d.endpoint_id} ${d.event_type}`)).toEqual([
        'whk_all inventory.low_stock',
        'whk_all inventory.updated',
        'whk_all inventory.updated',
        'whk_all order.created',
        'whk_orders order.created',
      ]);
      expect(new Set(deliveries.rows.map((d) => d.id)).size).toBe(5);
      expect(deliveries.rows.every((d) => d.id.startsWith('dlv_'))).toBe(true);
    } finally {
      await handle.db.query('DELETE FROM webhook_deliveries WHERE endpoint_id = ANY ($1::text[])', [endpoints]);
      await handle.db.query('DELETE FROM webhook_endpoints WHERE id = ANY ($1::text[])', [endpoints]);
    }
  });

  it('takes more delivery ids when endpoints appeared after the context was read', async () => {
    const ids = Array.from({ length: 12 }, () => newId('whk'));
    for (const id of ids) {
      await handle.db.query(
        `INSERT INTO webhook_endpoints (id, business_id, name, url, subscribed_events) VALUES ($1, $2, 'e', 'http://127.0.0.1:9/x', '{order.created}')`,
        [id, DEMO_BUSINESS_ID],
      );
    }
    try {
      const body = { location_id: DEMO_BERLIN_ID, items: [{ product_id: products[0], quantity: 1 }] };
      const context = await readApiOrderContext(handle.db, { businessId: DEMO_BUSINESS_ID, livemode: true }, body);
      // As if read before the 12 endpoints existed: the first attempt gets too few ids.
      const order = await placeApiOrder(handle.db, priceApiOrder(context, body), { livemode: true, idempotency: null, endpoints: 0 });
      const { rows } = await handle.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM webhook_deliveries d JOIN events e ON e.id = d.event_id WHERE e.type = 'order.created' AND e.data->'object'->>'id' = $1`,
        [order.id],
      );
      expect(rows[0]!.n).toBe(12);
    } finally {
      await handle.db.query('DELETE FROM webhook_deliveries WHERE endpoint_id = ANY ($1::text[])', [ids]);
      await handle.db.query('DELETE FROM webhook_endpoints WHERE id = ANY ($1::text[])', [ids]);
    }
  });

  it('costs 2 statements: one read that also reads the key and takes the idempotency claim, one write that also stores the response', async () => {
    const body = {
      location_id: DEMO_BERLIN_ID,
      items: [
        { product_id: products[0], quantity: 1 },
        { product_id: products[1], quantity: 1 },
      ],
    };
    // The instance looks a key up once (then knows its id); its last_used_at is touched once a minute: not in the count.
    expect((await post(body)).statusCode).toBe(201);
    const before = statements();
    expect((await post(body)).statusCode).toBe(201);
    expect(statements() - before).toBe(2);
  });

  it('gives 24 concurrent orders of one location gapless numbers, exact stock and a chain of stock steps', async () => {
    await handle.db.query('UPDATE products SET stock_on_hand = 100 WHERE id = $1', [products[1]]);
    const [first, second] = [await stock(products[0]), await stock(products[1])];
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        post({
          location_id: DEMO_BERLIN_ID,
          items: [
            { product_id: products[0], quantity: 1 + (i % 3) },
            { product_id: products[1], quantity: 1 },
          ],
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(24).fill(201));
    const numbers = results.map((r) => Number((r.json() as Order).number.slice('API-'.length))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => numbers[0]! + i));
    const sold = Array.from({ length: 24 }, (_, i) => 1 + (i % 3)).reduce((a, b) => a + b, 0);
    expect(await stock(products[0])).toBe(first - sold);
    expect(await stock(products[1])).toBe(second - 24);
    // Every stock event is one step of the chain (newest first): 100 down to 76, one unit each, no step twice.
    const { rows } = await handle.db.query<{ before: number; after: number }>(
      `SELECT (data->'object'->>'previous_on_hand')::int AS before, (data->'object'->>'on_hand')::int AS after FROM events
       WHERE type = 'inventory.updated' AND data->'object'->>'product_id' = $1 ORDER BY xact_id DESC, seq DESC LIMIT 24`,
      [products[1]],
    );
    expect(rows.map((r) => r.before)).toEqual(Array.from({ length: 24 }, (_, i) => 100 - 23 + i));
    expect(rows.every((r) => r.after === r.before - 1)).toBe(true);
  });

  it('gives retries with one Idempotency-Key, sequential or concurrent, one order and the same answer', async () => {
    const idem = randomUUID();
    const body = { location_id: DEMO_BERLIN_ID, items: [{ product_id: products[0], quantity: 1 }], external_ref: idem };
    const send = () =>
      app.inject({ method: 'POST', url: '/api/v1/orders', headers: { authorization: `Bearer ${key}`, 'idempotency-key': idem }, payload: body });
    const concurrent = await Promise.all(Array.from({ length: 6 }, send));
    const created = concurrent.filter((r) => r.statusCode === 201);
    expect(concurrent.every((r) => r.statusCode === 201 || r.json().error.code === 'idempotency_key_in_flight')).toBe(true);
    expect(new Set(created.map((r) => r.body)).size).toBe(1);
    const retry = await send();
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toBe(created[0]!.body);
    expect(retry.headers.location).toBe(created[0]!.headers.location);
    const { rows } = await handle.db.query<{ n: number }>('SELECT count(*)::int AS n FROM orders WHERE external_ref = $1', [idem]);
    expect(rows[0]!.n).toBe(1);
  });

  it('commits the claim without waiting for its flush, and leaves the connection synchronous', async () => {
    expect((await post({ location_id: DEMO_BERLIN_ID, items: [{ product_id: products[0], quantity: 1 }] })).statusCode).toBe(201);
    // set_config(…, true) lasts only to the claim's commit: the pooled connection (PGlite: the one) is as it was.
    const { rows } = await handle.db.query<{ setting: string }>("SELECT current_setting('synchronous_commit') AS setting");
    expect(rows[0]!.setting).toBe('on');
  });
});
