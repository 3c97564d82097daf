// What a sale needs besides its cart — location, pairing, the open shift, the last outbox seq and
// order counter — kept in memory per TillDb so recordSale's transaction need not read before it
// writes. The memory is only a guess: every sale checks it against the stored rows in the same
// transaction (compare-and-set); another window, a pairing or a pull that changed them aborts the
// sale, which is then retried once with the rows read first. Nothing here survives a reload.
import { err, ok, type Result } from '../../core/result';
import type { TillLocation } from '../../core/sync/catalog';
import { currentShift } from './shifts';
import type { Pairing, SettingRow, Settings, ShiftRow, TillDb } from './till-db';

export interface SaleContext {
  location: TillLocation;
  pairing: Pairing | undefined;
  shift: ShiftRow;
  /** the last outbox seq handed out (settings `outbox_seq`) */
  outboxSeq: number;
  /** the last till order number handed out (settings `order_counter`) */
  orderCounter: number;
}

const remembered = new WeakMap<TillDb, SaleContext>();

interface StoredSettings {
  location: TillLocation | undefined;
  pairing: Pairing | undefined;
  outboxSeq: number;
  orderCounter: number;
}

function fromRows(rows: SettingRow[]): StoredSettings {
  const values = new Map(rows.map((row) => [row.key, row.value]));
  return {
    location: values.get('location') as Settings['location'] | undefined,
    pairing: values.get('pairing') as Settings['pairing'] | undefined,
    outboxSeq: (values.get('outbox_seq') as Settings['outbox_seq'] | undefined) ?? 0,
    orderCounter: (values.get('order_counter') as Settings['order_counter'] | undefined) ?? 0,
  };
}

/** The remembered context, if a sale of this TillDb read one and nothing since has forgotten it. */
export function rememberedSaleContext(db: TillDb): SaleContext | undefined {
  return remembered.get(db);
}

/**
 * Reads the context inside the caller's transaction (the first sale, or after a conflict) and
 * remembers it; a till without a location or an open shift has none (the caller refuses the sale).
 */
export async function readSaleContext(db: TillDb): Promise<Result<SaleContext>> {
  const [rows, shift] = await Promise.all([db.settings.toArray(), currentShift(db)]);
  const { location, ...stored } = fromRows(rows);
  if (!location) return err('not_paired', 'This till is not paired with a location yet.');
  if (!shift) return err('no_open_shift', 'Open a shift before selling.');
  const context: SaleContext = { ...stored, location, shift };
  remembered.set(db, context);
  return ok(context);
}

/**
 * Hands out the next outbox seq and, for a till-numbered sale, the next order counter from the
 * remembered context (a parallel sale gets the ones after). Returns what the stored rows must
 * still say for these numbers to be right; pass it to `checkSaleContext` in the same transaction.
 */
export function takeNumbers(context: SaleContext, tillNumbered: boolean): { seq: number; counter: number | null; expected: SaleContext } {
  const expected = { ...context };
  context.outboxSeq += 1;
  if (tillNumbered) context.orderCounter += 1;
  return { seq: context.outboxSeq, counter: tillNumbered ? context.orderCounter : null, expected };
}

/**
 * Whether the stored settings rows (all of them: one getAll) still say what `expected` says. Read
 * them before the sale's writes in the same transaction: IndexedDB runs a transaction's requests in
 * order and no other write can come between (the transaction holds the stores).
 * The shift needs no read of its own: every write to `shifts` (open, close) queues a mutation in
 * its transaction, so an unchanged `outbox_seq` means the remembered shift is still the open one.
 */
export function checkSaleSettings(rows: SettingRow[], expected: SaleContext): boolean {
  const stored = fromRows(rows);
  return (
    stored.outboxSeq === expected.outboxSeq &&
    stored.orderCounter === expected.orderCounter &&
    JSON.stringify(stored.location) === JSON.stringify(expected.location) &&
    JSON.stringify(stored.pairing) === JSON.stringify(expected.pairing)
  );
}

/** Drops the remembered context: the next sale reads it again. Any writer of the outbox calls it. */
export function forgetSaleContext(db: TillDb): void {
  remembered.delete(db);
}
