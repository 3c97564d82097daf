// The device list with sync progress and revoking a device (its token stops working at once), over
// the sync tables; the back office lists and revokes devices through these.
import type { DeviceView } from '../../core/api/backoffice';
import type { Queryable } from '../storage/database';

/** A till that has not been heard from for this long counts as stale on the dashboard. */
export const STALE_AFTER_MS = 15 * 60_000;

interface DeviceRow {
  id: string;
  name: string;
  location_id: string;
  created_at: Date;
  last_seen_at: Date | null;
  revoked_at: Date | null;
  last_seq: number | null;
  last_mutation_at: Date | null;
  rejected_count: number;
  livemode: boolean;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export async function listDevices(db: Queryable, businessId: string): Promise<DeviceView[]> {
  const { rows } = await db.query<DeviceRow>(
    `SELECT d.id, d.name, d.location_id, d.created_at, d.last_seen_at, d.revoked_at, d.livemode, s.last_seq,
            (SELECT max(received_at) FROM sync_mutations m WHERE m.device_id = d.id) AS last_mutation_at,
            (SELECT count(*)::int FROM sync_mutations m WHERE m.device_id = d.id AND m.status = 'rejected') AS rejected_count
       FROM devices d LEFT JOIN device_sync_state s ON s.device_id = d.id
      WHERE d.business_id = $1
      ORDER BY d.revoked_at IS NOT NULL, d.location_id, d.name, d.id`,
    [businessId],
  );
  const now = Date.now();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    location_id: r.location_id,
    created_at: iso(r.created_at)!,
    last_seen_at: iso(r.last_seen_at),
    revoked_at: iso(r.revoked_at),
    last_seq: r.last_seq ?? 0,
    last_mutation_at: iso(r.last_mutation_at),
    rejected_count: r.rejected_count,
    livemode: r.livemode,
    stale: !r.revoked_at && (!r.last_seen_at || now - new Date(r.last_seen_at).getTime() > STALE_AFTER_MS),
  }));
}

/** Revokes a device of this business; revoking twice keeps the first time. Null when there is no such device. */
export async function revokeDevice(db: Queryable, businessId: string, id: string): Promise<DeviceView | null> {
  const { rowCount } = await db.query('UPDATE devices SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 AND business_id = $2', [id, businessId]);
  if (rowCount === 0) return null;
  return (await listDevices(db, businessId)).find((d) => d.id === id) ?? null;
}
