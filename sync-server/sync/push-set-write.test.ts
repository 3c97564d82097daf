// The set-based write of a push group's till sales (issue #12, push-set-write.ts): a push of 100
// sales is one transaction of a fixed handful of statements; a sale a business rule refuses is
// rejected in memory without leaving the set-based path; a sale the database refuses (a taken id)
// makes the run bisect down to it, where it is rejected alone (push-bisect.test.ts covers where it
// sits and how many savepoints that costs); the rows and events written are the same as the
// one-by-one path's; per-sale stock before/after is right when several sales of a group sell the
// same product.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { newId } from '../../core/ids';
import type { Mutation } from '../../core/sync/mutations';
import type { OrderSnapshot } from '../../core/sync/order-snapshot';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../storage/test-database';
import type { DevicePrincipal } from './devices';
import { applyPush } from './push';
import { mutation, orderOf, pairedPrincipal, recordingDatabase as recording, saleSnapshot, tillSales } from './test-sync-fixtures';
import { seedTestBusiness, type TestBusiness } from '../testing/test-business';

/** The till's push batch (renderer/sync/sync-engine.ts DEFAULT_BATCH_SIZE). */
const N = 100;

describe.each(TEST_ENGINES)('push set-based group write on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let f: TestBusiness;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    app = await buildApp({ db: t.db, config: loadConfig({}), workers: false });
    f = await seedTestBusiness(t.db);
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const principal = async (name: string): Promise<DevicePrincipal> => (await pairedPrincipal(app, f, name)).device;
  const sales = (from: number, count: number): Mutation[] => tillSales(f, from, count);
  const count = async (sql: string, params: unknown[]) => (await t.db.query<{ n: number }>(sql, params)).rows[0]!.n;

  it('a push of 100 till sales is one transaction of 8 statements; a sale a business rule refuses is rejected in memory without leaving that path', async () => {
    const device = await principal('Set till');
    const batch = sales(1, N);
    const lying = orderOf(batch[57]!);
    lying.totals = { ...lying.totals, total: lying.totals.total + 1 };
    const counted = recording(t.db);
    const response = await applyPush(counted.db, device, batch);
    expect(response.acked_seq).toBe(N);
    expect(response.results.filter((r) => r.status === 'rejected').map((r) => [r.seq, r.error!.code])).toEqual([[58, 'totals_mismatch']]);
    // BEGIN, seq lock, id guard + stock locks, SAVEPOINT, the write, the events, seq advance, COMMIT.
    expect(counted.statements).toHaveLength(8);
    expect(counted.statements.filter((sql) => sql.includes('INSERT INTO orders'))).toHaveLength(1);
    expect(counted.statements.filter((sql) => sql.includes('INSERT INTO events'))).toHaveLength(1);
    expect(
      counted.statements.filter((sql) => sql.includes('RETURNING') && sql.includes('INSERT INTO events') && sql.includes('RETURNING seq, id, business_id')),
    ).toHaveLength(0);
    const ids = batch.map((m) => orderOf(m).id);
    expect(await count('SELECT count(*)::int AS n FROM orders WHERE id = ANY ($1::text[])', [ids])).toBe(N - 1);
    expect(await count('SELECT count(*)::int AS n FROM order_lines WHERE order_id = ANY ($1::text[])', [ids])).toBe(N - 1);
    expect(await count('SELECT count(*)::int AS n FROM payments WHERE order_id = ANY ($1::text[])', [ids])).toBe(N - 1);
    const log = await t.db.query<{ seq: number; status: string }>('SELECT seq, status FROM sync_mutations WHERE device_id = $1 ORDER BY seq', [device.id]);
    expect(log.rows.map((r) => r.seq)).toEqual(batch.map((m) => m.seq));
    expect(log.rows.filter((r) => r.status === 'rejected').map((r) => r.seq)).toEqual([58]);
    // Per applied sale: inventory.updated, order.created, payment.succeeded, order.paid.
    const events = await t.db.query<{ type: string; n: number }>(
      `SELECT type, count(*)::int AS n FROM events WHERE device_id = $1 AND type <> 'device.paired' GROUP BY type ORDER BY type`,
      [device.id],
    );
    expect(events.rows).toEqual(['inventory.updated', 'order.created', 'order.paid', 'payment.succeeded'].map((type) => ({ type, n: N - 1 })));
  });

  it('a poison mutation in a push of 100 (a taken id) is rejected alone: the run is bisected down to it, the next push is set-based again', async () => {
    const device = await principal('Poison till');
    const earlier = sales(1, 1);
    await applyPush(t.db, device, earlier);
    const batch = sales(2, N);
    // The database refuses it (the payment id is taken), not a business rule: the run's statement fails.
    const poison = orderOf(batch[30]!);
    poison.payments = [{ ...poison.payments[0]!, id: orderOf(earlier[0]!).payments[0]!.id }];
    const counted = recording(t.db);
    const response = await applyPush(counted.db, device, batch);
    expect(response.acked_seq).toBe(N + 1);
    expect(response.results.filter((r) => r.status !== 'applied').map((r) => [r.seq, r.status, r.error?.code])).toEqual([[32, 'rejected', 'apply_failed']]);
    expect(counted.statements).toContain('ROLLBACK TO SAVEPOINT push_mutation');
    // Bisected: 100 → 50 → 25 → 13 → 7 → 4 → 2 → 1, each level's good half written set-based; not one write per sale.
    expect(counted.statements.filter((sql) => sql.includes('INSERT INTO orders')).length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(N)) + 1);
    expect(counted.statements.filter((sql) => sql === 'BEGIN')).toHaveLength(1);
    const ids = batch.map((m) => orderOf(m).id);
    expect(await count('SELECT count(*)::int AS n FROM orders WHERE id = ANY ($1::text[])', [ids])).toBe(N - 1);
    expect(await count('SELECT count(*)::int AS n FROM orders WHERE id = $1', [poison.id])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM events WHERE device_id = $1 AND type = 'order.created'`, [device.id])).toBe(N);
    expect(await count(`SELECT count(*)::int AS n FROM sync_mutations WHERE device_id = $1`, [device.id])).toBe(N + 1);

    const next = recording(t.db);
    const after = await applyPush(next.db, device, sales(N + 2, N));
    expect(after.results.every((r) => r.status === 'applied')).toBe(true);
    expect(next.statements).toHaveLength(8);
    // Resent whole: nothing applies twice.
    const again = await applyPush(t.db, device, batch);
    expect(again.results.every((r) => r.status === 'duplicate')).toBe(true);
    expect(await count('SELECT count(*)::int AS n FROM orders WHERE id = ANY ($1::text[])', [ids])).toBe(N - 1);
  });

  it('the set-based and the one-by-one path store the same rows and events (customer, unknown customer, price override, approval, tip, card)', async () => {
    const device = await principal('Same till');
    const customerId = newId('cus');
    await t.db.query(`INSERT INTO customers (id, business_id, name) VALUES ($1, $2, 'Robin')`, [customerId, f.businessId]);
    const at = new Date(Date.now() - 60_000).toISOString();
    /** The same sale with fresh ids: 2 × product 0, product 1 at a changed price, a tip on a card payment. */
    const sale = (customer: string | null): OrderSnapshot => {
      const base = saleSnapshot(f, {
        at,
        lines: [
          {
            id: newId('lin'),
            product_id: f.productIds[0]!,
            name: 'Flat white',
            quantity: 2,
            unit_price: 350,
            modifiers: [],
            tax_rate_id: f.taxRateId,
            rate_ppm: 190_000,
            discount: null,
            note: 'oat',
          },
          {
            id: newId('lin'),
            product_id: f.productIds[1]!,
            name: 'Croissant',
            quantity: 1,
            unit_price: 250,
            modifiers: [],
            tax_rate_id: f.taxRateId,
            rate_ppm: 190_000,
            discount: null,
            note: null,
            price_override: { original_price: 280, approved_by: f.staffId },
          },
        ],
      });
      const card = {
        receipt_number: 17,
        trace_number: 4711,
        terminal_id: 'T1',
        auth_code: 'A1',
        card_name: 'VISA',
        masked_pan: '************4242',
        slip_lines: ['VISA', 'approved'],
      };
      return {
        ...base,
        number: 'SAME-1',
        customer_id: customer,
        approved_by: f.staffId,
        payments: [{ ...base.payments[0]!, method: 'card', tendered: null, change: null, tip: 50, card } as OrderSnapshot['payments'][number]],
      };
    };
    const cases = [customerId, newId('cus')];
    // Each sale in a push of its own (a transaction's events are the sale's): set-based alone; one by
    // one in a group whose second sale reuses an order id (the set-based write is refused).
    const viaSet: Mutation[] = [];
    const viaOne: Mutation[] = [];
    let seq = 0;
    for (const customer of cases) {
      const x = mutation(++seq, 'order.completed', { order: sale(customer) }, at);
      const setResponse = await applyPush(t.db, device, [x]);
      const y = mutation(++seq, 'order.completed', { order: sale(customer) }, at);
      const refused = mutation(++seq, 'order.completed', { order: { ...sale(null), id: orderOf(x).id } }, at);
      const oneResponse = await applyPush(t.db, device, [y, refused]);
      expect(oneResponse.results[1]).toMatchObject({ status: 'rejected', error: { code: 'order_exists' } });
      expect(setResponse.results.map(({ status, error }) => ({ status, error }))).toEqual(
        oneResponse.results.slice(0, 1).map(({ status, error }) => ({ status, error })),
      );
      viaSet.push(x);
      viaOne.push(y);
      if (customer !== customerId) expect(setResponse.results[0]!.error!.code).toBe('customer_not_found');
    }

    /** Everything stored for a sale, its own ids replaced by placeholders and the cloud's times by one mark. */
    const stored = async (m: Mutation) => {
      const order = orderOf(m);
      const q = async (sql: string) => (await t.db.query<{ j: Record<string, unknown> }>(sql, [order.id])).rows.map((r) => r.j);
      const [row] = await q('SELECT row_to_json(o) AS j FROM orders o WHERE id = $1');
      const cloudTimes = [row!.created_at as string, row!.updated_at as string].map((s) => new Date(s).toISOString());
      const events = await t.db.query<{ type: string; data: Record<string, unknown>; occurred_at: Date }>(
        `SELECT type, data, occurred_at FROM events WHERE xact_id = (SELECT xact_id FROM events WHERE type = 'order.created' AND data->'object'->>'id' = $1) ORDER BY seq`,
        [order.id],
      );
      const parts = {
        order: row,
        lines: await q('SELECT row_to_json(l) AS j FROM order_lines l WHERE order_id = $1 ORDER BY position'),
        payments: await q('SELECT row_to_json(p) AS j FROM payments p WHERE order_id = $1 ORDER BY id'),
        log: (await t.db.query<{ j: Record<string, unknown> }>('SELECT row_to_json(m) AS j FROM sync_mutations m WHERE id = $1', [m.id])).rows.map(({ j }) => ({
          ...j,
          seq: 0,
          received_at: 0,
        })),
        events: events.rows.map((e) => {
          const object = e.data.object as Record<string, unknown>;
          // Stock counts differ between the two pushes; what they moved must not.
          const data = e.type.startsWith('inventory.')
            ? { ...e.data, object: { ...object, on_hand: (object.previous_on_hand as number) - (object.on_hand as number), previous_on_hand: 0 } }
            : e.data;
          return { type: e.type, occurred_at: new Date(e.occurred_at).toISOString(), data };
        }),
      };
      // The API objects in the events carry the rows' cloud times (no read-back: computed, so checked here).
      const created = parts.events.find((e) => e.type === 'order.created')!.data.object as { created_at: string; updated_at: string };
      expect([created.created_at, created.updated_at]).toEqual(cloudTimes);
      let json = JSON.stringify(parts, (key, value: unknown) =>
        key === 'created_at' || key === 'updated_at' || (key === 'id' && typeof value === 'string' && value.startsWith('evt_')) ? 'T' : value,
      );
      const ids = [order.id, m.id, ...order.lines.map((l) => l.id), ...order.payments.map((p) => p.id)];
      ids.forEach((id, i) => (json = json.split(id).join(`ID${i}`)));
      for (const time of cloudTimes) json = json.split(time).join('T');
      return JSON.parse(json) as unknown;
    };
    for (let i = 0; i < cases.length; i++) expect(await stored(viaSet[i]!)).toEqual(await stored(viaOne[i]!));
  });

  it('several sales of a group selling the same product: each sale gets its own before/after stock and low_stock fires once, at the crossing', async () => {
    const device = await principal('Stock till');
    const product = f.productIds[1]!;
    const { rows } = await t.db.query<{ stock_on_hand: number }>('SELECT stock_on_hand FROM products WHERE id = $1', [product]);
    const start = rows[0]!.stock_on_hand;
    await t.db.query('UPDATE products SET low_stock_threshold = $2 WHERE id = $1', [product, start - 3]);
    const line = (quantity: number) => ({ ...saleSnapshot(f).lines[0]!, id: newId('lin'), product_id: product, quantity, unit_price: 280 });
    const batch = [2, 2, 1].map((q, i) => mutation(i + 1, 'order.completed', { order: saleSnapshot(f, { lines: [line(q)] }) }));
    const response = await applyPush(t.db, device, batch);
    expect(response.results.every((r) => r.status === 'applied')).toBe(true);
    const events = await t.db.query<{ type: string; before: number; after: number }>(
      `SELECT type, (data->'object'->>'previous_on_hand')::int AS before, (data->'object'->>'on_hand')::int AS after
       FROM events WHERE device_id = $1 AND type LIKE 'inventory.%' ORDER BY seq`,
      [device.id],
    );
    expect(events.rows).toEqual([
      { type: 'inventory.updated', before: start, after: start - 2 },
      { type: 'inventory.updated', before: start - 2, after: start - 4 },
      { type: 'inventory.low_stock', before: start - 2, after: start - 4 },
      { type: 'inventory.updated', before: start - 4, after: start - 5 },
    ]);
    const after = await t.db.query<{ stock_on_hand: number }>('SELECT stock_on_hand FROM products WHERE id = $1', [product]);
    expect(after.rows[0]!.stock_on_hand).toBe(start - 5);
    await t.db.query('UPDATE products SET low_stock_threshold = NULL WHERE id = $1', [product]);
  });
});
