// The catalog lists' query (location_id, updated_since, limit, cursor) as the repository's page
// filter, once the key is checked against the location asked for: products and the tax-rate,
// category and modifier-group lists read their query the same way.
import { LIST_LIMIT_DEFAULT } from '../../core/api/common';
import type { CatalogListFilter } from '../catalog/catalog-list';
import { assertLocationAccess, type ApiKeyPrincipal } from './api-auth';

export interface CatalogListQuery {
  location_id?: string | undefined;
  updated_since?: string | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** The filter for `key`'s business and locations; 403 when `location_id` is one the key may not read. */
export function catalogListFilter(key: ApiKeyPrincipal, query: CatalogListQuery): CatalogListFilter {
  if (query.location_id) assertLocationAccess(key, query.location_id);
  return {
    businessId: key.businessId,
    locationIds: key.locationIds,
    locationId: query.location_id,
    updatedSince: query.updated_since ? new Date(query.updated_since) : undefined,
    limit: query.limit ?? LIST_LIMIT_DEFAULT,
    cursor: query.cursor,
  };
}
