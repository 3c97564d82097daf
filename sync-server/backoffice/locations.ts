// Location checks shared by the back office routes: every id a manager sends must belong to their business.
import { ApiError } from '../http/api-error';
import type { Queryable } from '../storage/database';

export async function assertLocationsOfBusiness(db: Queryable, businessId: string, ids: string[], param: string): Promise<void> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM locations WHERE business_id = $1 AND id = ANY($2)', [businessId, ids]);
  const known = new Set(rows.map((r) => r.id));
  const missing = ids.find((id) => !known.has(id));
  if (missing !== undefined) {
    throw new ApiError('invalid_request', 'location_unknown', `No location with id "${missing}" in this business.`, { param, status: 422 });
  }
}
