// The rows a paid sale writes, built in memory from the cart, its tenders and the sale's context
// (no database access): the tender checks, the synced order snapshot, the order and payment rows.
import type { OrderTotals } from '../../core/order-totals';
import { isSettled, type Payment } from '../../core/payments';
import { newId } from '../../core/ids';
import { err, ok, type Result } from '../../core/result';
import { validateTip } from '../../core/tips';
import type { TillLocation } from '../../core/sync/catalog';
import type { OrderSnapshot, SnapshotPayment } from '../../core/sync/order-snapshot';
import type { RecordSaleInput, TenderInput } from './sales';
import { businessDay, type OrderRow, type Pairing, type PaymentRow } from './till-db';

/** The till's own order number: the device's tag and the counter (the caller stores the counter). */
export function orderNumber(counter: number, pairing: Pairing | undefined): string {
  const tag = pairing ? pairing.device_id.slice(-4) : 'TILL';
  return `${tag}-${String(counter).padStart(5, '0')}`;
}

/** Tenders that are positive, tips within the cap, cash covering amount + tip, and together the total (no more). */
export function checkTenders(tenders: TenderInput[], total: number, cashRounding: number): Result<null> {
  for (const tender of tenders) {
    if (!Number.isSafeInteger(tender.amount) || tender.amount <= 0) return err('invalid_tender', 'Every tender needs a positive amount.');
    if (tender.method === 'card' && !tender.id) return err('invalid_tender', 'A card tender needs the payment id its authorization used.');
    const tip = tender.tip ?? 0;
    if (!Number.isSafeInteger(tip) || tip < 0) return err('invalid_tip', 'A tip is a positive amount or none.');
    if (tender.tendered != null && (!Number.isSafeInteger(tender.tendered) || tender.tendered < tender.amount + tip)) {
      return err('invalid_tender', 'Cash handed over must be at least the amount applied plus the tip.');
    }
  }
  const tips = validateTip(
    total,
    0,
    tenders.reduce((sum, t) => sum + (t.tip ?? 0), 0),
  );
  if (!tips.ok) return tips;
  const payments: Payment[] = tenders.map((t, i) => ({ id: t.id ?? String(i), method: t.method, amount: t.amount }));
  if (!isSettled(total, payments, cashRounding)) return err('not_fully_paid', 'The tenders do not cover the total.');
  const paid = payments.reduce((sum, p) => sum + p.amount, 0);
  if (paid > total + cashRounding) return err('overpaid', 'The tenders exceed the total; give the difference as change.');
  return ok(null);
}

export interface SaleRows {
  snapshot: OrderSnapshot;
  order: OrderRow;
  payments: PaymentRow[];
}

/** Everything recordSale writes except the outbox row (which carries `snapshot`). */
export function saleRows(
  input: RecordSaleInput,
  sale: { orderId: string; number: string; location: TillLocation; shiftId: string; totals: OrderTotals; now: string },
): SaleRows {
  const { cart } = input;
  const { now, location } = sale;
  const payments: SnapshotPayment[] = input.tenders.map((t) => ({
    id: t.id ?? newId('pay'),
    method: t.method,
    amount: t.amount,
    ...(t.tip ? { tip: t.tip } : {}),
    tendered: t.method === 'cash' ? (t.tendered ?? t.amount + (t.tip ?? 0)) : null,
    change: t.method === 'cash' ? (t.tendered ?? t.amount + (t.tip ?? 0)) - t.amount - (t.tip ?? 0) : null,
    reference: t.reference ?? null,
    card: t.method === 'card' ? (t.card ?? null) : null,
    created_at: now,
  }));
  const { totals } = sale;
  const snapshot: OrderSnapshot = {
    id: sale.orderId,
    number: sale.number,
    source: cart.open_order_id ? 'api' : 'till',
    location_id: location.id,
    staff_id: input.staffId,
    shift_id: sale.shiftId,
    currency: location.currency,
    tax_mode: location.tax_mode,
    cash_rounding: location.cash_rounding,
    lines: cart.lines.map((l) => ({ ...l, modifiers: l.modifiers.map((m) => ({ id: m.id, name: m.name, price_delta: m.price_delta })) })),
    discount: cart.discount,
    totals: {
      subtotal: totals.subtotal,
      discount_total: totals.discount_total,
      tax_total: totals.tax_total,
      total: totals.total,
      net_total: totals.net_total,
      tax_breakdown: totals.tax_breakdown,
    },
    payments,
    customer_note: cart.customer_note,
    ...(cart.customer ? { customer_id: cart.customer.id } : {}),
    created_at: now,
    completed_at: now,
    ...(input.approvedBy ? { approved_by: input.approvedBy } : {}),
  };
  const { payments: _omit, ...orderFields } = snapshot;
  const order: OrderRow = {
    ...orderFields,
    status: 'paid',
    refunded_amount: 0,
    voided_at: null,
    void_reason: null,
    business_day: businessDay(now, location.timezone),
  };
  return { snapshot, order, payments: payments.map((p) => ({ ...p, order_id: sale.orderId, shift_id: sale.shiftId, refunded_amount: 0 })) };
}
