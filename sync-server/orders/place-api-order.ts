// POST /api/v1/orders' write: ONE statement, outside any explicit transaction, writes k orders of one
// location and mode at once (docs/decisions.md "API orders combined per location"; the queue that forms
// the batches is api-order-writer.ts). For every order it marks the idempotency claim committed and
// stores the response, takes the next of k consecutive gapless `API-<n>` numbers from the location's
// counter row, inserts the order and its lines, the inventory.* and order.created events with their
// webhook deliveries; the stock of each sold product moves once by the batch's total, and each
// order's inventory before/after is walked back from the final count in queue order. One NOTIFY wakes
// the dispatchers. A single statement is its own transaction: the counter and stock rows are locked
// from the moment it takes them to its commit with no client round trip in between, and one WAL flush
// serves the k orders. It writes what writeOrder + adjustStock + recordEvents write for an API order
// (orders-repository.ts, stock.ts, events/outbox.ts); place-api-order.test.ts keeps them equal.
import type { Order } from '../../core/api/orders';
import { API_VERSION } from '../../core/api-version';
import { newId } from '../../core/ids';
import { orderStatus } from '../../core/payments';
import { EVENTS_CHANNEL, subscribedSql } from '../events/outbox';
import type { Queryable } from '../storage/database';
import { toApiOrder, type LineRow, type OrderRow } from './order-api-mapping';
import { lineRows, type NewOrderRecord } from './order-record';
import { soldQuantities } from './stock';

/** An order built in memory, before it has a number (`order.number` is ''). */
export interface PreparedApiOrder {
  row: OrderRow;
  lines: LineRow[];
  /** the object as the answer and order.created carry it */
  order: Order;
  /** product id → units sold, in the order the lines first name them */
  sold: Map<string, number>;
}

/** The idempotent response, stored by the write statement (the body sealed, `mark` standing where the number goes). */
export interface StoredApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  mark: string;
}

export interface ApiOrderWrite {
  prepared: PreparedApiOrder;
  /** the request's idempotency claim, marked committed (and its response stored) by the statement; null when it has none */
  idempotency: { apiKeyId: string; key: string; response: StoredApiResponse | null } | null;
  /** enabled webhook endpoints of the business in this mode (ApiOrderContext.endpoints): sizes the delivery ids */
  endpoints: number;
}

/** The claim was committed by another request with the same key (or taken over) before this write: nothing was written. */
export class ClaimTakenError extends Error {
  constructor() {
    super('the idempotency claim is no longer this request’s');
  }
}

/** Delivery ids are made here (ids are not made in SQL); a statement that needs more than it got is retried with more. */
const DELIVERY_ID_SLACK = [4, 64, 1024];

const PLACE_SQL = `
WITH input AS (
  SELECT e.n::int AS n, e.j, r.* FROM jsonb_array_elements($4::jsonb) WITH ORDINALITY AS e(j, n), jsonb_populate_record(NULL::orders, e.j) r
), claims AS (
  -- Each claim must still be uncommitted, and be one order's: of two requests holding one key (a takeover) only one writes.
  SELECT k.api_key_id, k.key FROM idempotency_keys k JOIN input i ON k.api_key_id = i.j->>'api_key_id' AND k.key = i.j->>'idem_key'
  WHERE NOT k.committed FOR UPDATE OF k
), num AS (
  INSERT INTO order_number_counters (location_id, last_number) SELECT $2, 1000 + $10::int WHERE (SELECT count(DISTINCT (api_key_id, key)) FROM claims) = $11::int
  ON CONFLICT (location_id) DO UPDATE SET last_number = order_number_counters.last_number + $10::int
  RETURNING last_number
), o AS (
  INSERT INTO orders (id, business_id, location_id, source, number, status, currency, tax_mode, cash_rounding, discount, subtotal,
    discount_total, tax_total, net_total, total, amount_paid, tip, amount_refunded, tax_breakdown, external_ref, customer_note, customer_id,
    occurred_at, created_at, updated_at, livemode)
  SELECT i.id, $1, $2, 'api', 'API-' || (num.last_number - $10::int + i.n), i.status, i.currency, i.tax_mode, i.cash_rounding, i.discount, i.subtotal,
    i.discount_total, i.tax_total, i.net_total, i.total, 0, 0, 0, i.tax_breakdown, i.external_ref, i.customer_note, i.customer_id,
    i.occurred_at, i.occurred_at, i.occurred_at, $3
  FROM num, input i
  RETURNING id, number
), l AS (
  INSERT INTO order_lines (id, order_id, business_id, position, product_id, name, quantity, base_price, unit_price, modifiers, discount,
    gross_before_discount, line_discount, order_discount_share, subtotal, net, tax, total, tax_rate_id, rate_ppm, note, weight, price_override)
  SELECT r.id, r.order_id, $1, r.position, r.product_id, r.name, r.quantity, r.base_price, r.unit_price, r.modifiers, r.discount,
    r.gross_before_discount, r.line_discount, r.order_discount_share, r.subtotal, r.net, r.tax, r.total, r.tax_rate_id, r.rate_ppm, r.note, r.weight, r.price_override
  FROM jsonb_populate_recordset(NULL::order_lines, $5::jsonb) r JOIN o ON o.id = r.order_id
), sold AS (
  -- n: the order's place in the batch; k: the product's place in the order.
  SELECT * FROM jsonb_to_recordset($6::jsonb) AS s(n int, k int, product_id text, sold int, updated_id text, low_id text)
), total AS (
  SELECT product_id, sum(sold)::int AS sold FROM sold GROUP BY product_id
), locked AS (
  -- The counter (through o) first, then the stock rows in id order: every API order locks in this
  -- order, and till pushes lock stock rows in id order too, so none of them can deadlock.
  -- A test-mode sale sells the shared catalog without moving its stock (storage/live-mode.ts).
  SELECT p.id FROM products p
  WHERE p.id IN (SELECT product_id FROM total) AND p.business_id = $1 AND p.location_id = $2 AND p.track_stock AND $3 AND EXISTS (SELECT 1 FROM o)
  ORDER BY p.id FOR NO KEY UPDATE
), st AS (
  UPDATE products p SET stock_on_hand = p.stock_on_hand - t.sold, updated_at = now()
  FROM locked JOIN total t ON t.product_id = locked.id
  WHERE p.id = locked.id
  RETURNING p.id, p.stock_on_hand AS final, p.low_stock_threshold AS threshold
), step AS (
  -- Each order's count before and after, walking back from the final count in batch order:
  -- before = final + what this order and every later one sold.
  SELECT s.*, st.threshold, st.final + sum(s.sold) OVER w AS before, st.final + sum(s.sold) OVER w - s.sold AS after
  FROM sold s JOIN st ON st.id = s.product_id
  WINDOW w AS (PARTITION BY s.product_id ORDER BY s.n DESC)
), stock_object AS (
  SELECT step.*, jsonb_build_object('object', jsonb_build_object('object', 'inventory', 'product_id', step.product_id, 'location_id', $2::text,
    'on_hand', step.after, 'previous_on_hand', step.before, 'low_stock_threshold', step.threshold)) AS data
  FROM step
), ev_in AS (
  -- Feed order as before, order by order: per product in the order the lines name them
  -- inventory.updated (then inventory.low_stock when it falls to or below the threshold), order.created last.
  SELECT updated_id AS id, 'inventory.updated' AS type, n, k * 2 - 1 AS k, data FROM stock_object
  UNION ALL
  SELECT low_id, 'inventory.low_stock', n, k * 2, data FROM stock_object
  WHERE threshold IS NOT NULL AND after <= threshold AND before > threshold
  UNION ALL
  SELECT i.j->>'created_event_id', 'order.created', i.n, 2147483647, jsonb_set(i.j->'created_data', '{object,number}', to_jsonb(o.number))
  FROM input i JOIN o ON o.id = i.id
), ev AS (
  INSERT INTO events (id, business_id, type, location_id, device_id, api_version, occurred_at, livemode, data)
  SELECT ev_in.id, $1, ev_in.type, $2, NULL, $9, i.occurred_at, $3, ev_in.data FROM ev_in JOIN input i ON i.n = ev_in.n ORDER BY ev_in.n, ev_in.k
  RETURNING id, type, seq
), dl AS (
  INSERT INTO webhook_deliveries (id, business_id, endpoint_id, event_id, event_type)
  SELECT ($7::text[])[row_number() OVER (ORDER BY ev.seq, w.id)], $1, w.id, ev.id, ev.type
  FROM ev JOIN webhook_endpoints w ON w.business_id = $1 AND w.enabled AND w.livemode = $3
    AND ${subscribedSql('ev.type', 'w.subscribed_events')}
    AND (w.location_ids IS NULL OR $2 = ANY (w.location_ids))
  RETURNING 1
), idem AS (
  -- The claim committed with its order, and the response stored with it: a retry replays it (api/idempotency.ts).
  UPDATE idempotency_keys k SET committed = true,
    state = CASE WHEN i.j ? 'response_status' THEN 'completed' ELSE k.state END,
    response_status = coalesce((i.j->>'response_status')::int, k.response_status),
    response_headers = coalesce(i.j->'response_headers', k.response_headers),
    response_body = coalesce(i.j->>'response_body', k.response_body),
    response_fill = CASE WHEN i.j ? 'response_mark' THEN jsonb_build_object(i.j->>'response_mark', o.number) ELSE k.response_fill END
  FROM input i JOIN o ON o.id = i.id
  WHERE k.api_key_id = i.j->>'api_key_id' AND k.key = i.j->>'idem_key'
  RETURNING 1
)
SELECT o.id, o.number, (SELECT count(*) FROM dl)::int AS deliveries, (SELECT count(*) FROM idem)::int AS marked,
  (SELECT pg_notify($8, $1)) IS NULL AS notified
FROM o`;

/** NOT NULL violation on webhook_deliveries.id: the statement needed more delivery ids than it was given. */
function outOfDeliveryIds(error: unknown): boolean {
  const e = error as { code?: string; message?: string; table?: string } | null;
  return e?.code === '23502' && (e.table === 'webhook_deliveries' || /webhook_deliveries/.test(e.message ?? ''));
}

/** Builds an API order (priced by priceApiOrder, so no payments or refunds) in memory; its number comes with the write. */
export function prepareApiOrder(record: NewOrderRecord, livemode: boolean): PreparedApiOrder {
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
    livemode,
  };
  return { row, lines, order: toApiOrder(row, lines, [], [], []), sold: soldQuantities(record.lines) };
}

/**
 * Writes a batch of API orders of ONE business, location and mode (in this order: their numbers are
 * consecutive) in one statement on `db` (not inside a transaction: the statement is one) and returns
 * them as the API shows them. Throws ClaimTakenError when a claim was committed by another request
 * (nothing is written then); a database error likewise writes nothing.
 */
export async function placeApiOrders(db: Queryable, writes: readonly ApiOrderWrite[]): Promise<Order[]> {
  const first = writes[0]!.prepared.row;
  const orders: unknown[] = [];
  const lines: LineRow[] = [];
  const sold: unknown[] = [];
  let events = 0;
  let endpoints = 0;
  writes.forEach(({ prepared, idempotency }, i) => {
    const n = i + 1;
    const response = idempotency?.response;
    orders.push({
      ...prepared.row,
      created_event_id: newId('evt'),
      created_data: { object: prepared.order },
      ...(idempotency ? { api_key_id: idempotency.apiKeyId, idem_key: idempotency.key } : {}),
      ...(response ? { response_status: response.status, response_headers: response.headers, response_body: response.body, response_mark: response.mark } : {}),
    });
    lines.push(...prepared.lines);
    let k = 0;
    for (const [productId, units] of prepared.sold) {
      k++;
      if (units !== 0) sold.push({ n, k, product_id: productId, sold: units, updated_id: newId('evt'), low_id: newId('evt') });
    }
    events += prepared.sold.size * 2 + 1;
  });
  for (const w of writes) endpoints = Math.max(endpoints, w.endpoints);
  const claims = writes.filter((w) => w.idempotency).length;
  const params = (deliveryIds: string[]): unknown[] => [
    first.business_id,
    first.location_id,
    first.livemode,
    JSON.stringify(orders),
    JSON.stringify(lines),
    JSON.stringify(sold),
    deliveryIds,
    EVENTS_CHANNEL,
    API_VERSION,
    writes.length,
    claims,
  ];
  for (let attempt = 0; ; attempt++) {
    const slack = DELIVERY_ID_SLACK[attempt]!;
    const deliveryIds = Array.from({ length: events * (endpoints + slack) }, () => newId('dlv'));
    try {
      const { rows } = await db.query<{ id: string; number: string }>(PLACE_SQL, params(deliveryIds), { name: 'api_orders_write' });
      if (rows.length !== writes.length) throw new ClaimTakenError();
      const numbers = new Map(rows.map((r) => [r.id, r.number]));
      return writes.map(({ prepared }) => ({ ...prepared.order, number: numbers.get(prepared.row.id)! }));
    } catch (error) {
      // Endpoints created since the context was read: the whole statement rolled back; again with more ids.
      if (!outOfDeliveryIds(error) || attempt === DELIVERY_ID_SLACK.length - 1) throw error;
    }
  }
}

/** One API order written alone (placeApiOrders with a batch of one). */
export async function placeApiOrder(
  db: Queryable,
  record: NewOrderRecord,
  options: { livemode: boolean; idempotency: ApiOrderWrite['idempotency']; endpoints: number },
): Promise<Order> {
  const [order] = await placeApiOrders(db, [
    { prepared: prepareApiOrder(record, options.livemode), idempotency: options.idempotency, endpoints: options.endpoints },
  ]);
  return order!;
}
