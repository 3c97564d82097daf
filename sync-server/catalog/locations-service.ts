// Location changes with their `location.updated` event (with previous_attributes), in the caller's
// transaction; API v1 and the back office both call this. Tills get the change on their next pull
// (the sync_changes trigger on locations).
import type { Location, LocationUpdate } from '../../core/api/locations';
import { ApiError } from '../http/api-error';
import { recordEvent } from '../events/outbox';
import type { Queryable } from '../storage/database';
import { toApiLocation, type LocationRow } from './locations-repository';
import { previousAttributes } from './products-repository';

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The location after the PATCH; null when the business has no such location. No event when nothing changed. */
export async function updateLocationWithEvent(tx: Queryable, businessId: string, id: string, patch: LocationUpdate): Promise<Location | null> {
  if (patch.timezone !== undefined && !isTimeZone(patch.timezone)) {
    throw new ApiError('invalid_request', 'timezone_invalid', `"${patch.timezone}" is not an IANA time zone (e.g. Europe/Berlin).`, {
      status: 422,
      param: 'timezone',
    });
  }
  const locked = await tx.query<LocationRow>('SELECT * FROM locations WHERE business_id = $1 AND id = $2 FOR UPDATE', [businessId, id]);
  if (!locked.rows[0]) return null;
  const before = locked.rows[0];
  const { rows } = await tx.query<LocationRow>(
    'UPDATE locations SET name = $2, address = $3, timezone = $4, cash_rounding = $5, updated_at = now() WHERE id = $1 RETURNING *',
    [
      id,
      patch.name ?? before.name,
      JSON.stringify(patch.address ?? before.address),
      patch.timezone ?? before.timezone,
      patch.cash_rounding ?? before.cash_rounding,
    ],
  );
  const [was, now] = [toApiLocation(before), toApiLocation(rows[0]!)];
  const previous = previousAttributes(was, now);
  if (Object.keys(previous).length > 0) {
    await recordEvent(tx, { businessId, type: 'location.updated', locationId: id, data: { object: now, previous_attributes: previous } });
  }
  return now;
}
