// The till's record of a completed sale, exactly as rung up: the `order.completed` payload and the
// row the till keeps in Dexie. Till sales are facts (SPEC §5.6): the server keeps these prices.
import { Type, type Static } from 'typebox';
import { Amount, Currency, Id, Money, TaxModeSchema, Text, Timestamp } from '../schema-primitives';

/** A core/ids id of this prefix: the till mints them, the API shows them. */
export const PrefixedId = (prefix: string) => Type.String({ pattern: `^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$` });

export const DiscountSchema = Type.Union([
  Type.Object({ kind: Type.Literal('percent'), basis_points: Type.Integer({ minimum: 0, maximum: 10_000 }) }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('amount'), amount: Amount() }, { additionalProperties: false }),
]);

export const SnapshotModifierSchema = Type.Object({ id: Id, name: Text(), price_delta: Money() }, { additionalProperties: false });

/** A weighed line (goods sold by weight): quantity 1, unit_price = price_per_kg × net_grams / 1000 rounded once. */
export const LineWeightSchema = Type.Object(
  {
    net_grams: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
    tare_grams: Type.Integer({ minimum: 0, maximum: 100_000 }),
    price_per_kg: Amount(),
  },
  { additionalProperties: false },
);

/**
 * A price changed at the till (guarded action `price_override`, SPEC §12): the line's unit_price is the
 * new price, this is the product's price it replaced and who approved the change by PIN (null: the
 * signed-in role may change prices alone). Never on a weighed line (its price is the weight's).
 */
export const LinePriceOverrideSchema = Type.Object({ original_price: Amount(), approved_by: Type.Union([Id, Type.Null()]) }, { additionalProperties: false });
export type LinePriceOverride = Static<typeof LinePriceOverrideSchema>;

export const SnapshotLineSchema = Type.Object(
  {
    id: PrefixedId('lin'),
    product_id: Type.Union([Id, Type.Null()]),
    name: Text(),
    quantity: Type.Integer({ minimum: 1, maximum: 100_000 }),
    /** product price as rung up, in the location's price mode, before modifiers */
    unit_price: Amount(),
    modifiers: Type.Array(SnapshotModifierSchema, { maxItems: 50 }),
    tax_rate_id: Id,
    rate_ppm: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
    discount: Type.Union([DiscountSchema, Type.Null()]),
    note: Type.Union([Text(500), Type.Null()]),
    /** Present on weighed lines (absent on lines rung up before weighing existed). */
    weight: Type.Optional(Type.Union([LineWeightSchema, Type.Null()])),
    /** Present when the cashier changed the line's price (absent on lines rung up before price overrides existed). */
    price_override: Type.Optional(Type.Union([LinePriceOverrideSchema, Type.Null()])),
  },
  { additionalProperties: false },
);
export type SnapshotLine = Static<typeof SnapshotLineSchema>;

export const CardDetailsSchema = Type.Object(
  {
    receipt_number: Type.Union([Type.Integer(), Type.Null()]),
    trace_number: Type.Union([Type.Integer(), Type.Null()]),
    terminal_id: Type.Union([Text(40), Type.Null()]),
    auth_code: Type.Union([Text(40), Type.Null()]),
    card_name: Type.Union([Text(60), Type.Null()]),
    masked_pan: Type.Union([Text(40), Type.Null()]),
    slip_lines: Type.Array(Text(80), { maxItems: 80 }),
  },
  { additionalProperties: false },
);
export type CardDetails = Static<typeof CardDetailsSchema>;

export const SnapshotPaymentSchema = Type.Object(
  {
    id: PrefixedId('pay'),
    method: Type.Union([Type.Literal('cash'), Type.Literal('card'), Type.Literal('external')]),
    /** applied to the order (for cash: tendered − change − tip) */
    amount: Amount(),
    /** tip on top of `amount` (core/tips.ts); for a card the terminal charged amount + tip. Absent from tills before tips. */
    tip: Type.Optional(Amount()),
    tendered: Type.Union([Amount(), Type.Null()]),
    change: Type.Union([Amount(), Type.Null()]),
    reference: Type.Union([Text(255), Type.Null()]),
    card: Type.Union([CardDetailsSchema, Type.Null()]),
    created_at: Timestamp(),
  },
  { additionalProperties: false },
);
export type SnapshotPayment = Static<typeof SnapshotPaymentSchema>;

export const TaxBreakdownSchema = Type.Object(
  { tax_rate_id: Id, rate_ppm: Type.Integer({ minimum: 0 }), net: Money(), tax: Money(), gross: Money() },
  { additionalProperties: false },
);

/** The order-level figures of core/order-totals `computeOrderTotals`, as the till showed them. */
export const SnapshotTotalsSchema = Type.Object(
  {
    subtotal: Money(),
    discount_total: Money(),
    tax_total: Money(),
    total: Money(),
    net_total: Money(),
    tax_breakdown: Type.Array(TaxBreakdownSchema, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type SnapshotTotals = Static<typeof SnapshotTotalsSchema>;

export const OrderSnapshotSchema = Type.Object(
  {
    id: PrefixedId('ord'),
    /** Printable order number, unique per device (`<device tag>-<counter>`). */
    number: Type.String({ minLength: 1, maxLength: 40, pattern: '^[\\x20-\\x7e]+$' }),
    /** `till`: rung up on this till. `api`: an order created through the API that the till took payment for. */
    source: Type.Union([Type.Literal('till'), Type.Literal('api')]),
    location_id: Id,
    staff_id: Id,
    shift_id: Type.Union([PrefixedId('shf'), Type.Null()]),
    currency: Currency,
    tax_mode: TaxModeSchema,
    cash_rounding: Type.Integer({ minimum: 1 }),
    lines: Type.Array(SnapshotLineSchema, { minItems: 1, maxItems: 500 }),
    discount: Type.Union([DiscountSchema, Type.Null()]),
    totals: SnapshotTotalsSchema,
    payments: Type.Array(SnapshotPaymentSchema, { maxItems: 20 }),
    customer_note: Type.Union([Text(1000), Type.Null()]),
    /** the customer the cashier attached (a `cus_…` the till pulled); absent from tills before customers */
    customer_id: Type.Optional(Type.Union([Id, Type.Null()])),
    created_at: Timestamp(),
    completed_at: Timestamp(),
    /** staff id of the manager who approved a discount above the limit on this sale (SPEC §12; a price override's approver is on its line) */
    approved_by: Type.Optional(Type.Union([Id, Type.Null()])),
  },
  { additionalProperties: false },
);
export type OrderSnapshot = Static<typeof OrderSnapshotSchema>;
