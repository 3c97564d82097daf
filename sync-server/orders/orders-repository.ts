// Orders in the database: write a complete order (lines, payments, refunds) from either source in
// one statement, adjust stock, and build order events. Every function that writes takes the caller's
// transaction: the caller records the matching events in that same transaction (recordOrderEvent
// below, or events/outbox.ts recordEvent) so there is no change without its event.
// What a new order is made of is order-record.ts; payments, refunds and voids on an existing order
// order-payments.ts; reads and lists orders-read.ts; the row-to-API mapping order-api-mapping.ts;
// stock changes and their events stock.ts; the API's one-statement order placement place-api-order.ts.
//
// Contract for till sync (SPEC §5.6 "till sales are facts"): call `insertOrder(tx, record)` with
// source 'till' and the lines, totals, payments and refunds exactly as the till computed them; the
// server stores them as given (it never re-prices a till sale) and derives only the status and the
// paid/refunded sums. Stock of tracked products is decremented (stock.ts), with inventory events.
import type { Order, Payment } from '../../core/api/orders';
import { newId } from '../../core/ids';
import { orderStatus, type OrderStatus } from '../../core/payments';
import { recordEvents, type NewEvent } from '../events/outbox';
import type { Queryable } from '../storage/database';
import { toApiOrder, type OrderRow } from './order-api-mapping';
import { lineRows, type NewOrderRecord } from './order-record';
import { adjustStock } from './stock';

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

  const lines = lineRows(id, record.lines);
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
  // What the stored row and the API object share, as the order is written.
  const fields = {
    source: record.source,
    device_id: record.deviceId ?? null,
    staff_id: record.staffId ?? null,
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
    voided_at: voidedAt,
  };
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
        ...fields,
        shift_id: record.shiftId ?? null,
        occurred_at: record.occurredAt ? new Date(record.occurredAt) : null,
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
    ...fields,
    id,
    business_id: record.businessId,
    location_id: record.locationId,
    number: written.number,
    occurred_at: written.occurred_at,
    created_at: written.created_at,
    updated_at: written.updated_at,
    livemode: written.livemode,
  };
  // Sorted as loadOrders sorts them (created_at is the same for every row of one transaction).
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const order = toApiOrder(
    row,
    lines,
    paymentRows.map((p) => ({ ...p, order_id: id, created_at: written.created_at })).sort(byId),
    refundRows.map((r) => ({ ...r, order_id: id, created_at: written.created_at })).sort(byId),
    [...refundLineRows].sort((a, b) => (a.line_id < b.line_id ? -1 : a.line_id > b.line_id ? 1 : 0)),
  );
  const stockEvents = await adjustStock(tx, record.businessId, record.locationId, record.lines, record.deviceId ?? null, at);
  return { order, stockEvents };
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
