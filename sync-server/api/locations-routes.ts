// GET /api/v1/locations and /api/v1/locations/{id}: only the locations the key may access.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, LIST_LIMIT_DEFAULT } from '../../core/api/common';
import { LocationListSchema, LocationSchema } from '../../core/api/locations';
import { notFound } from '../http/api-error';
import { getLocationRow, listLocations, toApiLocation } from '../catalog/locations-repository';
import { assertLocationAccess, requireApiKey } from './api-auth';
import { bearer, errors, IdParams } from './route-schemas';

export function registerLocationRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    '/api/v1/locations',
    {
      onRequest: app.apiKeyAuth('locations:read'),
      schema: {
        tags: ['Locations'],
        summary: 'List the locations this key may access',
        security: bearer,
        querystring: Type.Object(ListQuery, { additionalProperties: false }),
        response: { 200: LocationListSchema, ...errors() },
      },
    },
    async (request) => {
      const key = requireApiKey(request);
      return listLocations(app.db, { businessId: key.businessId, locationIds: key.locationIds, limit: request.query.limit ?? LIST_LIMIT_DEFAULT, cursor: request.query.cursor });
    },
  );

  api.get(
    '/api/v1/locations/:id',
    {
      onRequest: app.apiKeyAuth('locations:read'),
      schema: { tags: ['Locations'], summary: 'Retrieve a location', security: bearer, params: IdParams, response: { 200: LocationSchema, ...errors(404) } },
    },
    async (request) => {
      const key = requireApiKey(request);
      const row = await getLocationRow(app.db, key.businessId, request.params.id);
      if (!row) throw notFound('location', request.params.id, 'id');
      assertLocationAccess(key, row.id, 'id');
      return toApiLocation(row);
    },
  );
}
