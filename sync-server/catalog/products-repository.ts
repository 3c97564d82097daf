// Products as API v1 objects (with tax rate, category, barcodes, modifier groups and stock), and
// their creation and update with the references checked against the product's location.
import type { Product, ProductCreate, ProductUpdate } from '../../core/api/catalog';
import type { ListPage } from '../../core/api/common';
import { newId } from '../../core/ids';
import { ApiError } from '../http/api-error';
import type { Queryable } from '../storage/database';
import { encodeListCursor } from '../http/list-cursor';
import { catalogPageClause, type CatalogListFilter } from './catalog-list';
import { productImageUrl } from './product-images';

interface ProductRow {
  id: string;
  business_id: string;
  location_id: string;
  category_id: string | null;
  tax_rate_id: string;
  name: string;
  description: string;
  sku: string | null;
  price: number;
  active: boolean;
  track_stock: boolean;
  sold_by_weight: boolean;
  tare_grams: number;
  stock_on_hand: number;
  low_stock_threshold: number | null;
  created_at: Date;
  updated_at: Date;
  currency: string;
  tax_name: string;
  rate_ppm: number;
  category_name: string | null;
  category_color: string | null;
  category_sort: number | null;
  image_sha256: string | null;
  image_type: string | null;
}

/**
 * API objects for the given ids, in the order given; deleted and missing products are left out.
 * `publicUrl` (the service's public base URL) makes `image_url` absolute.
 */
export async function loadProducts(q: Queryable, businessId: string, ids: string[], publicUrl: string): Promise<Product[]> {
  if (ids.length === 0) return [];
  const { rows } = await q.query<ProductRow>(
    `SELECT p.*, l.currency, t.name AS tax_name, t.rate_ppm, c.name AS category_name, c.color AS category_color, c.sort_order AS category_sort,
            i.sha256 AS image_sha256, i.content_type AS image_type
     FROM products p
     JOIN locations l ON l.id = p.location_id
     JOIN tax_rates t ON t.id = p.tax_rate_id
     LEFT JOIN categories c ON c.id = p.category_id
     LEFT JOIN product_images i ON i.product_id = p.id
     WHERE p.business_id = $1 AND p.id = ANY($2::text[]) AND p.deleted_at IS NULL`,
    [businessId, ids],
  );
  if (rows.length === 0) return [];
  const found = rows.map((r) => r.id);
  const [barcodes, groups] = await Promise.all([
    q.query<{ product_id: string; code: string }>('SELECT product_id, code FROM barcodes WHERE product_id = ANY($1::text[]) ORDER BY code', [found]),
    q.query<{ product_id: string; id: string; name: string; min_select: number; max_select: number }>(
      `SELECT pmg.product_id, g.id, g.name, g.min_select, g.max_select
       FROM product_modifier_groups pmg JOIN modifier_groups g ON g.id = pmg.group_id
       WHERE pmg.product_id = ANY($1::text[]) ORDER BY pmg.sort_order, g.id`,
      [found],
    ),
  ]);
  const groupIds = [...new Set(groups.rows.map((g) => g.id))];
  const modifiers = groupIds.length
    ? await q.query<{ group_id: string; id: string; name: string; price_delta: number }>(
        'SELECT group_id, id, name, price_delta FROM modifiers WHERE group_id = ANY($1::text[]) ORDER BY sort_order, id',
        [groupIds],
      )
    : { rows: [] };
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids
    .map((id) => byId.get(id))
    .filter((r): r is ProductRow => r !== undefined)
    .map((r) => ({
      id: r.id,
      object: 'product' as const,
      location_id: r.location_id,
      name: r.name,
      description: r.description,
      sku: r.sku,
      price: r.price,
      currency: r.currency,
      tax_rate: { id: r.tax_rate_id, name: r.tax_name, rate_ppm: r.rate_ppm },
      category: r.category_id ? { id: r.category_id, name: r.category_name ?? '', color: r.category_color, sort_order: r.category_sort ?? 0 } : null,
      barcodes: barcodes.rows.filter((b) => b.product_id === r.id).map((b) => b.code),
      modifier_groups: groups.rows
        .filter((g) => g.product_id === r.id)
        .map((g) => ({
          id: g.id,
          name: g.name,
          min_select: g.min_select,
          max_select: g.max_select,
          modifiers: modifiers.rows.filter((m) => m.group_id === g.id).map(({ id, name, price_delta }) => ({ id, name, price_delta })),
        })),
      stock: r.track_stock ? { on_hand: r.stock_on_hand, low_stock_threshold: r.low_stock_threshold } : null,
      sold_by_weight: r.sold_by_weight,
      tare_grams: r.tare_grams,
      active: r.active,
      image_url: r.image_sha256 && r.image_type ? productImageUrl(publicUrl, r.id, r.image_sha256, r.image_type) : null,
      created_at: new Date(r.created_at).toISOString(),
      updated_at: new Date(r.updated_at).toISOString(),
    }));
}

export async function getProduct(q: Queryable, businessId: string, id: string, publicUrl: string): Promise<Product | null> {
  return (await loadProducts(q, businessId, [id], publicUrl))[0] ?? null;
}

/** A page of products in id (creation) order. */
export async function listProducts(q: Queryable, filter: CatalogListFilter, publicUrl: string): Promise<ListPage<Product>> {
  const clause = catalogPageClause(filter);
  const { rows } = await q.query<{ id: string }>(`SELECT id FROM products ${clause.sql}`, clause.params);
  const page = rows.slice(0, filter.limit).map((r) => r.id);
  const hasMore = rows.length > filter.limit;
  return {
    object: 'list',
    data: await loadProducts(q, filter.businessId, page, publicUrl),
    has_more: hasMore,
    next_cursor: hasMore ? encodeListCursor(page[page.length - 1]!) : null,
  };
}

const unprocessable = (code: string, message: string, param: string): ApiError => new ApiError('invalid_request', code, message, { status: 422, param });

/** Checks that every referenced row exists in this business and belongs to the product's location. */
async function checkReferences(q: Queryable, businessId: string, locationId: string, input: ProductUpdate, productId: string | null): Promise<void> {
  const belongs = async (table: 'tax_rates' | 'categories' | 'modifier_groups', id: string, param: string, what: string): Promise<void> => {
    const { rows } = await q.query<{ location_id: string }>(`SELECT location_id FROM ${table} WHERE id = $1 AND business_id = $2 AND deleted_at IS NULL`, [
      id,
      businessId,
    ]);
    if (!rows[0]) throw unprocessable(`${what.replace(/ /g, '_')}_not_found`, `No ${what} with id "${id}".`, param);
    if (rows[0].location_id !== locationId)
      throw unprocessable(`${what.replace(/ /g, '_')}_not_at_location`, `The ${what} "${id}" belongs to another location.`, param);
  };
  if (input.tax_rate_id) await belongs('tax_rates', input.tax_rate_id, 'tax_rate_id', 'tax rate');
  if (input.category_id) await belongs('categories', input.category_id, 'category_id', 'category');
  for (const [i, id] of (input.modifier_group_ids ?? []).entries()) await belongs('modifier_groups', id, `modifier_group_ids[${i}]`, 'modifier group');
  for (const [i, code] of (input.barcodes ?? []).entries()) {
    const { rows } = await q.query<{ product_id: string }>('SELECT product_id FROM barcodes WHERE location_id = $1 AND code = $2', [locationId, code]);
    if (rows[0] && rows[0].product_id !== productId) {
      throw new ApiError('conflict', 'barcode_in_use', `Barcode "${code}" already belongs to product ${rows[0].product_id} at this location.`, {
        param: `barcodes[${i}]`,
      });
    }
  }
}

async function replaceLinks(q: Queryable, businessId: string, locationId: string, productId: string, input: ProductUpdate): Promise<void> {
  if (input.barcodes) {
    await q.query('DELETE FROM barcodes WHERE product_id = $1', [productId]);
    for (const code of input.barcodes) {
      await q.query('INSERT INTO barcodes (business_id, location_id, code, product_id) VALUES ($1, $2, $3, $4)', [businessId, locationId, code, productId]);
    }
  }
  if (input.modifier_group_ids) {
    await q.query('DELETE FROM product_modifier_groups WHERE product_id = $1', [productId]);
    for (const [i, groupId] of input.modifier_group_ids.entries()) {
      await q.query('INSERT INTO product_modifier_groups (business_id, product_id, group_id, sort_order) VALUES ($1, $2, $3, $4)', [
        businessId,
        productId,
        groupId,
        i,
      ]);
    }
  }
}

export async function createProduct(tx: Queryable, businessId: string, input: ProductCreate, publicUrl: string): Promise<Product> {
  await checkReferences(tx, businessId, input.location_id, input, null);
  const id = newId('prd');
  await tx.query(
    `INSERT INTO products (id, business_id, location_id, category_id, tax_rate_id, name, description, sku, price, active, track_stock, stock_on_hand, low_stock_threshold,
       sold_by_weight, tare_grams)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)`,
    [
      id,
      businessId,
      input.location_id,
      input.category_id ?? null,
      input.tax_rate_id,
      input.name,
      input.description ?? '',
      input.sku ?? null,
      input.price,
      input.active ?? true,
      Boolean(input.stock),
      input.stock?.on_hand ?? 0,
      input.stock?.low_stock_threshold ?? null,
      input.sold_by_weight ?? false,
      input.tare_grams ?? 0,
    ],
  );
  await replaceLinks(tx, businessId, input.location_id, id, input);
  return (await getProduct(tx, businessId, id, publicUrl))!;
}

/** Applies a PATCH to a locked product; returns it before and after (callers diff them for events). */
export async function updateProduct(
  tx: Queryable,
  businessId: string,
  id: string,
  input: ProductUpdate,
  publicUrl: string,
): Promise<{ before: Product; after: Product } | null> {
  const locked = await tx.query<{ location_id: string }>(
    'SELECT location_id FROM products WHERE id = $1 AND business_id = $2 AND deleted_at IS NULL FOR UPDATE',
    [id, businessId],
  );
  if (!locked.rows[0]) return null;
  const before = (await getProduct(tx, businessId, id, publicUrl))!;
  const locationId = locked.rows[0].location_id;
  await checkReferences(tx, businessId, locationId, input, id);
  const sets: string[] = [];
  const params: unknown[] = [id];
  const set = (column: string, value: unknown): void => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  if (input.name !== undefined) set('name', input.name);
  if (input.price !== undefined) set('price', input.price);
  if (input.tax_rate_id !== undefined) set('tax_rate_id', input.tax_rate_id);
  if (input.category_id !== undefined) set('category_id', input.category_id);
  if (input.description !== undefined) set('description', input.description);
  if (input.sku !== undefined) set('sku', input.sku);
  if (input.active !== undefined) set('active', input.active);
  if (input.sold_by_weight !== undefined) set('sold_by_weight', input.sold_by_weight);
  if (input.tare_grams !== undefined) set('tare_grams', input.tare_grams);
  if (input.stock !== undefined) {
    set('track_stock', input.stock !== null);
    if (input.stock) {
      set('stock_on_hand', input.stock.on_hand);
      if (input.stock.low_stock_threshold !== undefined) set('low_stock_threshold', input.stock.low_stock_threshold);
    }
  }
  sets.push('updated_at = now()');
  await tx.query(`UPDATE products SET ${sets.join(', ')} WHERE id = $1`, params);
  await replaceLinks(tx, businessId, locationId, id, input);
  return { before, after: (await getProduct(tx, businessId, id, publicUrl))! };
}

/** Top-level fields whose value changed, with their previous values (Stripe's previous_attributes). */
export function previousAttributes<T extends object>(before: T, after: T): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (key === 'updated_at') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed[key] = before[key];
  }
  return changed;
}

/** Soft-deletes a product (orders keep pointing at it); its barcodes are freed for reuse. False when missing. */
export async function deleteProduct(tx: Queryable, businessId: string, id: string): Promise<boolean> {
  const { rowCount } = await tx.query('UPDATE products SET deleted_at = now(), updated_at = now() WHERE id = $1 AND business_id = $2 AND deleted_at IS NULL', [
    id,
    businessId,
  ]);
  if (rowCount === 0) return false;
  await tx.query('DELETE FROM barcodes WHERE product_id = $1', [id]);
  return true;
}
