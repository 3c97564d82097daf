// What a till keeps of the cloud's catalog (SPEC §5.6 pull): the records `GET /sync/v1/pull`
// sends and the till stores in Dexie. Plain snake_case JSON, money in integer minor units.
// Open objects: a newer server may add fields without breaking tills that do not know them yet.
import { Type, type Static } from 'typebox';
import { RolePermissionsSchema } from '../roles';
import { Currency, Id, Money, TaxModeSchema, Text, Timestamp } from '../schema-primitives';

export const TillLocationSchema = Type.Object({
  id: Id,
  name: Text(),
  currency: Currency,
  tax_mode: TaxModeSchema,
  /** Smallest coin in minor units (5 = CHF 0.05); 1 = no cash rounding. */
  cash_rounding: Type.Integer({ minimum: 1 }),
  timezone: Text(60),
  /** BCP 47 locale of the location (language, dates, numbers); older servers omit it → en-US. */
  locale: Type.Optional(Text(35)),
  receipt_header: Text(2000),
  receipt_footer: Text(2000),
  /** Discounts above this many basis points of the order need a manager PIN. */
  discount_approval_basis_points: Type.Integer({ minimum: 0, maximum: 10_000 }),
  /** What managers and cashiers may do without a manager PIN (business setting); absent = core/roles defaults. */
  role_permissions: Type.Optional(RolePermissionsSchema),
});
export type TillLocation = Static<typeof TillLocationSchema>;

export const TillCategorySchema = Type.Object({ id: Id, name: Text(), color: Type.Union([Text(20), Type.Null()]), sort: Type.Integer() });
export type TillCategory = Static<typeof TillCategorySchema>;

export const TillTaxRateSchema = Type.Object({ id: Id, name: Text(), rate_ppm: Type.Integer({ minimum: 0, maximum: 1_000_000 }) });
export type TillTaxRate = Static<typeof TillTaxRateSchema>;

export const TillModifierSchema = Type.Object({ id: Id, name: Text(), price_delta: Money() });
export type TillModifier = Static<typeof TillModifierSchema>;

export const TillModifierGroupSchema = Type.Object({
  id: Id,
  name: Text(),
  min_select: Type.Integer({ minimum: 0 }),
  max_select: Type.Integer({ minimum: 0 }),
  modifiers: Type.Array(TillModifierSchema, { maxItems: 200 }),
});
export type TillModifierGroup = Static<typeof TillModifierGroupSchema>;

export const TillProductSchema = Type.Object({
  id: Id,
  name: Text(),
  category_id: Type.Union([Id, Type.Null()]),
  /** In the location's price mode: gross when tax-inclusive, net when exclusive. */
  price: Money(),
  tax_rate_id: Id,
  /** the first of `barcodes` (shelf labels, receipts); null when there is none */
  barcode: Type.Union([Text(64), Type.Null()]),
  /** every code that scans to this product (the server always sends it; rows made before v3 may lack it) */
  barcodes: Type.Optional(Type.Array(Text(64), { maxItems: 50 })),
  sku: Type.Union([Text(64), Type.Null()]),
  modifier_group_ids: Type.Array(Id, { maxItems: 50 }),
  stock: Type.Union([Type.Integer(), Type.Null()]),
  /** Sold by weight: `price` is per kilogram and the till weighs each sale (absent in rows pulled before weighing existed). */
  sold_by_weight: Type.Optional(Type.Boolean()),
  /** Container weight the till subtracts when weighing, grams. */
  tare_grams: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
  active: Type.Boolean(),
  sort: Type.Integer(),
  /** tile picture: the cloud's absolute URL naming the picture's sha256 (never changes what it shows; the till caches it offline); older servers omit it */
  image_url: Type.Optional(Type.Union([Text(2_000), Type.Null()])),
  updated_at: Timestamp(),
});
export type TillProduct = Static<typeof TillProductSchema>;

export const TillStaffSchema = Type.Object({
  id: Id,
  name: Text(),
  role: Type.Union([Type.Literal('owner'), Type.Literal('manager'), Type.Literal('cashier')]),
  /** core/pin-hash.ts format; the till verifies PINs offline against it. */
  pin_hash: Text(500),
  active: Type.Boolean(),
});
export type TillStaff = Static<typeof TillStaffSchema>;

export const TillOpenOrderLineSchema = Type.Object({
  id: Id,
  product_id: Type.Union([Id, Type.Null()]),
  name: Text(),
  quantity: Type.Integer({ minimum: 1 }),
  unit_price: Money(),
  modifiers: Type.Array(TillModifierSchema, { maxItems: 50 }),
  tax_rate_id: Id,
  rate_ppm: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  note: Type.Union([Text(500), Type.Null()]),
});

/** An order created through the API (source `api`), open for the till to take payment. */
export const TillOpenOrderSchema = Type.Object({
  id: Id,
  number: Text(40),
  currency: Currency,
  tax_mode: TaxModeSchema,
  lines: Type.Array(TillOpenOrderLineSchema, { maxItems: 500 }),
  total: Money(),
  amount_paid: Money(),
  customer_note: Type.Union([Text(1000), Type.Null()]),
  external_ref: Type.Union([Text(255), Type.Null()]),
  created_at: Timestamp(),
});
export type TillOpenOrder = Static<typeof TillOpenOrderSchema>;
export type TillOpenOrderLine = Static<typeof TillOpenOrderLineSchema>;
