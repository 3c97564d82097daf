// Write combining for API orders (api-order-writer.ts, place-api-order.ts): orders that wait for their
// location's write go in one statement with consecutive numbers and each order's own stock steps; a
// batch the database refuses is written one by one so only the bad order fails; a claim that is no
// longer uncommitted (taken over, or lost in a crash) writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../core/api/orders';
import type { OrderCreate } from '../../core/api/orders';
import { createApiKey } from '../auth/api-keys';
import type { Queryable } from '../storage/database';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../storage/test-database';
import { seedTestBusiness, type TestBusiness } from '../testing/test-business';
import { ApiOrderWriter } from './api-order-writer';
import { ClaimTakenError, placeApiOrder, prepareApiOrder, type ApiOrderWrite } from './place-api-order';
import { priceApiOrder, readApiOrderContext } from './price-api-order';

describe.each(TEST_ENGINES)('API order write combining on %s', (engine) => {
  let handle: TestDatabase;
  let f: TestBusiness;
  let apiKeyId: string;
  let statements = 0;
  const counted = (): Queryable => ({
    query: (sql, params, options) => (statements++, handle.db.query(sql, params, options)),
    exec: (sql) => (statements++, handle.db.exec(sql)),
  });

  const body = (quantity: number): OrderCreate =>
    ({
      location_id: f.locationId,
      items: [
        { product_id: f.productIds[1], quantity },
        { product_id: f.productIds[0], quantity: 1 },
      ],
    }) as OrderCreate;
  const write = async (quantity: number, overrides: { customerId?: string; idempotency?: ApiOrderWrite['idempotency'] } = {}): Promise<ApiOrderWrite> => {
    const context = await readApiOrderContext(handle.db, { businessId: f.businessId, livemode: true }, body(quantity));
    const record = priceApiOrder(context, body(quantity));
    if (overrides.customerId) record.customerId = overrides.customerId;
    return { prepared: prepareApiOrder(record, true), idempotency: overrides.idempotency ?? null, endpoints: 0 };
  };
  const stock = async (id: string): Promise<number> =>
    (await handle.db.query<{ stock_on_hand: number }>('SELECT stock_on_hand FROM products WHERE id = $1', [id])).rows[0]!.stock_on_hand;
  const count = async (table: string): Promise<number> => (await handle.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
  const claim = async (key: string, committed = false): Promise<void> => {
    await handle.db.query(
      `INSERT INTO idempotency_keys (api_key_id, key, business_id, request_hash, method, path, state, committed, expires_at)
       VALUES ($1, $2, $3, 'h', 'POST', '/api/v1/orders', 'in_flight', $4, now() + interval '1 day')`,
      [apiKeyId, key, f.businessId, committed],
    );
  };
  const numbers = (orders: Order[]) => orders.map((o) => Number(o.number.slice('API-'.length)));

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    f = await seedTestBusiness(handle.db);
    apiKeyId = (await createApiKey(handle.db, { businessId: f.businessId, name: 't', scopes: ['orders:write'], locationIds: 'all' })).id;
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('writes the orders that waited in one statement: consecutive numbers, each order its own stock step', async () => {
    const writes = await Promise.all([1, 2, 3, 4, 5, 6].map((q) => write(q)));
    const [before0, before1] = [await stock(f.productIds[0]), await stock(f.productIds[1])];
    const writer = new ApiOrderWriter(counted());
    statements = 0;
    // The first is written at once; the five that arrive while it is in flight share the next statement.
    const orders = await Promise.all(writes.map((w) => writer.write(w)));
    expect(statements).toBe(2);
    expect(numbers(orders)).toEqual(numbers(orders).map((_, i) => numbers(orders)[0]! + i));
    expect(await stock(f.productIds[1])).toBe(before1 - 21);
    expect(await stock(f.productIds[0])).toBe(before0 - 6);
    const { rows } = await handle.db.query<{ order_id: string; before: number; after: number }>(
      `SELECT o.data->'object'->>'id' AS order_id, (s.data->'object'->>'previous_on_hand')::int AS before, (s.data->'object'->>'on_hand')::int AS after
       FROM events s JOIN events o ON o.xact_id = s.xact_id AND o.type = 'order.created' AND o.seq = (SELECT min(seq) FROM events x WHERE x.type = 'order.created' AND x.seq > s.seq)
       WHERE s.type = 'inventory.updated' AND s.data->'object'->>'product_id' = $1 ORDER BY s.seq DESC LIMIT 6`,
      [f.productIds[1]],
    );
    // In queue order, each order's step starts where the previous one ended, with its own quantity.
    const steps = rows.reverse();
    expect(steps.map((s) => s.order_id)).toEqual(orders.map((o) => o.id));
    expect(steps.map((s) => s.before - s.after)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(steps[0]!.before).toBe(before1);
    steps.slice(1).forEach((s, i) => expect(s.before).toBe(steps[i]!.after));
  });

  it('fails a poison order alone: the batch is written again one by one, the others get gapless numbers', async () => {
    const writes = await Promise.all([1, 1, 1, 1, 1, 1].map((q, i) => write(q, i === 3 ? { customerId: 'cus_missing' } : {})));
    const before = await stock(f.productIds[1]);
    const writer = new ApiOrderWriter(counted());
    statements = 0;
    const results = await Promise.allSettled(writes.map((w) => writer.write(w)));
    // The first alone, the refused batch of five, then those five one by one.
    expect(statements).toBe(7);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((results[3] as PromiseRejectedResult).reason).toMatchObject({ code: '23503' }); // orders.customer_id: what it gets alone
    const written = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(numbers(written)).toEqual(numbers(written).map((_, i) => numbers(written)[0]! + i));
    expect(await stock(f.productIds[1])).toBe(before - 5);
  });

  it('writes nothing for a claim another request committed or a crash lost, and the rest of its batch goes on', async () => {
    await claim('taken', true);
    const orders = await count('orders');
    const context = await readApiOrderContext(handle.db, { businessId: f.businessId, livemode: true }, body(1));
    const alone = placeApiOrder(handle.db, priceApiOrder(context, body(1)), {
      livemode: true,
      idempotency: { apiKeyId, key: 'taken', response: null },
      endpoints: 0,
    });
    await expect(alone).rejects.toBeInstanceOf(ClaimTakenError);
    await claim('mine');
    const writes = [
      await write(1, { idempotency: { apiKeyId, key: 'mine', response: null } }),
      await write(1, { idempotency: { apiKeyId, key: 'lost', response: null } }), // never claimed: as if lost in a crash
      await write(1),
    ];
    const writer = new ApiOrderWriter(handle.db);
    const results = await Promise.allSettled(writes.map((w) => writer.write(w)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(ClaimTakenError);
    // Two requests holding one key (a takeover while the first still waited) in one batch: only the first writes.
    await claim('twice');
    const twice = { apiKeyId, key: 'twice', response: null };
    const pair = await Promise.allSettled(
      [await write(1), await write(1, { idempotency: twice }), await write(1, { idempotency: twice })].map((w) => writer.write(w)),
    );
    expect(pair.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((pair[2] as PromiseRejectedResult).reason).toBeInstanceOf(ClaimTakenError);
    expect(await count('orders')).toBe(orders + 4);
    const { rows } = await handle.db.query<{ committed: boolean }>('SELECT committed FROM idempotency_keys WHERE key = $1', ['mine']);
    expect(rows[0]!.committed).toBe(true);
  });
});
