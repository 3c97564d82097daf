// The tills' catalog pull (SPEC §5.6): a full snapshot for a till without a cursor, then deltas
// from the change log. Cursors are positions (xact_id, seq) in sync_changes; a page serves only
// changes below pg_snapshot_xmin, so a change committing late is never skipped (as the events feed).
// A snapshot pages through products, then through the business's customers (cashier's view only).
import type { Order } from '../../core/api/orders';
import type { TillCategory, TillModifierGroup, TillOpenOrder, TillProduct, TillStaff, TillTaxRate } from '../../core/sync/catalog';
import type { PullResponse } from '../../core/sync/protocol';
import { toTillCustomer, type TillCustomer } from '../../core/sync/till-customer';
import { productImageUrl } from '../catalog/product-images';
import { loadOrders } from '../orders/orders-read';
import type { Queryable } from '../storage/database';
import { cursorExpired } from './change-log';
import { loadTillLocation, type DevicePrincipal } from './devices';

export const PULL_DEFAULT_LIMIT = 1000;

type SnapshotPart = 'product' | 'customer';
type Cursor = { kind: 'delta'; xactId: string; seq: number } | { kind: 'snapshot'; part: SnapshotPart; xmin: string; afterId: string };

/** `d<xact>-<seq>` (delta), `s<xmin>-<last product id>` or `c<xmin>-<last customer id>` (inside a snapshot); anything else starts over. */
export function parseCursor(text: string | undefined): Cursor | null {
  const delta = /^d(\d{1,20})-(\d{1,19})$/.exec(text ?? '');
  if (delta) return { kind: 'delta', xactId: delta[1]!, seq: Number(delta[2]) };
  const snapshot = /^([sc])(\d{1,20})-([A-Za-z0-9_]{1,60})$/.exec(text ?? '');
  if (snapshot) return { kind: 'snapshot', part: snapshot[1] === 's' ? 'product' : 'customer', xmin: snapshot[2]!, afterId: snapshot[3]! };
  return null;
}

const deltaCursor = (xactId: string, seq: number) => `d${xactId}-${seq}`;

interface ProductRow {
  id: string;
  name: string;
  category_id: string | null;
  price: number;
  tax_rate_id: string;
  barcodes: string[] | null;
  sku: string | null;
  modifier_group_ids: string[] | null;
  track_stock: boolean;
  stock_on_hand: number;
  sold_by_weight: boolean;
  tare_grams: number;
  active: boolean;
  sort: number;
  image_sha256: string | null;
  image_type: string | null;
  updated_at: Date;
}

const PRODUCT_SELECT = `
  SELECT p.id, p.name, p.category_id, p.price, p.tax_rate_id, p.sku, p.active, p.sort_order AS sort, p.track_stock,
         p.stock_on_hand, p.sold_by_weight, p.tare_grams, p.updated_at, i.sha256 AS image_sha256, i.content_type AS image_type,
         (SELECT array_agg(b.code ORDER BY b.code) FROM barcodes b WHERE b.product_id = p.id) AS barcodes,
         (SELECT array_agg(g.group_id ORDER BY g.sort_order, g.group_id) FROM product_modifier_groups g WHERE g.product_id = p.id) AS modifier_group_ids
  FROM products p LEFT JOIN product_images i ON i.product_id = p.id`;

function toTillProduct(row: ProductRow, publicUrl: string): TillProduct {
  return {
    id: row.id,
    name: row.name,
    category_id: row.category_id,
    price: row.price,
    tax_rate_id: row.tax_rate_id,
    barcode: row.barcodes?.[0] ?? null,
    barcodes: row.barcodes ?? [],
    sku: row.sku,
    modifier_group_ids: row.modifier_group_ids ?? [],
    stock: row.track_stock ? row.stock_on_hand : null,
    sold_by_weight: row.sold_by_weight,
    tare_grams: row.tare_grams,
    active: row.active,
    sort: row.sort,
    image_url: row.image_sha256 && row.image_type ? productImageUrl(publicUrl, row.id, row.image_sha256, row.image_type) : null,
    updated_at: new Date(row.updated_at).toISOString(),
  };
}

/** Loads one kind of entity for the location; `ids` null = all of them. */
const loaders = {
  async product(q: Queryable, loc: string, ids: string[] | null, publicUrl: string, after = '', limit = 1_000_000): Promise<TillProduct[]> {
    const { rows } = await q.query<ProductRow>(
      `${PRODUCT_SELECT} WHERE p.location_id = $1 AND p.deleted_at IS NULL AND ($2::text[] IS NULL OR p.id = ANY($2)) AND p.id > $3
       ORDER BY p.id LIMIT $4`,
      [loc, ids, after, limit],
    );
    return rows.map((row) => toTillProduct(row, publicUrl));
  },
  async category(q: Queryable, loc: string, ids: string[] | null): Promise<TillCategory[]> {
    const { rows } = await q.query<TillCategory>(
      `SELECT id, name, color, sort_order AS sort FROM categories WHERE location_id = $1 AND deleted_at IS NULL AND ($2::text[] IS NULL OR id = ANY($2)) ORDER BY sort_order, id`,
      [loc, ids],
    );
    return rows;
  },
  async modifier_group(q: Queryable, loc: string, ids: string[] | null): Promise<TillModifierGroup[]> {
    const { rows } = await q.query<TillModifierGroup>(
      `SELECT g.id, g.name, g.min_select, g.max_select,
              COALESCE(json_agg(json_build_object('id', m.id, 'name', m.name, 'price_delta', m.price_delta) ORDER BY m.sort_order, m.id)
                       FILTER (WHERE m.id IS NOT NULL), '[]'::json) AS modifiers
       FROM modifier_groups g LEFT JOIN modifiers m ON m.group_id = g.id
       WHERE g.location_id = $1 AND g.deleted_at IS NULL AND ($2::text[] IS NULL OR g.id = ANY($2))
       GROUP BY g.id ORDER BY g.id`,
      [loc, ids],
    );
    return rows;
  },
  async tax_rate(q: Queryable, loc: string, ids: string[] | null): Promise<TillTaxRate[]> {
    const { rows } = await q.query<TillTaxRate>(
      `SELECT id, name, rate_ppm FROM tax_rates WHERE location_id = $1 AND deleted_at IS NULL AND ($2::text[] IS NULL OR id = ANY($2)) ORDER BY id`,
      [loc, ids],
    );
    return rows;
  },
  /**
   * Customers belong to the business: every till of it gets them, in the cashier's view only, and
   * only those of the till's mode (a test-mode till never sees live customers, nor a live till test ones).
   */
  async customer(q: Queryable, businessId: string, livemode: boolean, ids: string[] | null, after = '', limit = 1_000_000): Promise<TillCustomer[]> {
    const { rows } = await q.query<{ id: string; name: string | null; email: string | null; phone: string | null; updated_at: Date }>(
      `SELECT id, name, email, phone, updated_at FROM customers
       WHERE business_id = $1 AND livemode = $5 AND ($2::text[] IS NULL OR id = ANY($2)) AND id > $3 ORDER BY id LIMIT $4`,
      [businessId, ids, after, limit, livemode],
    );
    return rows.map((r) => toTillCustomer({ ...r, updated_at: new Date(r.updated_at).toISOString() }));
  },
  async staff(q: Queryable, loc: string, ids: string[] | null, businessId = ''): Promise<TillStaff[]> {
    const { rows } = await q.query<TillStaff>(
      `SELECT id, name, role, pin_hash, active FROM staff
       WHERE business_id = $3 AND (location_id = $1 OR location_id IS NULL) AND ($2::text[] IS NULL OR id = ANY($2)) ORDER BY id`,
      [loc, ids, businessId],
    );
    return rows;
  },
};

function toTillOpenOrder(order: Order): TillOpenOrder {
  return {
    id: order.id,
    number: order.number,
    currency: order.currency,
    tax_mode: order.tax_mode,
    lines: order.lines.map((line) => ({
      id: line.id,
      product_id: line.product_id,
      name: line.name,
      quantity: line.quantity,
      unit_price: line.base_price,
      modifiers: line.modifiers,
      tax_rate_id: line.tax_rate_id,
      rate_ppm: line.rate_ppm,
      note: line.note ?? null,
    })),
    total: order.totals.total,
    amount_paid: order.totals.amount_paid,
    customer_note: order.customer_note,
    external_ref: order.external_ref,
    created_at: order.created_at,
  };
}

/** API orders of the location and the till's mode still waiting for payment (status `open`), among `ids` or all. */
async function openOrders(q: Queryable, device: DevicePrincipal, ids: string[] | null): Promise<TillOpenOrder[]> {
  const { rows } = await q.query<{ id: string }>(
    `SELECT id FROM orders WHERE business_id = $1 AND location_id = $2 AND source = 'api' AND status = 'open'
       AND ($3::text[] IS NULL OR id = ANY($3)) AND livemode = $4 ORDER BY id`,
    [device.businessId, device.locationId, ids, device.livemode],
  );
  return (
    await loadOrders(
      q,
      device.businessId,
      rows.map((r) => r.id),
    )
  ).map(toTillOpenOrder);
}

function emptyPage(): Omit<PullResponse, 'location' | 'reset' | 'next_cursor' | 'has_more'> {
  const none = () => ({ upserted: [], deleted: [] });
  return { products: none(), categories: none(), modifier_groups: none(), tax_rates: none(), staff: none(), open_orders: none(), customers: none() };
}

async function horizon(q: Queryable): Promise<string> {
  const { rows } = await q.query<{ xmin: string }>('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin');
  return rows[0]!.xmin;
}

interface PullContext {
  device: DevicePrincipal;
  /** base of product image URLs (the service's public URL) */
  publicUrl: string;
  limit: number;
}

async function snapshotPage(
  q: Queryable,
  { device, publicUrl, limit }: PullContext,
  xmin: string,
  from: { part: SnapshotPart; afterId: string },
  first: boolean,
): Promise<PullResponse> {
  const page = emptyPage();
  const loc = device.locationId;
  if (first) {
    page.categories.upserted = await loaders.category(q, loc, null);
    page.modifier_groups.upserted = await loaders.modifier_group(q, loc, null);
    page.tax_rates.upserted = await loaders.tax_rate(q, loc, null);
    page.staff.upserted = await loaders.staff(q, loc, null, device.businessId);
    page.open_orders.upserted = await openOrders(q, device, null);
  }
  let next: string | null = null;
  let customersAfter = from.afterId;
  if (from.part === 'product') {
    const products = await loaders.product(q, loc, null, publicUrl, from.afterId, limit + 1);
    page.products.upserted = products.slice(0, limit);
    if (products.length > limit) next = `s${xmin}-${page.products.upserted.at(-1)!.id}`;
    customersAfter = '';
  }
  if (next === null) {
    // Products are done: the customers follow, in pages of their own.
    const customers = await loaders.customer(q, device.businessId, device.livemode, null, customersAfter, limit + 1);
    page.customers!.upserted = customers.slice(0, limit);
    if (customers.length > limit) next = `c${xmin}-${page.customers!.upserted.at(-1)!.id}`;
  }
  return {
    location: await loadTillLocation(q, loc),
    reset: first,
    ...page,
    // Every change in a transaction at or past the snapshot's horizon is replayed by the deltas.
    next_cursor: next ?? deltaCursor(xmin, 0),
    has_more: next !== null,
  };
}

type Entity = 'product' | 'category' | 'modifier_group' | 'tax_rate' | 'staff' | 'order' | 'location' | 'customer';

async function deltaPage(q: Queryable, { device, publicUrl, limit }: PullContext, from: { xactId: string; seq: number }): Promise<PullResponse> {
  const { rows } = await q.query<{ horizon: string; xact_id: string | null; seq: number | null; entity: Entity | null; entity_id: string | null }>(
    `SELECT h.xmin::text AS horizon, c.xact_id, c.seq, c.entity, c.entity_id
     FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin) h
     LEFT JOIN LATERAL (
       SELECT sc.xact_id::text AS xact_id, sc.seq, sc.entity, sc.entity_id FROM sync_changes sc
       WHERE sc.business_id = $1 AND (sc.location_id = $2 OR sc.location_id IS NULL)
         AND (sc.xact_id, sc.seq) > ($3::text::xid8, $4::bigint) AND sc.xact_id < h.xmin
       -- order by the xid8 column, not the text alias of the same name ("10" sorts before "9")
       ORDER BY sc.xact_id, sc.seq LIMIT $5
     ) c ON true`,
    [device.businessId, device.locationId, from.xactId, from.seq, limit + 1],
  );
  const changes = rows.filter((r) => r.seq !== null).slice(0, limit);
  const hasMore = rows.filter((r) => r.seq !== null).length > limit;
  const ids = (entity: Entity) => [...new Set(changes.filter((c) => c.entity === entity).map((c) => c.entity_id!))];
  const page = emptyPage();
  const loc = device.locationId;
  const split = async <T extends { id: string }>(wanted: string[], load: (ids: string[]) => Promise<T[]>) => {
    if (wanted.length === 0) return { upserted: [] as T[], deleted: [] as string[] };
    const found = await load(wanted);
    const present = new Set(found.map((row) => row.id));
    return { upserted: found, deleted: wanted.filter((id) => !present.has(id)) };
  };
  page.products = await split(ids('product'), (w) => loaders.product(q, loc, w, publicUrl));
  page.categories = await split(ids('category'), (w) => loaders.category(q, loc, w));
  page.modifier_groups = await split(ids('modifier_group'), (w) => loaders.modifier_group(q, loc, w));
  page.tax_rates = await split(ids('tax_rate'), (w) => loaders.tax_rate(q, loc, w));
  page.staff = await split(ids('staff'), (w) => loaders.staff(q, loc, w, device.businessId));
  page.open_orders = await split(ids('order'), (w) => openOrders(q, device, w));
  page.customers = await split(ids('customer'), (w) => loaders.customer(q, device.businessId, device.livemode, w));

  const last = changes.at(-1);
  let next = last ? { xactId: last.xact_id!, seq: last.seq! } : from;
  // Nothing more below the horizon: move up to it so the next pull does not rescan.
  const top = rows[0]!.horizon;
  if (!hasMore && BigInt(top) > BigInt(next.xactId)) next = { xactId: top, seq: 0 };
  return { location: await loadTillLocation(q, loc), reset: false, ...page, next_cursor: deltaCursor(next.xactId, next.seq), has_more: hasMore };
}

/** A page of the pull for `device`; product image URLs are absolute under `publicUrl`. */
export async function readPull(
  q: Queryable,
  device: DevicePrincipal,
  cursorText: string | undefined,
  publicUrl: string,
  limit = PULL_DEFAULT_LIMIT,
): Promise<PullResponse> {
  const cursor = parseCursor(cursorText);
  const expired = cursor?.kind === 'delta' && (await cursorExpired(q, device.businessId, cursor));
  const context = { device, publicUrl, limit };
  if (!cursor || expired) return snapshotPage(q, context, await horizon(q), { part: 'product', afterId: '' }, true);
  if (cursor.kind === 'snapshot') return snapshotPage(q, context, cursor.xmin, cursor, false);
  return deltaPage(q, context, cursor);
}
