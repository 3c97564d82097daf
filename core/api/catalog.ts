// API v1 catalog objects: Product (with its tax rate, category, barcodes, modifier groups and
// stock), and the bodies of POST/PATCH /api/v1/products.
import { Type, type Static } from 'typebox';
import { StorableTimestamp } from '../storable';
import { Money, Nullable, Timestamp } from '../schema-primitives';
import { IdString, ListOf, ListQuery } from './common';

export const TaxRateSchema = Type.Object(
  {
    id: IdString('tax'),
    name: Type.String(),
    rate_ppm: Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'parts per million: 19 % = 190000' }),
  },
  { title: 'TaxRate' },
);
export type TaxRate = Static<typeof TaxRateSchema>;

export const CategorySchema = Type.Object(
  { id: IdString('cat'), name: Type.String(), color: Nullable(Type.String()), sort_order: Type.Integer() },
  { title: 'Category' },
);
export type Category = Static<typeof CategorySchema>;

export const ModifierSchema = Type.Object(
  { id: IdString('mod'), name: Type.String(), price_delta: Money('added to the unit price, minor units (may be negative)') },
  { title: 'Modifier' },
);
export type Modifier = Static<typeof ModifierSchema>;

export const ModifierGroupSchema = Type.Object(
  {
    id: IdString('mgr'),
    name: Type.String(),
    min_select: Type.Integer({ minimum: 0 }),
    max_select: Type.Integer({ minimum: 1 }),
    modifiers: Type.Array(ModifierSchema),
  },
  { title: 'ModifierGroup' },
);
export type ModifierGroup = Static<typeof ModifierGroupSchema>;

export const StockSchema = Type.Object(
  {
    on_hand: Type.Integer(),
    low_stock_threshold: Nullable(Type.Integer({ minimum: 0 })),
  },
  { title: 'Stock', description: 'present when the product tracks stock' },
);
export type Stock = Static<typeof StockSchema>;

export const ProductSchema = Type.Object(
  {
    id: IdString('prd'),
    object: Type.Literal('product'),
    location_id: IdString('loc'),
    name: Type.String(),
    description: Type.String(),
    sku: Nullable(Type.String()),
    price: Money("unit price in minor units, in the location's tax mode (gross when inclusive, net when exclusive)"),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    tax_rate: TaxRateSchema,
    category: Nullable(CategorySchema),
    barcodes: Type.Array(Type.String()),
    modifier_groups: Type.Array(ModifierGroupSchema),
    stock: Nullable(StockSchema),
    sold_by_weight: Type.Boolean({ description: 'sold by weight: `price` is per kilogram and the till weighs each sale on its scale' }),
    tare_grams: Type.Integer({ minimum: 0, description: 'container weight the till subtracts when weighing, grams (0 when sold by the piece)' }),
    active: Type.Boolean(),
    image_url: Nullable(
      Type.String({
        format: 'uri',
        description:
          'the product picture (PNG, JPEG or WebP), or null: an absolute URL that names the hash of the bytes, so it never changes (cache it for good); set with `PUT /api/v1/products/{id}/image`',
      }),
    ),
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { title: 'Product' },
);
export type Product = Static<typeof ProductSchema>;

export const ProductListSchema = ListOf(ProductSchema, 'Product');

const Name = Type.String({ minLength: 1, maxLength: 200 });
const Barcode = Type.String({ minLength: 1, maxLength: 64, pattern: '^[\\x21-\\x7e]+$', description: 'printable ASCII, e.g. an EAN-13' });
const StockInput = Type.Object(
  {
    on_hand: Type.Integer({ minimum: -1_000_000, maximum: 1_000_000_000 }),
    low_stock_threshold: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1_000_000_000 }))),
  },
  { additionalProperties: false },
);
const TareInput = Type.Integer({ minimum: 0, maximum: 100_000, description: 'container weight subtracted when weighing, grams' });
const PriceInput = Type.Integer({ minimum: 0, maximum: 100_000_000, description: "minor units, in the location's tax mode" });

export const ProductCreateSchema = Type.Object(
  {
    location_id: Type.String({ minLength: 1, maxLength: 64 }),
    name: Name,
    price: PriceInput,
    tax_rate_id: Type.String({ minLength: 1, maxLength: 64 }),
    category_id: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    sku: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100 }))),
    barcodes: Type.Optional(Type.Array(Barcode, { maxItems: 20, uniqueItems: true })),
    modifier_group_ids: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 20, uniqueItems: true })),
    stock: Type.Optional(Nullable(StockInput)),
    sold_by_weight: Type.Optional(Type.Boolean({ description: 'price is per kilogram; the till weighs each sale' })),
    tare_grams: Type.Optional(TareInput),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, title: 'ProductCreate' },
);
export type ProductCreate = Static<typeof ProductCreateSchema>;

export const ProductUpdateSchema = Type.Object(
  {
    name: Type.Optional(Name),
    price: Type.Optional(PriceInput),
    tax_rate_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    category_id: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    sku: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100 }))),
    barcodes: Type.Optional(Type.Array(Barcode, { maxItems: 20, uniqueItems: true })),
    modifier_group_ids: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 20, uniqueItems: true })),
    stock: Type.Optional(Nullable(StockInput)),
    sold_by_weight: Type.Optional(Type.Boolean({ description: 'price is per kilogram; the till weighs each sale' })),
    tare_grams: Type.Optional(TareInput),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1, title: 'ProductUpdate' },
);
export type ProductUpdate = Static<typeof ProductUpdateSchema>;

export const ProductListQuerySchema = Type.Object(
  {
    ...ListQuery,
    location_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    updated_since: Type.Optional(StorableTimestamp('RFC 3339; products changed at or after it')),
  },
  { additionalProperties: false },
);
