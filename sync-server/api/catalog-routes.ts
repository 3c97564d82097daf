// /api/v1/tax-rates, /categories and /modifier-groups: list, retrieve (products:read), create, update
// and delete (products:write), with the same cursor pages, location checks and events as products.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { TSchema } from 'typebox';
import {
  CatalogListQuerySchema,
  CategoryCreateSchema,
  CategoryListSchema,
  CategoryObjectSchema,
  CategoryUpdateSchema,
  ModifierGroupCreateSchema,
  ModifierGroupListSchema,
  ModifierGroupObjectSchema,
  ModifierGroupUpdateSchema,
  TaxRateCreateSchema,
  TaxRateListSchema,
  TaxRateObjectSchema,
  TaxRateUpdateSchema,
} from '../../core/api/catalog-resources';
import { DeletedSchema } from '../../core/api/common';
import { ApiError, notFound } from '../http/api-error';
import { getLocationRow } from '../catalog/locations-repository';
import {
  CATALOG_NOUNS,
  getCatalogObject,
  listCatalogObjects,
  type CatalogCreates,
  type CatalogKind,
  type CatalogObjects,
  type CatalogUpdates,
} from '../catalog/catalog-objects-repository';
import { createCatalogObjectWithEvent, deleteCatalogObjectWithEvent, updateCatalogObjectWithEvent } from '../catalog/catalog-objects-service';
import { assertLocationAccess, requireApiKey, type ApiKeyPrincipal } from './api-auth';
import { markIdempotencyCommitted } from './idempotency';
import { catalogListFilter } from './catalog-list-filter';
import { bearer, errors, IdempotencyHeaders, IdParams } from './route-schemas';

interface Resource {
  kind: CatalogKind;
  path: string;
  tag: string;
  plural: string;
  object: TSchema;
  list: TSchema;
  create: TSchema;
  update: TSchema;
  notes: { update: string; delete: string };
}

const RESOURCES: Resource[] = [
  {
    kind: 'tax_rate',
    path: 'tax-rates',
    tag: 'Tax rates',
    plural: 'tax rates',
    object: TaxRateObjectSchema,
    list: TaxRateListSchema,
    create: TaxRateCreateSchema,
    update: TaxRateUpdateSchema,
    notes: {
      update:
        'Products that use the rate are taxed at the new rate from then on (tills get it on their next pull); past orders keep the rate they were sold at. Emits `tax_rate.updated`.',
      delete: 'Only a rate no live product uses: otherwise 409 `tax_rate_in_use` (move the products to another rate first). Emits `tax_rate.deleted`.',
    },
  },
  {
    kind: 'category',
    path: 'categories',
    tag: 'Categories',
    plural: 'categories',
    object: CategoryObjectSchema,
    list: CategoryListSchema,
    create: CategoryCreateSchema,
    update: CategoryUpdateSchema,
    notes: {
      update: 'Emits `category.updated`.',
      delete: 'Its products stay on sale, uncategorized (each emits `product.updated`); then emits `category.deleted`.',
    },
  },
  {
    kind: 'modifier_group',
    path: 'modifier-groups',
    tag: 'Modifier groups',
    plural: 'modifier groups',
    object: ModifierGroupObjectSchema,
    list: ModifierGroupListSchema,
    create: ModifierGroupCreateSchema,
    update: ModifierGroupUpdateSchema,
    notes: {
      update:
        '`modifiers`, when sent, is the whole list in till order: a modifier sent with its `id` is kept (and renamed or repriced), one without an id is new, one left out is removed. Past orders keep the modifiers they were sold with. Emits `modifier_group.updated`.',
      delete: 'Products that offered the group lose it (each emits `product.updated`); then emits `modifier_group.deleted`.',
    },
  },
];

async function accessible<K extends CatalogKind>(app: FastifyInstance, key: ApiKeyPrincipal, kind: K, id: string): Promise<CatalogObjects[K]> {
  const object = await getCatalogObject(app.db, kind, key.businessId, id);
  if (!object) throw notFound(CATALOG_NOUNS[kind], id, 'id');
  assertLocationAccess(key, object.location_id, 'id');
  return object;
}

function registerResource(app: FastifyInstance, r: Resource): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const noun = CATALOG_NOUNS[r.kind];

  api.get(
    `/api/v1/${r.path}`,
    {
      onRequest: app.apiKeyAuth('products:read'),
      schema: {
        tags: [r.tag],
        summary: `List ${r.plural}`,
        description: `The ${r.plural} of the locations this key may access, in creation order. \`updated_since\` returns those changed at or after a time. Deleted ones are left out.`,
        security: bearer,
        querystring: CatalogListQuerySchema,
        response: { 200: r.list, ...errors() },
      },
    },
    async (request) => {
      const key = requireApiKey(request);
      return listCatalogObjects(app.db, r.kind, catalogListFilter(key, request.query));
    },
  );

  api.get(
    `/api/v1/${r.path}/:id`,
    {
      onRequest: app.apiKeyAuth('products:read'),
      schema: { tags: [r.tag], summary: `Retrieve a ${noun}`, security: bearer, params: IdParams, response: { 200: r.object, ...errors(404) } },
    },
    async (request) => accessible(app, requireApiKey(request), r.kind, request.params.id),
  );

  api.post(
    `/api/v1/${r.path}`,
    {
      onRequest: app.apiKeyAuth('products:write'),
      schema: {
        tags: [r.tag],
        summary: `Create a ${noun}`,
        description: `Emits \`${r.kind}.created\`. Tills of the location get it on their next pull.`,
        security: bearer,
        headers: IdempotencyHeaders,
        body: r.create,
        response: { 201: r.object, ...errors(409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const key = requireApiKey(request);
      const input = request.body as CatalogCreates[CatalogKind];
      const location = await getLocationRow(app.db, key.businessId, input.location_id);
      if (!location)
        throw new ApiError('invalid_request', 'location_not_found', `No location with id "${input.location_id}".`, { status: 422, param: 'location_id' });
      assertLocationAccess(key, location.id);
      const created = await app.db.transaction(async (tx) => {
        const object = await createCatalogObjectWithEvent(tx, r.kind, key.businessId, input);
        await markIdempotencyCommitted(tx, request);
        return object;
      });
      return reply.code(201).send(created);
    },
  );

  api.patch(
    `/api/v1/${r.path}/:id`,
    {
      onRequest: app.apiKeyAuth('products:write'),
      schema: {
        tags: [r.tag],
        summary: `Update a ${noun}`,
        description: `Only the fields sent change; no event when nothing did. ${r.notes.update}`,
        security: bearer,
        headers: IdempotencyHeaders,
        params: IdParams,
        body: r.update,
        response: { 200: r.object, ...errors(404, 409, 413, 415, 422) },
      },
    },
    async (request) => {
      const key = requireApiKey(request);
      await accessible(app, key, r.kind, request.params.id);
      return app.db.transaction(async (tx) => {
        const after = await updateCatalogObjectWithEvent(tx, r.kind, key.businessId, request.params.id, request.body as CatalogUpdates[CatalogKind]);
        if (!after) throw notFound(noun, request.params.id, 'id');
        await markIdempotencyCommitted(tx, request);
        return after;
      });
    },
  );

  api.delete(
    `/api/v1/${r.path}/:id`,
    {
      onRequest: app.apiKeyAuth('products:write'),
      schema: {
        tags: [r.tag],
        summary: `Delete a ${noun}`,
        description: `Takes it off the tills of its location (on their next pull); past orders keep what they were sold with. ${r.notes.delete}`,
        security: bearer,
        headers: IdempotencyHeaders,
        params: IdParams,
        response: { 200: DeletedSchema, ...errors(404, 409) },
      },
    },
    async (request) => {
      const key = requireApiKey(request);
      await accessible(app, key, r.kind, request.params.id);
      return app.db.transaction(async (tx) => {
        const deleted = await deleteCatalogObjectWithEvent(tx, r.kind, key.businessId, request.params.id, app.publicUrl());
        if (!deleted) throw notFound(noun, request.params.id, 'id');
        await markIdempotencyCommitted(tx, request);
        return deleted;
      });
    },
  );
}

export function registerCatalogRoutes(app: FastifyInstance): void {
  for (const resource of RESOURCES) registerResource(app, resource);
}
