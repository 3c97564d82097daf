// The sale's native write must reach Dexie's live queries like a Dexie write, in the same moment: a
// query the UI keeps open (cached by Dexie) shows the new sale, the outbox count grows, a query
// started right after the sale gets the sale in its first value, and other windows are told.
import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordSale } from './sales';
import { openShift } from './shifts';
import { cartOf, freshTillDb, seedPairedTill } from './test-till';
import type { OrderRow, TillDb } from './till-db';

const STAFF = 'stf_01KAQ2ZV6W3X5GQF1TS8DMN4R7';
let db: TillDb;
/** What was posted on BroadcastChannels: to other windows (Dexie's channel), and to no listener here. */
let posted: unknown[];

beforeEach(() => {
  // A channel message reaches this window's Dexie a task later at the earliest (in a loaded Chromium,
  // after the next screen has mounted): held back, so the tests show what the window does without it.
  posted = [];
  vi.spyOn(BroadcastChannel.prototype, 'postMessage').mockImplementation((message) => void posted.push(message));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

/** The latest value of a live query, as the UI would see it. */
function watch<T>(query: () => Promise<T>): { latest: () => T | undefined; stop: () => void } {
  let latest: T | undefined;
  const subscription = liveQuery(query).subscribe((value) => (latest = value));
  return { latest: () => latest, stop: () => subscription.unsubscribe() };
}

async function sellingTill() {
  db = freshTillDb();
  const { product } = await seedPairedTill(db);
  if (!(await openShift(db, { staffId: STAFF, openingFloat: 0 })).ok) throw new Error('no shift');
  return () => recordSale(db, { cart: cartOf(product), tenders: [{ method: 'cash', amount: 350 }], staffId: STAFF });
}

/** Sells through the native path (the context is remembered after the first sale). */
async function sellNatively(sell: Awaited<ReturnType<typeof sellingTill>>): Promise<OrderRow> {
  const where = vi.spyOn(db.shifts, 'where');
  const sale = await sell();
  expect(where).not.toHaveBeenCalled();
  where.mockRestore();
  if (!sale.ok) throw new Error('not sold');
  return sale.value.order;
}

/** The history screen's query: while a screen shows it (and 3 s after), Dexie keeps its result cached. */
const history = () => db.orders.orderBy('completed_at').reverse().limit(200).toArray();

describe('a remembered sale written natively', () => {
  it('updates open live queries and tells other windows', async () => {
    const sell = await sellingTill();
    const orders = watch(() => db.orders.where('status').equals('paid').toArray());
    // Two screens showing the same list share Dexie's cached result.
    const sameOrders = watch(() => db.orders.where('status').equals('paid').toArray());
    const unsynced = watch(() => db.outbox.count());
    const counter = watch(() => db.settings.get('order_counter'));
    expect((await sell()).ok).toBe(true);
    await vi.waitFor(() => expect(orders.latest()).toHaveLength(1));
    posted = [];
    await sellNatively(sell);
    await vi.waitFor(() => {
      expect(orders.latest()).toHaveLength(2);
      expect(sameOrders.latest()).toHaveLength(2);
      expect(unsynced.latest()).toBe(3);
      expect(counter.latest()).toMatchObject({ value: 2 });
    });
    // Other windows hear every store the sale wrote, on Dexie's channel.
    const parts = posted.flatMap((message) => Object.keys(message as object));
    for (const store of ['orders', 'payments', 'outbox', 'settings']) expect(parts).toContain(`idb://${db.name}/${store}/`);
    for (const query of [orders, sameOrders, unsynced, counter]) query.stop();
  });

  it.each([
    ['open', false],
    ['closed a moment ago', true],
  ])('gives a live query started right after the sale the sale in its first value (the history screen %s)', async (_, closed) => {
    const sell = await sellingTill();
    const before = watch(history);
    expect((await sell()).ok).toBe(true);
    await vi.waitFor(() => expect(before.latest()).toHaveLength(1));
    if (closed) before.stop();
    const order = await sellNatively(sell);
    // Mounted the moment the sale is stored (the receipt, then the history screen): the first value counts.
    const lists: string[][] = [];
    const mounted = liveQuery(history).subscribe((orders) => lists.push(orders.map((o) => o.id)));
    const receipts: (OrderRow | undefined)[] = [];
    const receipt = liveQuery(() => db.orders.get(order.id)).subscribe((row) => receipts.push(row));
    await vi.waitFor(() => expect(lists.length * receipts.length).toBeGreaterThan(0));
    expect(lists[0]).toHaveLength(2);
    expect(lists[0]?.[0]).toBe(order.id);
    expect(receipts[0]?.number).toBe(order.number);
    mounted.unsubscribe();
    receipt.unsubscribe();
    before.stop();
  });
});
