// Back office dashboard: today's sales per location (in each location's own time zone), open orders,
// the tills that need attention (not seen recently, or with rejected mutations), and the webhook
// endpoints the service disabled by itself (the dashboard's banner).
import type { FastifyInstance } from 'fastify';
import type { DashboardView } from '../../core/api/backoffice';
import { sessionOf, viewLivemode } from './request-context';
import { listDevices } from '../sync/devices-repository';

interface SalesRow {
  location_id: string;
  name: string;
  currency: string;
  timezone: string;
  day_start: Date;
  orders: number;
  gross: number;
  refunded: number;
  tax: number;
  open_orders: number;
  voided: number;
}

export function registerDashboardRoutes(app: FastifyInstance): void {
  app.get('/api/dashboard', { schema: { hide: true } }, async (request): Promise<DashboardView> => {
    const businessId = sessionOf(request).businessId;
    // "Today" starts at local midnight of each location; voided orders do not count as sales.
    const { rows } = await app.db.query<SalesRow>(
      `SELECT l.id AS location_id, l.name, l.currency, l.timezone, t.day_start,
              count(o.id) FILTER (WHERE o.status <> 'voided')::int AS orders,
              coalesce(sum(o.total) FILTER (WHERE o.status <> 'voided'), 0)::int AS gross,
              coalesce(sum(o.amount_refunded) FILTER (WHERE o.status <> 'voided'), 0)::int AS refunded,
              coalesce(sum(o.tax_total) FILTER (WHERE o.status <> 'voided'), 0)::int AS tax,
              count(o.id) FILTER (WHERE o.status IN ('open', 'partially_paid'))::int AS open_orders,
              count(o.id) FILTER (WHERE o.status = 'voided')::int AS voided
         FROM locations l
         CROSS JOIN LATERAL (SELECT (date_trunc('day', now() AT TIME ZONE l.timezone) AT TIME ZONE l.timezone) AS day_start) t
         LEFT JOIN orders o ON o.location_id = l.id AND o.occurred_at >= t.day_start AND o.livemode = $2
        WHERE l.business_id = $1
        GROUP BY l.id, l.name, l.currency, l.timezone, t.day_start
        ORDER BY l.name, l.id`,
      [businessId, viewLivemode(request)],
    );
    const devices = await listDevices(app.db, businessId);
    const disabled = await app.db.query<{ id: string; name: string; url: string; disabled_reason: string | null; disabled_at: Date }>(
      `SELECT id, name, url, disabled_reason, disabled_at FROM webhook_endpoints
        WHERE business_id = $1 AND livemode = $2 AND auto_disabled_at IS NOT NULL AND NOT enabled ORDER BY disabled_at DESC, id`,
      [businessId, viewLivemode(request)],
    );
    const active = devices.filter((d) => !d.revoked_at);
    return {
      locations: rows.map((r) => ({
        location_id: r.location_id,
        name: r.name,
        currency: r.currency,
        timezone: r.timezone,
        day_start: new Date(r.day_start).toISOString(),
        orders: r.orders,
        gross_sales: r.gross,
        refunds: r.refunded,
        net_sales: r.gross - r.refunded,
        tax: r.tax,
        open_orders: r.open_orders,
        voided_orders: r.voided,
      })),
      devices: {
        active: active.length,
        attention: active.filter((d) => d.stale || d.rejected_count > 0),
      },
      disabled_webhooks: disabled.rows.map((w) => ({ ...w, disabled_at: new Date(w.disabled_at).toISOString() })),
    };
  });
}
