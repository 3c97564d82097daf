// Products: list/retrieve (products:read), create/update (products:write) with product.created /
// product.updated events and inventory events when stock changes, all in the change's transaction.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { DeletedSchema } from '../../core/api/common';
import { ProductCreateSchema, ProductListQuerySchema, ProductListSchema, ProductSchema, ProductUpdateSchema, type Product } from '../../core/api/catalog';
import { ApiError, notFound } from '../http/api-error';
import { getLocationRow } from '../catalog/locations-repository';
import { getProduct, listProducts } from '../catalog/products-repository';
import { createProductWithEvents, deleteProductWithEvent, updateProductWithEvents } from '../catalog/products-service';
import { assertLocationAccess, requireApiKey, type ApiKeyPrincipal } from './api-auth';
import { markIdempotencyCommitted } from './idempotency';
import { catalogListFilter } from './catalog-list-filter';
import { bearer, errors, IdempotencyHeaders, IdParams } from './route-schemas';

/** The product `id` when the key's business has it at a location the key may access; 404 / 403 otherwise. */
export async function accessibleProduct(app: FastifyInstance, key: ApiKeyPrincipal, id: string): Promise<Product> {
  const product = await getProduct(app.db, key.businessId, id, app.publicUrl());
  if (!product) throw notFound('product', id, 'id');
  assertLocationAccess(key, product.location_id, 'id');
  return product;
}

export function registerProductRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    '/api/v1/products',
    {
      onRequest: app.apiKeyAuth('products:read'),
      schema: {
        tags: ['Products'],
        summary: 'List products',
        description: 'Products of the locations this key may access, in creation order. `updated_since` returns those changed at or after a time.',
        security: bearer,
        querystring: ProductListQuerySchema,
        response: { 200: ProductListSchema, ...errors() },
      },
    },
    async (request) => {
      const key = requireApiKey(request);
      return listProducts(app.db, catalogListFilter(key, request.query), app.publicUrl());
    },
  );

  api.get(
    '/api/v1/products/:id',
    {
      onRequest: app.apiKeyAuth('products:read'),
      schema: { tags: ['Products'], summary: 'Retrieve a product', security: bearer, params: IdParams, response: { 200: ProductSchema, ...errors(404) } },
    },
    async (request) => {
      const key = requireApiKey(request);
      return accessibleProduct(app, key, request.params.id);
    },
  );

  api.post(
    '/api/v1/products',
    {
      onRequest: app.apiKeyAuth('products:write'),
      schema: {
        tags: ['Products'],
        summary: 'Create a product',
        description: 'Emits `product.created` (and `inventory.updated` when it starts with stock).',
        security: bearer,
        headers: IdempotencyHeaders,
        body: ProductCreateSchema,
        response: { 201: ProductSchema, ...errors(404, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const key = requireApiKey(request);
      const input = request.body;
      const location = await getLocationRow(app.db, key.businessId, input.location_id);
      if (!location)
        throw new ApiError('invalid_request', 'location_not_found', `No location with id "${input.location_id}".`, { status: 422, param: 'location_id' });
      assertLocationAccess(key, location.id);
      const product = await app.db.transaction(async (tx) => {
        const created = await createProductWithEvents(tx, key.businessId, input, app.publicUrl());
        await markIdempotencyCommitted(tx, request);
        return created;
      });
      return reply.code(201).send(product);
    },
  );

  api.patch(
    '/api/v1/products/:id',
    {
      onRequest: app.apiKeyAuth('products:write'),
      schema: {
        tags: ['Products'],
        summary: 'Update a product',
        description:
          'Only the fields sent change. Emits `product.updated` with `previous_attributes`, and `inventory.updated` (+ `inventory.low_stock`) when stock changes.',
        security: bearer,
        headers: IdempotencyHeaders,
        params: IdParams,
        body: ProductUpdateSchema,
        response: { 200: ProductSchema, ...errors(404, 409, 413, 415, 422) },
      },
    },
    async (request) => {
      const key = requireApiKey(request);
      await accessibleProduct(app, key, request.params.id);
      return app.db.transaction(async (tx) => {
        const after = await updateProductWithEvents(tx, key.businessId, request.params.id, request.body, app.publicUrl());
        if (!after) throw notFound('product', request.params.id, 'id');
        await markIdempotencyCommitted(tx, request);
        return after;
      });
    },
  );

  api.delete(
    '/api/v1/products/:id',
    {
      onRequest: app.apiKeyAuth('products:write'),
      schema: {
        tags: ['Products'],
        summary: 'Delete a product',
        description:
          'Takes the product off sale everywhere (tills drop it on their next pull); past orders keep their lines. Its barcodes become free. Emits `product.deleted`.',
        security: bearer,
        headers: IdempotencyHeaders,
        params: IdParams,
        response: { 200: DeletedSchema, ...errors(404, 409) },
      },
    },
    async (request) => {
      const key = requireApiKey(request);
      const existing = await accessibleProduct(app, key, request.params.id);
      return app.db.transaction(async (tx) => {
        const deleted = await deleteProductWithEvent(tx, key.businessId, existing);
        if (!deleted) throw notFound('product', existing.id, 'id');
        await markIdempotencyCommitted(tx, request);
        return deleted;
      });
    },
  );
}
