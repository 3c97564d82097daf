// Back office: orders from tills and the API, newest first, and one order with its lines, payments
// and refunds (the API v1 order shape from sync-server/orders, plus who and which till rang it up).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { OrderView } from '../../core/api/backoffice';
import { ORDER_STATUSES } from '../../core/api/orders';
import { ListQuery } from '../../core/api/common';
import { notFound } from '../http/api-error';
import { getOrder, listOrders } from '../orders/orders-read';
import { sessionOf, viewLivemode } from './request-context';

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
      livemode: viewLivemode(request),
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
    if (!order || order.livemode !== viewLivemode(request)) throw notFound('order', request.params.id, 'id');
    const [device, staff] = await Promise.all([
      order.device_id
        ? app.db.query<{ id: string; name: string }>('SELECT id, name FROM devices WHERE id = $1 AND business_id = $2', [order.device_id, businessId])
        : null,
      order.staff_id
        ? app.db.query<{ id: string; name: string }>('SELECT id, name FROM staff WHERE id = $1 AND business_id = $2', [order.staff_id, businessId])
        : null,
    ]);
    // Who approved what at the till (SPEC §12 approved_by), with the approver's name.
    const approvals = await app.db.query<{
      action: 'sale' | 'price_override' | 'void' | 'refund';
      staff_id: string;
      staff_name: string | null;
      refund_id: string | null;
      line_id: string | null;
    }>(
      `SELECT a.action, a.staff_id, s.name AS staff_name, a.refund_id, a.line_id FROM (
          SELECT 'sale' AS action, approved_by AS staff_id, NULL::text AS refund_id, NULL::text AS line_id, 1 AS n, 0 AS pos FROM orders WHERE id = $1 AND business_id = $2 AND approved_by IS NOT NULL
          UNION ALL SELECT 'price_override', price_override->>'approved_by', NULL, id, 2, position FROM order_lines
            WHERE order_id = $1 AND business_id = $2 AND price_override->>'approved_by' IS NOT NULL
          UNION ALL SELECT 'void', void_approved_by, NULL, NULL, 3, 0 FROM orders WHERE id = $1 AND business_id = $2 AND void_approved_by IS NOT NULL
          UNION ALL SELECT 'refund', approved_by, id, NULL, 4, 0 FROM refunds WHERE order_id = $1 AND business_id = $2 AND approved_by IS NOT NULL
        ) a LEFT JOIN staff s ON s.id = a.staff_id AND s.business_id = $2 ORDER BY a.n, a.pos, a.refund_id`,
      [order.id, businessId],
    );
    return { ...order, device: device?.rows[0] ?? null, staff: staff?.rows[0] ?? null, approvals: approvals.rows };
  });
}
