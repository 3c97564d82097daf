// API v1 tax rates, categories and modifier groups as resources of their own (issue 13): the objects
// /api/v1/tax-rates, /categories and /modifier-groups return, and the bodies of their writes. Products
// embed the short forms of core/api/catalog.ts.
import { Type, type Static } from 'typebox';
import { StorableTimestamp } from '../storable';
import { Money, Nullable, Timestamp } from '../schema-primitives';
import { IdString, ListOf, ListQuery } from './common';

const Name = Type.String({ minLength: 1, maxLength: 200 });
const LocationIdInput = Type.String({ minLength: 1, maxLength: 64 });
const RatePpm = Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'parts per million: 19 % = 190000' });
const Color = Nullable(Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: '#rrggbb, the tile colour on the till' }));
const SortOrder = Type.Integer({ minimum: -1_000_000, maximum: 1_000_000 });

export const TaxRateObjectSchema = Type.Object(
  {
    id: IdString('tax'),
    object: Type.Literal('tax_rate'),
    location_id: IdString('loc'),
    name: Type.String(),
    rate_ppm: RatePpm,
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { title: 'TaxRateObject' },
);
export type TaxRateObject = Static<typeof TaxRateObjectSchema>;

export const CategoryObjectSchema = Type.Object(
  {
    id: IdString('cat'),
    object: Type.Literal('category'),
    location_id: IdString('loc'),
    name: Type.String(),
    color: Nullable(Type.String()),
    sort_order: Type.Integer(),
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { title: 'CategoryObject' },
);
export type CategoryObject = Static<typeof CategoryObjectSchema>;

export const ModifierGroupObjectSchema = Type.Object(
  {
    id: IdString('mgr'),
    object: Type.Literal('modifier_group'),
    location_id: IdString('loc'),
    name: Type.String(),
    min_select: Type.Integer({ minimum: 0 }),
    max_select: Type.Integer({ minimum: 1 }),
    modifiers: Type.Array(
      Type.Object({ id: IdString('mod'), name: Type.String(), price_delta: Money('added to the unit price, minor units (may be negative)') }),
    ),
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { title: 'ModifierGroupObject' },
);
export type ModifierGroupObject = Static<typeof ModifierGroupObjectSchema>;

export const TaxRateListSchema = ListOf(TaxRateObjectSchema, 'TaxRate');
export const CategoryListSchema = ListOf(CategoryObjectSchema, 'Category');
export const ModifierGroupListSchema = ListOf(ModifierGroupObjectSchema, 'ModifierGroup');

export const TaxRateCreateSchema = Type.Object(
  { location_id: LocationIdInput, name: Name, rate_ppm: RatePpm },
  { additionalProperties: false, title: 'TaxRateCreate' },
);
export type TaxRateCreate = Static<typeof TaxRateCreateSchema>;
export const TaxRateUpdateSchema = Type.Object(
  { name: Type.Optional(Name), rate_ppm: Type.Optional(RatePpm) },
  { additionalProperties: false, minProperties: 1, title: 'TaxRateUpdate' },
);
export type TaxRateUpdate = Static<typeof TaxRateUpdateSchema>;

export const CategoryCreateSchema = Type.Object(
  { location_id: LocationIdInput, name: Name, color: Type.Optional(Color), sort_order: Type.Optional(SortOrder) },
  { additionalProperties: false, title: 'CategoryCreate' },
);
export type CategoryCreate = Static<typeof CategoryCreateSchema>;
export const CategoryUpdateSchema = Type.Object(
  { name: Type.Optional(Name), color: Type.Optional(Color), sort_order: Type.Optional(SortOrder) },
  { additionalProperties: false, minProperties: 1, title: 'CategoryUpdate' },
);
export type CategoryUpdate = Static<typeof CategoryUpdateSchema>;

const ModifierInput = Type.Object(
  {
    id: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'keep this existing modifier (update only); without an id a new one is made' })),
    name: Name,
    price_delta: Type.Integer({ minimum: -10_000_000, maximum: 10_000_000, description: 'minor units added to the unit price (may be negative)' }),
  },
  { additionalProperties: false },
);
const Modifiers = Type.Array(ModifierInput, { maxItems: 100, description: 'the whole list, in till order: modifiers left out are removed' });
const MinSelect = Type.Integer({ minimum: 0, maximum: 50 });
const MaxSelect = Type.Integer({ minimum: 1, maximum: 50 });

export const ModifierGroupCreateSchema = Type.Object(
  { location_id: LocationIdInput, name: Name, min_select: Type.Optional(MinSelect), max_select: Type.Optional(MaxSelect), modifiers: Modifiers },
  { additionalProperties: false, title: 'ModifierGroupCreate' },
);
export type ModifierGroupCreate = Static<typeof ModifierGroupCreateSchema>;
export const ModifierGroupUpdateSchema = Type.Object(
  { name: Type.Optional(Name), min_select: Type.Optional(MinSelect), max_select: Type.Optional(MaxSelect), modifiers: Type.Optional(Modifiers) },
  { additionalProperties: false, minProperties: 1, title: 'ModifierGroupUpdate' },
);
export type ModifierGroupUpdate = Static<typeof ModifierGroupUpdateSchema>;

export const CatalogListQuerySchema = Type.Object(
  {
    ...ListQuery,
    location_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    updated_since: Type.Optional(StorableTimestamp('RFC 3339; objects changed at or after it')),
  },
  { additionalProperties: false },
);
