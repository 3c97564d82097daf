// /api/v1/customers: list with search and get (customers:read), create and update (customers:write),
// emitting customer.created / customer.updated. Customers belong to the business, not to a location.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { LIST_LIMIT_DEFAULT } from '../../core/api/common';
import { CustomerCreateSchema, CustomerListQuerySchema, CustomerListSchema, CustomerSchema, CustomerUpdateSchema } from '../../core/api/customers';
import { notFound } from '../http/api-error';
import { createCustomerWithEvent, getCustomer, listCustomers, updateCustomerWithEvent } from '../customers/customers-service';
import { bindLiveMode } from '../storage/live-mode';
import { requireApiKey, sameMode } from './api-auth';
import { markIdempotencyCommitted } from './idempotency';
import { bearer, errors, IdempotencyHeaders, IdParams } from './route-schemas';

export function registerCustomerRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    '/api/v1/customers',
    {
      onRequest: app.apiKeyAuth('customers:read'),
      schema: {
        tags: ['Customers'],
        summary: 'List or search customers',
        description:
          'Customers of the business in creation order. `query` finds those whose name, email or phone contains it (case-insensitive; a phone by its digits, so "030 1234" finds "+49 30 1234…").',
        security: bearer,
        querystring: CustomerListQuerySchema,
        response: { 200: CustomerListSchema, ...errors() },
      },
    },
    async (request) => {
      const key = requireApiKey(request);
      const { query, limit, cursor } = request.query;
      return listCustomers(app.db, { businessId: key.businessId, query, limit: limit ?? LIST_LIMIT_DEFAULT, cursor, livemode: key.livemode });
    },
  );

  api.get(
    '/api/v1/customers/:id',
    {
      onRequest: app.apiKeyAuth('customers:read'),
      schema: { tags: ['Customers'], summary: 'Retrieve a customer', security: bearer, params: IdParams, response: { 200: CustomerSchema, ...errors(404) } },
    },
    async (request) => {
      const key = requireApiKey(request);
      const customer = await getCustomer(app.db, key.businessId, request.params.id);
      if (!customer || !sameMode(key, customer)) throw notFound('customer', request.params.id, 'id');
      return customer;
    },
  );

  api.post(
    '/api/v1/customers',
    {
      onRequest: app.apiKeyAuth('customers:write'),
      schema: {
        tags: ['Customers'],
        summary: 'Create a customer',
        description:
          'At least one of name, email and phone (else 422 `customer_contact_required`). Emails are stored lower-case. Emits `customer.created`; tills get the customer on their next pull.',
        security: bearer,
        headers: IdempotencyHeaders,
        body: CustomerCreateSchema,
        response: { 201: CustomerSchema, ...errors(409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const key = requireApiKey(request);
      const created = await app.db.transaction(async (tx) => {
        await bindLiveMode(tx, key.livemode);
        const customer = await createCustomerWithEvent(tx, key.businessId, request.body);
        await markIdempotencyCommitted(tx, request);
        return customer;
      });
      return reply.code(201).send(created);
    },
  );

  api.patch(
    '/api/v1/customers/:id',
    {
      onRequest: app.apiKeyAuth('customers:write'),
      schema: {
        tags: ['Customers'],
        summary: 'Update a customer',
        description: 'Only the fields sent change; `null` clears one. Emits `customer.updated` with `previous_attributes` (no event when nothing changed).',
        security: bearer,
        headers: IdempotencyHeaders,
        params: IdParams,
        body: CustomerUpdateSchema,
        response: { 200: CustomerSchema, ...errors(404, 409, 413, 415, 422) },
      },
    },
    async (request) => {
      const key = requireApiKey(request);
      return app.db.transaction(async (tx) => {
        await bindLiveMode(tx, key.livemode);
        const after = await updateCustomerWithEvent(tx, key.businessId, request.params.id, request.body);
        if (!after) throw notFound('customer', request.params.id, 'id');
        await markIdempotencyCommitted(tx, request);
        return after;
      });
    },
  );
}
