// The back office's views of a location's tax rates, categories and modifier groups (with how many
// products use each). Their writes are catalog-objects-service.ts, shared with API v1.
import type { CategoryView, ModifierGroupView, ModifierView, TaxRateView } from '../../core/api/backoffice';
import type { Queryable } from '../storage/database';

export async function listTaxRates(db: Queryable, businessId: string, locationId: string): Promise<TaxRateView[]> {
  const { rows } = await db.query<TaxRateView>(
    `SELECT t.id, t.location_id, t.name, t.rate_ppm,
            (SELECT count(*)::int FROM products p WHERE p.tax_rate_id = t.id AND p.deleted_at IS NULL) AS product_count
       FROM tax_rates t WHERE t.business_id = $1 AND t.location_id = $2 AND t.deleted_at IS NULL ORDER BY t.rate_ppm DESC, t.name`,
    [businessId, locationId],
  );
  return rows;
}

export async function listCategories(db: Queryable, businessId: string, locationId: string): Promise<CategoryView[]> {
  const { rows } = await db.query<CategoryView>(
    `SELECT c.id, c.location_id, c.name, c.color, c.sort_order,
            (SELECT count(*)::int FROM products p WHERE p.category_id = c.id AND p.deleted_at IS NULL) AS product_count
       FROM categories c WHERE c.business_id = $1 AND c.location_id = $2 AND c.deleted_at IS NULL ORDER BY c.sort_order, c.name`,
    [businessId, locationId],
  );
  return rows;
}

export async function listModifierGroups(db: Queryable, businessId: string, locationId: string): Promise<ModifierGroupView[]> {
  const groups = await db.query<Omit<ModifierGroupView, 'modifiers'>>(
    'SELECT id, location_id, name, min_select, max_select FROM modifier_groups WHERE business_id = $1 AND location_id = $2 AND deleted_at IS NULL ORDER BY name, id',
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
