// The event catalog (SPEC §5.3): every event type, a TypeBox schema for its `data`, a sample
// payload (used by POST /webhooks/{id}/test and the docs) and how its thin payload points back at the API.
import { Type, type TSchema } from 'typebox';

export const EVENT_TYPES = [
  'order.created',
  'order.updated',
  'order.paid',
  'order.voided',
  'order.refunded',
  'payment.succeeded',
  'payment.failed',
  'product.created',
  'product.updated',
  'product.deleted',
  'inventory.updated',
  'inventory.low_stock',
  'shift.closed',
  'device.paired',
  'webhook.test',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value);
}

// Objects are open (additionalProperties) so the API can add fields without breaking receivers;
// the listed fields are the ones every payload of that type carries.
const Money = Type.Integer({ description: 'integer minor units (cents)' });
const Id = (prefix: string) => Type.String({ pattern: `^${prefix}_` });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const OrderObjectSchema = Type.Object(
  {
    id: Id('ord'),
    location_id: Id('loc'),
    status: Type.String({ description: 'open | partially_paid | paid | partially_refunded | refunded | voided' }),
    source: Type.String({ description: 'till | api' }),
    currency: Type.String({ minLength: 3, maxLength: 3 }),
    lines: Type.Array(Type.Object({ id: Type.String(), product_id: Nullable(Type.String()), name: Type.String(), quantity: Type.Integer(), total: Money }, { additionalProperties: true })),
    subtotal: Money,
    tax: Money,
    total: Money,
    paid: Money,
    refunded: Money,
  },
  { additionalProperties: true },
);

export const PaymentObjectSchema = Type.Object(
  {
    id: Id('pay'),
    order_id: Id('ord'),
    location_id: Id('loc'),
    method: Type.String({ description: 'cash | card | external' }),
    amount: Money,
    currency: Type.String({ minLength: 3, maxLength: 3 }),
    status: Type.String({ description: 'succeeded | failed' }),
  },
  { additionalProperties: true },
);

export const ProductObjectSchema = Type.Object(
  { id: Id('prd'), name: Type.String(), price: Money, currency: Type.String({ minLength: 3, maxLength: 3 }) },
  { additionalProperties: true },
);

const InventoryObjectSchema = Type.Object(
  { product_id: Id('prd'), location_id: Id('loc'), quantity: Type.Integer(), previous_quantity: Nullable(Type.Integer()) },
  { additionalProperties: true },
);

const LowStockObjectSchema = Type.Object(
  { product_id: Id('prd'), location_id: Id('loc'), quantity: Type.Integer(), reorder_point: Type.Integer() },
  { additionalProperties: true },
);

const ShiftObjectSchema = Type.Object(
  {
    id: Id('shf'),
    location_id: Id('loc'),
    device_id: Nullable(Type.String()),
    opened_at: Type.String({ format: 'date-time' }),
    closed_at: Type.String({ format: 'date-time' }),
    z_report: Type.Object({ sales_count: Type.Integer(), gross_sales: Money, refunds: Money, expected_cash: Money, counted_cash: Money }, { additionalProperties: true }),
  },
  { additionalProperties: true },
);

const DeviceObjectSchema = Type.Object(
  { id: Id('dev'), location_id: Id('loc'), name: Type.String(), paired_at: Type.String({ format: 'date-time' }) },
  { additionalProperties: true },
);

const TestObjectSchema = Type.Object(
  { id: Id('whk'), message: Type.String() },
  { additionalProperties: true },
);

const objectData = <T extends TSchema>(object: T) => Type.Object({ object });

/** `payload:"thin"` endpoints receive `{id, url}`: the object's id and where to fetch it (null when the API has no such resource). */
export const ThinDataSchema = Type.Object({ id: Type.String(), url: Nullable(Type.String()) });
export interface ThinData {
  id: string;
  url: string | null;
}

export interface EventDefinition {
  type: EventType;
  description: string;
  data: TSchema;
  sample: { location_id: string | null; device_id: string | null; data: { object: Record<string, unknown> } };
  thin(object: Record<string, unknown>): ThinData;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const orderThin = (o: Record<string, unknown>): ThinData => ({ id: str(o.id), url: `/api/v1/orders/${str(o.id)}` });
const paymentThin = (o: Record<string, unknown>): ThinData => ({ id: str(o.id), url: `/api/v1/orders/${str(o.order_id)}` });
const productThin = (o: Record<string, unknown>): ThinData => ({ id: str(o.id), url: `/api/v1/products/${str(o.id)}` });
const stockThin = (o: Record<string, unknown>): ThinData => ({ id: str(o.product_id), url: `/api/v1/products/${str(o.product_id)}` });
const noUrl = (o: Record<string, unknown>): ThinData => ({ id: str(o.id), url: null });

const LOC = 'loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7';
const DEV = 'dev_01KAQ30B1C7K2M9N4P6R8T0V2X';
const ORD = 'ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P';
const PRD = 'prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P';

const sampleOrder = (status: string, paid: number, refunded: number) => ({
  id: ORD,
  location_id: LOC,
  status,
  source: 'till',
  currency: 'EUR',
  external_ref: null,
  lines: [
    { id: 'lin_01KAQ3B7YJ2K4M6N8P0R2T4V6X', product_id: PRD, name: 'Flat white', quantity: 2, unit_price: 350, total: 700 },
    { id: 'lin_01KAQ3B7YJ3M5N7P9Q1S3U5W7Y', product_id: 'prd_01KAQ2ZX4F0G2H4J6K8M0N2P4R', name: 'Croissant', quantity: 1, unit_price: 280, total: 280 },
  ],
  subtotal: 916,
  tax: 64,
  total: 980,
  paid,
  refunded,
  created_at: '2026-11-23T09:12:04.500Z',
});

const sampleProduct = {
  id: PRD,
  name: 'Flat white',
  price: 350,
  currency: 'EUR',
  category_id: 'cat_01KAQ2ZW1A2B3C4D5E6F7G8H9J',
  tax_rate_id: 'tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q',
  barcode: '4006381333931',
  location_ids: [LOC],
  updated_at: '2026-11-23T08:00:00.000Z',
};

const samplePayment = (status: string) => ({
  id: 'pay_01KAQ3C2D4F6H8K0M2P4R6T8V0',
  order_id: ORD,
  location_id: LOC,
  method: 'card',
  amount: 980,
  currency: 'EUR',
  status,
  reference: 'ZVT-000123',
  ...(status === 'failed' ? { failure_reason: 'declined' } : {}),
});

function define(type: EventType, description: string, data: TSchema, object: Record<string, unknown>, thin: EventDefinition['thin'], device = true): EventDefinition {
  return { type, description, data, sample: { location_id: LOC, device_id: device ? DEV : null, data: { object } }, thin };
}

export const EVENT_CATALOG: Readonly<Record<EventType, EventDefinition>> = {
  'order.created': define('order.created', 'An order was created (till sale or POST /api/v1/orders).', objectData(OrderObjectSchema), sampleOrder('open', 0, 0), orderThin),
  'order.updated': define('order.updated', 'An order changed (lines, notes, status other than paid/voided/refunded).', objectData(OrderObjectSchema), sampleOrder('partially_paid', 500, 0), orderThin),
  'order.paid': define('order.paid', 'An order is fully paid.', objectData(OrderObjectSchema), sampleOrder('paid', 980, 0), orderThin),
  'order.voided': define('order.voided', 'An open order was voided.', objectData(OrderObjectSchema), sampleOrder('voided', 0, 0), orderThin),
  'order.refunded': define('order.refunded', 'Money was refunded on an order (partly or fully).', objectData(OrderObjectSchema), { ...sampleOrder('partially_refunded', 980, 350), refunds: [{ id: 'ref_01KAQ3D5E7G9J1L3N5Q7S9U1W3', amount: 350, reason: 'spilled' }] }, orderThin),
  'payment.succeeded': define('payment.succeeded', 'A payment was taken.', objectData(PaymentObjectSchema), samplePayment('succeeded'), paymentThin),
  'payment.failed': define('payment.failed', 'A payment attempt failed (e.g. card declined).', objectData(PaymentObjectSchema), samplePayment('failed'), paymentThin),
  'product.created': define('product.created', 'A product was created.', objectData(ProductObjectSchema), sampleProduct, productThin, false),
  'product.updated': define('product.updated', 'A product changed (price, name, category, barcode, modifiers…).', objectData(ProductObjectSchema), { ...sampleProduct, price: 370 }, productThin, false),
  'product.deleted': define('product.deleted', 'A product was deleted.', objectData(Type.Object({ id: Id('prd'), deleted: Type.Literal(true) }, { additionalProperties: true })), { id: PRD, deleted: true }, productThin, false),
  'inventory.updated': define('inventory.updated', "A product's stock level changed at a location.", objectData(InventoryObjectSchema), { product_id: PRD, location_id: LOC, quantity: 18, previous_quantity: 20 }, stockThin),
  'inventory.low_stock': define('inventory.low_stock', 'Stock fell to or below the reorder point.', objectData(LowStockObjectSchema), { product_id: PRD, location_id: LOC, quantity: 3, reorder_point: 5 }, stockThin),
  'shift.closed': define('shift.closed', 'A shift was closed; carries its Z report.', objectData(ShiftObjectSchema), {
    id: 'shf_01KAQ1A2B3C4D5E6F7G8H9J0K1',
    location_id: LOC,
    device_id: DEV,
    opened_at: '2026-11-23T07:00:00.000Z',
    closed_at: '2026-11-23T17:05:00.000Z',
    z_report: { sales_count: 142, gross_sales: 183_450, refunds: 1_200, expected_cash: 45_300, counted_cash: 45_250 },
  }, noUrl),
  'device.paired': define('device.paired', 'A till was paired with a location.', objectData(DeviceObjectSchema), { id: DEV, location_id: LOC, name: 'Counter 1', paired_at: '2026-11-23T06:55:00.000Z' }, noUrl),
  'webhook.test': define('webhook.test', 'Sent by POST /api/v1/webhooks/{id}/test; never emitted by real changes.', objectData(TestObjectSchema), { id: 'whk_01KAQ0Z9Y8X7W6V5T4S3R2Q1P0', message: 'This is a test event from Anywhere POS.' }, noUrl, false),
};

/** The `data` a thin endpoint receives for an event of `type` whose full data is `data`. */
export function thinData(type: string, data: Record<string, unknown>): ThinData {
  const object = (data.object ?? {}) as Record<string, unknown>;
  const definition = isEventType(type) ? EVENT_CATALOG[type] : undefined;
  return definition ? definition.thin(object) : { id: str(object.id), url: null };
}
