// The list of event types (SPEC §5.3), in the order the catalog and the docs show them.
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
