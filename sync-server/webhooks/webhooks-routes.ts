// Webhook endpoints API (SPEC §5.2): endpoints, secrets, test sends, deliveries, retries and
// replays under /api/v1/webhooks, plus the guide's unprefixed /webhooks/… spelling of the same routes.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DeletedSchema, LIST_LIMIT_DEFAULT } from '../../core/api/common';
import {
  DeliveryListQuerySchema,
  WebhookCreateSchema,
  WebhookDeliveryListSchema,
  WebhookDeliverySchema,
  WebhookEndpointListSchema,
  WebhookEndpointSchema,
  WebhookEndpointWithSecretSchema,
  WebhookReplayResultSchema,
  WebhookReplaySchema,
  WebhookRotatedSchema,
  WebhookTestSchema,
  WebhookUpdateSchema,
} from '../../core/events/webhook-api';
import { requireApiKey } from '../api/api-auth';
import { markIdempotencyCommitted } from '../api/idempotency';
import { bearer, errors, IdempotencyHeaders, IdParams } from '../api/route-schemas';
import { decodeListCursor, encodeListCursor } from '../http/list-cursor';
import type { Queryable } from '../storage/database';
import type { WebhookActor, WebhookService } from './webhook-service';

const DeliveryParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64 }), deliveryId: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);
const tags = ['Webhooks'];

function actorOf(request: FastifyRequest): WebhookActor {
  const key = requireApiKey(request);
  return { businessId: key.businessId, locationIds: key.locationIds === 'all' ? null : key.locationIds, keyId: key.id, livemode: key.livemode };
}

export function registerWebhookRoutes(app: FastifyInstance, service: WebhookService): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const committed = (request: FastifyRequest) => (tx: Queryable) => markIdempotencyCommitted(tx, request);

  api.post(
    '/api/v1/webhooks',
    {
      onRequest: app.apiKeyAuth('webhooks:write'),
      schema: {
        tags,
        summary: 'Create a webhook endpoint',
        description: 'The response carries the signing `secret` (`whsec_…`); it is never shown again. The URL must be https and public.',
        security: bearer,
        headers: IdempotencyHeaders,
        body: WebhookCreateSchema,
        response: { 201: WebhookEndpointWithSecretSchema, ...errors(409, 413, 415, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(actorOf(request), request.body, committed(request))),
  );

  api.get(
    '/api/v1/webhooks',
    {
      onRequest: app.apiKeyAuth('webhooks:read'),
      schema: {
        tags,
        summary: 'List webhook endpoints',
        security: bearer,
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })), cursor: Type.Optional(Type.String({ maxLength: 200 })) },
          { additionalProperties: false },
        ),
        response: { 200: WebhookEndpointListSchema, ...errors() },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? LIST_LIMIT_DEFAULT;
      const after = request.query.cursor ? decodeListCursor(request.query.cursor) : undefined;
      const { rows, hasMore } = await service.list(actorOf(request), { after, limit });
      return { object: 'list' as const, data: rows, has_more: hasMore, next_cursor: hasMore ? encodeListCursor(rows.at(-1)!.id) : null };
    },
  );

  api.get(
    '/api/v1/webhooks/:id',
    {
      onRequest: app.apiKeyAuth('webhooks:read'),
      schema: { tags, summary: 'Retrieve a webhook endpoint', security: bearer, params: IdParams, response: { 200: WebhookEndpointSchema, ...errors(404) } },
    },
    async (request) => service.get(actorOf(request), request.params.id),
  );

  api.patch(
    '/api/v1/webhooks/:id',
    {
      onRequest: app.apiKeyAuth('webhooks:write'),
      schema: {
        tags,
        summary: 'Update a webhook endpoint',
        description:
          'Change the URL, events, payload or name; `enabled:false` disables it (what was queued fails; replay later), `enabled:true` re-enables it.',
        security: bearer,
        headers: IdempotencyHeaders,
        params: IdParams,
        body: WebhookUpdateSchema,
        response: { 200: WebhookEndpointSchema, ...errors(404, 409, 413, 415, 422) },
      },
    },
    async (request) => service.update(actorOf(request), request.params.id, request.body, committed(request)),
  );

  api.delete(
    '/api/v1/webhooks/:id',
    {
      onRequest: app.apiKeyAuth('webhooks:write'),
      schema: {
        tags,
        summary: 'Delete a webhook endpoint',
        description: 'Its delivery log goes with it.',
        security: bearer,
        headers: IdempotencyHeaders,
        params: IdParams,
        response: { 200: DeletedSchema, ...errors(404, 409) },
      },
    },
    async (request) => service.remove(actorOf(request), request.params.id, committed(request)),
  );

  api.post(
    '/api/v1/webhooks/:id/rotate-secret',
    {
      onRequest: app.apiKeyAuth('webhooks:write'),
      schema: {
        tags,
        summary: 'Rotate the signing secret',
        description:
          'Returns the new secret once. The previous secret keeps signing (a second `v1=`, after the new one) until `previous_secret_expires_at` (24 h by default).',
        security: bearer,
        headers: IdempotencyHeaders,
        params: IdParams,
        response: { 200: WebhookRotatedSchema, ...errors(404, 409) },
      },
    },
    async (request) => service.rotateSecret(actorOf(request), request.params.id, committed(request)),
  );

  api.post(
    '/api/v1/webhooks/:id/test',
    {
      onRequest: app.apiKeyAuth('webhooks:write'),
      schema: {
        tags,
        summary: 'Send a test delivery now',
        description: 'Sends a signed `webhook.test` event, or the sample payload of `event_type`, right away and returns the delivery with the attempt result.',
        security: bearer,
        headers: IdempotencyHeaders,
        params: IdParams,
        body: Type.Union([WebhookTestSchema, Type.Null()]),
        response: { 200: WebhookDeliverySchema, ...errors(404, 409, 413, 415) },
      },
    },
    async (request) => service.test(actorOf(request), request.params.id, request.body?.event_type),
  );

  api.get(
    '/api/v1/webhooks/:id/deliveries',
    {
      onRequest: app.apiKeyAuth('webhooks:read'),
      schema: {
        tags,
        summary: 'List deliveries of an endpoint',
        description: 'Newest first, each with every attempt (time, status code, latency, first 2 KB of the response, error class). Kept 30 days.',
        security: bearer,
        params: IdParams,
        querystring: DeliveryListQuerySchema,
        response: { 200: WebhookDeliveryListSchema, ...errors(404) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? LIST_LIMIT_DEFAULT;
      const after = request.query.cursor ? decodeListCursor(request.query.cursor) : undefined;
      const { rows, hasMore } = await service.deliveries(actorOf(request), request.params.id, { status: request.query.status, after, limit });
      return { object: 'list' as const, data: rows, has_more: hasMore, next_cursor: hasMore ? encodeListCursor(rows.at(-1)!.id) : null };
    },
  );

  api.get(
    '/api/v1/webhooks/:id/deliveries/:deliveryId',
    {
      onRequest: app.apiKeyAuth('webhooks:read'),
      schema: {
        tags,
        summary: 'Retrieve a delivery with its attempts',
        security: bearer,
        params: DeliveryParams,
        response: { 200: WebhookDeliverySchema, ...errors(404) },
      },
    },
    async (request) => service.delivery(actorOf(request), request.params.id, request.params.deliveryId),
  );

  api.post(
    '/api/v1/webhooks/:id/deliveries/:deliveryId/retry',
    {
      onRequest: app.apiKeyAuth('webhooks:write'),
      schema: {
        tags,
        summary: 'Retry a delivery now',
        description: 'Sends the delivery again immediately, with the same event id, and returns it with the new attempt.',
        security: bearer,
        headers: IdempotencyHeaders,
        params: DeliveryParams,
        response: { 200: WebhookDeliverySchema, ...errors(404, 409) },
      },
    },
    async (request) => service.retry(actorOf(request), request.params.id, request.params.deliveryId),
  );

  api.post(
    '/api/v1/webhooks/:id/replay',
    {
      onRequest: app.apiKeyAuth('webhooks:write'),
      schema: {
        tags,
        summary: 'Replay events to an endpoint',
        description:
          'Queues one new delivery per retained event recorded in [since, until) that the endpoint subscribes to (optionally only `event_types`). Same event ids as the originals.',
        security: bearer,
        headers: IdempotencyHeaders,
        params: IdParams,
        body: WebhookReplaySchema,
        response: { 202: WebhookReplayResultSchema, ...errors(404, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => reply.code(202).send(await service.replay(actorOf(request), request.params.id, request.body, committed(request))),
  );

  // The integrator guide spells the manual retry `POST /webhooks/{id}/deliveries/{deliveryId}/retry`
  // (no /api/v1 prefix): serve that spelling too, as the very same request under /api/v1 (auth,
  // idempotency and rate-limit headers included).
  const FORWARDED_REQUEST = ['authorization', 'idempotency-key', 'content-type'];
  const DROPPED_RESPONSE = new Set(['content-length', 'connection', 'transfer-encoding', 'date', 'keep-alive']);
  app.route({
    method: ['GET', 'POST', 'PATCH', 'DELETE'],
    url: '/webhooks/*',
    schema: { hide: true },
    handler: async (request, reply) => {
      const headers: Record<string, string> = { 'x-request-id': request.id };
      for (const name of FORWARDED_REQUEST) {
        const value = request.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const inner = await app.inject({
        method: request.method as 'GET' | 'POST' | 'PATCH' | 'DELETE',
        url: `/api/v1${request.url}`,
        headers,
        ...(request.body === undefined ? {} : { payload: JSON.stringify(request.body) }),
      });
      for (const [name, value] of Object.entries(inner.headers)) {
        if (!DROPPED_RESPONSE.has(name) && value !== undefined) reply.header(name, value);
      }
      return reply.code(inner.statusCode).send(inner.rawPayload);
    },
  });
}
