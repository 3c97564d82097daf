// The sale's native write must reach Dexie's live queries like a Dexie write: a query the UI keeps
// open (cached by Dexie) shows the new sale, the outbox count grows, and a query started afterwards
// does not get a stale cached result.
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordSale } from './sales';
import { openShift } from './shifts';
import { cartOf, freshTillDb, seedPairedTill } from './test-till';
import type { TillDb } from './till-db';

const STAFF = 'stf_01KAQ2ZV6W3X5GQF1TS8DMN4R7';
let db: TillDb;

afterEach(async () => {
  await db?.delete();
});

/** The latest value of a live query, as the UI would see it. */
function watch<T>(query: () => Promise<T>): { latest: () => T | undefined; stop: () => void } {
  let latest: T | undefined;
  const subscription = liveQuery(query).subscribe((value) => (latest = value));
  return { latest: () => latest, stop: () => subscription.unsubscribe() };
}

describe('a remembered sale written natively', () => {
  it('updates open live queries and leaves no stale cached result', async () => {
    db = freshTillDb();
    const { product } = await seedPairedTill(db);
    if (!(await openShift(db, { staffId: STAFF, openingFloat: 0 })).ok) throw new Error('no shift');
    const sell = () => recordSale(db, { cart: cartOf(product), tenders: [{ method: 'cash', amount: 350 }], staffId: STAFF });
    const orders = watch(() => db.orders.where('status').equals('paid').toArray());
    // Two screens showing the same list share Dexie's cached result.
    const sameOrders = watch(() => db.orders.where('status').equals('paid').toArray());
    const unsynced = watch(() => db.outbox.count());
    const counter = watch(() => db.settings.get('order_counter'));
    expect((await sell()).ok).toBe(true);
    await vi.waitFor(() => expect(orders.latest()).toHaveLength(1));
    // This sale takes the native path (the context is remembered now).
    const where = vi.spyOn(db.shifts, 'where');
    expect((await sell()).ok).toBe(true);
    expect(where).not.toHaveBeenCalled();
    await vi.waitFor(() => {
      expect(orders.latest()).toHaveLength(2);
      expect(sameOrders.latest()).toHaveLength(2);
      expect(unsynced.latest()).toBe(3);
      expect(counter.latest()).toMatchObject({ value: 2 });
    });
    const later = watch(() => db.orders.where('status').equals('paid').toArray());
    await vi.waitFor(() => expect(later.latest()).toHaveLength(2));
    for (const query of [orders, sameOrders, unsynced, counter, later]) query.stop();
  });
});
