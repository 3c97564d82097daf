// Orders as API v1 objects: the database row shapes of an order and its lines, payments and refunds,
// and the one mapping from those rows to the API's Order (money as stored, times as ISO strings).
import type { Discount, Order, OrderLine, Payment } from '../../core/api/orders';
import { balanceDue, type OrderStatus } from '../../core/payments';
import type { TaxMode } from '../../core/schema-primitives';
import type { TaxBreakdownLine } from '../../core/tax';

export interface OrderRow {
  id: string;
  business_id: string;
  location_id: string;
  source: 'till' | 'api';
  device_id: string | null;
  staff_id: string | null;
  number: string;
  status: OrderStatus;
  currency: string;
  tax_mode: TaxMode;
  cash_rounding: number;
  discount: Discount | null;
  subtotal: number;
  discount_total: number;
  tax_total: number;
  net_total: number;
  total: number;
  amount_paid: number;
  /** Σ tip of succeeded payments (migration 0110) */
  tip: number;
  amount_refunded: number;
  tax_breakdown: TaxBreakdownLine[];
  external_ref: string | null;
  customer_note: string | null;
  customer_id: string | null;
  livemode: boolean;
  occurred_at: Date;
  created_at: Date;
  updated_at: Date;
  voided_at: Date | null;
}

export interface LineRow extends Omit<OrderLine, 'discount' | 'note' | 'weight' | 'price_override'> {
  order_id: string;
  position: number;
  discount: Discount | null;
  note: string | null;
  weight: OrderLine['weight'];
  price_override: OrderLine['price_override'];
}

export interface PaymentRow extends Omit<Payment, 'object' | 'occurred_at' | 'created_at' | 'livemode'> {
  occurred_at: Date;
  created_at: Date;
}

export interface RefundRow {
  id: string;
  order_id: string;
  payment_id: string | null;
  amount: number;
  /** tip given back with it (migration 0111; a cancel only) */
  tip?: number;
  reason: string;
  tax_breakdown: TaxBreakdownLine[];
  device_id: string | null;
  occurred_at: Date;
  created_at: Date;
}

export interface RefundLineRow {
  refund_id: string;
  line_id: string;
  quantity: number;
  amount: number;
  tax: number;
}

export const iso = (value: Date | string): string => new Date(value).toISOString();

/** Serializes database rows to the API v1 Order. */
export function toApiOrder(row: OrderRow, lines: LineRow[], payments: PaymentRow[], refunds: RefundRow[], refundLines: RefundLineRow[]): Order {
  const counted = payments.map((p) => ({ id: p.id, method: p.method, amount: p.amount, status: p.status }));
  const refundSums = refunds.map((r) => ({ id: r.id, amount: r.amount }));
  const settledBalance = row.voided_at ? 0 : balanceDue(row.total, counted, refundSums, row.cash_rounding);
  return {
    id: row.id,
    object: 'order',
    location_id: row.location_id,
    source: row.source,
    device_id: row.device_id,
    staff_id: row.staff_id,
    number: row.number,
    status: row.status,
    currency: row.currency,
    tax_mode: row.tax_mode,
    lines: lines.map((l) => ({
      id: l.id,
      product_id: l.product_id,
      name: l.name,
      quantity: l.quantity,
      base_price: l.base_price,
      unit_price: l.unit_price,
      modifiers: l.modifiers,
      discount: l.discount,
      gross_before_discount: l.gross_before_discount,
      line_discount: l.line_discount,
      order_discount_share: l.order_discount_share,
      subtotal: l.subtotal,
      net: l.net,
      tax: l.tax,
      total: l.total,
      tax_rate_id: l.tax_rate_id,
      rate_ppm: l.rate_ppm,
      note: l.note,
      weight: l.weight ?? null,
      price_override: l.price_override ?? null,
    })),
    discount: row.discount,
    totals: {
      subtotal: row.subtotal,
      discount_total: row.discount_total,
      tax_total: row.tax_total,
      net_total: row.net_total,
      total: row.total,
      amount_paid: row.amount_paid,
      tip: row.tip,
      amount_collected: row.amount_paid + row.tip,
      amount_refunded: row.amount_refunded,
      tip_refunded: payments.filter((p) => p.status === 'succeeded').reduce((sum, p) => sum + (p.tip_refunded ?? 0), 0),
      balance_due: settledBalance,
    },
    tax_breakdown: row.tax_breakdown,
    payments: payments.map((p) => ({
      id: p.id,
      object: 'payment',
      order_id: p.order_id,
      method: p.method,
      status: p.status,
      amount: p.amount,
      tip: p.tip,
      tendered: p.tendered,
      change: p.change,
      reference: p.reference,
      card: p.card,
      device_id: p.device_id,
      amount_refunded: refunds.filter((r) => r.payment_id === p.id).reduce((sum, r) => sum + r.amount, 0),
      tip_refunded: p.tip_refunded ?? 0,
      livemode: row.livemode,
      occurred_at: iso(p.occurred_at),
      created_at: iso(p.created_at),
    })),
    refunds: refunds.map((r) => ({
      id: r.id,
      object: 'refund',
      order_id: r.order_id,
      payment_id: r.payment_id,
      amount: r.amount,
      tip: r.tip ?? 0,
      reason: r.reason,
      lines: refundLines.filter((rl) => rl.refund_id === r.id).map(({ line_id, quantity, amount, tax }) => ({ line_id, quantity, amount, tax })),
      tax_breakdown: r.tax_breakdown,
      device_id: r.device_id,
      livemode: row.livemode,
      occurred_at: iso(r.occurred_at),
      created_at: iso(r.created_at),
    })),
    external_ref: row.external_ref,
    customer_note: row.customer_note,
    customer_id: row.customer_id,
    livemode: row.livemode,
    occurred_at: iso(row.occurred_at),
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
    voided_at: row.voided_at ? iso(row.voided_at) : null,
  };
}
