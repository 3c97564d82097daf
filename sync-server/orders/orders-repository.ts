// Orders in the database: insert a complete order (lines, payments, refunds) from either source,
// read orders back as API v1 objects, and add payments and refunds. Every function that writes
// takes the caller's transaction: the caller records the matching events in that same transaction
// (recordOrderEvent below, or events/outbox.ts recordEvent) so there is no change without its event.
// The row-to-API mapping is order-api-mapping.ts, stock changes and their events stock.ts, reads
// and lists orders-read.ts (re-exported here), the API's one-statement order placement place-api-order.ts.
//
// Contract for till sync (SPEC §5.6 "till sales are facts"): call `insertOrder(tx, record)` with
// source 'till' and the lines, totals, payments and refunds exactly as the till computed them; the
// server stores them as given (it never re-prices a till sale) and derives only the status and the
// paid/refunded sums. Stock of tracked products is decremented (stock.ts), with inventory events.
import type { Discount, Order, Payment, Refund } from '../../core/api/orders';
import { newId } from '../../core/ids';
import { orderStatus, type OrderStatus } from '../../core/payments';
import type { TaxMode } from '../../core/schema-primitives';
import type { TaxBreakdownLine } from '../../core/tax';
import type { LineTotals, OrderTotals } from '../../core/order-totals';
import { recordEvents, type NewEvent } from '../events/outbox';
import type { Queryable } from '../storage/database';
import { toApiOrder, type LineRow, type OrderRow } from './order-api-mapping';
import { getOrder } from './orders-read';
import { adjustStock } from './stock';
import type { LineWeight } from '../../core/weighed-price';
import type { LinePriceOverride } from '../../core/sync/order-snapshot';

export { getOrder, listOrders, loadOrders, lockOrder, type OrderListFilter } from './orders-read';

/**
 * One line as rung up: its computed totals (core/order-totals `LineTotals`, money in minor units in
 * the order's tax mode) plus what the line is.
 */
export interface NewOrderLine extends Omit<LineTotals, 'id'> {
  /** lin_…; generated when absent. Tills send their own so refunds can name the line. */
  id?: string;
  product_id: string | null;
  name: string;
  /** product price before modifiers */
  base_price: number;
  modifiers: { id: string; name: string; price_delta: number }[];
  discount?: Discount | null;
  note?: string | null;
  /** a weighed line's weighing (null / absent: sold by the piece) */
  weight?: LineWeight | null;
  /** the price was changed at the till (null / absent: the product's price) */
  price_override?: LinePriceOverride | null;
}

export interface NewPayment {
  /** pay_…; generated when absent */
  id?: string;
  method: 'cash' | 'card' | 'external';
  status?: 'succeeded' | 'failed' | 'pending';
  amount: number;
  /** on top of amount, never applied to the order (core/tips.ts); default 0 */
  tip?: number;
  tendered?: number | null;
  change?: number | null;
  reference?: string | null;
  /** card terminal result, e.g. {brand, last4, receipt_lines} */
  card?: Record<string, unknown> | null;
  device_id?: string | null;
  occurred_at?: Date | string;
}

export interface NewRefund {
  /** ref_…; generated when absent */
  id?: string;
  payment_id?: string | null;
  amount: number;
  /** tip given back with the amount (a cancel only, docs/decisions.md); default 0 */
  tip?: number;
  reason?: string;
  lines?: { line_id: string; quantity: number; amount: number; tax: number }[];
  tax_breakdown?: TaxBreakdownLine[];
  device_id?: string | null;
  occurred_at?: Date | string;
}

/** Everything `insertOrder` needs. */
export interface NewOrderRecord {
  /** ord_…; generated when absent */
  id?: string;
  businessId: string;
  locationId: string;
  source: 'till' | 'api';
  deviceId?: string | null;
  staffId?: string | null;
  shiftId?: string | null;
  /** the till's order number; API orders get the location's next `API-<n>` when absent */
  number?: string;
  currency: string;
  taxMode: TaxMode;
  cashRounding?: number;
  discount?: Discount | null;
  totals: { subtotal: number; discount_total: number; tax_total: number; net_total: number; total: number; tax_breakdown: TaxBreakdownLine[] };
  lines: NewOrderLine[];
  payments?: NewPayment[];
  refunds?: NewRefund[];
  externalRef?: string | null;
  customerNote?: string | null;
  customerId?: string | null;
  /** when it happened (the till's clock); defaults to now */
  occurredAt?: Date | string;
  voidedAt?: Date | string | null;
  voidReason?: string | null;
}

/** Builds the lines of a record from core's computeOrderTotals result and the line inputs it was given. */
export function linesFromTotals(
  totals: OrderTotals,
  inputs: {
    id: string;
    product_id: string | null;
    name: string;
    unit_price: number;
    modifiers?: { id: string; name: string; price_delta: number }[];
    discount?: Discount | null;
    note?: string | null;
    weight?: LineWeight | null;
    price_override?: LinePriceOverride | null;
  }[],
): NewOrderLine[] {
  return totals.lines.map((line, i) => {
    const input = inputs[i]!;
    return {
      id: line.id,
      product_id: input.product_id,
      name: input.name,
      quantity: line.quantity,
      base_price: input.unit_price,
      unit_price: line.unit_price,
      modifiers: input.modifiers ?? [],
      discount: input.discount ?? null,
      gross_before_discount: line.gross_before_discount,
      line_discount: line.line_discount,
      order_discount_share: line.order_discount_share,
      subtotal: line.subtotal,
      net: line.net,
      tax: line.tax,
      total: line.total,
      tax_rate_id: line.tax_rate_id,
      rate_ppm: line.rate_ppm,
      note: input.note ?? null,
      weight: input.weight ?? null,
      price_override: input.price_override ?? null,
    };
  });
}

function statusOf(
  total: number,
  payments: { id: string; method: Payment['method']; amount: number; status?: Payment['status'] }[],
  refunds: { id: string; amount: number }[],
  cashRounding: number,
  voided: boolean,
): OrderStatus {
  return orderStatus({ total, payments, refunds, voided, cash_rounding: cashRounding });
}

/** What `writeOrder` wrote: the order as the API shows it, and the stock events the caller must record. */
export interface WrittenOrder {
  order: Order;
  stockEvents: NewEvent[];
}

/** Persists a complete order (lines, payments, refunds), adjusts stock and records the stock events. Returns the API object. */
export async function insertOrder(tx: Queryable, record: NewOrderRecord): Promise<Order> {
  const { order, stockEvents } = await writeOrder(tx, record);
  await recordEvents(tx, stockEvents);
  return order;
}

/**
 * Persists a complete order in two statements: the order with its lines, payments and refunds (and,
 * for an API order without a number, the location's next number) in one, the stock of every sold
 * product in the other. The API object is built from what was written, not read back. The stock
 * events are returned so the caller records them together with its own (recordEvents).
 *
 * Hot rows come last: the number counter (one row per location) and the sold products stay locked
 * until commit, so callers do their reads first and call this at the end of their transaction.
 */
export async function writeOrder(tx: Queryable, record: NewOrderRecord): Promise<WrittenOrder> {
  const id = record.id ?? newId('ord');
  const payments = (record.payments ?? []).map((p) => ({ ...p, id: p.id ?? newId('pay'), status: p.status ?? 'succeeded' }));
  const refunds = (record.refunds ?? []).map((r) => ({ ...r, id: r.id ?? newId('ref') }));
  const cashRounding = record.cashRounding ?? 1;
  const voidedAt = record.voidedAt ? new Date(record.voidedAt) : null;
  const status = statusOf(record.totals.total, payments, refunds, cashRounding, voidedAt !== null);
  const amountPaid = payments.filter((p) => p.status === 'succeeded').reduce((sum, p) => sum + p.amount, 0);
  const tip = payments.filter((p) => p.status === 'succeeded').reduce((sum, p) => sum + (p.tip ?? 0), 0);
  const amountRefunded = refunds.reduce((sum, r) => sum + r.amount, 0);
  const t = record.totals;
  const at = record.occurredAt ? new Date(record.occurredAt) : new Date();

  const lines: Omit<LineRow, 'order_id'>[] = record.lines.map((line, position) => ({
    id: line.id ?? newId('lin'),
    position,
    product_id: line.product_id,
    name: line.name,
    quantity: line.quantity,
    base_price: line.base_price,
    unit_price: line.unit_price,
    modifiers: line.modifiers,
    discount: line.discount ?? null,
    gross_before_discount: line.gross_before_discount,
    line_discount: line.line_discount,
    order_discount_share: line.order_discount_share,
    subtotal: line.subtotal,
    net: line.net,
    tax: line.tax,
    total: line.total,
    tax_rate_id: line.tax_rate_id,
    rate_ppm: line.rate_ppm,
    note: line.note ?? null,
    weight: line.weight ?? null,
    price_override: line.price_override ?? null,
  }));
  const paymentRows = payments.map((p) => ({
    id: p.id,
    method: p.method,
    status: p.status,
    amount: p.amount,
    tip: p.tip ?? 0,
    tendered: p.tendered ?? null,
    change: p.change ?? null,
    reference: p.reference ?? null,
    card: p.card ?? null,
    device_id: p.device_id ?? null,
    occurred_at: p.occurred_at ? new Date(p.occurred_at) : at,
  }));
  const refundRows = refunds.map((r) => ({
    id: r.id,
    payment_id: r.payment_id ?? null,
    amount: r.amount,
    reason: r.reason ?? '',
    tax_breakdown: r.tax_breakdown ?? [],
    device_id: r.device_id ?? null,
    occurred_at: r.occurred_at ? new Date(r.occurred_at) : at,
  }));
  const refundLineRows = refunds.flatMap((r) =>
    (r.lines ?? []).map((l) => ({ refund_id: r.id, line_id: l.line_id, quantity: l.quantity, amount: l.amount, tax: l.tax })),
  );

  // One statement; the child rows' foreign keys are checked at its end, when the order row exists.
  const { rows } = await tx.query<{ number: string; occurred_at: Date; created_at: Date; updated_at: Date; livemode: boolean }>(
    `WITH num AS (
       INSERT INTO order_number_counters (location_id, last_number) SELECT $3, 1001 WHERE $4::text IS NULL
       ON CONFLICT (location_id) DO UPDATE SET last_number = order_number_counters.last_number + 1
       RETURNING last_number
     ), o AS (
       INSERT INTO orders (id, business_id, location_id, source, device_id, staff_id, shift_id, number, status, currency, tax_mode,
         cash_rounding, discount, subtotal, discount_total, tax_total, net_total, total, amount_paid, tip, amount_refunded, tax_breakdown,
         external_ref, customer_note, customer_id, occurred_at, voided_at, void_reason)
       SELECT $1, $2, $3, r.source, r.device_id, r.staff_id, r.shift_id, COALESCE($4, 'API-' || (SELECT last_number FROM num)), r.status, r.currency, r.tax_mode,
         r.cash_rounding, r.discount, r.subtotal, r.discount_total, r.tax_total, r.net_total, r.total, r.amount_paid, r.tip, r.amount_refunded, r.tax_breakdown,
         r.external_ref, r.customer_note, r.customer_id, COALESCE(r.occurred_at, now()), r.voided_at, r.void_reason
       FROM jsonb_populate_record(NULL::orders, $5::jsonb) r
       RETURNING number, occurred_at, created_at, updated_at, livemode
     ), l AS (
       INSERT INTO order_lines (id, order_id, business_id, position, product_id, name, quantity, base_price, unit_price, modifiers, discount,
         gross_before_discount, line_discount, order_discount_share, subtotal, net, tax, total, tax_rate_id, rate_ppm, note, weight, price_override)
       SELECT r.id, $1, $2, r.position, r.product_id, r.name, r.quantity, r.base_price, r.unit_price, r.modifiers, r.discount,
         r.gross_before_discount, r.line_discount, r.order_discount_share, r.subtotal, r.net, r.tax, r.total, r.tax_rate_id, r.rate_ppm, r.note, r.weight, r.price_override
       FROM jsonb_populate_recordset(NULL::order_lines, $6::jsonb) r
     ), p AS (
       INSERT INTO payments (id, order_id, business_id, location_id, method, status, amount, tip, tendered, change, reference, card, device_id, occurred_at)
       SELECT r.id, $1, $2, $3, r.method, r.status, r.amount, r.tip, r.tendered, r.change, r.reference, r.card, r.device_id, r.occurred_at
       FROM jsonb_populate_recordset(NULL::payments, $7::jsonb) r
     ), rf AS (
       INSERT INTO refunds (id, order_id, business_id, location_id, payment_id, amount, reason, tax_breakdown, device_id, occurred_at)
       SELECT r.id, $1, $2, $3, r.payment_id, r.amount, r.reason, r.tax_breakdown, r.device_id, r.occurred_at
       FROM jsonb_populate_recordset(NULL::refunds, $8::jsonb) r
     ), rl AS (
       INSERT INTO refund_lines (business_id, refund_id, line_id, quantity, amount, tax)
       SELECT $2, r.refund_id, r.line_id, r.quantity, r.amount, r.tax FROM jsonb_populate_recordset(NULL::refund_lines, $9::jsonb) r
     )
     SELECT * FROM o`,
    [
      id,
      record.businessId,
      record.locationId,
      record.number ?? null,
      JSON.stringify({
        source: record.source,
        device_id: record.deviceId ?? null,
        staff_id: record.staffId ?? null,
        shift_id: record.shiftId ?? null,
        status,
        currency: record.currency,
        tax_mode: record.taxMode,
        cash_rounding: cashRounding,
        discount: record.discount ?? null,
        subtotal: t.subtotal,
        discount_total: t.discount_total,
        tax_total: t.tax_total,
        net_total: t.net_total,
        total: t.total,
        amount_paid: amountPaid,
        tip,
        amount_refunded: amountRefunded,
        tax_breakdown: t.tax_breakdown,
        external_ref: record.externalRef ?? null,
        customer_note: record.customerNote ?? null,
        customer_id: record.customerId ?? null,
        occurred_at: record.occurredAt ? new Date(record.occurredAt) : null,
        voided_at: voidedAt,
        void_reason: record.voidReason ?? null,
      }),
      JSON.stringify(lines),
      JSON.stringify(paymentRows),
      JSON.stringify(refundRows),
      JSON.stringify(refundLineRows),
    ],
  );
  const written = rows[0]!;
  const row: OrderRow = {
    id,
    business_id: record.businessId,
    location_id: record.locationId,
    source: record.source,
    device_id: record.deviceId ?? null,
    staff_id: record.staffId ?? null,
    number: written.number,
    status,
    currency: record.currency,
    tax_mode: record.taxMode,
    cash_rounding: cashRounding,
    discount: record.discount ?? null,
    subtotal: t.subtotal,
    discount_total: t.discount_total,
    tax_total: t.tax_total,
    net_total: t.net_total,
    total: t.total,
    amount_paid: amountPaid,
    tip,
    amount_refunded: amountRefunded,
    tax_breakdown: t.tax_breakdown,
    external_ref: record.externalRef ?? null,
    customer_note: record.customerNote ?? null,
    customer_id: record.customerId ?? null,
    occurred_at: written.occurred_at,
    created_at: written.created_at,
    updated_at: written.updated_at,
    voided_at: voidedAt,
    livemode: written.livemode,
  };
  // Sorted as loadOrders sorts them (created_at is the same for every row of one transaction).
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const order = toApiOrder(
    row,
    lines.map((l) => ({ ...l, order_id: id })),
    paymentRows.map((p) => ({ ...p, order_id: id, created_at: written.created_at })).sort(byId),
    refundRows.map((r) => ({ ...r, order_id: id, created_at: written.created_at })).sort(byId),
    [...refundLineRows].sort((a, b) => (a.line_id < b.line_id ? -1 : a.line_id > b.line_id ? 1 : 0)),
  );
  const stockEvents = await adjustStock(tx, record.businessId, record.locationId, record.lines, record.deviceId ?? null, at);
  return { order, stockEvents };
}

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

/** An order event (`order.created`, `order.paid`, …) with the order as `data.object`, for recordEvent(s). */
export function orderEvent(
  businessId: string,
  type: string,
  order: Order,
  options: { occurredAt?: Date | string; deviceId?: string | null; extra?: Record<string, unknown> } = {},
): NewEvent {
  return {
    businessId,
    type,
    locationId: order.location_id,
    deviceId: options.deviceId !== undefined ? options.deviceId : order.device_id,
    occurredAt: options.occurredAt ?? new Date(),
    data: { object: order, ...options.extra },
  };
}

/** Records an order event (`order.created`, `order.paid`, …) with the order as `data.object`. */
export async function recordOrderEvent(
  tx: Queryable,
  businessId: string,
  type: string,
  order: Order,
  options: { occurredAt?: Date | string; extra?: Record<string, unknown> } = {},
): Promise<void> {
  await recordEvents(tx, [orderEvent(businessId, type, order, options)]);
}

/** Re-derives paid/refunded sums and the status after a payment or refund, and bumps updated_at. */
async function refreshOrderMoney(tx: Queryable, businessId: string, orderId: string): Promise<Order> {
  const current = (await getOrder(tx, businessId, orderId))!;
  const payments = current.payments.map((p) => ({ id: p.id, method: p.method, amount: p.amount, status: p.status }));
  const refunds = current.refunds.map((r) => ({ id: r.id, amount: r.amount }));
  const { rows } = await tx.query<{ cash_rounding: number }>('SELECT cash_rounding FROM orders WHERE id = $1', [orderId]);
  const status = statusOf(current.totals.total, payments, refunds, rows[0]!.cash_rounding, current.voided_at !== null);
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
