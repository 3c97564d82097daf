// The one page query of the catalog's API lists (products, tax rates, categories, modifier groups):
// the business's live rows, optionally of some locations or changed since a time, in id order after
// the cursor, one row more than the page to tell whether another page follows.
import { decodeListCursor } from '../http/list-cursor';

export interface CatalogListFilter {
  businessId: string;
  locationIds: string[] | 'all';
  locationId?: string | undefined;
  updatedSince?: Date | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** `WHERE … ORDER BY id LIMIT …` for `filter` on the table aliased `alias` (or unaliased), with its parameters. */
export function catalogPageClause(filter: CatalogListFilter, alias = ''): { sql: string; params: unknown[] } {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  const where = [`${column('business_id')} = $1`, `${column('deleted_at')} IS NULL`];
  const params: unknown[] = [filter.businessId];
  const add = (sql: string, value: unknown): void => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.locationIds !== 'all') add(`${column('location_id')} = ANY(?::text[])`, filter.locationIds);
  if (filter.locationId) add(`${column('location_id')} = ?`, filter.locationId);
  if (filter.updatedSince) add(`${column('updated_at')} >= ?`, filter.updatedSince);
  if (filter.cursor) add(`${column('id')} > ?`, decodeListCursor(filter.cursor));
  params.push(filter.limit + 1);
  return { sql: `WHERE ${where.join(' AND ')} ORDER BY ${column('id')} LIMIT $${params.length}`, params };
}
