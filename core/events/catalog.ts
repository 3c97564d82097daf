// The event catalog (SPEC §5.3): every event type, a TypeBox schema for its `data`, a sample
// payload (used by POST /webhooks/{id}/test and the docs) and how its thin payload points back at the API.
import { Type, type TSchema } from 'typebox';
import { ProductSchema } from '../api/catalog';
import { CategoryObjectSchema, ModifierGroupObjectSchema, TaxRateObjectSchema } from '../api/catalog-resources';
import { CustomerSchema } from '../api/customers';
import { LocationSchema } from '../api/locations';
import { OrderSchema, PaymentSchema } from '../api/orders';
import { Money, Nullable } from '../schema-primitives';

export const EVENT_TYPES = [
  'order.created',
  'order.updated',
  'order.paid',
  'order.voided',
  'order.refunded',
  'order.cancelled',
  'payment.succeeded',
  'payment.failed',
  'payment.updated',
  'product.created',
  'product.updated',
  'product.deleted',
  'tax_rate.created',
  'tax_rate.updated',
  'tax_rate.deleted',
  'category.created',
  'category.updated',
  'category.deleted',
  'modifier_group.created',
  'modifier_group.updated',
  'modifier_group.deleted',
  'location.updated',
  'customer.created',
  'customer.updated',
  'inventory.updated',
  'inventory.low_stock',
  'shift.closed',
  'device.paired',
  'webhook_endpoint.disabled',
  'webhook.test',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value);
}

// Order, payment and product events carry the API v1 objects themselves (core/api), so a webhook and
// GET /api/v1/orders/{id} show the same thing. TypeBox objects are open: fields may be added later.
const Id = (prefix: string) => Type.String({ pattern: `^${prefix}_` });

const InventoryObjectSchema = Type.Object({
  object: Type.Literal('inventory'),
  product_id: Id('prd'),
  location_id: Id('loc'),
  on_hand: Type.Integer(),
  previous_on_hand: Type.Integer(),
  low_stock_threshold: Nullable(Type.Integer()),
});

const ShiftObjectSchema = Type.Object({
  id: Id('shf'),
  object: Type.Literal('shift'),
  location_id: Id('loc'),
  device_id: Nullable(Type.String()),
  opened_at: Type.String({ format: 'date-time' }),
  closed_at: Type.String({ format: 'date-time' }),
  closed_by: Nullable(Type.String()),
  z_report: Type.Object({
    sales_count: Type.Integer(),
    gross_sales: Money(),
    refunds: Money(),
    /** tips taken in the shift, all tenders (not in gross_sales); per tender in payments_by_method[].tip; absent from tills before tips */
    tips_total: Type.Optional(Money('tips taken in the shift (not in gross_sales)')),
    expected_cash: Money(),
    counted_cash: Nullable(Money()),
  }),
});

const DeviceObjectSchema = Type.Object({
  id: Id('dev'),
  object: Type.Literal('device'),
  location_id: Id('loc'),
  name: Type.String(),
  paired_at: Type.String({ format: 'date-time' }),
  livemode: Type.Boolean({ description: 'false for a till paired with a test-mode code' }),
});

const ProductDeletedSchema = Type.Object({ id: Id('prd'), object: Type.Literal('product'), deleted: Type.Literal(true) });

const TestObjectSchema = Type.Object({ id: Id('whk'), object: Type.Literal('webhook_endpoint'), message: Type.String() });

const DisabledEndpointSchema = Type.Object({
  id: Id('whk'),
  object: Type.Literal('webhook_endpoint'),
  name: Type.String(),
  url: Type.String(),
  enabled: Type.Literal(false),
  disabled_reason: Type.String(),
  disabled_at: Type.String({ format: 'date-time' }),
  livemode: Type.Boolean(),
});

const objectData = <T extends TSchema>(object: T) => Type.Object({ object });

/** `payload:"thin"` endpoints receive `{id, url}`: the object's id and where to fetch it (null when the API has no such resource). */
export interface ThinData {
  id: string;
  url: string | null;
}

export interface EventDefinition {
  type: EventType;
  description: string;
  data: TSchema;
  sample: { location_id: string | null; device_id: string | null; data: { object: Record<string, unknown>; [key: string]: unknown } };
  thin(object: Record<string, unknown>): ThinData;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const orderThin = (o: Record<string, unknown>): ThinData => ({ id: str(o.id), url: `/api/v1/orders/${str(o.id)}` });
const paymentThin = (o: Record<string, unknown>): ThinData => ({ id: str(o.id), url: `/api/v1/orders/${str(o.order_id)}` });
const productThin = (o: Record<string, unknown>): ThinData => ({ id: str(o.id), url: `/api/v1/products/${str(o.id)}` });
const stockThin = (o: Record<string, unknown>): ThinData => ({ id: str(o.product_id), url: `/api/v1/products/${str(o.product_id)}` });
const resourceThin =
  (path: string) =>
  (o: Record<string, unknown>): ThinData => ({ id: str(o.id), url: `/api/v1/${path}/${str(o.id)}` });
const noUrl = (o: Record<string, unknown>): ThinData => ({ id: str(o.id), url: null });

const LOC = 'loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7';
const DEV = 'dev_01KAQ30B1C7K2M9N4P6R8T0V2X';
const ORD = 'ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P';
const PRD = 'prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P';

const TAX = 'tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q';
const AT = '2026-11-23T09:12:04.500Z';

const SAMPLE_TIP = 150;

/** A card payment; a succeeded one carries a 1.50 tip (the terminal charged amount + tip). */
const samplePayment = (status: 'succeeded' | 'failed', amount = 980) => ({
  id: 'pay_01KAQ3C2D4F6H8K0M2P4R6T8V0',
  object: 'payment' as const,
  order_id: ORD,
  method: 'card' as const,
  status,
  amount,
  tip: status === 'succeeded' ? SAMPLE_TIP : 0,
  tendered: null,
  change: null,
  reference: 'ZVT-000123',
  card: { brand: 'visa', last4: '4242' },
  device_id: DEV,
  livemode: true,
  occurred_at: AT,
  created_at: AT,
});

const sampleOrder = (status: 'open' | 'partially_paid' | 'paid' | 'partially_refunded' | 'voided', paid: number, refunded: number) => ({
  id: ORD,
  object: 'order' as const,
  location_id: LOC,
  source: 'till' as const,
  device_id: DEV,
  staff_id: 'stf_01KAQ1Z2Y3X4W5V6T7S8R9Q0P1',
  number: 'A-0042',
  status,
  currency: 'EUR',
  tax_mode: 'inclusive' as const,
  lines: [
    {
      id: 'lin_01KAQ3B7YJ2K4M6N8P0R2T4V6X',
      product_id: PRD,
      name: 'Flat white',
      quantity: 2,
      base_price: 350,
      unit_price: 350,
      modifiers: [],
      discount: null,
      gross_before_discount: 700,
      line_discount: 0,
      order_discount_share: 0,
      subtotal: 700,
      net: 654,
      tax: 46,
      total: 700,
      tax_rate_id: TAX,
      rate_ppm: 70_000,
      note: null,
      weight: null,
      price_override: null,
    },
    {
      id: 'lin_01KAQ3B7YJ3M5N7P9Q1S3V5W7Y',
      product_id: 'prd_01KAQ2ZX4F0G2H4J6K8M0N2P4R',
      name: 'Croissant',
      quantity: 1,
      base_price: 280,
      unit_price: 280,
      modifiers: [],
      discount: null,
      gross_before_discount: 280,
      line_discount: 0,
      order_discount_share: 0,
      subtotal: 280,
      net: 262,
      tax: 18,
      total: 280,
      tax_rate_id: TAX,
      rate_ppm: 70_000,
      note: null,
      weight: null,
      price_override: null,
    },
  ],
  discount: null,
  totals: {
    subtotal: 980,
    discount_total: 0,
    tax_total: 64,
    net_total: 916,
    total: 980,
    amount_paid: paid,
    tip: paid > 0 ? SAMPLE_TIP : 0,
    amount_collected: paid > 0 ? paid + SAMPLE_TIP : 0,
    amount_refunded: refunded,
    balance_due: status === 'voided' ? 0 : 980 - paid,
  },
  tax_breakdown: [{ tax_rate_id: TAX, rate_ppm: 70_000, net: 916, tax: 64, gross: 980 }],
  payments: paid > 0 ? [samplePayment('succeeded', paid)] : [],
  refunds:
    refunded > 0
      ? [
          {
            id: 'ref_01KAQ3D5E7G9J1K3N5Q7S9V1W3',
            object: 'refund' as const,
            order_id: ORD,
            payment_id: 'pay_01KAQ3C2D4F6H8K0M2P4R6T8V0',
            amount: refunded,
            reason: 'spilled',
            lines: [{ line_id: 'lin_01KAQ3B7YJ2K4M6N8P0R2T4V6X', quantity: 1, amount: 350, tax: 23 }],
            tax_breakdown: [{ tax_rate_id: TAX, rate_ppm: 70_000, net: 327, tax: 23, gross: 350 }],
            device_id: DEV,
            livemode: true,
            occurred_at: AT,
            created_at: AT,
          },
        ]
      : [],
  external_ref: null,
  customer_note: null,
  customer_id: null,
  livemode: true,
  occurred_at: AT,
  created_at: AT,
  updated_at: AT,
  voided_at: status === 'voided' ? AT : null,
});

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
const sampleLocation = {
  id: LOC,
  object: 'location',
  name: 'Café Berlin',
  address: { line1: 'Torstraße 1', city: 'Berlin', postal_code: '10119', country: 'DE' },
  timezone: 'Europe/Berlin',
  currency: 'EUR',
  tax_mode: 'inclusive',
  cash_rounding: 1,
  created_at: '2026-11-01T08:00:00.000Z',
  updated_at: '2026-11-23T08:00:00.000Z',
};
const sampleCustomer = {
  id: 'cus_01KAQ2ZY5F6G7H8J9K0M1N2P3Q',
  object: 'customer',
  name: 'Mia Schmidt',
  email: 'mia@example.com',
  phone: '+49 30 1234567',
  note: '',
  livemode: true,
  created_at: '2026-11-20T10:00:00.000Z',
  updated_at: '2026-11-23T08:00:00.000Z',
};
const deletedSchema = (prefix: string, object: string) => Type.Object({ id: Id(prefix), object: Type.Literal(object), deleted: Type.Literal(true) });
const updatedData = (object: TSchema) => Type.Object({ object, previous_attributes: Type.Object({}, { additionalProperties: true }) });

function define(
  type: EventType,
  description: string,
  data: TSchema,
  object: Record<string, unknown>,
  thin: EventDefinition['thin'],
  device = true,
  extra: Record<string, unknown> = {},
): EventDefinition {
  return { type, description, data, sample: { location_id: LOC, device_id: device ? DEV : null, data: { object, ...extra } }, thin };
}

const inventory = (onHand: number, previous: number) => ({
  object: 'inventory',
  product_id: PRD,
  location_id: LOC,
  on_hand: onHand,
  previous_on_hand: previous,
  low_stock_threshold: 5,
});

export const EVENT_CATALOG: Readonly<Record<EventType, EventDefinition>> = {
  'order.created': define(
    'order.created',
    'An order was created (a till sale, or POST /api/v1/orders).',
    objectData(OrderSchema),
    sampleOrder('open', 0, 0),
    orderThin,
  ),
  'order.updated': define(
    'order.updated',
    'An order changed without being paid, voided or refunded (e.g. a part payment).',
    objectData(OrderSchema),
    sampleOrder('partially_paid', 500, 0),
    orderThin,
  ),
  'order.paid': define('order.paid', 'An order is fully paid.', objectData(OrderSchema), sampleOrder('paid', 980, 0), orderThin),
  'order.voided': define('order.voided', 'An open order was voided.', objectData(OrderSchema), sampleOrder('voided', 0, 0), orderThin),
  'order.refunded': define(
    'order.refunded',
    'Money() was refunded on an order (partly or fully).',
    objectData(OrderSchema),
    sampleOrder('partially_refunded', 980, 350),
    orderThin,
  ),
  'order.cancelled': define(
    'order.cancelled',
    'An order was cancelled through the API (POST /api/v1/orders/{id}/cancel): money still held was refunded first (payment.updated, order.refunded), then the order was voided; data.reason says why.',
    objectData(OrderSchema),
    { ...sampleOrder('voided', 0, 0), source: 'api', device_id: null },
    orderThin,
    false,
    { reason: 'customer changed their mind' },
  ),
  'payment.succeeded': define('payment.succeeded', 'A payment was taken.', objectData(PaymentSchema), samplePayment('succeeded'), paymentThin),
  'payment.failed': define(
    'payment.failed',
    'A payment attempt took no money: a card declined, aborted or timed out at a till, or a failed external payment reported through the API; `failure_code` and `failure_message` say why. The order is unchanged.',
    objectData(PaymentSchema),
    { ...samplePayment('failed'), reference: null, card: null, failure_code: 'declined', failure_message: 'Card declined: Declined' },
    paymentThin,
  ),
  'payment.updated': define(
    'payment.updated',
    'A payment changed after it was taken (money refunded to it); data.previous_attributes holds the old values of what changed.',
    Type.Object({ object: PaymentSchema, previous_attributes: Type.Object({}, { additionalProperties: true }) }),
    { ...samplePayment('succeeded'), amount_refunded: 980 },
    paymentThin,
    false,
    { previous_attributes: { amount_refunded: 0 } },
  ),
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
  'location.updated': define(
    'location.updated',
    'A location changed (API v1 or the back office); data.previous_attributes holds the old values of what changed.',
    updatedData(LocationSchema),
    sampleLocation,
    resourceThin('locations'),
    false,
    { previous_attributes: { name: 'Café Mitte' } },
  ),
  'customer.created': define(
    'customer.created',
    'A customer was created (API v1).',
    objectData(CustomerSchema),
    sampleCustomer,
    resourceThin('customers'),
    false,
  ),
  'customer.updated': define(
    'customer.updated',
    'A customer changed; data.previous_attributes holds the old values of what changed.',
    updatedData(CustomerSchema),
    sampleCustomer,
    resourceThin('customers'),
    false,
    { previous_attributes: { phone: null } },
  ),
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
  'shift.closed': define(
    'shift.closed',
    'A shift was closed at a till; carries its Z report.',
    objectData(ShiftObjectSchema),
    {
      id: 'shf_01KAQ1A2B3C4D5E6F7G8H9J0K1',
      object: 'shift',
      location_id: LOC,
      device_id: DEV,
      opened_at: '2026-11-23T07:00:00.000Z',
      closed_at: '2026-11-23T17:05:00.000Z',
      closed_by: 'stf_01KAQ1Z2Y3X4W5V6T7S8R9Q0P1',
      z_report: { sales_count: 142, gross_sales: 183_450, refunds: 1_200, tips_total: 6_420, expected_cash: 45_300, counted_cash: 45_250 },
    },
    noUrl,
  ),
  'device.paired': define(
    'device.paired',
    'A till was paired with a location.',
    objectData(DeviceObjectSchema),
    { id: DEV, object: 'device', location_id: LOC, name: 'Counter 1', paired_at: '2026-11-23T06:55:00.000Z', livemode: true },
    noUrl,
  ),
  'webhook_endpoint.disabled': define(
    'webhook_endpoint.disabled',
    "The service disabled one of the business's webhook endpoints by itself (its receiver answered 410 Gone, or every delivery failed after all retries for 3 days); sent to the business's other endpoints. Re-enable it with PATCH enabled:true and replay what it missed.",
    objectData(DisabledEndpointSchema),
    {
      id: 'whk_01KAQ0Z9Y8X7W6V5T4S3R2Q1P0',
      object: 'webhook_endpoint',
      name: 'stock-control',
      url: 'https://stock.example.com/anywhere-webhook',
      enabled: false,
      disabled_reason: 'The receiver answered 410 Gone at 2026-11-23T09:12:04.500Z (delivery dlv_01KAQ3E1F3H5K7M9P1R3T5W7Y9).',
      disabled_at: AT,
      livemode: true,
    },
    (o) => ({ id: str(o.id), url: `/api/v1/webhooks/${str(o.id)}` }),
    false,
  ),
  'webhook.test': define(
    'webhook.test',
    'Sent by POST /api/v1/webhooks/{id}/test; never emitted by real changes.',
    objectData(TestObjectSchema),
    { id: 'whk_01KAQ0Z9Y8X7W6V5T4S3R2Q1P0', object: 'webhook_endpoint', message: 'This is a test event from Anywhere POS.' },
    noUrl,
    false,
  ),
};

/** The `data` a thin endpoint receives for an event of `type` whose full data is `data`. */
export function thinData(type: string, data: Record<string, unknown>): ThinData {
  const object = (data.object ?? {}) as Record<string, unknown>;
  const definition = isEventType(type) ? EVENT_CATALOG[type] : undefined;
  return definition ? definition.thin(object) : { id: str(object.id), url: null };
}
