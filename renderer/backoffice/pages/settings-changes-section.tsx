// Devices → "Settings changed at the tills": hardware saves and re-pairings made at a till, who made them
// and which manager approved with their PIN (settings.changed, synced from the tills; newest first).
import type { SettingsChangesView } from '../../../core/api/backoffice';
import { get } from '../api-client';
import { TableHead } from '../list-view';
import { ErrorBanner, Loading, dateTime, useLoad } from '../ui';

const KIND_LABELS: Record<SettingsChangesView['data'][number]['kind'], string> = { hardware: 'Hardware', pairing: 'Paired again' };

export function SettingsChangesSection() {
  const changes = useLoad(() => get<SettingsChangesView>('/settings-changes'), []);
  return (
    <section className="card" aria-labelledby="settings-changes-title">
      <h2 id="settings-changes-title">Settings changed at the tills</h2>
      <ErrorBanner error={changes.error} />
      {!changes.data ? (
        changes.error ? null : (
          <Loading what="settings changes" />
        )
      ) : changes.data.data.length === 0 ? (
        <p className="muted">No settings changed at a till yet.</p>
      ) : (
        <table className="table" aria-label="Settings changes">
          <TableHead columns={['When', 'Till', 'Change', 'By', 'Approved by']} />
          <tbody>
            {changes.data.data.map((c) => (
              <tr key={c.id} data-testid="settings-change">
                <td>{dateTime(c.occurred_at)}</td>
                <td>{c.device_name ?? c.device_id}</td>
                <td>
                  {KIND_LABELS[c.kind]}
                  <div className="small muted">{c.detail}</div>
                </td>
                <td>{c.staff_name ?? c.staff_id}</td>
                <td>{c.approved_by ? (c.approved_by_name ?? c.approved_by) : <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
