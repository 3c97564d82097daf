// Orders read back as API v1 objects: one order, a set of orders by id, a locked order for a
// payment or refund, and the newest-first list pages. Rows are mapped by order-api-mapping.ts.
import type { Order } from '../../core/api/orders';
import type { ListPage } from '../../core/api/common';
import type { OrderStatus } from '../../core/payments';
import type { Queryable } from '../storage/database';
import { decodeListCursor, encodeListCursor } from '../http/list-cursor';
import { toApiOrder, type LineRow, type OrderRow, type PaymentRow, type RefundLineRow, type RefundRow } from './order-api-mapping';
/** The API object of one order, or null when it does not exist in this business. */
export async function getOrder(q: Queryable, businessId: string, orderId: string): Promise<Order | null> {
  const orders = await loadOrders(q, businessId, [orderId]);
  return orders[0] ?? null;
}

/** Locks the order row (FOR UPDATE) for a payment or refund, then returns it; null when missing. */
export async function lockOrder(tx: Queryable, businessId: string, orderId: string): Promise<Order | null> {
  const { rowCount } = await tx.query('SELECT id FROM orders WHERE id = $1 AND business_id = $2 FOR UPDATE', [orderId, businessId]);
  if (rowCount === 0) return null;
  return getOrder(tx, businessId, orderId);
}

/** API objects for the given ids, in the order given (missing ids are left out). */
export async function loadOrders(q: Queryable, businessId: string, ids: string[]): Promise<Order[]> {
  if (ids.length === 0) return [];
  const orders = await q.query<OrderRow>('SELECT * FROM orders WHERE business_id = $1 AND id = ANY($2::text[])', [businessId, ids]);
  if (orders.rows.length === 0) return [];
  const found = orders.rows.map((o) => o.id);
  const [lines, payments, refunds, refundLines] = await Promise.all([
    q.query<LineRow>('SELECT * FROM order_lines WHERE order_id = ANY($1::text[]) ORDER BY position', [found]),
    q.query<PaymentRow>('SELECT * FROM payments WHERE order_id = ANY($1::text[]) ORDER BY created_at, id', [found]),
    q.query<RefundRow>('SELECT * FROM refunds WHERE order_id = ANY($1::text[]) ORDER BY created_at, id', [found]),
    q.query<RefundLineRow>('SELECT rl.* FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id WHERE r.order_id = ANY($1::text[]) ORDER BY rl.line_id', [
      found,
    ]),
  ]);
  const byId = new Map(orders.rows.map((row) => [row.id, row]));
  return ids
    .map((id) => byId.get(id))
    .filter((row): row is OrderRow => row !== undefined)
    .map((row) =>
      toApiOrder(
        row,
        lines.rows.filter((l) => l.order_id === row.id),
        payments.rows.filter((p) => p.order_id === row.id),
        refunds.rows.filter((r) => r.order_id === row.id),
        refundLines.rows,
      ),
    );
}

export interface OrderListFilter {
  businessId: string;
  /** the key's locations, or 'all' */
  locationIds: string[] | 'all';
  locationId?: string;
  status?: OrderStatus;
  createdSince?: Date;
  /** only orders of these sources, e.g. ['api'] for the tills' open-order pull */
  sources?: ('till' | 'api')[];
  limit: number;
  cursor?: string;
  /** live orders (the default) or test-mode ones */
  livemode?: boolean;
}

/** A page of orders of one mode, newest first. */
export async function listOrders(q: Queryable, filter: OrderListFilter): Promise<ListPage<Order>> {
  const where = ['business_id = $1', 'livemode = $2'];
  const params: unknown[] = [filter.businessId, filter.livemode ?? true];
  const add = (sql: string, value: unknown): void => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.locationIds !== 'all') add('location_id = ANY(?::text[])', filter.locationIds);
  if (filter.locationId) add('location_id = ?', filter.locationId);
  if (filter.status) add('status = ?', filter.status);
  if (filter.createdSince) add('created_at >= ?', filter.createdSince);
  if (filter.sources) add('source = ANY(?::text[])', filter.sources);
  if (filter.cursor) add('id < ?', decodeListCursor(filter.cursor));
  params.push(filter.limit + 1);
  const { rows } = await q.query<{ id: string }>(`SELECT id FROM orders WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT $${params.length}`, params);
  const page = rows.slice(0, filter.limit).map((r) => r.id);
  const data = await loadOrders(q, filter.businessId, page);
  const hasMore = rows.length > filter.limit;
  return { object: 'list', data, has_more: hasMore, next_cursor: hasMore ? encodeListCursor(page[page.length - 1]!) : null };
}
