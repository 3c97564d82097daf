// The event envelope: the body of every webhook delivery and every item of the events feed.
import { Type, type Static } from 'typebox';

export const EventEnvelopeSchema = Type.Object(
  {
    id: Type.String({ description: 'evt_… — unique; the same id on every delivery attempt and replay' }),
    type: Type.String({ description: 'noun.past_tense, e.g. order.paid' }),
    created_at: Type.String({ format: 'date-time', description: 'when the cloud recorded the event' }),
    occurred_at: Type.String({ format: 'date-time', description: "when it happened (a till's clock for till sales)" }),
    cursor: Type.String({ description: "this event's position in the events feed: pass it as ?since= to resume" }),
    api_version: Type.String(),
    location_id: Type.Union([Type.String(), Type.Null()]),
    device_id: Type.Union([Type.String(), Type.Null()]),
    livemode: Type.Boolean({
      description: 'false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only',
    }),
    data: Type.Object({}, { additionalProperties: true }),
  },
  { $id: 'EventEnvelope' },
);

export type EventEnvelope<D = Record<string, unknown>> = Omit<Static<typeof EventEnvelopeSchema>, 'data'> & { data: D };
