// Back office: integrators' API keys (owners only). The full key is in the create response and nowhere else.
import type { FastifyInstance } from 'fastify';
import type { ApiKeyView } from '../../core/api/backoffice';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { API_SCOPES, createApiKey, listApiKeys, revokeApiKey } from '../auth/api-keys';
import { ApiError, notFound } from '../http/api-error';
import { sessionOf } from './request-context';
import { assertLocationsOfBusiness } from './locations';

const CreateBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    scopes: Type.Array(Type.Enum(API_SCOPES), { minItems: 1, uniqueItems: true }),
    // "all" (including locations added later) or an explicit list of location ids
    locations: Type.Union([Type.Literal('all'), Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, uniqueItems: true })]),
    // false: a pos_test_ key, which sees and creates test-mode data only (docs/api.md "Test mode")
    livemode: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export function registerApiKeyRoutes(bo: FastifyInstance): void {
  const app = bo.withTypeProvider<TypeBoxTypeProvider>();
  const owner = { access: 'owner' as const };

  app.get('/api/api-keys', { schema: { hide: true }, config: owner }, async (request): Promise<{ data: ApiKeyView[]; scopes: readonly string[] }> => {
    const keys = await listApiKeys(app.db, sessionOf(request).businessId);
    // active keys first, newest first
    keys.sort((a, b) => Number(a.revoked_at !== null) - Number(b.revoked_at !== null) || b.id.localeCompare(a.id));
    return { data: keys, scopes: API_SCOPES };
  });

  app.post('/api/api-keys', { schema: { body: CreateBody, hide: true }, config: owner }, async (request, reply) => {
    const session = sessionOf(request);
    const { scopes, locations } = request.body;
    const name = request.body.name.trim();
    if (name === '') throw new ApiError('invalid_request', 'parameter_invalid', 'Give the key a name.', { param: 'name' });
    if (locations !== 'all') await assertLocationsOfBusiness(app.db, session.businessId, locations, 'locations');
    const created = await createApiKey(app.db, {
      businessId: session.businessId,
      name,
      scopes,
      locationIds: locations,
      livemode: request.body.livemode ?? true,
    });
    const summary = (await listApiKeys(app.db, session.businessId)).find((k) => k.id === created.id)!;
    request.log.info({ api_key_id: created.id, user_id: session.userId }, 'back office created an API key');
    return reply.status(201).send({ ...summary, key: created.key });
  });

  app.post('/api/api-keys/:id/revoke', { schema: { params: IdParams, hide: true }, config: owner }, async (request) => {
    const revoked = await revokeApiKey(app.db, request.params.id, sessionOf(request).businessId);
    if (!revoked) throw notFound('API key', request.params.id, 'id');
    request.log.info({ api_key_id: revoked.id, user_id: sessionOf(request).userId }, 'back office revoked an API key');
    return revoked;
  });
}
