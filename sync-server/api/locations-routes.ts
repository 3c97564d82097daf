// GET /api/v1/locations and /api/v1/locations/{id}: only the locations the key may access; PATCH (locations:write)
// changes one and emits location.updated.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, LIST_LIMIT_DEFAULT } from '../../core/api/common';
import { LocationListSchema, LocationSchema, LocationUpdateSchema } from '../../core/api/locations';
import { notFound } from '../http/api-error';
import { getLocationRow, listLocations, toApiLocation } from '../catalog/locations-repository';
import { updateLocationWithEvent } from '../catalog/locations-service';
import { markIdempotencyCommitted } from './idempotency';
import { assertLocationAccess, requireApiKey } from './api-auth';
import { bearer, errors, IdempotencyHeaders, IdParams } from './route-schemas';

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
      return listLocations(app.db, {
        businessId: key.businessId,
        locationIds: key.locationIds,
        limit: request.query.limit ?? LIST_LIMIT_DEFAULT,
        cursor: request.query.cursor,
      });
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

  api.patch(
    '/api/v1/locations/:id',
    {
      onRequest: app.apiKeyAuth('locations:write'),
      schema: {
        tags: ['Locations'],
        summary: 'Update a location',
        description:
          'Only the fields sent change (`address` is replaced whole). Currency and tax mode cannot change: every price of the location is stored in them. Tills get the change on their next pull. Emits `location.updated` with `previous_attributes` (no event when nothing changed).',
        security: bearer,
        headers: IdempotencyHeaders,
        params: IdParams,
        body: LocationUpdateSchema,
        response: { 200: LocationSchema, ...errors(404, 409, 413, 415, 422) },
      },
    },
    async (request) => {
      const key = requireApiKey(request);
      const row = await getLocationRow(app.db, key.businessId, request.params.id);
      if (!row) throw notFound('location', request.params.id, 'id');
      assertLocationAccess(key, row.id, 'id');
      return app.db.transaction(async (tx) => {
        const after = await updateLocationWithEvent(tx, key.businessId, row.id, request.body);
        if (!after) throw notFound('location', request.params.id, 'id');
        await markIdempotencyCommitted(tx, request);
        return after;
      });
    },
  );
}
