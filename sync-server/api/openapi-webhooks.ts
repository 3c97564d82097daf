// The OpenAPI 3.1 `webhooks` section, generated from the event catalog (core/events/catalog.ts): one
// operation per event type whose body is the envelope with that type's `data`, so no type can be missing.
import type { OpenAPIV3_1 } from 'openapi-types';
import { Type, type TSchema } from 'typebox';
import { API_VERSION } from '../../core/api-version';
import { EVENT_CATALOG, EVENT_TYPES, type EventType } from '../../core/events/catalog';
import { EventEnvelopeSchema } from '../../core/events/envelope';

/** `order.paid` → `OrderPaidEvent`, the components/schemas name of that event's envelope. */
export function eventSchemaName(type: EventType): string {
  const words = type.split(/[._]/).map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return `${words.join('')}Event`;
}

/** The headers every delivery carries besides Content-Type (webhook-signing.ts `deliveryHeaders`). */
const DELIVERY_HEADERS: ReadonlyArray<{ name: string; description: string; example: string }> = [
  { name: 'User-Agent', description: 'Always `AnywherePOS-Webhooks/1`.', example: 'AnywherePOS-Webhooks/1' },
  {
    name: 'X-Pos-Event-Id',
    description: 'The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.',
    example: 'evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9',
  },
  { name: 'X-Pos-Event-Type', description: 'The event type, e.g. `order.paid`.', example: 'order.paid' },
  {
    name: 'X-Pos-Delivery-Id',
    description: 'This delivery (`dlv_…`); retries of it keep the id.',
    example: 'dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0',
  },
  {
    name: 'X-Pos-Signature',
    description:
      '`t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.',
    example: 't=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd',
  },
  { name: 'webhook-id', description: 'Standard Webhooks: the event id.', example: 'evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9' },
  { name: 'webhook-timestamp', description: 'Standard Webhooks: unix seconds of the signature.', example: '1763890324' },
  {
    name: 'webhook-signature',
    description: 'Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).',
    example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=',
  },
];

const ThinDataSchema = Type.Object(
  {
    id: Type.String({ description: "the object's id" }),
    url: Type.Union([Type.String(), Type.Null()], { description: 'where the API serves the object (null when it has no such resource)' }),
  },
  { title: 'ThinData', description: 'What `payload:"thin"` endpoints receive instead of the full data.' },
);

// TypeBox keeps its kind markers off the enumerable keys; `$id`s must go, or every schema naming the
// same object would claim the same identity inside one document.
function plain(schema: TSchema): OpenAPIV3_1.SchemaObject {
  return JSON.parse(JSON.stringify(schema), (key, value: unknown) => (key === '$id' ? undefined : value)) as OpenAPIV3_1.SchemaObject;
}

/** components/schemas: one envelope per event type, `type` fixed and `data` that type's schema (or the thin form). */
export function eventSchemas(): Record<string, OpenAPIV3_1.SchemaObject> {
  const schemas: Record<string, OpenAPIV3_1.SchemaObject> = {};
  for (const type of EVENT_TYPES) {
    const definition = EVENT_CATALOG[type];
    const envelope = Type.Object(
      {
        ...EventEnvelopeSchema.properties,
        type: Type.Literal(type),
        data: Type.Union([definition.data, ThinDataSchema], {
          description: 'Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`.',
        }),
      },
      { title: eventSchemaName(type), description: definition.description },
    );
    schemas[eventSchemaName(type)] = { ...plain(envelope), examples: [sampleEnvelope(type)] };
  }
  return schemas;
}

function sampleEnvelope(type: EventType): Record<string, unknown> {
  const { sample } = EVENT_CATALOG[type];
  return {
    id: 'evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9',
    type,
    created_at: '2026-11-23T09:12:05.020Z',
    occurred_at: '2026-11-23T09:12:04.500Z',
    cursor: '1000001-42',
    api_version: API_VERSION,
    location_id: sample.location_id,
    device_id: sample.device_id,
    data: sample.data,
  };
}

/** The `webhooks` object of the document: what an endpoint subscribed to each type receives. */
export function webhooksObject(): Record<string, OpenAPIV3_1.PathItemObject> {
  const webhooks: Record<string, OpenAPIV3_1.PathItemObject> = {};
  for (const type of EVENT_TYPES) {
    const name = eventSchemaName(type);
    webhooks[type] = {
      post: {
        operationId: `webhook_${type.replace(/\./g, '_')}`,
        tags: ['Webhook events'],
        summary: type,
        description: `${EVENT_CATALOG[type].description}\n\nSent to every enabled endpoint subscribed to \`${type}\` (or \`*\`, or \`${type.split('.')[0]}.*\`). Verify the signature on the raw body before parsing it.`,
        parameters: DELIVERY_HEADERS.map(({ name: header, description, example }) => ({
          name: header,
          in: 'header' as const,
          required: true,
          description,
          schema: { type: 'string' as const },
          example,
        })),
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } },
        responses: {
          '2XX': { description: 'Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery.' },
          '410': { description: 'Gone: the endpoint is disabled at once.' },
          default: {
            description: 'Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured.',
          },
        },
      },
    };
  }
  return webhooks;
}
