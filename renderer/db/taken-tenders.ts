// Tenders taken on a sale that is not recorded yet: a cash part-payment or an approved card of a
// split stays on the sale (Back to the cart, a reload, another cashier) until the sale is recorded
// — recordSale removes the rows in its transaction — or it is explicitly given back, which is kept
// with who did it and who approved it. The drawer count stays right because nothing taken vanishes.
import { newId } from '../../core/ids';
import { err, ok, type Result } from '../../core/result';
import type { CashMovementRecord } from '../../core/sync/mutations';
import { appendMutation } from './outbox';
import type { TenderInput } from './sales';
import { currentShift } from './shifts';
import { storageGuard } from './storage-guard';
import type { Cart, TakenTenderRow, TillDb } from './till-db';

/** Records a tender taken on `cart` (a card's journal row goes: this row is its record now). */
export async function takeTender(db: TillDb, input: { cart: Cart; tender: TenderInput; staffId: string; now?: Date }): Promise<Result<TakenTenderRow>> {
  const { tender } = input;
  if (tender.method === 'external') return err('invalid_tender', 'Only cash and card are taken at the till.');
  if (!Number.isSafeInteger(tender.amount) || tender.amount <= 0) return err('invalid_tender', 'A tender needs a positive amount.');
  const tip = tender.tip ?? 0;
  if (!Number.isSafeInteger(tip) || tip < 0) return err('invalid_tip', 'A tip is a positive amount or none.');
  const row: TakenTenderRow = {
    id: tender.id ?? newId('pay'),
    cart_id: input.cart.id,
    method: tender.method,
    amount: tender.amount,
    ...(tip > 0 ? { tip } : {}),
    tendered: tender.method === 'cash' ? (tender.tendered ?? tender.amount + tip) : null,
    reference: tender.reference ?? null,
    card: tender.card ?? null,
    staff_id: input.staffId,
    taken_at: (input.now ?? new Date()).toISOString(),
    cart: input.cart,
    returned_at: null,
    returned_by: null,
    approved_by: null,
  };
  return storageGuard('take tender', () =>
    db.transaction('rw', [db.takenTenders, db.pendingCardAuths], async () => {
      await db.takenTenders.add(row);
      if (row.method === 'card') await db.pendingCardAuths.delete(row.id);
      return ok(row);
    }),
  );
}

/** The tenders still on the sale of `cartId`, oldest first. */
export async function openTenders(db: TillDb, cartId: string): Promise<TakenTenderRow[]> {
  const rows = await db.takenTenders.where('cart_id').equals(cartId).sortBy('taken_at');
  return rows.filter((r) => r.returned_at === null);
}

/** Every unrecorded sale holding tenders, by cart id (to restore a sale whose session was lost, and for the shift close). */
export async function salesHoldingTenders(db: TillDb): Promise<{ cart: Cart; tenders: TakenTenderRow[] }[]> {
  const rows = (await db.takenTenders.toArray()).filter((r) => r.returned_at === null);
  const byCart = new Map<string, { cart: Cart; tenders: TakenTenderRow[] }>();
  for (const row of rows.sort((a, b) => a.taken_at.localeCompare(b.taken_at))) {
    const entry = byCart.get(row.cart_id) ?? { cart: row.cart, tenders: [] };
    entry.cart = row.cart;
    entry.tenders.push(row);
    byCart.set(row.cart_id, entry);
  }
  return [...byCart.values()];
}

/** The tender as recordSale takes it. */
export function asTenderInput(row: TakenTenderRow): TenderInput {
  return { id: row.id, method: row.method, amount: row.amount, tip: row.tip ?? 0, tendered: row.tendered, reference: row.reference, card: row.card };
}

/**
 * Marks a taken tender as handed back (cash) or reversed (card); the row is kept as the record.
 * Cash handed back is also synced, in the same transaction, as a `given_back` cash movement of the
 * open shift (with who approved it), so the cloud sees every note that went through the drawer;
 * it is in and out again, so the expected cash does not change. A reversed card is on the
 * terminal's journal and moved no cash.
 */
export async function giveBackTender(
  db: TillDb,
  input: { id: string; staffId: string; approvedBy: string | null; now?: Date },
): Promise<Result<TakenTenderRow>> {
  const now = (input.now ?? new Date()).toISOString();
  return storageGuard('give back tender', () =>
    db.transaction('rw', [db.takenTenders, db.settings, db.shifts, db.cashMovements, db.outbox], async () => {
      const row = await db.takenTenders.get(input.id);
      if (!row || row.returned_at !== null) return err('unknown_tender', 'That tender is no longer on the sale.');
      const returned: TakenTenderRow = { ...row, returned_at: now, returned_by: input.staffId, approved_by: input.approvedBy };
      await db.takenTenders.put(returned);
      // Tenders are taken only in an open shift, and a shift does not close while one is held.
      const shift = await currentShift(db);
      if (row.method === 'cash' && shift) {
        const movement: CashMovementRecord = {
          id: newId('csh'),
          shift_id: shift.id,
          staff_id: input.staffId,
          kind: 'given_back',
          // the tip was cash in the drawer too, and went back with the rest
          amount: row.amount + (row.tip ?? 0),
          reason: `Cash taken on an unfinished sale given back (${row.id})`,
          created_at: now,
          ...(input.approvedBy ? { approved_by: input.approvedBy } : {}),
        };
        await db.cashMovements.add(movement);
        await appendMutation(db, 'cash.movement', { movement }, now);
      }
      return ok(returned);
    }),
  );
}
