// POST /api/v1/orders' write in ONE statement, outside any explicit transaction (docs/decisions.md
// "API orders in one statement"): the idempotency claim marked committed, the location's next
// gapless `API-<n>` number, the order and its lines, the stock of the sold products, the
// inventory.* and order.created events with their webhook deliveries, and the NOTIFY that wakes the
// dispatchers. A single statement is its own transaction: the counter row and the stock rows are
// locked only from the moment the statement takes them to its commit, with no client round trip in
// between, so concurrent orders of one location no longer queue behind BEGIN … COMMIT exchanges.
// It writes what writeOrder + adjustStock + recordEvents write for an API order (orders-repository.ts,
// stock.ts, events/outbox.ts); place-api-order.test.ts keeps the rows and events equal to theirs.
import type { Order } from '../../core/api/orders';
import { API_VERSION } from '../../core/api-version';
import { newId } from '../../core/ids';
import { orderStatus } from '../../core/payments';
import { EVENTS_CHANNEL, subscribedSql } from '../events/outbox';
import type { Queryable } from '../storage/database';
import { toApiOrder, type OrderRow } from './order-api-mapping';
import { lineRows, type NewOrderRecord } from './order-record';
import { soldQuantities } from './stock';

export interface PlaceApiOrderOptions {
  /** the key's mode: written explicitly on the order and the events (no transaction to bind) */
  livemode: boolean;
  /** the request's idempotency claim, marked committed by the same statement; null when it has none */
  idempotency: { apiKeyId: string; key: string } | null;
  /** enabled webhook endpoints of the business in this mode (ApiOrderContext.endpoints): sizes the delivery ids */
  endpoints: number;
}

/** Delivery ids are made here (ids are not made in SQL); a statement that needs more than it got is retried with more. */
const DELIVERY_ID_SLACK = [4, 64, 1024];

const PLACE_SQL = `
WITH idem AS (
  UPDATE idempotency_keys SET committed = true WHERE api_key_id = $10 AND key = $11 RETURNING 1
), num AS (
  INSERT INTO order_number_counters (location_id, last_number) VALUES ($3, 1001)
  ON CONFLICT (location_id) DO UPDATE SET last_number = order_number_counters.last_number + 1
  RETURNING last_number
), o AS (
  INSERT INTO orders (id, business_id, location_id, source, number, status, currency, tax_mode, cash_rounding, discount, subtotal,
    discount_total, tax_total, net_total, total, amount_paid, tip, amount_refunded, tax_breakdown, external_ref, customer_note, customer_id,
    occurred_at, created_at, updated_at, livemode)
  SELECT $1, $2, $3, 'api', 'API-' || num.last_number, r.status, r.currency, r.tax_mode, r.cash_rounding, r.discount, r.subtotal,
    r.discount_total, r.tax_total, r.net_total, r.total, 0, 0, 0, r.tax_breakdown, r.external_ref, r.customer_note, r.customer_id,
    $4, $4, $4, $5
  FROM num, jsonb_populate_record(NULL::orders, $6::jsonb) r
  RETURNING number
), l AS (
  INSERT INTO order_lines (id, order_id, business_id, position, product_id, name, quantity, base_price, unit_price, modifiers, discount,
    gross_before_discount, line_discount, order_discount_share, subtotal, net, tax, total, tax_rate_id, rate_ppm, note, weight, price_override)
  SELECT r.id, $1, $2, r.position, r.product_id, r.name, r.quantity, r.base_price, r.unit_price, r.modifiers, r.discount,
    r.gross_before_discount, r.line_discount, r.order_discount_share, r.subtotal, r.net, r.tax, r.total, r.tax_rate_id, r.rate_ppm, r.note, r.weight, r.price_override
  FROM jsonb_populate_recordset(NULL::order_lines, $7::jsonb) r
), sold AS (
  SELECT * FROM unnest($8::text[], $9::int[]) WITH ORDINALITY AS s(id, sold, n)
), locked AS (
  -- The counter (through o) first, then the stock rows in id order: every API order locks in this
  -- order, and till pushes lock stock rows in id order too, so none of them can deadlock.
  -- A test-mode sale sells the shared catalog without moving its stock (storage/live-mode.ts).
  SELECT p.id FROM products p
  WHERE p.id = ANY ($8::text[]) AND p.business_id = $2 AND p.location_id = $3 AND p.track_stock AND $5 AND (SELECT count(*) FROM o) = 1
  ORDER BY p.id FOR NO KEY UPDATE
), st AS (
  UPDATE products p SET stock_on_hand = p.stock_on_hand - s.sold, updated_at = now()
  FROM locked JOIN sold s ON s.id = locked.id
  WHERE p.id = locked.id AND s.sold <> 0
  RETURNING p.id, p.stock_on_hand AS after, p.stock_on_hand + s.sold AS before, p.low_stock_threshold AS threshold, s.n
), stock_object AS (
  SELECT st.*, jsonb_build_object('object', jsonb_build_object('object', 'inventory', 'product_id', st.id, 'location_id', $3::text,
    'on_hand', st.after, 'previous_on_hand', st.before, 'low_stock_threshold', st.threshold)) AS data
  FROM st
), ev_in AS (
  -- Feed order as before: per product in the order the lines name them inventory.updated (then
  -- inventory.low_stock when it falls to or below the threshold), order.created last.
  SELECT ($12::text[])[n * 2 - 1] AS id, 'inventory.updated' AS type, n * 2 - 1 AS k, data FROM stock_object
  UNION ALL
  SELECT ($12::text[])[n * 2], 'inventory.low_stock', n * 2, data FROM stock_object
  WHERE threshold IS NOT NULL AND after <= threshold AND before > threshold
  UNION ALL
  SELECT $13, 'order.created', 2147483647, jsonb_set($14::jsonb, '{object,number}', to_jsonb(o.number)) FROM o
), ev AS (
  INSERT INTO events (id, business_id, type, location_id, device_id, api_version, occurred_at, livemode, data)
  SELECT ev_in.id, $2, ev_in.type, $3, NULL, $15, $4, $5, ev_in.data FROM ev_in ORDER BY ev_in.k
  RETURNING id, type, seq
), dl AS (
  INSERT INTO webhook_deliveries (id, business_id, endpoint_id, event_id, event_type)
  SELECT ($16::text[])[row_number() OVER (ORDER BY ev.seq, w.id)], $2, w.id, ev.id, ev.type
  FROM ev JOIN webhook_endpoints w ON w.business_id = $2 AND w.enabled AND w.livemode = $5
    AND ${subscribedSql('ev.type', 'w.subscribed_events')}
    AND (w.location_ids IS NULL OR $3 = ANY (w.location_ids))
  RETURNING 1
)
SELECT o.number, (SELECT count(*) FROM dl)::int AS deliveries, (SELECT count(*) FROM idem)::int AS marked, pg_notify($17, $2) IS NULL AS notified
FROM o`;

/** NOT NULL violation on webhook_deliveries.id: the statement needed more delivery ids than it was given. */
function outOfDeliveryIds(error: unknown): boolean {
  const e = error as { code?: string; message?: string; table?: string } | null;
  return e?.code === '23502' && (e.table === 'webhook_deliveries' || /webhook_deliveries/.test(e.message ?? ''));
}

/**
 * Writes an API order (priced by priceApiOrder, so no payments or refunds) in one statement on `db`
 * (not inside a transaction: the statement is one) and returns it as the API shows it.
 */
export async function placeApiOrder(db: Queryable, record: NewOrderRecord, options: PlaceApiOrderOptions): Promise<Order> {
  const id = record.id ?? newId('ord');
  // Times from this clock at ms precision, so the object answered and put in order.created is what a later read returns.
  const at = new Date();
  const t = record.totals;
  const status = orderStatus({ total: t.total, payments: [], refunds: [], voided: false, cash_rounding: record.cashRounding ?? 1 });
  const lines = lineRows(id, record.lines);
  const row: OrderRow = {
    id,
    business_id: record.businessId,
    location_id: record.locationId,
    source: 'api',
    device_id: null,
    staff_id: null,
    number: '',
    status,
    currency: record.currency,
    tax_mode: record.taxMode,
    cash_rounding: record.cashRounding ?? 1,
    discount: record.discount ?? null,
    subtotal: t.subtotal,
    discount_total: t.discount_total,
    tax_total: t.tax_total,
    net_total: t.net_total,
    total: t.total,
    amount_paid: 0,
    tip: 0,
    amount_refunded: 0,
    tax_breakdown: t.tax_breakdown,
    external_ref: record.externalRef ?? null,
    customer_note: record.customerNote ?? null,
    customer_id: record.customerId ?? null,
    occurred_at: at,
    created_at: at,
    updated_at: at,
    voided_at: null,
    livemode: options.livemode,
  };
  // The object as the events and the answer carry it; the statement fills in the number it takes.
  const order = toApiOrder(row, lines, [], [], []);
  const sold = soldQuantities(record.lines);
  const stockEventIds = Array.from({ length: sold.size * 2 }, () => newId('evt'));
  const events = sold.size * 2 + 1;
  // The statement takes the columns it writes from this row (its id, number and times come from parameters).
  const orderJson = JSON.stringify(row);
  const params = (deliveryIds: string[]): unknown[] => [
    id,
    record.businessId,
    record.locationId,
    at,
    options.livemode,
    orderJson,
    JSON.stringify(lines),
    [...sold.keys()],
    [...sold.values()],
    options.idempotency?.apiKeyId ?? null,
    options.idempotency?.key ?? null,
    stockEventIds,
    newId('evt'),
    JSON.stringify({ object: order }),
    API_VERSION,
    deliveryIds,
    EVENTS_CHANNEL,
  ];
  for (let attempt = 0; ; attempt++) {
    const slack = DELIVERY_ID_SLACK[attempt]!;
    const deliveryIds = Array.from({ length: events * (options.endpoints + slack) }, () => newId('dlv'));
    try {
      const { rows } = await db.query<{ number: string }>(PLACE_SQL, params(deliveryIds));
      return { ...order, number: rows[0]!.number };
    } catch (error) {
      // Endpoints created since the context was read: the whole statement rolled back; again with more ids.
      if (!outOfDeliveryIds(error) || attempt === DELIVERY_ID_SLACK.length - 1) throw error;
    }
  }
}
