// Tax rates, categories, modifier groups and modifiers of one business (API v1 products reference them).
// Tills pick the changes up through the sync_changes triggers of migration 0004, so nothing else needs
// to happen on a write.
import type { CategoryView, ModifierGroupView, ModifierView, TaxRateView } from '../../core/api/backoffice';
import { newId } from '../../core/ids';
import { ApiError } from '../http/api-error';
import type { Queryable } from '../storage/database';

export async function listTaxRates(db: Queryable, businessId: string, locationId: string): Promise<TaxRateView[]> {
  const { rows } = await db.query<TaxRateView>(
    `SELECT t.id, t.location_id, t.name, t.rate_ppm,
            (SELECT count(*)::int FROM products p WHERE p.tax_rate_id = t.id AND p.deleted_at IS NULL) AS product_count
       FROM tax_rates t WHERE t.business_id = $1 AND t.location_id = $2 ORDER BY t.rate_ppm DESC, t.name`,
    [businessId, locationId],
  );
  return rows;
}

export async function listCategories(db: Queryable, businessId: string, locationId: string): Promise<CategoryView[]> {
  const { rows } = await db.query<CategoryView>(
    `SELECT c.id, c.location_id, c.name, c.color, c.sort_order,
            (SELECT count(*)::int FROM products p WHERE p.category_id = c.id AND p.deleted_at IS NULL) AS product_count
       FROM categories c WHERE c.business_id = $1 AND c.location_id = $2 ORDER BY c.sort_order, c.name`,
    [businessId, locationId],
  );
  return rows;
}

export async function listModifierGroups(db: Queryable, businessId: string, locationId: string): Promise<ModifierGroupView[]> {
  const groups = await db.query<Omit<ModifierGroupView, 'modifiers'>>(
    'SELECT id, location_id, name, min_select, max_select FROM modifier_groups WHERE business_id = $1 AND location_id = $2 ORDER BY name, id',
    [businessId, locationId],
  );
  const mods = await db.query<ModifierView & { group_id: string }>(
    'SELECT id, group_id, name, price_delta, sort_order FROM modifiers WHERE business_id = $1 AND group_id = ANY($2) ORDER BY sort_order, name',
    [businessId, groups.rows.map((g) => g.id)],
  );
  return groups.rows.map((g) => ({
    ...g,
    modifiers: mods.rows.filter((m) => m.group_id === g.id).map(({ group_id: _group, ...m }) => m),
  }));
}

export async function saveTaxRate(db: Queryable, businessId: string, input: { id?: string; location_id?: string; name: string; rate_ppm: number }): Promise<TaxRateView> {
  const id = input.id ?? newId('tax');
  const { rowCount } = input.id
    ? await db.query('UPDATE tax_rates SET name = $3, rate_ppm = $4, updated_at = now() WHERE id = $1 AND business_id = $2', [id, businessId, input.name, input.rate_ppm])
    : await db.query('INSERT INTO tax_rates (id, business_id, location_id, name, rate_ppm) VALUES ($1, $2, $3, $4, $5)', [id, businessId, input.location_id, input.name, input.rate_ppm]);
  if (rowCount === 0) throw new ApiError('not_found', 'resource_missing', `No tax rate with id "${id}".`, { param: 'id' });
  const { rows } = await db.query<{ location_id: string }>('SELECT location_id FROM tax_rates WHERE id = $1', [id]);
  return (await listTaxRates(db, businessId, rows[0]!.location_id)).find((t) => t.id === id)!;
}

export async function saveCategory(
  db: Queryable,
  businessId: string,
  input: { id?: string; location_id?: string; name: string; color?: string | null; sort_order?: number },
): Promise<CategoryView> {
  const id = input.id ?? newId('cat');
  const { rowCount } = input.id
    ? await db.query('UPDATE categories SET name = $3, color = $4, sort_order = $5, updated_at = now() WHERE id = $1 AND business_id = $2', [
        id, businessId, input.name, input.color ?? null, input.sort_order ?? 0,
      ])
    : await db.query('INSERT INTO categories (id, business_id, location_id, name, color, sort_order) VALUES ($1, $2, $3, $4, $5, $6)', [
        id, businessId, input.location_id, input.name, input.color ?? null, input.sort_order ?? 0,
      ]);
  if (rowCount === 0) throw new ApiError('not_found', 'resource_missing', `No category with id "${id}".`, { param: 'id' });
  const { rows } = await db.query<{ location_id: string }>('SELECT location_id FROM categories WHERE id = $1', [id]);
  return (await listCategories(db, businessId, rows[0]!.location_id)).find((c) => c.id === id)!;
}

/** Creates or replaces a modifier group with its modifiers (ids kept for modifiers sent with an id). */
export async function saveModifierGroup(
  tx: Queryable,
  businessId: string,
  input: { id?: string; location_id?: string; name: string; min_select: number; max_select: number; modifiers: { id?: string; name: string; price_delta: number }[] },
): Promise<ModifierGroupView> {
  if (input.max_select < Math.max(1, input.min_select)) {
    throw new ApiError('invalid_request', 'parameter_invalid', 'max_select must be at least 1 and at least min_select.', { param: 'max_select' });
  }
  const id = input.id ?? newId('mgr');
  const { rowCount } = input.id
    ? await tx.query('UPDATE modifier_groups SET name = $3, min_select = $4, max_select = $5, updated_at = now() WHERE id = $1 AND business_id = $2', [
        id, businessId, input.name, input.min_select, input.max_select,
      ])
    : await tx.query('INSERT INTO modifier_groups (id, business_id, location_id, name, min_select, max_select) VALUES ($1, $2, $3, $4, $5, $6)', [
        id, businessId, input.location_id, input.name, input.min_select, input.max_select,
      ]);
  if (rowCount === 0) throw new ApiError('not_found', 'resource_missing', `No modifier group with id "${id}".`, { param: 'id' });
  const keep = input.modifiers.map((m) => m.id).filter((m): m is string => Boolean(m));
  // Past orders copy modifier names and prices into their lines, so removing a modifier loses nothing.
  await tx.query('DELETE FROM modifiers WHERE group_id = $1 AND NOT (id = ANY($2))', [id, keep]);
  for (const [i, m] of input.modifiers.entries()) {
    if (m.id) {
      const updated = await tx.query('UPDATE modifiers SET name = $3, price_delta = $4, sort_order = $5, updated_at = now() WHERE id = $1 AND group_id = $2', [
        m.id, id, m.name, m.price_delta, i,
      ]);
      if (updated.rowCount === 0) throw new ApiError('invalid_request', 'modifier_unknown', `No modifier "${m.id}" in this group.`, { param: `modifiers.${i}.id`, status: 422 });
    } else {
      await tx.query('INSERT INTO modifiers (id, business_id, group_id, name, price_delta, sort_order) VALUES ($1, $2, $3, $4, $5, $6)', [
        newId('mod'), businessId, id, m.name, m.price_delta, i,
      ]);
    }
  }
  const { rows } = await tx.query<{ location_id: string }>('SELECT location_id FROM modifier_groups WHERE id = $1', [id]);
  return (await listModifierGroups(tx, businessId, rows[0]!.location_id)).find((g) => g.id === id)!;
}
