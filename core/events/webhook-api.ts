// API v1 shapes of webhook endpoints, deliveries, attempts and the events feed (SPEC §5.2): the
// route schemas, the OpenAPI docs and the back office all use these.
import { Type, type Static } from 'typebox';
import { StorableTimestamp } from '../storable';
import { Nullable, Timestamp } from '../schema-primitives';
import { IdString, ListOf, ListQuery } from '../api/common';
import { EventEnvelopeSchema } from './envelope';
import { EVENT_TYPES } from './catalog';

/** Types an endpoint may subscribe to: every catalog type except webhook.test (sent only on demand). */
export const SUBSCRIBABLE_EVENT_TYPES = EVENT_TYPES.filter((t) => t !== 'webhook.test');

/** Prefix wildcards (`order.*`), one per noun that has a subscribable type. */
export const EVENT_WILDCARDS = [...new Set(SUBSCRIBABLE_EVENT_TYPES.map((t) => `${t.slice(0, t.indexOf('.'))}.*`))];

/** Every value `subscribed_events` accepts: "*" (all), a prefix wildcard, or an exact type. */
export const SUBSCRIPTION_PATTERNS: readonly string[] = ['*', ...EVENT_WILDCARDS, ...SUBSCRIBABLE_EVENT_TYPES];

/** Whether an endpoint subscribed to `pattern` receives events of `type` (mirrored in SQL by the outbox). */
export function subscriptionMatches(pattern: string, type: string): boolean {
  return pattern === '*' || pattern === type || (pattern.endsWith('.*') && type.startsWith(pattern.slice(0, -1)));
}

// An enum (not a union of literals) so that a refusal lists the valid values.
const SubscribedType = Type.Enum([...SUBSCRIPTION_PATTERNS], { description: 'an event type, "*" for all, or a prefix wildcard such as "order.*"' });

const Name = Type.String({ minLength: 1, maxLength: 100 });
const Url = Type.String({
  minLength: 1,
  maxLength: 2048,
  description: 'https URL that receives POSTs (http and private addresses only with POS_WEBHOOK_ALLOW_PRIVATE=1)',
});
const Events = Type.Array(SubscribedType, {
  minItems: 1,
  maxItems: 50,
  uniqueItems: true,
  description: 'event types to receive: exact types, "*" = all, or prefix wildcards ("order.*" = every order event, including ones added later)',
});
const Headers = Type.Record(Type.String(), Type.String(), {
  description:
    'custom headers sent on every delivery, e.g. {"Authorization": "Bearer …"}: at most 20, names of 1–64 token characters, values of 1–1024 printable ASCII characters, 4 KB in all; Host, Content-Length, Content-Type, Content-Encoding, Transfer-Encoding, Connection, Keep-Alive, TE, Trailer, Upgrade, Expect, User-Agent and names starting with X-Pos-, Webhook-, Proxy- or Sec- are refused (header_reserved). On update the object replaces the whole set ({} removes all).',
});
const Payload = Type.Union([Type.Literal('full'), Type.Literal('thin')], { description: 'full: the object in data.object; thin: data = {id, url}' });

export const WebhookEndpointSchema = Type.Object(
  {
    object: Type.Literal('webhook_endpoint'),
    id: IdString('whk'),
    name: Type.String(),
    url: Type.String(),
    subscribed_events: Type.Array(Type.String()),
    payload: Payload,
    enabled: Type.Boolean(),
    disabled_reason: Nullable(Type.String({ description: 'why the endpoint was disabled (410 Gone, failing for 3 days, a user)' })),
    disabled_at: Nullable(Timestamp()),
    locations: Type.Union([Type.Literal('all'), Type.Array(Type.String())], {
      description: 'locations whose events it receives (those of the API key that created it)',
    }),
    headers: Type.Record(Type.String(), Type.String(), { description: 'custom headers sent on every delivery' }),
    livemode: Type.Boolean({
      description: 'false for a test-mode endpoint (created with a pos_test_ key): it receives test events only, signed with its own secret',
    }),
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { title: 'WebhookEndpoint' },
);
export type WebhookEndpoint = Static<typeof WebhookEndpointSchema>;

export const WebhookEndpointWithSecretSchema = Type.Object(
  {
    ...WebhookEndpointSchema.properties,
    secret: Type.String({ description: 'whsec_… signing secret; shown only in this response' }),
  },
  { title: 'WebhookEndpointWithSecret' },
);

export const WebhookRotatedSchema = Type.Object(
  {
    ...WebhookEndpointWithSecretSchema.properties,
    previous_secret_expires_at: Timestamp('until then deliveries carry a signature for the old secret too'),
  },
  { title: 'WebhookEndpointRotated' },
);

const SuppliedSecret = Type.String({
  minLength: 1,
  maxLength: 200,
  description:
    'your own signing secret instead of a generated one: "whsec_" + standard base64 of 24–64 random bytes (e.g. whsec_ + `openssl rand -base64 32`); refused with secret_format, secret_too_short, secret_too_long or secret_too_weak (fewer than 16 different byte values)',
});

export const WebhookCreateSchema = Type.Object(
  {
    name: Name,
    url: Url,
    subscribed_events: Events,
    payload: Type.Optional(Payload),
    enabled: Type.Optional(Type.Boolean()),
    secret: Type.Optional(SuppliedSecret),
    headers: Type.Optional(Headers),
  },
  { additionalProperties: false },
);
export type WebhookCreate = Static<typeof WebhookCreateSchema>;

export const WebhookUpdateSchema = Type.Object(
  {
    name: Type.Optional(Name),
    url: Type.Optional(Url),
    subscribed_events: Type.Optional(Events),
    payload: Type.Optional(Payload),
    enabled: Type.Optional(Type.Boolean()),
    headers: Type.Optional(Headers),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type WebhookUpdate = Static<typeof WebhookUpdateSchema>;

export const WebhookAttemptSchema = Type.Object(
  {
    id: IdString('att'),
    number: Type.Integer(),
    started_at: Timestamp(),
    duration_ms: Type.Integer(),
    status_code: Nullable(Type.Integer()),
    error_class: Nullable(Type.String({ description: 'timeout | dns | connection_refused | connection_error | tls | http_status | blocked_address' })),
    error_message: Nullable(Type.String()),
    response_body: Nullable(Type.String({ description: 'first 2 KB of the response body' })),
  },
  { title: 'WebhookAttempt' },
);
export type WebhookAttempt = Static<typeof WebhookAttemptSchema>;

export const WebhookDeliverySchema = Type.Object(
  {
    object: Type.Literal('webhook_delivery'),
    id: IdString('dlv'),
    endpoint_id: IdString('whk'),
    event_id: Type.String({ description: 'the event sent (X-Pos-Event-Id, webhook-id); a sample id for test sends' }),
    event_type: Type.String(),
    status: Type.Union([Type.Literal('pending'), Type.Literal('succeeded'), Type.Literal('failed')]),
    origin: Type.Union([Type.Literal('event'), Type.Literal('replay'), Type.Literal('test')]),
    attempt_count: Type.Integer(),
    next_attempt_at: Nullable(Timestamp('when the next automatic attempt is due (pending only)')),
    last_status_code: Nullable(Type.Integer()),
    last_error: Nullable(Type.String()),
    created_at: Timestamp(),
    completed_at: Nullable(Timestamp()),
    attempts: Type.Array(WebhookAttemptSchema),
  },
  { title: 'WebhookDelivery' },
);
export type WebhookDelivery = Static<typeof WebhookDeliverySchema>;

export const WebhookEndpointListSchema = ListOf(WebhookEndpointSchema, 'WebhookEndpoint');
export const WebhookDeliveryListSchema = ListOf(WebhookDeliverySchema, 'WebhookDelivery');

export const DeliveryListQuerySchema = Type.Object(
  { ...ListQuery, status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('succeeded'), Type.Literal('failed')])) },
  { additionalProperties: false },
);

export const WebhookTestSchema = Type.Object(
  {
    event_type: Type.Optional(
      Type.Union(
        EVENT_TYPES.map((t) => Type.Literal(t)),
        { description: 'default webhook.test; any catalog type sends its sample payload' },
      ),
    ),
  },
  { additionalProperties: false },
);

export const WebhookReplaySchema = Type.Object(
  {
    since: StorableTimestamp('replay events recorded at or after this time'),
    until: Type.Optional(StorableTimestamp('and before this time (default: now)')),
    event_types: Type.Optional(Type.Array(Type.Union(SUBSCRIBABLE_EVENT_TYPES.map((t) => Type.Literal(t))), { minItems: 1, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type WebhookReplay = Static<typeof WebhookReplaySchema>;

export const WebhookReplayResultSchema = Type.Object(
  { object: Type.Literal('webhook_replay'), endpoint_id: IdString('whk'), queued: Type.Integer({ description: 'deliveries queued, one per matching event' }) },
  { title: 'WebhookReplay' },
);

export const EventsQuerySchema = Type.Object(
  {
    since: Type.Optional(
      Type.String({
        maxLength: 64,
        description: "a cursor (next_cursor or an envelope's cursor), an event id, or an RFC 3339 time; absent = oldest retained event",
      }),
    ),
    types: Type.Optional(
      Type.String({
        maxLength: 1000,
        description:
          'comma-separated event types, "*" or prefix wildcards ("order.*"), as in subscribed_events; an unknown one is a 400 listing the valid values',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  },
  { additionalProperties: false },
);

export const EventsPageSchema = Type.Object(
  {
    object: Type.Literal('list'),
    data: Type.Array(Type.Object(EventEnvelopeSchema.properties)),
    next_cursor: Type.String({ description: 'pass as ?since= to continue; never null' }),
    has_more: Type.Boolean(),
  },
  { title: 'EventList' },
);
