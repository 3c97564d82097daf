// Catalog events: products, tax rates, categories and modifier groups (API v1 objects or their deletion stubs).
import { Type } from 'typebox';
import { ProductSchema } from '../../api/catalog';
import { CategoryObjectSchema, ModifierGroupObjectSchema, TaxRateObjectSchema } from '../../api/catalog-resources';
import { Id, LOC, PRD, TAX, define, deletedSchema, objectData, resourceThin, str, updatedData, type EventDefinition, type ThinData } from './define';
import type { EventType } from './event-types';

const ProductDeletedSchema = Type.Object({ id: Id('prd'), object: Type.Literal('product'), deleted: Type.Literal(true) });

const productThin = (o: Record<string, unknown>): ThinData => ({ id: str(o.id), url: `/api/v1/products/${str(o.id)}` });

const sampleProduct = {
  id: PRD,
  object: 'product' as const,
  location_id: LOC,
  name: 'Flat white',
  description: 'Double ristretto, steamed milk',
  sku: 'FW-01',
  price: 350,
  currency: 'EUR',
  tax_rate: { id: TAX, name: 'Reduced', rate_ppm: 70_000 },
  category: { id: 'cat_01KAQ2ZW1A2B3C4D5E6F7G8H9J', name: 'Coffee', color: '#6b4f3a', sort_order: 1 },
  barcodes: ['4006381333931'],
  modifier_groups: [],
  stock: { on_hand: 20, low_stock_threshold: 5 },
  sold_by_weight: false,
  tare_grams: 0,
  image_url: null,
  active: true,
  created_at: '2026-11-01T08:00:00.000Z',
  updated_at: '2026-11-23T08:00:00.000Z',
};

const sampleTaxRate = {
  id: TAX,
  object: 'tax_rate',
  location_id: LOC,
  name: 'Reduced',
  rate_ppm: 70_000,
  created_at: '2026-11-01T08:00:00.000Z',
  updated_at: '2026-11-23T08:00:00.000Z',
};
const sampleCategory = {
  id: 'cat_01KAQ2ZW1A2B3C4D5E6F7G8H9J',
  object: 'category',
  location_id: LOC,
  name: 'Coffee',
  color: '#6b4f3a',
  sort_order: 1,
  created_at: '2026-11-01T08:00:00.000Z',
  updated_at: '2026-11-23T08:00:00.000Z',
};
const sampleModifierGroup = {
  id: 'mgr_01KAQ2ZW2B3C4D5E6F7G8H9J0K',
  object: 'modifier_group',
  location_id: LOC,
  name: 'Milk',
  min_select: 0,
  max_select: 1,
  modifiers: [{ id: 'mod_01KAQ2ZW3C4D5E6F7G8H9J0K1M', name: 'Oat milk', price_delta: 50 }],
  created_at: '2026-11-01T08:00:00.000Z',
  updated_at: '2026-11-23T08:00:00.000Z',
};
export const PRODUCT_EVENTS = {
  'product.created': define('product.created', 'A product was created.', objectData(ProductSchema), sampleProduct, productThin, false),
  'product.updated': define(
    'product.updated',
    'A product changed; data.previous_attributes holds the old values of what changed.',
    Type.Object({ object: ProductSchema, previous_attributes: Type.Object({}, { additionalProperties: true }) }),
    { ...sampleProduct, price: 370 },
    productThin,
    false,
    { previous_attributes: { price: 350 } },
  ),
  'product.deleted': define(
    'product.deleted',
    'A product was deleted.',
    objectData(ProductDeletedSchema),
    { id: PRD, object: 'product', deleted: true },
    productThin,
    false,
  ),
  'tax_rate.created': define(
    'tax_rate.created',
    'A tax rate was created (API v1 or the back office).',
    objectData(TaxRateObjectSchema),
    sampleTaxRate,
    resourceThin('tax-rates'),
    false,
  ),
  'tax_rate.updated': define(
    'tax_rate.updated',
    'A tax rate changed; data.previous_attributes holds the old values of what changed. Products using it are not re-sent.',
    updatedData(TaxRateObjectSchema),
    { ...sampleTaxRate, rate_ppm: 70_000 },
    resourceThin('tax-rates'),
    false,
    { previous_attributes: { rate_ppm: 50_000 } },
  ),
  'tax_rate.deleted': define(
    'tax_rate.deleted',
    'A tax rate no product uses any more was deleted.',
    objectData(deletedSchema('tax', 'tax_rate')),
    { id: TAX, object: 'tax_rate', deleted: true },
    resourceThin('tax-rates'),
    false,
  ),
  'category.created': define(
    'category.created',
    'A category was created (API v1 or the back office).',
    objectData(CategoryObjectSchema),
    sampleCategory,
    resourceThin('categories'),
    false,
  ),
  'category.updated': define(
    'category.updated',
    'A category changed; data.previous_attributes holds the old values of what changed.',
    updatedData(CategoryObjectSchema),
    { ...sampleCategory, name: 'Coffee & Tea' },
    resourceThin('categories'),
    false,
    { previous_attributes: { name: 'Coffee' } },
  ),
  'category.deleted': define(
    'category.deleted',
    'A category was deleted; its products were left uncategorized first (each with a product.updated).',
    objectData(deletedSchema('cat', 'category')),
    { id: sampleCategory.id, object: 'category', deleted: true },
    resourceThin('categories'),
    false,
  ),
  'modifier_group.created': define(
    'modifier_group.created',
    'A modifier group (with its modifiers) was created (API v1 or the back office).',
    objectData(ModifierGroupObjectSchema),
    sampleModifierGroup,
    resourceThin('modifier-groups'),
    false,
  ),
  'modifier_group.updated': define(
    'modifier_group.updated',
    'A modifier group or its modifiers changed; data.previous_attributes holds the old values of what changed.',
    updatedData(ModifierGroupObjectSchema),
    { ...sampleModifierGroup, max_select: 2 },
    resourceThin('modifier-groups'),
    false,
    { previous_attributes: { max_select: 1 } },
  ),
  'modifier_group.deleted': define(
    'modifier_group.deleted',
    'A modifier group was deleted; products using it lost it first (each with a product.updated).',
    objectData(deletedSchema('mgr', 'modifier_group')),
    { id: sampleModifierGroup.id, object: 'modifier_group', deleted: true },
    resourceThin('modifier-groups'),
    false,
  ),
} satisfies Partial<Record<EventType, EventDefinition>>;
