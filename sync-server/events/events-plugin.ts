// Events feed (SPEC §5.4): GET /api/v1/events — every committed event exactly once, in feed order.
import fp from 'fastify-plugin';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { EventsPageSchema, EventsQuerySchema } from '../../core/events/webhook-api';
import { requireApiKey } from '../api/api-auth';
import { bearer, errors } from '../api/route-schemas';
import { parseEventTypes, readFeedJson } from './events-feed';

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
            '(business-wide) are visible to every key; others only to keys with that location. Kept 30 days.',
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
        });
        // Already JSON of the schema above: Fastify sends a string as it is, without serializing it
        // again (the typed reply only knows the object form).
        return reply.type('application/json; charset=utf-8').send(body as never);
      },
    );
  },
  { name: 'events', dependencies: ['api-v1'] },
);
