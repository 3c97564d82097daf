// Cancelling an order through API v1 (SPEC §12 `POST /orders/{id}/cancel`): money still held is
// refunded to the tenders it came from (newest first), each refund carrying its payment's tip (the
// whole charge goes back, as Stripe and Square do), then the order is voided. In the caller's
// transaction it records payment.updated per refunded payment, order.refunded when money went back,
// and order.cancelled last, so a subscriber sees the refunds before the cancellation.
import type { Order, Payment } from '../../core/api/orders';
import { refundable, refundTenders, type RefundableOrder } from '../../core/payments';
import { err, ok, type Result } from '../../core/result';
import type { Queryable } from '../storage/database';
import { recordEvent } from '../events/outbox';
import { addRefund, voidOrder } from './order-payments';
import { recordOrderEvent } from './orders-repository';

const refundableOf = (order: Order): RefundableOrder => ({
  total: order.totals.total,
  payments: order.payments.map((p) => ({ id: p.id, method: p.method, amount: p.amount, status: p.status })),
  refunds: order.refunds.map((r) => ({ id: r.id, payment_id: r.payment_id, amount: r.amount })),
});

/** The tip a succeeded payment still holds (not yet given back). */
const tipHeld = (p: Payment): number => (p.status === 'succeeded' ? p.tip - (p.tip_refunded ?? 0) : 0);

async function paymentUpdated(tx: Queryable, businessId: string, locationId: string, payment: Payment, previous: Record<string, unknown>): Promise<void> {
  await recordEvent(tx, { businessId, type: 'payment.updated', locationId, data: { object: payment, previous_attributes: previous } });
}

/** Cancels a locked order of `businessId`; a voided or fully refunded order cannot be cancelled. */
export async function cancelOrder(tx: Queryable, businessId: string, order: Order, reason: string | null): Promise<Result<Order>> {
  if (order.status === 'voided') return err('order_cancelled', `Order "${order.id}" is already cancelled or voided.`);
  if (order.status === 'refunded') return err('order_refunded', `Order "${order.id}" is fully refunded; there is nothing left to cancel.`);
  let current = order;
  const due = refundable(refundableOf(order));
  if (due > 0) {
    const shares = refundTenders(refundableOf(order), due);
    if (!shares.ok) return shares;
    for (const share of shares.value) {
      const before = current.payments.find((p) => p.id === share.payment_id)!;
      const tip = tipHeld(before);
      const { order: after } = await addRefund(tx, businessId, order.id, {
        payment_id: share.payment_id,
        amount: share.amount,
        tip,
        reason: reason ?? 'order cancelled',
        lines: [],
        tax_breakdown: [],
      });
      current = after;
      const payment = after.payments.find((p) => p.id === share.payment_id)!;
      const previous =
        tip > 0 ? { amount_refunded: before.amount_refunded, tip_refunded: before.tip_refunded ?? 0 } : { amount_refunded: before.amount_refunded };
      await paymentUpdated(tx, businessId, order.location_id, payment, previous);
    }
    await recordOrderEvent(tx, businessId, 'order.refunded', current);
  }
  const cancelled = (await voidOrder(tx, businessId, order.id, { reason: reason ?? 'cancelled through the API' }))!;
  // A payment whose amount was refunded before still held its tip: the void gave it back without a refund.
  for (const payment of cancelled.payments) {
    const before = current.payments.find((p) => p.id === payment.id)!;
    if ((payment.tip_refunded ?? 0) !== (before.tip_refunded ?? 0)) {
      await paymentUpdated(tx, businessId, order.location_id, payment, { tip_refunded: before.tip_refunded ?? 0 });
    }
  }
  await recordOrderEvent(tx, businessId, 'order.cancelled', cancelled, { extra: { reason } });
  return ok(cancelled);
}
