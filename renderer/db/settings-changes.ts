// Settings changed at this till (hardware saved, paired again), with who changed them and the manager
// who approved (guarded action `settings`), queued as a `settings.changed` mutation: the cloud keeps the
// audit record and the back office lists it (Devices). The outbox row is the till's copy until synced.
import { newId } from '../../core/ids';
import type { SettingsChangeRecord } from '../../core/sync/mutations';
import { appendMutation } from './outbox';
import type { TillDb } from './till-db';

export async function recordSettingsChange(
  db: TillDb,
  input: { kind: SettingsChangeRecord['kind']; detail: string; staffId: string; approvedBy: string | null; at?: string },
): Promise<SettingsChangeRecord> {
  const change: SettingsChangeRecord = {
    id: newId('stc'),
    kind: input.kind,
    detail: input.detail.slice(0, 1000),
    staff_id: input.staffId,
    approved_by: input.approvedBy,
    created_at: input.at ?? new Date().toISOString(),
  };
  await db.transaction('rw', [db.settings, db.outbox], () => appendMutation(db, 'settings.changed', { change }, change.created_at));
  return change;
}

/**
 * What a hardware save changed, in words: each device whose settings differ ("printer: tcp://10.0.0.5:9100,
 * scale"), or "no change". Addresses are shown; tokens and other options are only named.
 */
export function hardwareChangeDetail(before: object | null, after: object): string {
  const was = (before ?? {}) as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const changed = Object.keys(now).filter((key) => JSON.stringify(was[key]) !== JSON.stringify(now[key]));
  if (changed.length === 0) return 'no change';
  return changed
    .map((key) => {
      const device = now[key] as { uri?: unknown; url?: unknown } | null;
      const address = typeof device?.uri === 'string' ? device.uri : typeof device?.url === 'string' ? device.url : null;
      return address ? `${key}: ${address}` : key;
    })
    .join(', ');
}
