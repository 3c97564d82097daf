// The sale's write when its context is remembered: one native IndexedDB transaction (Dexie's own
// connection) that checks the remembered counters and writes the order, payments, outbox row and
// counters — Dexie's per-write bookkeeping was most of a sale's cost (bench/: till). Live queries
// are then told at once, as Dexie tells them after its own transactions, that those tables changed.
import Dexie, { RangeSet, rangesOverlap, type ObservabilitySet } from 'dexie';
import { checkSaleSettings, type SaleContext } from './sale-context';
import type { OrderRow, OutboxRow, PaymentRow, SettingRow, TillDb } from './till-db';

export interface SaleWrites {
  order: OrderRow;
  payments: PaymentRow[];
  mutation: OutboxRow;
  counters: SettingRow[];
  /** pending card authorizations and taken tenders that are this sale's payments now */
  cardIds: string[];
  takenIds: string[];
  openOrderId: string | null;
}

/** Why the transaction was aborted on purpose. */
export type SaleWriteOutcome = 'written' | 'stale' | 'duplicate';

/** The store names a sale writes (and the check reads). */
export function saleStores(writes: Pick<SaleWrites, 'cardIds' | 'takenIds' | 'openOrderId'>): string[] {
  const stores = ['settings', 'orders', 'payments', 'outbox'];
  if (writes.cardIds.length > 0) stores.push('pendingCardAuths');
  if (writes.takenIds.length > 0) stores.push('takenTenders');
  if (writes.openOrderId) stores.push('openOrders');
  return stores;
}

/**
 * Writes the sale if the stored settings still say what `expected` says (read first in the same
 * transaction: requests run in order). Aborts — nothing written — when they don't ('stale') or when
 * the order id exists ('duplicate'); rejects on a storage failure.
 */
export function writeRememberedSale(db: TillDb, writes: SaleWrites, expected: SaleContext): Promise<SaleWriteOutcome> {
  const stores = saleStores(writes);
  const tx = db.backendDB().transaction(stores, 'readwrite');
  let outcome: SaleWriteOutcome = 'written';
  const settings = tx.objectStore('settings');
  const check = settings.getAll();
  check.onsuccess = () => {
    if (!checkSaleSettings(check.result as SettingRow[], expected)) {
      outcome = 'stale';
      tx.abort();
    }
  };
  const order = tx.objectStore('orders').add(writes.order);
  order.onerror = (event: { preventDefault(): void }) => {
    if (outcome !== 'written' || order.error?.name !== 'ConstraintError') return;
    // A duplicate is an answer, not a failure to report: abort quietly. Any other error aborts by itself.
    outcome = 'duplicate';
    event.preventDefault();
    tx.abort();
  };
  const payments = tx.objectStore('payments');
  for (const payment of writes.payments) payments.add(payment);
  tx.objectStore('outbox').add(writes.mutation);
  for (const row of writes.counters) settings.put(row);
  for (const id of writes.cardIds) tx.objectStore('pendingCardAuths').delete(id);
  for (const id of writes.takenIds) tx.objectStore('takenTenders').delete(id);
  if (writes.openOrderId) tx.objectStore('openOrders').delete(writes.openOrderId);
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => {
      // The sale is stored whatever happens next: a failure to tell the live queries must not hide that.
      try {
        tellLiveQueries(db, stores);
      } catch (cause) {
        console.error('[till-db] live queries not told of a sale', cause);
      }
      resolve('written');
    };
    tx.onabort = () => (outcome === 'written' ? reject(tx.error ?? new Error('The sale transaction was aborted.')) : resolve(outcome));
  });
}

// How Dexie tells live queries of its own transactions (dexie 4.x, dist/dexie.mjs), done here at the
// native transaction's 'complete', synchronously as Dexie does:
// 1. A live query's list read (`toArray` and the like) is answered from Dexie's query cache
//    (`Dexie.cache`, typed in dexie.d.ts) and is woken only through its cache entry: Dexie's cache
//    middleware deletes every entry the commit overlaps and re-runs the entry's subscribers. Done
//    here the same way, so neither an open screen nor one mounted now gets the list from before.
// 2. Then the public `Dexie.on.storagemutated` event fires: it wakes the live queries that read
//    past the cache (`get`, `count`), and Dexie passes it on to other windows on its
//    BroadcastChannel, where Dexie drops the cached entries and wakes the queries itself.
// The event alone reaches no cached list (the stale result decisions.md describes); the channel
// alone reached this window a task later. sale-raw-write.test.ts fails if a Dexie upgrade breaks it.

/** Tells this window's and other windows' live queries that every key of `tables` may have changed. */
export function tellLiveQueries(db: TillDb, tables: string[]): void {
  const parts: ObservabilitySet = {};
  for (const name of tables) {
    const { schema } = db.table(name);
    for (const index of ['', ':dels', ...schema.indexes.map((i) => i.name)]) {
      parts[`idb://${db.name}/${name}/${index}`] = new RangeSet(Dexie.minKey, Dexie.maxKey);
    }
  }
  const requeries = new Set<() => void>();
  for (const name of tables) {
    const cached = Dexie.cache[`idb://${db.name}/${name}`];
    if (!cached) continue;
    for (const [index, entries] of Object.entries(cached.queries.query)) {
      const affected = entries.filter((entry) => overlaps(entry.obsSet, parts));
      for (const entry of affected) entry.subscribers.forEach((requery) => requeries.add(requery));
      if (affected.length > 0) cached.queries.query[index] = entries.filter((entry) => !affected.includes(entry));
    }
  }
  requeries.forEach((requery) => requery());
  Dexie.on.storagemutated.fire(parts);
}

/** Dexie's test whether a read's parts and a write's parts share a key (obsSetsOverlap in dexie.mjs). */
function overlaps(read: ObservabilitySet, written: ObservabilitySet): boolean {
  return Object.entries(read).some(([part, keys]) => {
    const changed = written[part];
    return changed !== undefined && rangesOverlap(changed, keys);
  });
}
