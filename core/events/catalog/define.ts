// What every event definition is made of, and the helpers and sample ids the per-domain catalog files share.
import { Type, type TSchema } from 'typebox';
import type { EventType } from './event-types';

// Order, payment and product events carry the API v1 objects themselves (core/api), so a webhook and
// GET /api/v1/orders/{id} show the same thing. TypeBox objects are open: fields may be added later.
export const Id = (prefix: string) => Type.String({ pattern: `^${prefix}_` });

export const objectData = <T extends TSchema>(object: T) => Type.Object({ object });

export const deletedSchema = (prefix: string, object: string) => Type.Object({ id: Id(prefix), object: Type.Literal(object), deleted: Type.Literal(true) });
export const updatedData = (object: TSchema) => Type.Object({ object, previous_attributes: Type.Object({}, { additionalProperties: true }) });

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

export const str = (value: unknown): string => (typeof value === 'string' ? value : '');
export const resourceThin =
  (path: string) =>
  (o: Record<string, unknown>): ThinData => ({ id: str(o.id), url: `/api/v1/${path}/${str(o.id)}` });
export const noUrl = (o: Record<string, unknown>): ThinData => ({ id: str(o.id), url: null });

/** Sample ids and time, shared so that the samples point at each other. */
export const LOC = 'loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7';
export const DEV = 'dev_01KAQ30B1C7K2M9N4P6R8T0V2X';
export const ORD = 'ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P';
export const PRD = 'prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P';
export const TAX = 'tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q';
export const AT = '2026-11-23T09:12:04.500Z';

export function define(
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
