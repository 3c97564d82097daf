// The order mutations of a till: a sale (or the payment of an API order), a void, a refund and a
// failed card payment, each written with its events in the push's transaction (apply-mutation.ts).
import type { Order } from '../../core/api/orders';
import { isSettled, refundForLines, validateRefund } from '../../core/payments';
import { err, ok } from '../../core/result';
import type { TypedMutation } from '../../core/sync/mutations';
import type { OrderSnapshot } from '../../core/sync/order-snapshot';
import { recordEvents, type NewEvent } from '../events/outbox';
import { recordFailedPayment } from '../orders/failed-payments';
import { addPayment, addRefund, voidOrder } from '../orders/order-payments';
import { linesFromTotals } from '../orders/order-record';
import { lockOrder } from '../orders/orders-read';
import { orderEvent, writeOrder, type WrittenOrder } from '../orders/orders-repository';
import type { Queryable } from '../storage/database';
import type { Applied } from './apply-mutation';
import type { DevicePrincipal } from './devices';
import { checkTillSale, checkTips, lookUpSales } from './till-sale-checks';

/** The payment rows of a till sale's tenders (also written by push-set-write.ts). */
export function paymentRecords(order: OrderSnapshot, device: DevicePrincipal) {
  return order.payments.map((p) => ({
    id: p.id,
    method: p.method,
    amount: p.amount,
    tip: p.tip ?? 0,
    tendered: p.tendered,
    change: p.change,
    reference: p.reference,
    card: p.card,
    device_id: device.id,
    occurred_at: p.created_at,
  }));
}

/** A payment.succeeded event for each of `paymentIds` on the order as written. */
export function paymentEvents(device: DevicePrincipal, order: Order, paymentIds: string[], occurredAt: string): NewEvent[] {
  return order.payments
    .filter((p) => paymentIds.includes(p.id))
    .map((payment) => ({
      businessId: device.businessId,
      type: 'payment.succeeded',
      locationId: order.location_id,
      deviceId: device.id,
      occurredAt,
      data: { object: { ...payment, location_id: order.location_id, currency: order.currency } },
    }));
}

/** An order event of this device (its business is known, so no lookup). */
async function recordDeviceOrderEvent(
  tx: Queryable,
  device: DevicePrincipal,
  type: string,
  order: Order,
  occurredAt: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await recordEvents(tx, [orderEvent(device.businessId, type, order, { deviceId: device.id, occurredAt, extra })]);
}

/** A unique violation of the orders primary key: the sale's id is taken. */
function isOrderIdTaken(error: unknown): boolean {
  const e = error as { code?: unknown; constraint?: unknown } | null;
  return e?.code === '23505' && e.constraint === 'orders_pkey';
}

export async function applyOrderCompleted(tx: Queryable, device: DevicePrincipal, order: OrderSnapshot): Promise<Applied> {
  if (order.source === 'api') return payApiOrder(tx, device, order);
  const checked = checkTillSale(device, order, await lookUpSales(tx, device, [order]));
  if (!checked.ok) return checked;
  const customer = { id: checked.value.customerId, note: checked.value.note };
  const totals = { value: checked.value.totals };
  // Rows built in memory and written in two statements, the events in one; no read-back (bench/: server).
  let written: WrittenOrder;
  try {
    written = await writeOrder(tx, {
      id: order.id,
      businessId: device.businessId,
      locationId: device.locationId,
      source: 'till',
      deviceId: device.id,
      staffId: order.staff_id,
      shiftId: order.shift_id,
      number: order.number,
      currency: order.currency,
      taxMode: order.tax_mode,
      cashRounding: order.cash_rounding,
      discount: order.discount,
      totals: order.totals,
      lines: linesFromTotals(totals.value, order.lines),
      payments: paymentRecords(order, device),
      customerNote: order.customer_note,
      customerId: customer.id,
      occurredAt: order.completed_at,
    });
  } catch (error) {
    // The insert failed (the transaction is rolled back with the rejection): no check before it, the key itself is the check.
    if (isOrderIdTaken(error)) return err('order_exists', `An order ${order.id} already exists; a till sale gets a new id.`);
    throw error;
  }
  const created = written.order;
  await recordEvents(tx, [
    ...written.stockEvents,
    orderEvent(device.businessId, 'order.created', created, { deviceId: device.id, occurredAt: order.created_at }),
    ...paymentEvents(
      device,
      created,
      order.payments.map((p) => p.id),
      order.completed_at,
    ),
    ...(created.status === 'paid' ? [orderEvent(device.businessId, 'order.paid', created, { deviceId: device.id, occurredAt: order.completed_at })] : []),
  ]);
  return ok(customer.note);
}

/** The till took payment for an order created through the API: add the payments to the cloud's order. */
async function payApiOrder(tx: Queryable, device: DevicePrincipal, snapshot: OrderSnapshot): Promise<Applied> {
  const order = await lockOrder(tx, device.businessId, snapshot.id);
  if (!order || order.location_id !== device.locationId || order.livemode !== device.livemode)
    return err('unknown_order', `No order ${snapshot.id} at this till's location.`);
  if (order.status !== 'open' && order.status !== 'partially_paid') {
    return err(
      'order_not_open',
      `Order ${order.number} is already ${order.status.replace('_', ' ')}; the till's payment was not added (refund the customer if they paid twice).`,
    );
  }
  const balance = order.totals.balance_due;
  const paying = snapshot.payments.reduce((sum, p) => sum + p.amount, 0);
  if (!isSettled(balance, snapshot.payments, snapshot.cash_rounding) || paying > balance + snapshot.cash_rounding) {
    return err('amount_mismatch', `The till took ${paying} but order ${order.number} has ${balance} due.`);
  }
  const tips = checkTips(snapshot, order.totals.total, order.totals.tip);
  if (!tips.ok) return tips;
  let current = order;
  for (const payment of paymentRecords(snapshot, device)) current = (await addPayment(tx, device.businessId, order.id, payment)).order;
  await recordEvents(tx, [
    ...paymentEvents(
      device,
      current,
      snapshot.payments.map((p) => p.id),
      snapshot.completed_at,
    ),
    ...(current.status === 'paid' ? [orderEvent(device.businessId, 'order.paid', current, { deviceId: device.id, occurredAt: snapshot.completed_at })] : []),
  ]);
  return ok(null);
}

export async function applyVoid(tx: Queryable, device: DevicePrincipal, payload: TypedMutation<'order.voided'>['payload']): Promise<Applied> {
  const order = await lockOrder(tx, device.businessId, payload.order_id);
  if (!order || order.location_id !== device.locationId || order.livemode !== device.livemode)
    return err('unknown_order', `No order ${payload.order_id} at this till's location.`);
  if (order.status === 'voided') return err('already_voided', `Order ${order.number} is already voided.`);
  if (order.totals.amount_refunded > 0) return err('order_refunded', `Order ${order.number} has refunds; it cannot be voided.`);
  const voided = await voidOrder(tx, device.businessId, order.id, { at: payload.voided_at, reason: payload.reason });
  await recordDeviceOrderEvent(tx, device, 'order.voided', voided!, payload.voided_at, { reason: payload.reason });
  return ok(null);
}

export async function applyRefund(tx: Queryable, device: DevicePrincipal, refund: TypedMutation<'order.refunded'>['payload']['refund']): Promise<Applied> {
  const order = await lockOrder(tx, device.businessId, refund.order_id);
  if (!order || order.location_id !== device.locationId || order.livemode !== device.livemode)
    return err('unknown_order', `No order ${refund.order_id} at this till's location.`);
  if (order.status === 'voided') return err('order_voided', `Order ${order.number} is voided; it cannot be refunded.`);
  if (await tx.query('SELECT 1 FROM refunds WHERE id = $1', [refund.id]).then((r) => r.rowCount > 0))
    return err('refund_exists', `A refund ${refund.id} already exists.`);
  const state = {
    total: order.totals.total,
    payments: order.payments.map((p) => ({ id: p.id, method: p.method, amount: p.amount, status: p.status })),
    refunds: order.refunds.map((r) => ({
      id: r.id,
      payment_id: r.payment_id,
      amount: r.amount,
      lines: r.lines.map((l) => ({ line_id: l.line_id, quantity: l.quantity })),
    })),
    lines: order.lines,
  };
  const valid = validateRefund(state, { id: refund.id, payment_id: refund.payment_id, amount: refund.amount, lines: refund.lines });
  if (!valid.ok) return valid;
  const byLines = refund.lines.length > 0 ? refundForLines(state, refund.lines) : null;
  if (byLines && !byLines.ok) return byLines;
  const { order: after, refund: stored } = await addRefund(tx, device.businessId, order.id, {
    id: refund.id,
    payment_id: refund.payment_id,
    amount: refund.amount,
    reason: refund.reason,
    lines: byLines ? byLines.value.lines.map((l) => ({ line_id: l.line_id, quantity: l.quantity, amount: l.gross, tax: l.tax })) : [],
    tax_breakdown: byLines ? byLines.value.tax_breakdown : [],
    device_id: device.id,
    occurred_at: refund.created_at,
  });
  await recordDeviceOrderEvent(tx, device, 'order.refunded', after, refund.created_at, { refund: stored });
  return ok(null);
}

export async function applyPaymentFailed(
  tx: Queryable,
  device: DevicePrincipal,
  payment: TypedMutation<'payment.failed'>['payload']['payment'],
): Promise<Applied> {
  const { rows } = await tx.query<{ currency: string }>('SELECT currency FROM locations WHERE id = $1', [device.locationId]);
  const recorded = await recordFailedPayment(tx, {
    id: payment.id,
    businessId: device.businessId,
    locationId: device.locationId,
    orderId: payment.order_id,
    source: 'till',
    method: payment.method,
    amount: payment.amount,
    tip: payment.tip ?? 0,
    currency: rows[0]!.currency,
    failureCode: payment.failure_code,
    failureMessage: payment.failure_message,
    card: payment.card,
    deviceId: device.id,
    staffId: payment.staff_id,
    shiftId: payment.shift_id,
    occurredAt: payment.created_at,
  });
  return recorded ? ok(null) : err('payment_exists', `A payment attempt ${payment.id} already exists.`);
}
