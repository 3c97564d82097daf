// Settings changes made at the tills (`settings.changed`, guarded action `settings`): stored as an audit
// record with who changed what and which manager approved, listed in the back office (Devices).
import type { SettingsChangesView } from '../../core/api/backoffice';
import { err, ok, type Result } from '../../core/result';
import type { SettingsChangeRecord } from '../../core/sync/mutations';
import type { Database, Queryable } from '../storage/database';
import type { DevicePrincipal } from './devices';

export async function applySettingsChange(tx: Queryable, device: DevicePrincipal, change: SettingsChangeRecord): Promise<Result<null>> {
  const { rowCount } = await tx.query(
    `INSERT INTO till_settings_changes (id, business_id, location_id, device_id, kind, detail, staff_id, approved_by, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
    [change.id, device.businessId, device.locationId, device.id, change.kind, change.detail, change.staff_id, change.approved_by, change.created_at],
  );
  return rowCount === 1 ? ok(null) : err('settings_change_exists', `A settings change ${change.id} already exists.`);
}

/** The latest settings changes of the business, newest first, with the names of the till, the staff member and the approver. */
export async function listSettingsChanges(db: Database, businessId: string, limit = 100): Promise<SettingsChangesView> {
  const { rows } = await db.query<{
    id: string;
    location_id: string;
    device_id: string;
    device_name: string | null;
    kind: 'hardware' | 'pairing';
    detail: string;
    staff_id: string;
    staff_name: string | null;
    approved_by: string | null;
    approved_by_name: string | null;
    occurred_at: Date;
  }>(
    `SELECT c.id, c.location_id, c.device_id, d.name AS device_name, c.kind, c.detail, c.staff_id, s.name AS staff_name,
            c.approved_by, a.name AS approved_by_name, c.occurred_at
       FROM till_settings_changes c
       LEFT JOIN devices d ON d.id = c.device_id AND d.business_id = c.business_id
       LEFT JOIN staff s ON s.id = c.staff_id AND s.business_id = c.business_id
       LEFT JOIN staff a ON a.id = c.approved_by AND a.business_id = c.business_id
      WHERE c.business_id = $1
      ORDER BY c.occurred_at DESC, c.id DESC
      LIMIT $2`,
    [businessId, limit],
  );
  return { data: rows.map((r) => ({ ...r, occurred_at: new Date(r.occurred_at).toISOString() })) };
}
