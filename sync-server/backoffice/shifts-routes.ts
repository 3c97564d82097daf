// Back office: shifts as the tills synced them, and each closed shift's Z report (computed by the
// till with core/sync/shift-report and stored with the shift) with its cash movements.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { ShiftDetailView, ShiftView } from '../../core/api/backoffice';
import { notFound } from '../http/api-error';
import { sessionOf, viewLivemode } from './request-context';

const ListQuery = Type.Object(
  {
    location_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
    before: Type.Optional(Type.String({ format: 'date-time', description: 'shifts opened before this time (paging)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

interface ShiftRow {
  id: string;
  location_id: string;
  device_id: string | null;
  device_name: string | null;
  staff_id: string;
  staff_name: string | null;
  closed_by_name: string | null;
  close_approved_by: string | null;
  close_approved_by_name: string | null;
  opened_at: Date;
  closed_at: Date | null;
  opening_float: number;
  expected_cash: number | null;
  counted_cash: number | null;
  variance: number | null;
  /** as the till sent it with shift.closed (older tills may have sent fewer fields) */
  report: ShiftView['report'];
}

const SHIFT_SELECT = `SELECT s.id, s.location_id, s.device_id, d.name AS device_name, s.staff_id, st.name AS staff_name, cb.name AS closed_by_name,
        s.close_approved_by, ab.name AS close_approved_by_name, s.opened_at, s.closed_at, s.opening_float, s.expected_cash, s.counted_cash, s.variance, s.report
   FROM shifts s
   LEFT JOIN devices d ON d.id = s.device_id
   LEFT JOIN staff st ON st.id = s.staff_id
   LEFT JOIN staff cb ON cb.id = s.closed_by
   LEFT JOIN staff ab ON ab.id = s.close_approved_by`;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const view = (r: ShiftRow): ShiftView => ({ ...r, opened_at: iso(r.opened_at)!, closed_at: iso(r.closed_at), status: r.closed_at ? 'closed' : 'open' });

export function registerShiftRoutes(bo: FastifyInstance): void {
  const app = bo.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/shifts', { schema: { querystring: ListQuery, hide: true } }, async (request) => {
    const { location_id, status, before, limit = 25 } = request.query;
    const { rows } = await app.db.query<ShiftRow>(
      `${SHIFT_SELECT}
        WHERE s.business_id = $1 AND ($2::text IS NULL OR s.location_id = $2)
          AND ($3::text IS NULL OR ($3 = 'open') = (s.closed_at IS NULL))
          AND ($4::timestamptz IS NULL OR s.opened_at < $4)
          AND s.livemode = $6
        ORDER BY s.opened_at DESC, s.id DESC LIMIT $5`,
      [sessionOf(request).businessId, location_id ?? null, status ?? null, before ? new Date(before) : null, limit + 1, viewLivemode(request)],
    );
    const page = rows.slice(0, limit).map(view);
    return { data: page, has_more: rows.length > limit, next_before: rows.length > limit ? page.at(-1)!.opened_at : null };
  });

  app.get('/api/shifts/:id', { schema: { params: IdParams, hide: true } }, async (request): Promise<ShiftDetailView> => {
    const businessId = sessionOf(request).businessId;
    const { rows } = await app.db.query<ShiftRow>(`${SHIFT_SELECT} WHERE s.id = $1 AND s.business_id = $2 AND s.livemode = $3`, [
      request.params.id,
      businessId,
      viewLivemode(request),
    ]);
    const shift = rows[0];
    if (!shift) throw notFound('shift', request.params.id, 'id');
    const movements = await app.db.query<{
      id: string;
      kind: string;
      amount: number;
      reason: string;
      staff_id: string;
      occurred_at: Date;
      approved_by: string | null;
      approved_by_name: string | null;
    }>(
      `SELECT m.id, m.kind, m.amount, m.reason, m.staff_id, m.occurred_at, m.approved_by, a.name AS approved_by_name
         FROM cash_movements m LEFT JOIN staff a ON a.id = m.approved_by
        WHERE m.shift_id = $1 AND m.business_id = $2 ORDER BY m.occurred_at, m.id`,
      [shift.id, businessId],
    );
    const orders = await app.db.query<{ count: number }>('SELECT count(*)::int AS count FROM orders WHERE shift_id = $1 AND business_id = $2', [
      shift.id,
      businessId,
    ]);
    return {
      ...view(shift),
      order_count: orders.rows[0]?.count ?? 0,
      cash_movements: movements.rows.map((m) => ({ ...m, occurred_at: iso(m.occurred_at)! })),
    };
  });
}
