// Back office: the catalog of a location — products (through the API's products repository, with the
// same product.* and inventory.* events), categories, tax rates and modifier groups (with the API's
// tax_rate.*, category.* and modifier_group.* events).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ProductCreateSchema, ProductUpdateSchema } from '../../core/api/catalog';
import { ListQuery } from '../../core/api/common';
import { LocationUpdateSchema } from '../../core/api/locations';
import { updateLocationWithEvent } from '../catalog/locations-service';
import { getProduct, listProducts } from '../catalog/products-repository';
import { createProductWithEvents, deleteProductWithEvent, updateProductWithEvents } from '../catalog/products-service';
import { notFound } from '../http/api-error';
import { sessionOf } from './request-context';
import { listCategories, listModifierGroups, listTaxRates } from '../catalog/catalog-repository';
import { CATALOG_NOUNS, type CatalogCreates, type CatalogKind, type CatalogUpdates } from '../catalog/catalog-objects-repository';
import { createCatalogObjectWithEvent, updateCatalogObjectWithEvent } from '../catalog/catalog-objects-service';
import { assertLocationsOfBusiness } from './locations';

const LocationQuery = Type.Object({ location_id: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });
const ProductListQuery = Type.Object({ ...ListQuery, location_id: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const Name = Type.String({ minLength: 1, maxLength: 200 });
const LocationId = Type.String({ minLength: 1, maxLength: 64 });

const TaxRateBody = Type.Object({ name: Name, rate_ppm: Type.Integer({ minimum: 0, maximum: 1_000_000 }) }, { additionalProperties: false });
const CategoryBody = Type.Object(
  {
    name: Name,
    color: Type.Optional(Type.Union([Type.String({ pattern: '^#[0-9a-fA-F]{6}$' }), Type.Null()])),
    sort_order: Type.Optional(Type.Integer({ minimum: -1_000_000, maximum: 1_000_000 })),
  },
  { additionalProperties: false },
);
const ModifierGroupBody = Type.Object(
  {
    name: Name,
    min_select: Type.Integer({ minimum: 0, maximum: 50 }),
    max_select: Type.Integer({ minimum: 1, maximum: 50 }),
    modifiers: Type.Array(
      Type.Object(
        {
          id: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
          name: Name,
          price_delta: Type.Integer({ minimum: -10_000_000, maximum: 10_000_000 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 100 },
    ),
  },
  { additionalProperties: false },
);
const withLocation = <T extends { properties: object }>(schema: T) =>
  Type.Object({ ...schema.properties, location_id: LocationId } as T['properties'] & { location_id: typeof LocationId }, { additionalProperties: false });

export function registerCatalogRoutes(bo: FastifyInstance): void {
  const app = bo.withTypeProvider<TypeBoxTypeProvider>();
  const business = (request: Parameters<typeof sessionOf>[0]) => sessionOf(request).businessId;

  app.get('/api/catalog', { schema: { querystring: LocationQuery, hide: true } }, async (request) => {
    const businessId = business(request);
    await assertLocationsOfBusiness(app.db, businessId, [request.query.location_id], 'location_id');
    const [taxRates, categories, modifierGroups] = await Promise.all([
      listTaxRates(app.db, businessId, request.query.location_id),
      listCategories(app.db, businessId, request.query.location_id),
      listModifierGroups(app.db, businessId, request.query.location_id),
    ]);
    return { tax_rates: taxRates, categories, modifier_groups: modifierGroups };
  });

  app.get('/api/products', { schema: { querystring: ProductListQuery, hide: true } }, async (request) => {
    const businessId = business(request);
    await assertLocationsOfBusiness(app.db, businessId, [request.query.location_id], 'location_id');
    return listProducts(
      app.db,
      { businessId, locationIds: 'all', locationId: request.query.location_id, limit: request.query.limit ?? 100, cursor: request.query.cursor },
      app.publicUrl(),
    );
  });

  // Same writes and events as /api/v1/products: both go through catalog/products-service.ts.
  app.post('/api/products', { schema: { body: ProductCreateSchema, hide: true } }, async (request, reply) => {
    const businessId = business(request);
    await assertLocationsOfBusiness(app.db, businessId, [request.body.location_id], 'location_id');
    const product = await app.db.transaction((tx) => createProductWithEvents(tx, businessId, request.body, app.publicUrl()));
    return reply.status(201).send(product);
  });

  app.patch('/api/products/:id', { schema: { params: IdParams, body: ProductUpdateSchema, hide: true } }, async (request) => {
    const businessId = business(request);
    if (!(await getProduct(app.db, businessId, request.params.id, app.publicUrl()))) throw notFound('product', request.params.id, 'id');
    return app.db.transaction(async (tx) => {
      const after = await updateProductWithEvents(tx, businessId, request.params.id, request.body, app.publicUrl());
      if (!after) throw notFound('product', request.params.id, 'id');
      return after;
    });
  });

  app.delete('/api/products/:id', { schema: { params: IdParams, hide: true } }, async (request) => {
    const businessId = business(request);
    const existing = await getProduct(app.db, businessId, request.params.id, app.publicUrl());
    if (!existing) throw notFound('product', request.params.id, 'id');
    return app.db.transaction(async (tx) => {
      const deleted = await deleteProductWithEvent(tx, businessId, existing);
      if (!deleted) throw notFound('product', existing.id, 'id');
      return deleted;
    });
  });

  // Same writes and events as /api/v1/tax-rates, /categories and /modifier-groups (catalog-objects-service.ts).
  const views = {
    tax_rate: listTaxRates,
    category: listCategories,
    modifier_group: listModifierGroups,
  } as const;
  const view = async <K extends CatalogKind>(kind: K, businessId: string, object: { id: string; location_id: string }) =>
    (await views[kind](app.db, businessId, object.location_id)).find((v) => v.id === object.id)!;
  const writes = [
    ['tax-rates', 'tax_rate', withLocation(TaxRateBody), TaxRateBody],
    ['categories', 'category', withLocation(CategoryBody), CategoryBody],
    ['modifier-groups', 'modifier_group', withLocation(ModifierGroupBody), ModifierGroupBody],
  ] as const;
  for (const [path, kind, createBody, updateBody] of writes) {
    app.post(`/api/${path}`, { schema: { body: createBody, hide: true } }, async (request, reply) => {
      const businessId = business(request);
      const input = request.body as CatalogCreates[typeof kind];
      await assertLocationsOfBusiness(app.db, businessId, [input.location_id], 'location_id');
      const created = await app.db.transaction((tx) => createCatalogObjectWithEvent(tx, kind, businessId, input));
      return reply.status(201).send(await view(kind, businessId, created));
    });
    app.patch(`/api/${path}/:id`, { schema: { params: IdParams, body: updateBody, hide: true } }, async (request) => {
      const businessId = business(request);
      const updated = await app.db.transaction((tx) =>
        updateCatalogObjectWithEvent(tx, kind, businessId, request.params.id, request.body as CatalogUpdates[typeof kind]),
      );
      if (!updated) throw notFound(CATALOG_NOUNS[kind], request.params.id, 'id');
      return view(kind, businessId, updated);
    });
  }

  // A location's name, address, time zone and cash rounding (owners only), with the API's location.updated.
  app.patch('/api/locations/:id', { config: { access: 'owner' }, schema: { params: IdParams, body: LocationUpdateSchema, hide: true } }, async (request) => {
    const updated = await app.db.transaction((tx) => updateLocationWithEvent(tx, business(request), request.params.id, request.body));
    if (!updated) throw notFound('location', request.params.id, 'id');
    return updated;
  });
}
