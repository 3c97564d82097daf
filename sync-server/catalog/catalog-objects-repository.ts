// Tax rates, categories and modifier groups as API v1 objects: load, list (cursor pages), create,
// update and soft delete. The writes behind both API v1 and the back office (catalog-objects-service.ts
// adds the events). Tills pick every change up through the sync_changes triggers of migration 0004.
import type {
  CategoryCreate,
  CategoryObject,
  CategoryUpdate,
  ModifierGroupCreate,
  ModifierGroupObject,
  ModifierGroupUpdate,
  TaxRateCreate,
  TaxRateObject,
  TaxRateUpdate,
} from '../../core/api/catalog-resources';
import type { ListPage } from '../../core/api/common';
import { newId } from '../../core/ids';
import { ApiError } from '../http/api-error';
import { encodeListCursor } from '../http/list-cursor';
import { catalogPageClause, type CatalogListFilter } from './catalog-list';
import type { Queryable } from '../storage/database';

export interface CatalogObjects {
  tax_rate: TaxRateObject;
  category: CategoryObject;
  modifier_group: ModifierGroupObject;
}
export interface CatalogCreates {
  tax_rate: TaxRateCreate;
  category: CategoryCreate;
  modifier_group: ModifierGroupCreate;
}
export interface CatalogUpdates {
  tax_rate: TaxRateUpdate;
  category: CategoryUpdate;
  modifier_group: ModifierGroupUpdate;
}
export type CatalogKind = keyof CatalogObjects;

export const CATALOG_TABLES: Record<CatalogKind, string> = { tax_rate: 'tax_rates', category: 'categories', modifier_group: 'modifier_groups' };
const PREFIX = { tax_rate: 'tax', category: 'cat', modifier_group: 'mgr' } as const;
/** How errors and messages name each kind. */
export const CATALOG_NOUNS: Record<CatalogKind, string> = { tax_rate: 'tax rate', category: 'category', modifier_group: 'modifier group' };

const SELECT: Record<CatalogKind, string> = {
  tax_rate: `SELECT t.id, 'tax_rate' AS object, t.location_id, t.name, t.rate_ppm, t.created_at, t.updated_at FROM tax_rates t`,
  category: `SELECT t.id, 'category' AS object, t.location_id, t.name, t.color, t.sort_order, t.created_at, t.updated_at FROM categories t`,
  modifier_group: `SELECT t.id, 'modifier_group' AS object, t.location_id, t.name, t.min_select, t.max_select,
      COALESCE((SELECT json_agg(json_build_object('id', m.id, 'name', m.name, 'price_delta', m.price_delta) ORDER BY m.sort_order, m.id)
                FROM modifiers m WHERE m.group_id = t.id), '[]'::json) AS modifiers,
      t.created_at, t.updated_at
    FROM modifier_groups t`,
};

type Row = Record<string, unknown> & { id: string; created_at: Date | string; updated_at: Date | string };

const toObject = <K extends CatalogKind>(row: Row): CatalogObjects[K] =>
  ({ ...row, created_at: new Date(row.created_at).toISOString(), updated_at: new Date(row.updated_at).toISOString() }) as unknown as CatalogObjects[K];

/** API objects for the given ids, in id order; deleted and missing ones (and other businesses') are left out. */
export async function loadCatalogObjects<K extends CatalogKind>(q: Queryable, kind: K, businessId: string, ids: string[]): Promise<CatalogObjects[K][]> {
  if (ids.length === 0) return [];
  const { rows } = await q.query<Row>(`${SELECT[kind]} WHERE t.business_id = $1 AND t.id = ANY($2::text[]) AND t.deleted_at IS NULL ORDER BY t.id`, [
    businessId,
    ids,
  ]);
  return rows.map((row) => toObject<K>(row));
}

export async function getCatalogObject<K extends CatalogKind>(q: Queryable, kind: K, businessId: string, id: string): Promise<CatalogObjects[K] | null> {
  return (await loadCatalogObjects(q, kind, businessId, [id]))[0] ?? null;
}

/** Locks the live row for the rest of the transaction; false when there is none. */
export async function lockCatalogObject(tx: Queryable, kind: CatalogKind, businessId: string, id: string): Promise<boolean> {
  const { rows } = await tx.query(`SELECT id FROM ${CATALOG_TABLES[kind]} WHERE id = $1 AND business_id = $2 AND deleted_at IS NULL FOR UPDATE`, [
    id,
    businessId,
  ]);
  return rows.length > 0;
}

/** A page in id (creation) order, as /api/v1/products pages. */
export async function listCatalogObjects<K extends CatalogKind>(q: Queryable, kind: K, filter: CatalogListFilter): Promise<ListPage<CatalogObjects[K]>> {
  const clause = catalogPageClause(filter, 't');
  const { rows } = await q.query<Row>(`${SELECT[kind]} ${clause.sql}`, clause.params);
  const data = rows.slice(0, filter.limit).map((row) => toObject<K>(row));
  const hasMore = rows.length > filter.limit;
  return { object: 'list', data, has_more: hasMore, next_cursor: hasMore ? encodeListCursor(data[data.length - 1]!.id) : null };
}

function checkSelectBounds(min: number, max: number): void {
  if (max < Math.max(1, min))
    throw new ApiError('invalid_request', 'parameter_invalid', 'max_select must be at least 1 and at least min_select.', { param: 'max_select' });
}

/** Replaces a group's modifiers by `modifiers` (in that order); those sent with an id keep it. */
async function writeModifiers(tx: Queryable, businessId: string, groupId: string, modifiers: ModifierGroupCreate['modifiers']): Promise<void> {
  const keep = modifiers.map((m) => m.id).filter((m): m is string => Boolean(m));
  // Past orders copy modifier names and prices into their lines, so removing a modifier loses nothing.
  await tx.query('DELETE FROM modifiers WHERE group_id = $1 AND NOT (id = ANY($2))', [groupId, keep]);
  for (const [i, m] of modifiers.entries()) {
    if (m.id) {
      const updated = await tx.query('UPDATE modifiers SET name = $3, price_delta = $4, sort_order = $5, updated_at = now() WHERE id = $1 AND group_id = $2', [
        m.id,
        groupId,
        m.name,
        m.price_delta,
        i,
      ]);
      if (updated.rowCount === 0)
        throw new ApiError('invalid_request', 'modifier_unknown', `No modifier "${m.id}" in this group.`, { param: `modifiers.${i}.id`, status: 422 });
    } else {
      await tx.query('INSERT INTO modifiers (id, business_id, group_id, name, price_delta, sort_order) VALUES ($1, $2, $3, $4, $5, $6)', [
        newId('mod'),
        businessId,
        groupId,
        m.name,
        m.price_delta,
        i,
      ]);
    }
  }
}

/** Inserts the object (the caller has checked its location); returns its id. */
export async function insertCatalogObject<K extends CatalogKind>(tx: Queryable, kind: K, businessId: string, input: CatalogCreates[K]): Promise<string> {
  const id = newId(PREFIX[kind]);
  if (kind === 'tax_rate') {
    const t = input as TaxRateCreate;
    await tx.query('INSERT INTO tax_rates (id, business_id, location_id, name, rate_ppm) VALUES ($1, $2, $3, $4, $5)', [
      id,
      businessId,
      t.location_id,
      t.name,
      t.rate_ppm,
    ]);
  } else if (kind === 'category') {
    const c = input as CategoryCreate;
    await tx.query('INSERT INTO categories (id, business_id, location_id, name, color, sort_order) VALUES ($1, $2, $3, $4, $5, $6)', [
      id,
      businessId,
      c.location_id,
      c.name,
      c.color ?? null,
      c.sort_order ?? 0,
    ]);
  } else {
    const g = input as ModifierGroupCreate;
    const min = g.min_select ?? 0;
    const max = g.max_select ?? Math.max(1, min);
    checkSelectBounds(min, max);
    await tx.query('INSERT INTO modifier_groups (id, business_id, location_id, name, min_select, max_select) VALUES ($1, $2, $3, $4, $5, $6)', [
      id,
      businessId,
      g.location_id,
      g.name,
      min,
      max,
    ]);
    g.modifiers.forEach((m, i) => {
      if (m.id)
        throw new ApiError('invalid_request', 'modifier_unknown', `No modifier "${m.id}" in this group: a new group's modifiers have no ids.`, {
          param: `modifiers.${i}.id`,
          status: 422,
        });
    });
    await writeModifiers(tx, businessId, id, g.modifiers);
  }
  return id;
}

/** Applies a PATCH to the locked live object `before` (only the fields sent change). */
export async function updateCatalogRow<K extends CatalogKind>(
  tx: Queryable,
  kind: K,
  before: CatalogObjects[K],
  patch: CatalogUpdates[K],
  businessId: string,
): Promise<void> {
  if (kind === 'tax_rate') {
    const b = before as TaxRateObject;
    const p = patch as TaxRateUpdate;
    await tx.query('UPDATE tax_rates SET name = $2, rate_ppm = $3, updated_at = now() WHERE id = $1', [b.id, p.name ?? b.name, p.rate_ppm ?? b.rate_ppm]);
  } else if (kind === 'category') {
    const b = before as CategoryObject;
    const p = patch as CategoryUpdate;
    await tx.query('UPDATE categories SET name = $2, color = $3, sort_order = $4, updated_at = now() WHERE id = $1', [
      b.id,
      p.name ?? b.name,
      p.color === undefined ? b.color : p.color,
      p.sort_order ?? b.sort_order,
    ]);
  } else {
    const b = before as ModifierGroupObject;
    const p = patch as ModifierGroupUpdate;
    const min = p.min_select ?? b.min_select;
    const max = p.max_select ?? b.max_select;
    checkSelectBounds(min, max);
    await tx.query('UPDATE modifier_groups SET name = $2, min_select = $3, max_select = $4, updated_at = now() WHERE id = $1', [
      b.id,
      p.name ?? b.name,
      min,
      max,
    ]);
    if (p.modifiers) await writeModifiers(tx, businessId, b.id, p.modifiers);
  }
}

export async function softDeleteCatalogObject(tx: Queryable, kind: CatalogKind, id: string): Promise<void> {
  await tx.query(`UPDATE ${CATALOG_TABLES[kind]} SET deleted_at = now(), updated_at = now() WHERE id = $1`, [id]);
}

/** Live products that use the object (its tax rate, its category, or one of their modifier groups). */
export async function productsUsing(q: Queryable, kind: CatalogKind, id: string): Promise<string[]> {
  const sql = {
    tax_rate: 'SELECT id FROM products WHERE tax_rate_id = $1 AND deleted_at IS NULL ORDER BY id',
    category: 'SELECT id FROM products WHERE category_id = $1 AND deleted_at IS NULL ORDER BY id',
    modifier_group: `SELECT p.id FROM products p JOIN product_modifier_groups g ON g.product_id = p.id WHERE g.group_id = $1 AND p.deleted_at IS NULL ORDER BY p.id`,
  }[kind];
  const { rows } = await q.query<{ id: string }>(sql, [id]);
  return rows.map((r) => r.id);
}
