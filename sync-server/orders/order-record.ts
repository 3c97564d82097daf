// What a new order is made of, as insertOrder / writeOrder (orders-repository.ts) take it: its lines
// with their computed totals, payments and refunds, and linesFromTotals to build the lines from
// core's computeOrderTotals result, and lineRows to turn them into order_lines rows. Types and pure
// functions; nothing here touches the database.
import type { Discount } from '../../core/api/orders';
import type { TaxMode } from '../../core/schema-primitives';
import type { TaxBreakdownLine } from '../../core/tax';
import type { LineTotals, OrderTotals } from '../../core/order-totals';
import type { LineWeight } from '../../core/weighed-price';
import type { LinePriceOverride } from '../../core/sync/order-snapshot';
import { newId } from '../../core/ids';
import type { LineRow } from './order-api-mapping';

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

/** An order's lines as order_lines rows, in order (`position`), each with its id (made when absent). */
export function lineRows(orderId: string, lines: NewOrderLine[]): LineRow[] {
  return lines.map((line, position) => ({
    id: line.id ?? newId('lin'),
    order_id: orderId,
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
}
