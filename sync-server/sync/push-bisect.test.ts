// A poison mutation in a push of till sales (issue #12, push.ts applyRun): the database refusing the
// run's set-based write (a taken id) bisects the run — each half in a savepoint of its own, a refused
// half halved again — so the bad sale is rejected alone and visibly wherever it sits (first, middle,
// last; two of them), every other sale applies once with its events and stock, and finding it costs
// O(log n) savepoints, not one per sale. Poison the schema refuses (a NUL byte, a year-0 timestamp)
// and business rules never reach the database: they are rejected in memory on the set-based path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Mutation } from '../../core/sync/mutations';
import type { OrderSnapshot } from '../../core/sync/order-snapshot';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../storage/test-database';
import type { DevicePrincipal } from './devices';
import { applyPush } from './push';
import { mutation, orderOf, pairedPrincipal, recordingDatabase, saleSnapshot, tillSales } from './test-sync-fixtures';
import { seedTestBusiness, type TestBusiness } from '../testing/test-business';

/** The till's push batch (renderer/sync/sync-engine.ts DEFAULT_BATCH_SIZE). */
const N = 100;
/** Savepoints one bad sale may cost in a run of N: the whole run, then both halves at each of ⌈log₂ N⌉ levels. */
const PER_POISON = 2 * Math.ceil(Math.log2(N)) + 1;

const isSavepoint = (sql: string) => /^(RELEASE SAVEPOINT push_mutation; )?SAVEPOINT push_mutation$/.test(sql);

describe.each(TEST_ENGINES)('push bisection of a refused run on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let f: TestBusiness;
  let taken: OrderSnapshot;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    app = await buildApp({ db: t.db, config: loadConfig({}), workers: false });
    f = await seedTestBusiness(t.db);
    // A stored sale whose payment id the poison sales reuse (the database refuses that, no business rule does).
    const earlier = mutation(1, 'order.completed', { order: saleSnapshot(f) });
    expect((await applyPush(t.db, await principal('Earlier till'), [earlier])).results[0]!.status).toBe('applied');
    taken = orderOf(earlier);
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const principal = async (name: string): Promise<DevicePrincipal> => (await pairedPrincipal(app, f, name)).device;
  const sales = (count: number): Mutation[] => tillSales(f, 1, count);
  const count = async (sql: string, params: unknown[]) => (await t.db.query<{ n: number }>(sql, params)).rows[0]!.n;
  const onHand = async () => (await t.db.query<{ n: number }>('SELECT stock_on_hand AS n FROM products WHERE id = $1', [f.productIds[0]])).rows[0]!.n;
  /** Reuses the stored sale's payment id: the set-based write of any run holding it is refused. */
  const poison = (m: Mutation) => {
    const order = orderOf(m);
    order.payments = [{ ...order.payments[0]!, id: taken.payments[0]!.id }];
  };

  /** Pushes `batch` and checks that exactly the sales at `bad` are rejected, alone, and everything else is stored once. */
  async function pushAndCheck(device: DevicePrincipal, batch: Mutation[], bad: number[]): Promise<string[]> {
    const before = await onHand();
    const counted = recordingDatabase(t.db);
    const response = await applyPush(counted.db, device, batch);
    expect(response.acked_seq).toBe(N);
    expect(response.results.filter((r) => r.status !== 'applied').map((r) => [r.seq, r.status, r.error?.code])).toEqual(
      bad.map((i) => [i + 1, 'rejected', 'apply_failed']),
    );
    // Visible: the rejection is logged with its reason (listed to the back office as a rejected mutation).
    const log = await t.db.query<{ seq: number; status: string; error_message: string }>(
      `SELECT seq, status, error_message FROM sync_mutations WHERE device_id = $1 AND status = 'rejected' ORDER BY seq`,
      [device.id],
    );
    expect(log.rows.map((r) => r.seq)).toEqual(bad.map((i) => i + 1));
    for (const row of log.rows) expect(row.error_message).toMatch(/could not store this order\.completed/);
    const applied = batch.filter((_, i) => !bad.includes(i));
    const ids = batch.map((m) => orderOf(m).id);
    expect(await count('SELECT count(*)::int AS n FROM orders WHERE id = ANY ($1::text[])', [ids])).toBe(applied.length);
    expect(await count('SELECT count(*)::int AS n FROM payments WHERE order_id = ANY ($1::text[])', [ids])).toBe(applied.length);
    expect(await count('SELECT count(*)::int AS n FROM sync_mutations WHERE device_id = $1', [device.id])).toBe(N);
    // Each applied sale's events once (inventory.updated, order.created, payment.succeeded, order.paid); none of a rejected one.
    const events = await t.db.query<{ type: string; n: number }>(
      `SELECT type, count(*)::int AS n FROM events WHERE device_id = $1 AND type <> 'device.paired' GROUP BY type ORDER BY type`,
      [device.id],
    );
    expect(events.rows).toEqual(['inventory.updated', 'order.created', 'order.paid', 'payment.succeeded'].map((type) => ({ type, n: applied.length })));
    // Stock exact: moved by the applied sales only.
    const sold = applied.reduce((n, m) => n + orderOf(m).lines.reduce((k, l) => k + l.quantity, 0), 0);
    expect(await onHand()).toBe(before - sold);
    // Resent whole: every one a duplicate, nothing applied twice.
    const again = await applyPush(t.db, device, batch);
    expect(again.results.every((r) => r.status === 'duplicate')).toBe(true);
    expect(await count('SELECT count(*)::int AS n FROM orders WHERE id = ANY ($1::text[])', [ids])).toBe(applied.length);
    expect(await onHand()).toBe(before - sold);
    return counted.statements;
  }

  it.each([
    ['first', 0],
    ['in the middle', 49],
    ['last', N - 1],
  ])(`a poison sale %s of a push of ${N} is rejected alone in one transaction and O(log n) savepoints`, async (_, at) => {
    const device = await principal(`Poison till ${at}`);
    const batch = sales(N);
    poison(batch[at]!);
    const statements = await pushAndCheck(device, batch, [at]);
    expect(statements.filter((sql) => sql === 'BEGIN')).toHaveLength(1);
    const savepoints = statements.filter(isSavepoint).length;
    expect(savepoints).toBeGreaterThan(1);
    expect(savepoints).toBeLessThanOrEqual(PER_POISON);
    expect(statements.length).toBeLessThanOrEqual(8 + 4 * PER_POISON);
  });

  it(`two poison sales in a push of ${N} are each rejected alone; the bisection costs O(log n) savepoints for each`, async () => {
    const device = await principal('Two poisons till');
    const batch = sales(N);
    poison(batch[17]!);
    poison(batch[82]!);
    const statements = await pushAndCheck(device, batch, [17, 82]);
    expect(statements.filter((sql) => sql === 'BEGIN')).toHaveLength(1);
    expect(statements.filter(isSavepoint).length).toBeLessThanOrEqual(2 * PER_POISON);
  });

  it('poison the schema or a business rule refuses (a NUL byte, a year-0 timestamp, lying totals) is rejected in memory: no bisection', async () => {
    const device = await principal('Schema poison till');
    const batch = sales(N);
    orderOf(batch[0]!).customer_note = 'nul \u0000 byte';
    orderOf(batch[50]!).completed_at = '0000-01-01T00:00:00Z';
    const lying = orderOf(batch[99]!);
    lying.totals = { ...lying.totals, total: lying.totals.total + 1 };
    const counted = recordingDatabase(t.db);
    const response = await applyPush(counted.db, device, batch);
    expect(response.results.filter((r) => r.status !== 'applied').map((r) => [r.seq, r.error?.code, r.error?.message])).toEqual([
      [1, 'invalid_payload', expect.stringContaining('/order/customer_note: contains a NUL character')],
      [51, 'invalid_payload', expect.stringContaining('/order/completed_at: is not a timestamp in the years 0001–9999')],
      [100, 'totals_mismatch', expect.any(String)],
    ]);
    expect(counted.statements).toHaveLength(8);
    expect(counted.statements.filter(isSavepoint)).toHaveLength(1);
    expect(await count('SELECT count(*)::int AS n FROM orders WHERE id = ANY ($1::text[])', [batch.map((m) => orderOf(m).id)])).toBe(N - 3);
  });
});
