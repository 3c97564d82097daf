// Carts outside the UI session: parked carts (park now, resume later, survives a restart) and the
// pending card authorization journal (written before the terminal is asked to charge).
import { newId } from '../../core/ids';
import { err, ok, type Result } from '../../core/result';
import { storageGuard } from './storage-guard';
import type { Cart, ParkedCartRow, PendingCardAuthRow, TillDb } from './till-db';

export async function parkCart(db: TillDb, input: { cart: Cart; staffId: string; label?: string; now?: Date }): Promise<Result<ParkedCartRow>> {
  if (input.cart.lines.length === 0) return err('empty_cart', 'An empty cart cannot be parked.');
  const parkedAt = (input.now ?? new Date()).toISOString();
  const row: ParkedCartRow = {
    id: newId('ord'),
    label: input.label?.trim() || `Parked ${parkedAt.slice(11, 16)}`,
    staff_id: input.staffId,
    parked_at: parkedAt,
    cart: input.cart,
  };
  return storageGuard('park cart', async () => {
    await db.parkedCarts.add(row);
    return ok(row);
  });
}

/** Takes a parked cart back (and removes it from the parked list) in one step, so two screens never both resume it. */
export async function resumeCart(db: TillDb, parkedId: string): Promise<Result<Cart>> {
  return storageGuard('resume parked cart', () => db.transaction('rw', db.parkedCarts, async () => {
    const row = await db.parkedCarts.get(parkedId);
    if (!row) return err('unknown_parked_cart', 'That parked cart is gone (already resumed?).');
    await db.parkedCarts.delete(parkedId);
    return ok(row.cart);
  }));
}

/** Call before `terminal:authorize` with the same payment id; recordSale removes the row. */
export async function beginCardPayment(
  db: TillDb,
  input: { amount: number; currency: string; cart: Cart; paymentId?: string; now?: Date },
): Promise<PendingCardAuthRow> {
  const row: PendingCardAuthRow = {
    payment_id: input.paymentId ?? newId('pay'),
    amount: input.amount,
    currency: input.currency,
    started_at: (input.now ?? new Date()).toISOString(),
    cart: input.cart,
  };
  await db.pendingCardAuths.put(row);
  return row;
}

/** The authorization ended without a charge (declined, aborted, resolved as not charged). */
export async function endCardPayment(db: TillDb, paymentId: string): Promise<void> {
  await db.pendingCardAuths.delete(paymentId);
}

/** Authorizations a crash or power cut left unresolved: resolve them with `terminal:resolve-pending` on start. */
export function listPendingCardPayments(db: TillDb): Promise<PendingCardAuthRow[]> {
  return db.pendingCardAuths.orderBy('payment_id').toArray();
}
