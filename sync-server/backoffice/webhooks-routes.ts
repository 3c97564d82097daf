// Back office: webhook endpoints, their deliveries and attempts, test sends, retries and replays, and
// the events browser. Everything goes through the webhooks plugin's WebhookService and the feed reader.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { EventTypesView } from '../../core/api/backoffice';
import { EVENT_CATALOG, EVENT_TYPES } from '../../core/events/catalog';
import {
  DeliveryListQuerySchema,
  EventsQuerySchema,
  SUBSCRIBABLE_EVENT_TYPES,
  WebhookCreateSchema,
  WebhookReplaySchema,
  WebhookTestSchema,
  WebhookUpdateSchema,
} from '../../core/events/webhook-api';
import { parseEventTypes, readFeed } from '../events/events-feed';
import type { WebhookActor } from '../webhooks/webhook-service';
import { sessionOf, viewLivemode } from './request-context';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const DeliveryParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }), deliveryId: Type.String({ minLength: 1, maxLength: 64 }) });

export function registerWebhookRoutes(bo: FastifyInstance): void {
  const app = bo.withTypeProvider<TypeBoxTypeProvider>();
  // The webhooks plugin's service (`app.webhooks`): the same code the API v1 routes call.
  const service = app.webhooks;

  // Back-office users act for the whole business (every location).
  const actor = (request: Parameters<typeof sessionOf>[0]): WebhookActor => ({
    businessId: sessionOf(request).businessId,
    locationIds: null,
    keyId: null,
    livemode: viewLivemode(request),
  });
  const owner = { access: 'owner' as const };

  app.get('/api/event-types', { schema: { hide: true } }, async (): Promise<EventTypesView> => ({
    subscribable: SUBSCRIBABLE_EVENT_TYPES,
    data: EVENT_TYPES.map((type) => ({ type, description: EVENT_CATALOG[type].description })),
  }));

  app.get('/api/webhooks', { schema: { hide: true } }, async (request) => {
    const { rows } = await service.list(actor(request), { limit: 100 });
    return { data: rows };
  });

  app.post('/api/webhooks', { schema: { body: WebhookCreateSchema, hide: true }, config: owner }, async (request, reply) => {
    const created = await service.create(actor(request), request.body);
    request.log.info({ webhook_id: created.id, user_id: sessionOf(request).userId }, 'back office created a webhook endpoint');
    return reply.status(201).send(created);
  });

  app.get('/api/webhooks/:id', { schema: { params: IdParams, hide: true } }, async (request) => service.get(actor(request), request.params.id));

  app.patch('/api/webhooks/:id', { schema: { params: IdParams, body: WebhookUpdateSchema, hide: true }, config: owner }, async (request) =>
    service.update(actor(request), request.params.id, request.body),
  );

  app.delete('/api/webhooks/:id', { schema: { params: IdParams, hide: true }, config: owner }, async (request) =>
    service.remove(actor(request), request.params.id),
  );

  app.post('/api/webhooks/:id/rotate-secret', { schema: { params: IdParams, hide: true }, config: owner }, async (request) =>
    service.rotateSecret(actor(request), request.params.id),
  );

  // Test sends, retries and replays resend to receivers the owner configured: managers may run them.
  app.post('/api/webhooks/:id/test', { schema: { params: IdParams, body: WebhookTestSchema, hide: true } }, async (request) =>
    service.test(actor(request), request.params.id, request.body.event_type),
  );

  app.get('/api/webhooks/:id/deliveries', { schema: { params: IdParams, querystring: DeliveryListQuerySchema, hide: true } }, async (request) => {
    const { limit = 25, cursor, status } = request.query;
    const { rows, hasMore } = await service.deliveries(actor(request), request.params.id, { status, after: cursor, limit });
    return { data: rows, has_more: hasMore, next_cursor: hasMore ? rows.at(-1)!.id : null };
  });

  app.get('/api/webhooks/:id/deliveries/:deliveryId', { schema: { params: DeliveryParams, hide: true } }, async (request) =>
    service.delivery(actor(request), request.params.id, request.params.deliveryId),
  );

  app.post('/api/webhooks/:id/deliveries/:deliveryId/retry', { schema: { params: DeliveryParams, hide: true } }, async (request) =>
    service.retry(actor(request), request.params.id, request.params.deliveryId),
  );

  app.post('/api/webhooks/:id/replay', { schema: { params: IdParams, body: WebhookReplaySchema, hide: true } }, async (request) =>
    service.replay(actor(request), request.params.id, request.body),
  );

  app.get('/api/events', { schema: { querystring: EventsQuerySchema, hide: true } }, async (request) => {
    const { since, types, limit = 50 } = request.query;
    return readFeed(app.db, {
      businessId: sessionOf(request).businessId,
      since,
      types: parseEventTypes(types),
      locationIds: null,
      limit,
      livemode: viewLivemode(request),
    });
  });
}
