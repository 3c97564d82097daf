// Refunds and voids of past sales on the till: each writes its refund or void rows and the outbox
// mutation in ONE Dexie transaction. Never more back than was paid (core/payments).
import { computeOrderTotals } from '../../core/order-totals';
import { refundForLines, refundTenders, validateRefund, type RefundableOrder } from '../../core/payments';
import { newId } from '../../core/ids';
import { err, ok, type Result } from '../../core/result';
import type { RefundRecord } from '../../core/sync/mutations';
import { appendMutation } from './outbox';
import { currentShift } from './shifts';
import { storageGuard } from './storage-guard';
import type { OrderRow, PaymentRow, RefundRow, TillDb } from './till-db';

/** What a refund of `order` may still give back, from its stored payments and refunds (the history screen shows the same). */
export function refundState(order: OrderRow, payments: PaymentRow[], refunds: RefundRow[]): RefundableOrder {
  const totals = computeOrderTotals({
    currency: order.currency,
    tax_mode: order.tax_mode,
    cash_rounding: order.cash_rounding,
    discount: order.discount,
    lines: order.lines,
  });
  return {
    total: order.totals.total,
    payments: payments.map((p) => ({ id: p.id, method: p.method, amount: p.amount })),
    refunds: refunds.map((r) => ({ id: r.id, payment_id: r.payment_id, amount: r.amount, lines: r.lines })),
    lines: totals.lines,
  };
}

async function refundableOrder(db: TillDb, order: OrderRow): Promise<RefundableOrder> {
  const payments = await db.payments.where('order_id').equals(order.id).toArray();
  const refunds = await db.refunds.where('order_id').equals(order.id).toArray();
  return refundState(order, payments, refunds);
}

export interface RecordRefundInput {
  orderId: string;
  /** money to give back; default: the value of `lines`, or everything still refundable */
  amount?: number;
  /** returned items; recorded on the first refund record */
  lines?: { line_id: string; quantity: number }[];
  /** the tender to refund to; default: spread over the original tenders, most recent first */
  paymentId?: string;
  reason: string;
  staffId: string;
  /** staff id of the manager who approved the refund by PIN (SPEC §12) */
  approvedBy?: string | null;
  now?: Date;
}

/**
 * Refunds (part of) a past sale to its original tender(s): one refund row and one `order.refunded`
 * mutation per tender touched, all in one transaction. Never more than was paid (core/payments).
 */
export async function recordRefund(db: TillDb, input: RecordRefundInput): Promise<Result<RefundRow[]>> {
  const now = (input.now ?? new Date()).toISOString();
  return storageGuard('refund', () =>
    db.transaction('rw', [db.settings, db.shifts, db.orders, db.payments, db.refunds, db.outbox], async () => {
      const order = await db.orders.get(input.orderId);
      if (!order) return err('unknown_order', `No order ${input.orderId} on this till.`);
      if (order.status === 'voided') return err('order_voided', 'A voided sale cannot be refunded.');
      const state = await refundableOrder(db, order);
      let amount = input.amount;
      if (amount === undefined && input.lines && input.lines.length > 0) {
        const byLines = refundForLines(state, input.lines);
        if (!byLines.ok) return byLines;
        amount = byLines.value.amount;
      }
      amount ??= state.payments.reduce((s, p) => s + p.amount, 0) - state.refunds.reduce((s, r) => s + r.amount, 0);
      let shares: { payment_id: string; method: RefundRecord['method']; amount: number }[];
      if (input.paymentId) {
        const payment = state.payments.find((p) => p.id === input.paymentId);
        if (!payment) return err('unknown_payment', `Order has no payment ${input.paymentId}.`);
        shares = [{ payment_id: payment.id, method: payment.method, amount }];
      } else {
        const spread = refundTenders(state, amount);
        if (!spread.ok) return spread;
        shares = spread.value;
      }
      const shift = await currentShift(db);
      const rows: RefundRow[] = [];
      let refunds = [...state.refunds];
      for (const [index, share] of shares.entries()) {
        const record: RefundRecord = {
          id: newId('ref'),
          order_id: order.id,
          payment_id: share.payment_id,
          method: share.method,
          amount: share.amount,
          lines: index === 0 ? (input.lines ?? []) : [],
          reason: input.reason,
          staff_id: input.staffId,
          shift_id: shift?.id ?? null,
          created_at: now,
          ...(input.approvedBy ? { approved_by: input.approvedBy } : {}),
        };
        const valid = validateRefund({ ...state, refunds }, { id: record.id, payment_id: record.payment_id, amount: record.amount, lines: record.lines });
        if (!valid.ok) return valid;
        refunds = [...refunds, { id: record.id, payment_id: record.payment_id, amount: record.amount, lines: record.lines }];
        rows.push(record);
      }
      for (const record of rows) {
        await db.refunds.add(record);
        const payment = record.payment_id ? await db.payments.get(record.payment_id) : undefined;
        if (payment) await db.payments.update(payment.id, { refunded_amount: payment.refunded_amount + record.amount });
        await appendMutation(db, 'order.refunded', { refund: record }, now);
      }
      const refunded = order.refunded_amount + rows.reduce((s, r) => s + r.amount, 0);
      const paid = state.payments.reduce((s, p) => s + p.amount, 0);
      await db.orders.update(order.id, { refunded_amount: refunded, status: refunded >= paid ? 'refunded' : 'partially_refunded' });
      return ok(rows);
    }),
  );
}

export interface RecordVoidInput {
  orderId: string;
  reason: string;
  staffId: string;
  /** staff id of the manager who approved the void by PIN (SPEC §12) */
  approvedBy?: string | null;
  now?: Date;
}

/**
 * Voids a sale of the open shift that has no refunds: its tenders are given back (card tenders
 * must have been reversed on the terminal first) and an `order.voided` mutation is queued.
 * A sale of an earlier shift is refunded instead, so closed Z reports never change.
 */
export async function recordVoid(db: TillDb, input: RecordVoidInput): Promise<Result<OrderRow>> {
  const now = (input.now ?? new Date()).toISOString();
  return storageGuard('void', () =>
    db.transaction('rw', [db.settings, db.shifts, db.orders, db.payments, db.outbox], async () => {
      const order = await db.orders.get(input.orderId);
      if (!order) return err('unknown_order', `No order ${input.orderId} on this till.`);
      if (order.status !== 'paid') return err('not_voidable', `A ${order.status.replace('_', ' ')} sale cannot be voided; refund it instead.`);
      const shift = await currentShift(db);
      if (!shift || order.shift_id !== shift.id) return err('not_voidable', 'Only sales of the open shift can be voided; refund it instead.');
      const payments = await db.payments.where('order_id').equals(order.id).toArray();
      await appendMutation(
        db,
        'order.voided',
        {
          order_id: order.id,
          reason: input.reason,
          staff_id: input.staffId,
          shift_id: shift.id,
          voided_at: now,
          reversals: payments.map((p) => ({ payment_id: p.id, method: p.method, amount: p.amount + (p.tip ?? 0) })),
          ...(input.approvedBy ? { approved_by: input.approvedBy } : {}),
        },
        now,
      );
      const updated: OrderRow = { ...order, status: 'voided', voided_at: now, void_reason: input.reason };
      await db.orders.put(updated);
      return ok(updated);
    }),
  );
}

/**
 * Voids an API-created order that is still open (the customer never came): it leaves the till's
 * open list and an `order.voided` mutation tells the cloud, in one transaction.
 */
export async function voidOpenOrder(db: TillDb, input: RecordVoidInput): Promise<Result<null>> {
  const now = (input.now ?? new Date()).toISOString();
  return storageGuard('open order void', () =>
    db.transaction('rw', [db.settings, db.shifts, db.openOrders, db.outbox], async () => {
      const open = await db.openOrders.get(input.orderId);
      if (!open) return err('unknown_order', `No open order ${input.orderId} on this till.`);
      const shift = await currentShift(db);
      await db.openOrders.delete(open.id);
      await appendMutation(
        db,
        'order.voided',
        { order_id: open.id, reason: input.reason, staff_id: input.staffId, shift_id: shift?.id ?? null, voided_at: now, reversals: [] },
        now,
      );
      return ok(null);
    }),
  );
}
