// The sale's write when its context is remembered: one native IndexedDB transaction (Dexie's own
// connection) that checks the remembered counters and writes the order, payments, outbox row and
// counters — Dexie's per-write bookkeeping was most of a sale's cost (bench/: till). Live queries
// are then told, as Dexie tells them after its own transactions, that those tables changed.
import Dexie, { RangeSet } from 'dexie';
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

// Dexie (4.x) hands other windows' writes to its live queries through a BroadcastChannel of this
// name: whatever arrives there wakes the queries it touches and drops their cached results. Posted
// from here, it reaches every Dexie of this origin, this window's included (a channel hears the
// others of its name, only not itself). The public Dexie.on.storagemutated.fire wakes the queries but
// once served a stale cached result in a probe (decisions.md); sale-raw-write.test.ts fails if a
// Dexie upgrade stops honouring the channel.
const STORAGE_MUTATED_CHANNEL = 'x-storagemutated-1';

// Typed here, not from the DOM lib: this module is also compiled for Node.
interface Channel {
  postMessage(message: unknown): void;
  unref?: () => void;
}
const web = globalThis as unknown as { BroadcastChannel?: new (name: string) => Channel };
let channel: Channel | undefined;

/** Tells this window's and other windows' live queries that every key of `tables` may have changed. */
export function tellLiveQueries(db: TillDb, tables: string[]): void {
  const parts: Record<string, RangeSet> = {};
  for (const name of tables) {
    const { schema } = db.table(name);
    for (const index of ['', ':dels', ...schema.indexes.map((i) => i.name)]) {
      parts[`idb://${db.name}/${name}/${index}`] = new RangeSet(Dexie.minKey, Dexie.maxKey);
    }
  }
  if (!web.BroadcastChannel) {
    // No channel, so Dexie keeps no listener either: its public event is all there is.
    Dexie.on.storagemutated.fire(parts);
    return;
  }
  if (!channel) {
    channel = new web.BroadcastChannel(STORAGE_MUTATED_CHANNEL);
    // In Node (tests) an open channel would keep the process alive; Dexie unrefs its own too.
    channel.unref?.();
  }
  channel.postMessage(parts);
}
