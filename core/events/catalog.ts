// The event catalog (SPEC §5.3): every event type, a TypeBox schema for its `data`, a sample
// payload (used by POST /webhooks/{id}/test and the docs) and how its thin payload points back at the API.
// The definitions live per domain in catalog/*.ts; this file assembles them in the order of EVENT_TYPES.
import { CUSTOMER_EVENTS } from './catalog/customers';
import { str, type EventDefinition, type ThinData } from './catalog/define';
import { isEventType, type EventType } from './catalog/event-types';
import { INVENTORY_EVENTS } from './catalog/inventory';
import { ORDER_EVENTS } from './catalog/orders';
import { PAYMENT_EVENTS } from './catalog/payments';
import { PRODUCT_EVENTS } from './catalog/products';
import { TILL_EVENTS } from './catalog/tills';
import { WEBHOOK_EVENTS } from './catalog/webhooks';

export { EVENT_TYPES, isEventType, type EventType } from './catalog/event-types';
export type { EventDefinition, ThinData } from './catalog/define';

export const EVENT_CATALOG: Readonly<Record<EventType, EventDefinition>> = {
  ...ORDER_EVENTS,
  ...PAYMENT_EVENTS,
  ...PRODUCT_EVENTS,
  ...CUSTOMER_EVENTS,
  ...INVENTORY_EVENTS,
  ...TILL_EVENTS,
  ...WEBHOOK_EVENTS,
};

/** The `data` a thin endpoint receives for an event of `type` whose full data is `data`. */
export function thinData(type: string, data: Record<string, unknown>): ThinData {
  const object = (data.object ?? {}) as Record<string, unknown>;
  const definition = isEventType(type) ? EVENT_CATALOG[type] : undefined;
  return definition ? definition.thin(object) : { id: str(object.id), url: null };
}
