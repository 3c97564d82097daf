// Events feed (SPEC §5.4): GET /api/v1/events — every committed event exactly once, in feed order —
// and GET /api/v1/events/{id}, one event as it was sent.
import fp from 'fastify-plugin';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { EventEnvelopeSchema } from '../../core/events/envelope';
import { EventsPageSchema, EventsQuerySchema } from '../../core/events/webhook-api';
import { requireApiKey } from '../api/api-auth';
import { bearer, errors, IdParams } from '../api/route-schemas';
import { notFound } from '../http/api-error';
import { parseEventTypes, readFeedJson } from './events-feed';
import { EVENT_COLUMNS, envelopeFromRow, type EventRow } from './outbox';

export default fp(
  async (app) => {
    const api = app.withTypeProvider<TypeBoxTypeProvider>();
    api.get(
      '/api/v1/events',
      {
        onRequest: app.apiKeyAuth('events:read'),
        schema: {
          tags: ['Events'],
          summary: 'List events (the events feed)',
          description:
            'Committed events in feed order. Follow `next_cursor` (pass it as `since`) and you see every event exactly once, even while ' +
            'many writers commit out of order. `since` takes a cursor, an event id or an RFC 3339 time. Events without a location ' +
            '(business-wide) are visible to every key; others only to keys with that location. A live key reads live events, a `pos_test_` key test events (`livemode: false`) only. Kept 30 days.',
          security: bearer,
          querystring: EventsQuerySchema,
          response: { 200: EventsPageSchema, ...errors() },
        },
      },
      async (request, reply) => {
        const key = requireApiKey(request);
        const body = await readFeedJson(app.db, {
          businessId: key.businessId,
          since: request.query.since,
          types: parseEventTypes(request.query.types),
          locationIds: key.locationIds === 'all' ? null : key.locationIds,
          limit: request.query.limit,
          livemode: key.livemode,
        });
        // Already JSON of the schema above, in UTF-8: Fastify sends a Buffer as it is, without
        // serializing it again (the typed reply only knows the object form).
        return reply.type('application/json; charset=utf-8').send(body as never);
      },
    );

    api.get(
      '/api/v1/events/:id',
      {
        onRequest: app.apiKeyAuth('events:read'),
        schema: {
          tags: ['Events'],
          summary: 'Retrieve an event',
          description:
            'One event by id (`evt_…`, the `X-Pos-Event-Id` / `webhook-id` of a delivery), the same envelope as in the feed. 404 when it is unknown, older than the retention, or of a location the key may not access.',
          security: bearer,
          params: IdParams,
          response: { 200: Type.Object(EventEnvelopeSchema.properties, { title: 'Event' }), ...errors(404) },
        },
      },
      async (request) => {
        const key = requireApiKey(request);
        const { rows } = await app.db.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE id = $1 AND business_id = $2 AND livemode = $3`, [
          request.params.id,
          key.businessId,
          key.livemode,
        ]);
        const row = rows[0];
        // Another location's event is reported as unknown, so a key cannot probe for ids it may not see.
        if (!row || (key.locationIds !== 'all' && row.location_id !== null && !key.locationIds.includes(row.location_id)))
          throw notFound('event', request.params.id, 'id');
        return envelopeFromRow(row);
      },
    );
  },
  { name: 'events', dependencies: ['api-v1'] },
);
