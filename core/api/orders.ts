// API v1 Order with its lines, totals, payments and refunds (the same object for till sales and
// API orders; `source` tells them apart), and the bodies of the order, payment and refund POSTs.
import { Type, type Static } from 'typebox';
import { StorableTimestamp } from '../storable';
import { Money, Nullable, TaxModeSchema, Timestamp } from '../schema-primitives';
import { IdString, ListOf, ListQuery } from './common';

export const ORDER_STATUSES = ['open', 'partially_paid', 'paid', 'partially_refunded', 'refunded', 'voided'] as const;
export const PAYMENT_METHODS = ['cash', 'card', 'external'] as const;
export const PAYMENT_STATUSES = ['succeeded', 'failed', 'pending'] as const;

export const DiscountSchema = Type.Union(
  [
    Type.Object({ kind: Type.Literal('percent'), basis_points: Type.Integer({ minimum: 0, maximum: 10_000, description: '1000 = 10 %' }) }),
    Type.Object({ kind: Type.Literal('amount'), amount: Money() }),
  ],
  { title: 'Discount' },
);
export type Discount = Static<typeof DiscountSchema>;

export const OrderLineModifierSchema = Type.Object({ id: Type.String(), name: Type.String(), price_delta: Money() }, { title: 'OrderLineModifier' });

export const OrderLineWeightSchema = Type.Object(
  {
    net_grams: Type.Integer({ minimum: 1, description: 'weight sold (gross minus tare), grams' }),
    tare_grams: Type.Integer({ minimum: 0, description: 'container weight taken off, grams' }),
    price_per_kg: Money("price per kilogram, in the location's tax mode"),
  },
  {
    title: 'OrderLineWeight',
    description:
      'Present on a line sold by weight: one weighing, quantity 1, unit_price = price_per_kg × net_grams / 1000 rounded half up once to minor units.',
  },
);

export const OrderLinePriceOverrideSchema = Type.Object(
  {
    original_price: Money('the product price the cashier replaced (before modifiers); the new one is `base_price`'),
    approved_by: Nullable(
      Type.String({ description: "staff id of the manager whose PIN approved the change; null when the cashier's role may change prices" }),
    ),
  },
  {
    title: 'OrderLinePriceOverride',
    description: 'Present on a line whose price was changed at the till (a guarded action: a cashier needs a manager PIN). Never on a line sold by weight.',
  },
);

export const OrderLineSchema = Type.Object(
  {
    id: IdString('lin'),
    product_id: Nullable(Type.String()),
    name: Type.String(),
    quantity: Type.Integer({ minimum: 1 }),
    base_price: Money('product price before modifiers'),
    unit_price: Money('product price plus modifier deltas'),
    modifiers: Type.Array(OrderLineModifierSchema),
    discount: Nullable(DiscountSchema),
    gross_before_discount: Money('unit_price × quantity'),
    line_discount: Money(),
    order_discount_share: Money(),
    subtotal: Money("after discounts, in the location's tax mode"),
    net: Money(),
    tax: Money(),
    total: Money('what the customer pays for this line'),
    tax_rate_id: Type.String(),
    rate_ppm: Type.Integer({ minimum: 0 }),
    note: Nullable(Type.String()),
    weight: Nullable(OrderLineWeightSchema),
    price_override: Nullable(OrderLinePriceOverrideSchema),
  },
  { title: 'OrderLine' },
);
export type OrderLine = Static<typeof OrderLineSchema>;

export const TaxBreakdownSchema = Type.Object(
  { tax_rate_id: Type.String(), rate_ppm: Type.Integer(), net: Money(), tax: Money(), gross: Money() },
  { title: 'TaxBreakdown' },
);

export const PaymentSchema = Type.Object(
  {
    id: IdString('pay'),
    object: Type.Literal('payment'),
    order_id: IdString('ord'),
    method: Type.Enum(PAYMENT_METHODS),
    status: Type.Enum(PAYMENT_STATUSES),
    amount: Money('applied to the order, tip excluded'),
    tip: Money('added by the customer on top of amount (not taxed, not in the order total); a card was charged amount + tip'),
    tendered: Nullable(Money('cash handed over (covers amount + tip; the rest is change)')),
    change: Nullable(Money()),
    reference: Nullable(Type.String()),
    card: Nullable(Type.Object({}, { additionalProperties: true, description: 'card terminal result (brand, last4, slip lines)' })),
    device_id: Nullable(Type.String()),
    amount_refunded: Type.Optional(Money('refunded to this payment (refunds tied to it; an order-level refund by amount is in the order totals)')),
    tip_refunded: Type.Optional(
      Money('of tip, given back: the whole tip once the order is cancelled or voided (the whole charge goes back); a refund never gives back a tip'),
    ),
    failure_code: Type.Optional(Type.String({ description: 'failed payments only: declined | aborted | timeout (till) or the code the API caller gave' })),
    failure_message: Type.Optional(Type.String({ description: 'failed payments only' })),
    livemode: Type.Boolean({ description: "the order's mode: false for test mode" }),
    occurred_at: Timestamp(),
    created_at: Timestamp(),
  },
  { title: 'Payment' },
);
export type Payment = Static<typeof PaymentSchema>;

export const RefundLineSchema = Type.Object(
  { line_id: Type.String(), quantity: Type.Integer({ minimum: 1 }), amount: Money(), tax: Money() },
  { title: 'RefundLine' },
);

export const RefundSchema = Type.Object(
  {
    id: IdString('ref'),
    object: Type.Literal('refund'),
    order_id: IdString('ord'),
    payment_id: Nullable(Type.String()),
    amount: Money(),
    tip: Type.Optional(Money("tip given back on top of amount: only a cancel's refunds carry the payment's tip (POST …/refunds never does)")),
    reason: Type.String(),
    lines: Type.Array(RefundLineSchema),
    tax_breakdown: Type.Array(TaxBreakdownSchema),
    device_id: Nullable(Type.String()),
    livemode: Type.Boolean({ description: "the order's mode: false for test mode" }),
    occurred_at: Timestamp(),
    created_at: Timestamp(),
  },
  { title: 'Refund' },
);
export type Refund = Static<typeof RefundSchema>;

export const OrderTotalsSchema = Type.Object(
  {
    subtotal: Money("Σ unit_price × quantity, in the location's tax mode"),
    discount_total: Money(),
    tax_total: Money(),
    net_total: Money(),
    total: Money('what the customer pays'),
    amount_paid: Money('Σ amount of succeeded payments, tips excluded'),
    tip: Money('Σ tip of succeeded payments; not part of total, tax or sales'),
    amount_collected: Money('amount_paid + tip: all the money taken for the order'),
    amount_refunded: Money(),
    tip_refunded: Type.Optional(Money('Σ tip given back (cancel or void: the whole tip); tip − tip_refunded is what the order keeps')),
    balance_due: Money('total − paid (+ refunds given back before it was settled); tips never pay it down'),
  },
  { title: 'OrderTotals' },
);

export const OrderSchema = Type.Object(
  {
    id: IdString('ord'),
    object: Type.Literal('order'),
    location_id: IdString('loc'),
    source: Type.Union([Type.Literal('till'), Type.Literal('api')]),
    device_id: Nullable(Type.String({ description: 'dev_… of the till that rang it up' })),
    staff_id: Nullable(Type.String()),
    number: Type.String({ description: 'human order number, printed on receipts' }),
    status: Type.Enum(ORDER_STATUSES),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    tax_mode: TaxModeSchema,
    lines: Type.Array(OrderLineSchema),
    discount: Nullable(DiscountSchema),
    totals: OrderTotalsSchema,
    tax_breakdown: Type.Array(TaxBreakdownSchema),
    payments: Type.Array(PaymentSchema),
    refunds: Type.Array(RefundSchema),
    external_ref: Nullable(Type.String()),
    customer_note: Nullable(Type.String()),
    customer_id: Nullable(IdString('cus', 'the customer the order is for (GET /api/v1/customers/{id}), or null')),
    livemode: Type.Boolean({
      description: 'false for a test-mode order (a pos_test_ key, or a till paired in test mode); test orders never count in live reports',
    }),
    occurred_at: Timestamp('when it happened (the till clock for till sales)'),
    created_at: Timestamp('when the cloud stored it'),
    updated_at: Timestamp(),
    voided_at: Nullable(Timestamp()),
  },
  { title: 'Order' },
);
export type Order = Static<typeof OrderSchema>;

export const OrderListSchema = ListOf(OrderSchema, 'Order');

/** Money names a client may put on an order or its items; accepted, ignored and named in X-Pos-Ignored-Fields. */
export const IGNORED_MONEY_FIELDS = [
  'price',
  'unit_price',
  'amount',
  'total',
  'subtotal',
  'tax',
  'tax_total',
  'discount_total',
  'net_total',
  'net',
  'gross',
  'base_price',
  'price_delta',
  'total_price',
  'line_total',
  'totals',
] as const;

export const OrderCreateItemSchema = Type.Object(
  {
    product_id: Type.String({ minLength: 1, maxLength: 64 }),
    quantity: Type.Integer({ minimum: 1, maximum: 10_000 }),
    modifier_ids: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 20, uniqueItems: true })),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false, title: 'OrderCreateItem' },
);

export const OrderCreateSchema = Type.Object(
  {
    location_id: Type.String({ minLength: 1, maxLength: 64 }),
    items: Type.Array(OrderCreateItemSchema, { minItems: 1, maxItems: 200 }),
    customer_note: Type.Optional(Type.String({ maxLength: 1000 })),
    external_ref: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    customer_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'a customer of the business (cus_…)' })),
  },
  {
    additionalProperties: false,
    title: 'OrderCreate',
    description: 'Unit prices and modifier deltas come from the product rows; money fields a client adds are ignored (see X-Pos-Ignored-Fields).',
  },
);
export type OrderCreate = Static<typeof OrderCreateSchema>;

export const PaymentCreateSchema = Type.Object(
  {
    amount: Type.Integer({ minimum: 1, maximum: 1_000_000_000, description: 'minor units; at most the balance due' }),
    tip: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 1_000_000_000,
        description: 'minor units on top of amount (default 0); all tips on an order at most 100 % of its total',
      }),
    ),
    method: Type.Literal('external'),
    reference: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    status: Type.Optional(
      Type.Enum(['succeeded', 'failed'], {
        description: 'default succeeded; "failed" records an attempt that took no money (emits payment.failed, the order is unchanged)',
      }),
    ),
    failure_code: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        pattern: '^[a-z0-9_]+$',
        description: 'with status "failed": a machine-readable reason, e.g. card_declined (default payment_failed)',
      }),
    ),
    failure_message: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'with status "failed": what the payer was told' })),
  },
  { additionalProperties: false, title: 'PaymentCreate' },
);
export type PaymentCreate = Static<typeof PaymentCreateSchema>;

export const OrderCancelSchema = Type.Object(
  { reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'why; kept on the order and sent as data.reason of order.cancelled' })) },
  { additionalProperties: false, title: 'OrderCancel' },
);
export type OrderCancel = Static<typeof OrderCancelSchema>;

export const RefundCreateSchema = Type.Object(
  {
    amount: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 1_000_000_000, description: 'minor units; default: the value of `lines`, or everything refundable' }),
    ),
    lines: Type.Optional(
      Type.Array(
        Type.Object(
          { line_id: Type.String({ minLength: 1, maxLength: 64 }), quantity: Type.Integer({ minimum: 1, maximum: 10_000 }) },
          { additionalProperties: false },
        ),
        { minItems: 1, maxItems: 200 },
      ),
    ),
    reason: Type.String({ minLength: 1, maxLength: 500 }),
  },
  { additionalProperties: false, title: 'RefundCreate' },
);
export type RefundCreate = Static<typeof RefundCreateSchema>;

export const OrderListQuerySchema = Type.Object(
  {
    ...ListQuery,
    location_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    status: Type.Optional(Type.Enum(ORDER_STATUSES)),
    created_since: Type.Optional(StorableTimestamp('RFC 3339')),
  },
  { additionalProperties: false },
);
