// Group commit of a push (issue #12): a push's mutations share one transaction, cut where its
// savepoints would pass GROUP_MAX (a run of till sales is one, written set-based, push-set-write.test.ts;
// any other mutation one each; a refused run is bisected, push-bisect.test.ts).
// These tests prove what that must not change: a bad mutation in the middle is
// rejected alone with its reason and the ones behind it apply; every mutation applies exactly once
// across resends, gaps and a transient failure in the middle of a group; concurrent groups of two
// tills selling the same products in opposite orders do not deadlock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { newId } from '../../core/ids';
import type { Mutation } from '../../core/sync/mutations';
import type { OrderSnapshot } from '../../core/sync/order-snapshot';
import type { PushResponse } from '../../core/sync/protocol';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import type { Database, Queryable } from '../storage/database';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../storage/test-database';
import type { DevicePrincipal } from './devices';
import { applyPush, GROUP_MAX, SeqGapError } from './push';
import { mutation, orderOf, pairedPrincipal, saleSnapshot, tillSales } from './test-sync-fixtures';
import { seedTestBusiness, type TestBusiness } from '../testing/test-business';

/** A database whose transactions are counted and whose statements can be made to fail on demand. */
function instrumented(inner: Database, failWhen: (sql: string) => Error | null): { db: Database; transactions: () => number } {
  let transactions = 0;
  const wrap = (q: Queryable): Queryable => ({
    query: (sql, params) => {
      const error = failWhen(sql);
      return error ? Promise.reject(error) : q.query(sql, params);
    },
    exec: (sql) => q.exec(sql),
  });
  const db: Database = {
    ...inner,
    query: (sql, params) => inner.query(sql, params),
    exec: (sql) => inner.exec(sql),
    transaction: (fn) => {
      transactions++;
      return inner.transaction((tx) => fn(wrap(tx)));
    },
  };
  return { db, transactions: () => transactions };
}

/** A deadlock as PostgreSQL reports it (transient: the whole push is worth a retry). */
function deadlock(): Error {
  return Object.assign(new Error('deadlock detected'), { code: '40P01', severity: 'ERROR' });
}

describe.each(TEST_ENGINES)('push group commit on %s', (engine) => {
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

  const principal = (name: string) => pairedPrincipal(app, f, name);
  const sales = (from: number, count: number): Mutation[] => tillSales(f, from, count);
  const orderIds = (batch: Mutation[]) => batch.map((m) => orderOf(m).id);
  const storedOrders = async (ids: string[]) =>
    (await t.db.query<{ id: string }>('SELECT id FROM orders WHERE id = ANY ($1::text[])', [ids])).rows.map((r) => r.id).sort();
  const lastSeq = async (device: DevicePrincipal) =>
    (await t.db.query<{ last_seq: number }>('SELECT last_seq FROM device_sync_state WHERE device_id = $1', [device.id])).rows[0]!.last_seq;

  it(`commits a push of ${2 * GROUP_MAX + 2} till sales once; poison mutations in the middle are rejected alone and the rest apply`, async () => {
    const { device } = await principal('Group till');
    const batch = sales(1, 2 * GROUP_MAX + 2);
    // A sale whose totals lie (a business rule, before any write) and one reusing an
    // earlier sale's payment id (the database refuses it after the order row was written).
    const lying = batch[10]!.payload as { order: OrderSnapshot };
    lying.order.totals = { ...lying.order.totals, total: lying.order.totals.total + 1 };
    const reused = batch[20]!.payload as { order: OrderSnapshot };
    reused.order.payments = [{ ...reused.order.payments[0]!, id: (batch[3]!.payload as { order: OrderSnapshot }).order.payments[0]!.id }];
    // A mutation the schema refuses, and a sale reusing the order id of the first.
    batch[GROUP_MAX + 5] = { ...batch[GROUP_MAX + 5]!, payload: { order: { id: 'not an order' } } };
    const sameId = batch[2 * GROUP_MAX - 1]!.payload as { order: OrderSnapshot };
    sameId.order = { ...sameId.order, id: (batch[0]!.payload as { order: OrderSnapshot }).order.id };

    const counted = instrumented(t.db, () => null);
    const response = await applyPush(counted.db, device, batch);
    expect(counted.transactions()).toBe(1);
    expect(response.acked_seq).toBe(batch.length);
    const rejected = new Map(response.results.filter((r) => r.status === 'rejected').map((r) => [r.seq, r.error!.code]));
    expect(rejected).toEqual(
      new Map([
        [11, 'totals_mismatch'],
        [21, 'apply_failed'],
        [GROUP_MAX + 6, expect.any(String)],
        [2 * GROUP_MAX, 'order_exists'],
      ]),
    );
    expect(response.results.filter((r) => r.status === 'applied')).toHaveLength(batch.length - 4);
    // Exactly the applied sales are stored, each once; nothing of a rejected one (not even the order row).
    const rejectedSeqs = new Set(rejected.keys());
    const expected = orderIds(batch.filter((m) => !rejectedSeqs.has(m.seq))).sort();
    expect(await storedOrders(orderIds(batch))).toEqual(expected);
    expect((await t.db.query('SELECT 1 FROM orders WHERE id = $1', [reused.order.id])).rowCount).toBe(0);
    const log = await t.db.query<{ seq: number; status: string; error_code: string | null }>(
      'SELECT seq, status, error_code FROM sync_mutations WHERE device_id = $1 ORDER BY seq',
      [device.id],
    );
    expect(log.rows.map((r) => r.seq)).toEqual(batch.map((m) => m.seq));
    expect(log.rows.filter((r) => r.status === 'rejected').map((r) => [r.seq, r.error_code])).toEqual([...rejected]);
    // The events of the rejected sales rolled back with them: one order.created per applied sale.
    const created = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE type = 'order.created' AND device_id = $1`, [device.id]);
    expect(created.rows[0]!.n).toBe(expected.length);

    // Resent whole (the till never saw the answer): every one a duplicate, nothing written twice.
    const again = await applyPush(t.db, device, batch);
    expect(again.results.every((r) => r.status === 'duplicate')).toBe(true);
    expect(await storedOrders(orderIds(batch))).toEqual(expected);
  });

  it(`a transaction takes at most ${GROUP_MAX} savepoints: sales between other mutations are cut into more commits, each applied once`, async () => {
    const { device } = await principal('Mixed till');
    // Each sale stands between two other mutations (here voids the schema refuses): 2 × GROUP_MAX + 2 savepoints.
    const batch = sales(1, 2 * GROUP_MAX + 2).map((m, i) => (i % 2 === 0 ? m : mutation(m.seq, 'order.voided', {} as never)));
    const counted = instrumented(t.db, () => null);
    const response = await applyPush(counted.db, device, batch);
    expect(counted.transactions()).toBe(3);
    expect(response.acked_seq).toBe(batch.length);
    expect(response.results.map((r) => r.status)).toEqual(batch.map((_, i) => (i % 2 === 0 ? 'applied' : 'rejected')));
    const sold = batch.filter((_, i) => i % 2 === 0);
    expect(await storedOrders(orderIds(sold))).toEqual(orderIds(sold).sort());
    expect(await lastSeq(device)).toBe(batch.length);
    const again = await applyPush(t.db, device, batch);
    expect(again.results.every((r) => r.status === 'duplicate')).toBe(true);
  });

  it('a gap in the middle of a group commits the mutations before it; the resend applies the rest once', async () => {
    const { device } = await principal('Gap till');
    const batch = sales(1, 10);
    const withGap = [...batch.slice(0, 4), ...batch.slice(5)];
    const error = await applyPush(t.db, device, withGap).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeqGapError);
    expect((error as SeqGapError).expectedSeq).toBe(5);
    expect((error as SeqGapError).results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    expect(await lastSeq(device)).toBe(4);
    expect(await storedOrders(orderIds(batch))).toEqual(orderIds(batch.slice(0, 4)).sort());
    const resent = await applyPush(t.db, device, batch);
    expect(resent.results.map((r) => r.status)).toEqual([...Array(4).fill('duplicate'), ...Array(6).fill('applied')]);
    expect(await storedOrders(orderIds(batch))).toEqual(orderIds(batch).sort());
  });

  it('a mutation id sent twice in one push under two seqs applies once and moves the seq on', async () => {
    const { device } = await principal('Twice till');
    const [first, second] = sales(1, 2);
    const repeated = { ...first!, seq: 2 };
    const response = await applyPush(t.db, device, [first!, repeated, { ...second!, seq: 3 }]);
    expect(response.results.map((r) => r.status)).toEqual(['applied', 'duplicate', 'applied']);
    expect(response.acked_seq).toBe(3);
  });

  it('a transient failure in the set-based write of a group rolls the whole group back; the resend applies each mutation once', async () => {
    const { device } = await principal('Flaky till');
    const batch = sales(1, 6);
    let eventWrites = 0;
    const flaky = instrumented(t.db, (sql) => (sql.includes('INSERT INTO events') && ++eventWrites === 1 ? deadlock() : null));
    await expect(applyPush(flaky.db, device, batch)).rejects.toMatchObject({ code: '40P01' });
    expect(await lastSeq(device)).toBe(0);
    expect(await storedOrders(orderIds(batch))).toEqual([]);
    expect((await t.db.query('SELECT 1 FROM sync_mutations WHERE device_id = $1', [device.id])).rowCount).toBe(0);
    const retried = await applyPush(flaky.db, device, batch);
    expect(retried.results.map((r) => r.status)).toEqual(Array(6).fill('applied'));
    expect(await storedOrders(orderIds(batch))).toEqual(orderIds(batch).sort());
  });

  it('a transient failure while a refused group is applied one by one rolls the whole group back; the resend applies each mutation once', async () => {
    const { device } = await principal('Flaky fallback till');
    const batch = sales(1, 6);
    // The last sale reuses the first one's order id: the set-based write is refused and the run is
    // bisected (sales 1–3 written set-based, then 4–5, then 6 alone); the write of 4–5's events fails transiently.
    const last = batch[5]!.payload as { order: OrderSnapshot };
    last.order = { ...last.order, id: (batch[0]!.payload as { order: OrderSnapshot }).order.id };
    let eventWrites = 0;
    const flaky = instrumented(t.db, (sql) => (sql.includes('INSERT INTO events') && ++eventWrites === 2 ? deadlock() : null));
    await expect(applyPush(flaky.db, device, batch)).rejects.toMatchObject({ code: '40P01' });
    expect(eventWrites).toBe(2); // the refused write never reached its events: sales 1–3, then 4–5
    expect(await lastSeq(device)).toBe(0);
    expect(await storedOrders(orderIds(batch))).toEqual([]);
    expect((await t.db.query('SELECT 1 FROM sync_mutations WHERE device_id = $1', [device.id])).rowCount).toBe(0);
    const retried = await applyPush(flaky.db, device, batch);
    expect(retried.results.map((r) => r.status)).toEqual([...Array(5).fill('applied'), 'rejected']);
    expect(retried.results[5]!.error!.code).toBe('order_exists');
    expect(await storedOrders(orderIds(batch))).toEqual([...new Set(orderIds(batch))].sort());
  });

  it("two tills' concurrent groups selling the same products in opposite orders both apply (stock rows locked up front, in id order)", async () => {
    const a = await principal('Till A');
    const b = await principal('Till B');
    const [p0, p1] = f.productIds;
    const line = (productId: string) => ({ ...saleSnapshot(f).lines[0]!, id: newId('lin'), product_id: productId });
    const selling = (order: string[], from: number) =>
      order.map((p, i) => mutation(from + i, 'order.completed', { order: saleSnapshot(f, { lines: [line(p)] }) }));
    const before = await t.db.query<{ id: string; stock_on_hand: number }>('SELECT id, stock_on_hand FROM products WHERE id = ANY ($1::text[])', [[p0, p1]]);
    const rounds = 5;
    for (let round = 0; round < rounds; round++) {
      const [ra, rb] = await Promise.all([
        app.inject({
          method: 'POST',
          url: '/sync/v1/push',
          headers: { authorization: `Bearer ${a.token}` },
          payload: { mutations: selling([p0, p1, p0, p1], 4 * round + 1) },
        }),
        app.inject({
          method: 'POST',
          url: '/sync/v1/push',
          headers: { authorization: `Bearer ${b.token}` },
          payload: { mutations: selling([p1, p0, p1, p0], 4 * round + 1) },
        }),
      ]);
      for (const res of [ra, rb]) {
        expect(res.statusCode, res.body).toBe(200);
        expect((res.json() as PushResponse).results.every((r) => r.status === 'applied')).toBe(true);
      }
    }
    const after = await t.db.query<{ id: string; stock_on_hand: number }>('SELECT id, stock_on_hand FROM products WHERE id = ANY ($1::text[])', [[p0, p1]]);
    const onHand = (rows: { id: string; stock_on_hand: number }[], id: string) => rows.find((r) => r.id === id)!.stock_on_hand;
    // Each till sold each product twice per round.
    expect(onHand(after.rows, p0)).toBe(onHand(before.rows, p0) - 4 * rounds);
    expect(onHand(after.rows, p1)).toBe(onHand(before.rows, p1) - 4 * rounds);
  });
});
