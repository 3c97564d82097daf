// Stock events: a product's on-hand count at a location, and the low-stock warning.
import { Type } from 'typebox';
import { Nullable } from '../../schema-primitives';
import { Id, LOC, PRD, define, objectData, str, type EventDefinition, type ThinData } from './define';
import type { EventType } from './event-types';

const InventoryObjectSchema = Type.Object({
  object: Type.Literal('inventory'),
  product_id: Id('prd'),
  location_id: Id('loc'),
  on_hand: Type.Integer(),
  previous_on_hand: Type.Integer(),
  low_stock_threshold: Nullable(Type.Integer()),
});

const stockThin = (o: Record<string, unknown>): ThinData => ({ id: str(o.product_id), url: `/api/v1/products/${str(o.product_id)}` });

const inventory = (onHand: number, previous: number) => ({
  object: 'inventory',
  product_id: PRD,
  location_id: LOC,
  on_hand: onHand,
  previous_on_hand: previous,
  low_stock_threshold: 5,
});

export const INVENTORY_EVENTS = {
  'inventory.updated': define(
    'inventory.updated',
    "A product's stock level changed at a location.",
    objectData(InventoryObjectSchema),
    inventory(18, 20),
    stockThin,
  ),
  'inventory.low_stock': define(
    'inventory.low_stock',
    'Stock fell to or below the low-stock threshold.',
    objectData(InventoryObjectSchema),
    inventory(4, 6),
    stockThin,
  ),
} satisfies Partial<Record<EventType, EventDefinition>>;
