// Locations as API v1 objects.
import type { Location } from '../../core/api/locations';
import type { ListPage } from '../../core/api/common';
import type { Queryable } from '../storage/database';
import { decodeListCursor, encodeListCursor } from '../http/list-cursor';
import type { TaxMode } from '../../core/schema-primitives';

export interface LocationRow {
  id: string;
  business_id: string;
  name: string;
  address: Record<string, string>;
  timezone: string;
  currency: string;
  tax_mode: TaxMode;
  cash_rounding: number;
  receipt_header: string;
  receipt_footer: string;
  created_at: Date;
  updated_at: Date;
}

export function toApiLocation(row: LocationRow): Location {
  return {
    id: row.id,
    object: 'location',
    name: row.name,
    address: row.address,
    timezone: row.timezone,
    currency: row.currency,
    tax_mode: row.tax_mode,
    cash_rounding: row.cash_rounding,
    created_at: new Date(row.created_at).toISOString(),
    updated_at: new Date(row.updated_at).toISOString(),
  };
}

export async function getLocationRow(q: Queryable, businessId: string, id: string): Promise<LocationRow | null> {
  const { rows } = await q.query<LocationRow>('SELECT * FROM locations WHERE business_id = $1 AND id = $2', [businessId, id]);
  return rows[0] ?? null;
}

export async function listLocations(
  q: Queryable,
  filter: { businessId: string; locationIds: string[] | 'all'; limit: number; cursor?: string | undefined },
): Promise<ListPage<Location>> {
  const params: unknown[] = [filter.businessId];
  const where = ['business_id = $1'];
  if (filter.locationIds !== 'all') {
    params.push(filter.locationIds);
    where.push(`id = ANY($${params.length}::text[])`);
  }
  if (filter.cursor) {
    params.push(decodeListCursor(filter.cursor));
    where.push(`id > $${params.length}`);
  }
  params.push(filter.limit + 1);
  const { rows } = await q.query<LocationRow>(`SELECT * FROM locations WHERE ${where.join(' AND ')} ORDER BY id LIMIT $${params.length}`, params);
  const page = rows.slice(0, filter.limit);
  const hasMore = rows.length > filter.limit;
  return { object: 'list', data: page.map(toApiLocation), has_more: hasMore, next_cursor: hasMore ? encodeListCursor(page[page.length - 1]!.id) : null };
}
