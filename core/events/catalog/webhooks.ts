// Webhook events: an endpoint the service disabled by itself, and the test event.
import { Type } from 'typebox';
import { AT, Id, define, noUrl, objectData, str, type EventDefinition } from './define';
import type { EventType } from './event-types';

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

export const WEBHOOK_EVENTS = {
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
} satisfies Partial<Record<EventType, EventDefinition>>;
