// Back office: integrators' API keys (owners only). The full key is in the create response and nowhere else.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ApiError, notFound } from '../http/api-error';
import { API_SCOPES, createApiKey, listApiKeys, revokeApiKey } from './api-keys-store';
import { sessionOf } from './backoffice-plugin';
import { assertLocationsOfBusiness } from './locations';

const CreateBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    scopes: Type.Array(Type.Enum(API_SCOPES), { minItems: 1, uniqueItems: true }),
    // "all" or an explicit list of location ids
    locations: Type.Union([Type.Literal('all'), Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, uniqueItems: true })]),
  },
  { additionalProperties: false },
);

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export function registerApiKeyRoutes(bo: FastifyInstance): void {
  const app = bo.withTypeProvider<TypeBoxTypeProvider>();
  const owner = { access: 'owner' as const };

  app.get('/api/api-keys', { schema: { hide: true }, config: owner }, async (request) => ({
    data: await listApiKeys(app.db, sessionOf(request).businessId),
  }));

  app.post('/api/api-keys', { schema: { body: CreateBody, hide: true }, config: owner }, async (request, reply) => {
    const session = sessionOf(request);
    const { name, scopes, locations } = request.body;
    if (name.trim() === '') throw new ApiError('invalid_request', 'parameter_invalid', 'Give the key a name.', { param: 'name' });
    const locationIds = locations === 'all' ? null : locations;
    if (locationIds) await assertLocationsOfBusiness(app.db, session.businessId, locationIds, 'locations');
    const { key, apiKey } = await createApiKey(app.db, { businessId: session.businessId, name: name.trim(), scopes, locationIds });
    request.log.info({ api_key_id: apiKey.id, user_id: session.userId }, 'back office created an API key');
    return reply.status(201).send({ ...apiKey, key });
  });

  app.post('/api/api-keys/:id/revoke', { schema: { params: IdParams, hide: true }, config: owner }, async (request) => {
    const revoked = await revokeApiKey(app.db, sessionOf(request).businessId, request.params.id);
    if (!revoked) throw notFound('API key', request.params.id, 'id');
    return revoked;
  });
}
