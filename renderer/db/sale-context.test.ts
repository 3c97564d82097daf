// recordSale's remembered context (sale-context.ts): sales that race, another window (a second
// TillDb on the same database) writing in between, a reload, a re-pairing and a shift closed
// elsewhere must never give a duplicate or skipped order number or outbox seq.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordSale, type RecordedSale } from './sales';
import { closeShift, openShift, recordCashMovement } from './shifts';
import { cartOf, freshTillDb, seedPairedTill, TEST_LOCATION } from './test-till';
import { TillDb } from './till-db';
import type { Result } from '../../core/result';
import type { TillProduct } from '../../core/sync/catalog';

const STAFF = 'stf_01KAQ2ZV6W3X5GQF1TS8DMN4R7';
const opened: TillDb[] = [];
let product: TillProduct;

afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  await dbs[0]?.delete();
});

/** A paired till with an open shift, and `windows` TillDb instances on its database. */
async function till(windows = 1): Promise<TillDb[]> {
  const first = freshTillDb();
  opened.push(first);
  ({ product } = await seedPairedTill(first));
  const shift = await openShift(first, { staffId: STAFF, openingFloat: 0 });
  if (!shift.ok) throw new Error(shift.error.message);
  const others = Array.from({ length: windows - 1 }, () => new TillDb(first.name));
  opened.push(...others);
  return [first, ...others];
}

function sell(db: TillDb): Promise<Result<RecordedSale>> {
  return recordSale(db, { cart: cartOf(product), tenders: [{ method: 'cash', amount: 350 }], staffId: STAFF });
}

function recorded(results: Result<RecordedSale>[]): RecordedSale[] {
  return results.map((r) => {
    if (!r.ok) throw new Error(`sale not recorded: ${r.error.code} ${r.error.message}`);
    return r.value;
  });
}

/** The counters' invariants: seqs 1..n once each, in the stored outbox_seq; order numbers 1..m once each. */
async function expectGaplessCounters(db: TillDb, sales: number): Promise<void> {
  const outbox = await db.outbox.orderBy('seq').toArray();
  expect(outbox.map((r) => r.seq)).toEqual(outbox.map((_, i) => i + 1));
  expect((await db.settings.get('outbox_seq'))?.value).toBe(outbox.length);
  const numbers = (await db.orders.toArray()).map((o) => Number(o.number.split('-')[1])).sort((a, b) => a - b);
  expect(numbers).toEqual(Array.from({ length: sales }, (_, i) => i + 1));
  expect((await db.settings.get('order_counter'))?.value).toBe(sales);
}

describe('recordSale counters', () => {
  it('gives parallel sales distinct order numbers and seqs, both before and after the context is remembered', async () => {
    const [db] = await till();
    const cold = recorded(await Promise.all(Array.from({ length: 5 }, () => sell(db!))));
    const warm = recorded(await Promise.all(Array.from({ length: 5 }, () => sell(db!))));
    const all = [...cold, ...warm];
    expect(new Set(all.map((s) => s.order.number)).size).toBe(10);
    expect(new Set(all.map((s) => s.seq)).size).toBe(10);
    await expectGaplessCounters(db!, 10);
  });

  it('sells from memory once the context is remembered: no read of the open shift', async () => {
    const [db] = await till();
    recorded([await sell(db!)]);
    const where = vi.spyOn(db!.shifts, 'where');
    recorded([await sell(db!), await sell(db!)]);
    expect(where).not.toHaveBeenCalled();
    await expectGaplessCounters(db!, 3);
  });

  it('notices another window that sold or queued a mutation in between, and retries with the stored counters', async () => {
    const [a, b] = await till(2);
    recorded([await sell(a!)]);
    recorded([await sell(b!)]);
    expect((await recordCashMovement(b!, { kind: 'paid_in', amount: 100, reason: 'float', staffId: STAFF })).ok).toBe(true);
    const after = recorded([await sell(a!)]);
    expect(after[0]!.seq).toBe(5);
    expect(after[0]!.order.number).toMatch(/-00003$/);
    // Both windows selling at once, each from its own (soon stale) memory.
    recorded(await Promise.all([sell(a!), sell(b!), sell(a!), sell(b!), sell(a!)]));
    await expectGaplessCounters(a!, 8);
  });

  it('refuses a sale of a window whose shift was closed in another window', async () => {
    const [a, b] = await till(2);
    recorded([await sell(a!)]);
    expect((await closeShift(b!, { staffId: STAFF, countedCash: 350 })).ok).toBe(true);
    expect(await sell(a!)).toMatchObject({ ok: false, error: { code: 'no_open_shift' } });
    expect(await a!.orders.count()).toBe(1);
  });

  it('takes the new device tag and restarts the seqs when another window re-paired the till', async () => {
    const [a, b] = await till(2);
    recorded([await sell(a!)]);
    await b!.transaction('rw', [b!.settings, b!.outbox], async () => {
      const pairing = (await b!.settings.get('pairing'))!.value as { device_id: string };
      await b!.settings.bulkPut([
        { key: 'pairing', value: { ...pairing, device_id: 'dev_01KAQ30B1C7K2M9N4P6R8TNEW1' } as never },
        { key: 'outbox_seq', value: 0 },
      ]);
      await b!.outbox.clear();
    });
    const [sale] = recorded([await sell(a!)]);
    expect(sale!.seq).toBe(1);
    expect(sale!.order.number).toBe('NEW1-00002');
  });

  it('prices a sale with the location another window stored, not the remembered one', async () => {
    const [a, b] = await till(2);
    recorded([await sell(a!)]);
    await b!.settings.put({ key: 'location', value: { ...TEST_LOCATION, cash_rounding: 5 } });
    // 352 paid with 350 in cash: covered only with the new rounding to 5.
    const cart = cartOf(product);
    cart.lines[0]!.unit_price = 352;
    const [sale] = recorded([await recordSale(a!, { cart, tenders: [{ method: 'cash', amount: 350 }], staffId: STAFF })]);
    expect(sale!.order).toMatchObject({ cash_rounding: 5, number: expect.stringMatching(/-00002$/) as unknown });
  });

  it('reads the counters again after a reload, and after the same instance is closed and opened again', async () => {
    const [first] = await till();
    recorded([await sell(first!), await sell(first!)]);
    first!.close();
    const reloaded = new TillDb(first!.name);
    opened.push(reloaded);
    recorded([await sell(reloaded)]);
    // The first instance opens again with its old memory (2 sales) while the database holds 3.
    await first!.open();
    const [sale] = recorded([await sell(first!)]);
    expect(sale!.order.number).toMatch(/-00004$/);
    await expectGaplessCounters(reloaded, 4);
  });

  it('uses up no number or seq for a sale refused as a duplicate', async () => {
    const [db] = await till();
    const [first] = recorded([await sell(db!)]);
    const again = await recordSale(db!, { cart: { ...cartOf(product), id: first!.order.id }, tenders: [{ method: 'cash', amount: 350 }], staffId: STAFF });
    expect(again).toMatchObject({ ok: false, error: { code: 'already_recorded' } });
    recorded([await sell(db!)]);
    await expectGaplessCounters(db!, 2);
    expect(await db!.payments.count()).toBe(2);
  });
});
