// Back office: orders from tills and the API, newest first, and one order with its lines, payments
// and refunds (the API v1 order shape from sync-server/orders, plus who and which till rang it up).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { OrderView } from '../../core/api/backoffice';
import { ORDER_STATUSES } from '../../core/api/orders';
import { ListQuery } from '../../core/api/common';
import { notFound } from '../http/api-error';
import { getOrder, listOrders } from '../orders/orders-repository';
import { sessionOf } from './request-context';

const ListQuerySchema = Type.Object(
  {
    ...ListQuery,
    location_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    status: Type.Optional(Type.Enum(ORDER_STATUSES)),
    source: Type.Optional(Type.Union([Type.Literal('till'), Type.Literal('api')])),
    created_since: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export function registerOrderRoutes(bo: FastifyInstance): void {
  const app = bo.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/orders', { schema: { querystring: ListQuerySchema, hide: true } }, async (request) => {
    const { limit = 25, cursor, location_id, status, source, created_since } = request.query;
    return listOrders(app.db, {
      businessId: sessionOf(request).businessId,
      locationIds: 'all',
      limit,
      ...(cursor ? { cursor } : {}),
      ...(location_id ? { locationId: location_id } : {}),
      ...(status ? { status } : {}),
      ...(source ? { sources: [source] } : {}),
      ...(created_since ? { createdSince: new Date(created_since) } : {}),
    });
  });

  app.get('/api/orders/:id', { schema: { params: IdParams, hide: true } }, async (request): Promise<OrderView> => {
    const businessId = sessionOf(request).businessId;
    const order = await getOrder(app.db, businessId, request.params.id);
    if (!order) throw notFound('order', request.params.id, 'id');
    const [device, staff] = await Promise.all([
      order.device_id ? app.db.query<{ id: string; name: string }>('SELECT id, name FROM devices WHERE id = $1 AND business_id = $2', [order.device_id, businessId]) : null,
      order.staff_id ? app.db.query<{ id: string; name: string }>('SELECT id, name FROM staff WHERE id = $1 AND business_id = $2', [order.staff_id, businessId]) : null,
    ]);
    return { ...order, device: device?.rows[0] ?? null, staff: staff?.rows[0] ?? null };
  });
}
