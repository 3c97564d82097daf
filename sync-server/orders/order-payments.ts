// Payments, refunds and voids on an order that already exists: each adds its rows, then re-derives
// the order's paid/refunded sums and status. The caller locks the order first (orders-read.ts
// lockOrder) and records the matching events in the same transaction (recordOrderEvent in
// orders-repository.ts). Orders are written whole by orders-repository.ts writeOrder.
import type { Order, Payment, Refund } from '../../core/api/orders';
import { newId } from '../../core/ids';
import { orderStatus } from '../../core/payments';
import type { Queryable } from '../storage/database';
import type { NewPayment, NewRefund } from './order-record';
import { getOrder } from './orders-read';

async function insertPaymentRow(
  tx: Queryable,
  businessId: string,
  locationId: string,
  orderId: string,
  p: NewPayment & { id: string },
  fallbackTime: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO payments (id, order_id, business_id, location_id, method, status, amount, tip, tendered, change, reference, card, device_id, occurred_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)`,
    [
      p.id,
      orderId,
      businessId,
      locationId,
      p.method,
      p.status ?? 'succeeded',
      p.amount,
      p.tip ?? 0,
      p.tendered ?? null,
      p.change ?? null,
      p.reference ?? null,
      p.card ? JSON.stringify(p.card) : null,
      p.device_id ?? null,
      p.occurred_at ? new Date(p.occurred_at) : fallbackTime,
    ],
  );
}

async function insertRefundRow(
  tx: Queryable,
  businessId: string,
  locationId: string,
  orderId: string,
  r: NewRefund & { id: string },
  fallbackTime: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO refunds (id, order_id, business_id, location_id, payment_id, amount, tip, reason, tax_breakdown, device_id, occurred_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
    [
      r.id,
      orderId,
      businessId,
      locationId,
      r.payment_id ?? null,
      r.amount,
      r.tip ?? 0,
      r.reason ?? '',
      JSON.stringify(r.tax_breakdown ?? []),
      r.device_id ?? null,
      r.occurred_at ? new Date(r.occurred_at) : fallbackTime,
    ],
  );
  if ((r.tip ?? 0) > 0) {
    await tx.query('UPDATE payments SET tip_refunded = tip_refunded + $2 WHERE id = $1 AND order_id = $3', [r.payment_id, r.tip, orderId]);
  }
  for (const line of r.lines ?? []) {
    await tx.query('INSERT INTO refund_lines (business_id, refund_id, line_id, quantity, amount, tax) VALUES ($1,$2,$3,$4,$5,$6)', [
      businessId,
      r.id,
      line.line_id,
      line.quantity,
      line.amount,
      line.tax,
    ]);
  }
}

/** Re-derives paid/refunded sums and the status after a payment or refund, and bumps updated_at. */
async function refreshOrderMoney(tx: Queryable, businessId: string, orderId: string): Promise<Order> {
  const current = (await getOrder(tx, businessId, orderId))!;
  const payments = current.payments.map((p) => ({ id: p.id, method: p.method, amount: p.amount, status: p.status }));
  const refunds = current.refunds.map((r) => ({ id: r.id, amount: r.amount }));
  const { rows } = await tx.query<{ cash_rounding: number }>('SELECT cash_rounding FROM orders WHERE id = $1', [orderId]);
  const status = orderStatus({ total: current.totals.total, payments, refunds, voided: current.voided_at !== null, cash_rounding: rows[0]!.cash_rounding });
  const paid = payments.filter((p) => p.status === 'succeeded').reduce((s, p) => s + p.amount, 0);
  const tip = current.payments.filter((p) => p.status === 'succeeded').reduce((s, p) => s + p.tip, 0);
  const refunded = refunds.reduce((s, r) => s + r.amount, 0);
  await tx.query('UPDATE orders SET status = $2, amount_paid = $3, amount_refunded = $4, tip = $5, updated_at = now() WHERE id = $1', [
    orderId,
    status,
    paid,
    refunded,
    tip,
  ]);
  return (await getOrder(tx, businessId, orderId))!;
}

/** Adds a payment to an existing order (lock it first with lockOrder). Returns the order after it and the payment. */
export async function addPayment(tx: Queryable, businessId: string, orderId: string, payment: NewPayment): Promise<{ order: Order; payment: Payment }> {
  const { rows } = await tx.query<{ location_id: string }>('SELECT location_id FROM orders WHERE id = $1 AND business_id = $2', [orderId, businessId]);
  if (!rows[0]) throw new Error(`order ${orderId} does not exist`);
  const withId = { ...payment, id: payment.id ?? newId('pay') };
  await insertPaymentRow(tx, businessId, rows[0].location_id, orderId, withId, new Date());
  const order = await refreshOrderMoney(tx, businessId, orderId);
  return { order, payment: order.payments.find((p) => p.id === withId.id)! };
}

/** Adds a refund (validated by the caller with core/payments validateRefund) to an existing, locked order. */
export async function addRefund(tx: Queryable, businessId: string, orderId: string, refund: NewRefund): Promise<{ order: Order; refund: Refund }> {
  const { rows } = await tx.query<{ location_id: string }>('SELECT location_id FROM orders WHERE id = $1 AND business_id = $2', [orderId, businessId]);
  if (!rows[0]) throw new Error(`order ${orderId} does not exist`);
  const withId = { ...refund, id: refund.id ?? newId('ref') };
  await insertRefundRow(tx, businessId, rows[0].location_id, orderId, withId, new Date());
  const order = await refreshOrderMoney(tx, businessId, orderId);
  return { order, refund: order.refunds.find((r) => r.id === withId.id)! };
}

/**
 * Marks an order voided (till `order.voided`, API cancel); returns it. A void gives back the whole
 * charge, so every succeeded payment's tip counts as given back (`tip_refunded`, docs/decisions.md).
 */
export async function voidOrder(
  tx: Queryable,
  businessId: string,
  orderId: string,
  options: { at?: Date | string; reason?: string | null } = {},
): Promise<Order | null> {
  await tx.query(`UPDATE payments SET tip_refunded = tip WHERE order_id = $1 AND business_id = $2 AND status = 'succeeded'`, [orderId, businessId]);
  const { rowCount } = await tx.query(
    `UPDATE orders SET status = 'voided', voided_at = $3, void_reason = $4, updated_at = now() WHERE id = $1 AND business_id = $2`,
    [orderId, businessId, options.at ? new Date(options.at) : new Date(), options.reason ?? null],
  );
  return rowCount === 0 ? null : getOrder(tx, businessId, orderId);
}
