// Carts outside the UI session: parked carts (park now, resume later, survives a restart) and the
// pending card authorization journal (written before the terminal is asked to charge).
import { newId } from '../../core/ids';
import { err, ok, type Result } from '../../core/result';
import type { CardDetails } from '../../core/sync/order-snapshot';
import type { FailedPaymentRecord } from '../../core/sync/mutations';
import { appendMutation } from './outbox';
import { currentShift } from './shifts';
import { storageGuard } from './storage-guard';
import type { Cart, FailedPaymentRow, ParkedCartRow, PendingCardAuthRow, TillDb } from './till-db';

/** Parks a cart under `label`, which the till words in the location's language and time zone ("Geparkt 20:23"). */
export async function parkCart(db: TillDb, input: { cart: Cart; staffId: string; label: string; now?: Date }): Promise<Result<ParkedCartRow>> {
  if (input.cart.lines.length === 0) return err('empty_cart', 'An empty cart cannot be parked.');
  const parkedAt = (input.now ?? new Date()).toISOString();
  const row: ParkedCartRow = {
    id: newId('ord'),
    label: input.label.trim(),
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
  return storageGuard('resume parked cart', () =>
    db.transaction('rw', db.parkedCarts, async () => {
      const row = await db.parkedCarts.get(parkedId);
      if (!row) return err('unknown_parked_cart', 'That parked cart is gone (already resumed?).');
      await db.parkedCarts.delete(parkedId);
      return ok(row.cart);
    }),
  );
}

/** Call before `terminal:authorize` with the same payment id; recordSale removes the row. */
export async function beginCardPayment(
  db: TillDb,
  input: { amount: number; tip?: number; currency: string; cart: Cart; paymentId?: string; now?: Date },
): Promise<PendingCardAuthRow> {
  const row: PendingCardAuthRow = {
    payment_id: input.paymentId ?? newId('pay'),
    amount: input.amount,
    ...(input.tip ? { tip: input.tip } : {}),
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

/**
 * The terminal answered "no money taken" (declined, aborted, timed out): the journal row goes and the
 * attempt is kept, with its `payment.failed` outbox mutation, in one transaction.
 */
export async function failCardPayment(
  db: TillDb,
  input: { paymentId: string; code: FailedPaymentRecord['failure_code']; message: string; staffId: string | null; card?: CardDetails | null; now?: Date },
): Promise<Result<FailedPaymentRow | null>> {
  return storageGuard('failed card payment', () =>
    db.transaction('rw', [db.pendingCardAuths, db.failedPayments, db.shifts, db.settings, db.outbox], async () => {
      const pending = await db.pendingCardAuths.get(input.paymentId);
      if (!pending) return ok(null);
      await db.pendingCardAuths.delete(input.paymentId);
      const row: FailedPaymentRow = {
        id: pending.payment_id,
        order_id: pending.cart.open_order_id ?? pending.cart.id,
        method: 'card',
        amount: pending.amount - (pending.tip ?? 0),
        ...(pending.tip ? { tip: pending.tip } : {}),
        failure_code: input.code,
        failure_message: input.message.slice(0, 500),
        card: input.card ?? null,
        staff_id: input.staffId,
        shift_id: (await currentShift(db))?.id ?? null,
        created_at: (input.now ?? new Date()).toISOString(),
      };
      await db.failedPayments.add(row);
      await appendMutation(db, 'payment.failed', { payment: row }, row.created_at);
      return ok(row);
    }),
  );
}

/** Authorizations a crash or power cut left unresolved: resolve them with `terminal:resolve-pending` on start. */
export function listPendingCardPayments(db: TillDb): Promise<PendingCardAuthRow[]> {
  return db.pendingCardAuths.orderBy('payment_id').toArray();
}
