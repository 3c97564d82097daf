// Devices: pair a till with a one-time code, see when each till was last heard from and how far its
// sync got, revoke a lost till, read the mutations the server rejected and the settings changed at the tills.
import { useState } from 'react';
import type { DeviceView, RejectedMutationView } from '../../../core/api/backoffice';
import { get, post, query } from '../api-client';
import { locationName, useSession } from '../session';
import { ListView, TableHead, num } from '../list-view';
import { SettingsChangesSection } from './settings-changes-section';
import { ActionForm, Dialog, ErrorBanner, LocationSelect, Loading, Notice, PageHeader, StatusBadge, ago, dateTime, useAction, useLoad } from '../ui';

export function deviceBadge(d: DeviceView) {
  if (d.revoked_at) return <StatusBadge tone="neutral">Revoked</StatusBadge>;
  if (d.stale) return <StatusBadge tone="warn">Not seen recently</StatusBadge>;
  return <StatusBadge tone="ok">Online</StatusBadge>;
}

export function DevicesPage() {
  const session = useSession();
  const devices = useLoad(() => get<{ data: DeviceView[] }>('/devices'), []);
  const [pairing, setPairing] = useState(false);
  const [rejectedFor, setRejectedFor] = useState<DeviceView | null>(null);
  const revoke = useAction();

  const doRevoke = async (d: DeviceView) => {
    if (!window.confirm(`Revoke "${d.name}"? The till stops syncing at once and must be paired again. Sales it has not synced stay on that till.`)) return;
    await revoke.run(() => post(`/devices/${encodeURIComponent(d.id)}/revoke`));
    devices.reload();
  };

  return (
    <>
      <PageHeader title="Devices">
        <button type="button" className="button-primary" onClick={() => setPairing(true)}>
          Pair a till
        </button>
      </PageHeader>
      <ListView list={devices} what="devices" empty="No tills paired yet. Use “Pair a till” and type the code on the till." error={revoke.error}>
        {({ data }) => (
          <section className="card">
            <table className="table" aria-label="Devices">
              <TableHead columns={['Name', 'Location', 'Status', 'Last seen', 'Last sale synced', num('Synced up to'), 'Rejected']} actions />
              <tbody>
                {data.map((d) => (
                  <tr key={d.id}>
                    <td>
                      {d.name}
                      {d.livemode ? null : <span className="test-badge">test mode</span>}
                      <div className="small muted mono">{d.id}</div>
                    </td>
                    <td>{locationName(session, d.location_id)}</td>
                    <td>{deviceBadge(d)}</td>
                    <td title={dateTime(d.last_seen_at)}>{ago(d.last_seen_at)}</td>
                    <td title={dateTime(d.last_mutation_at)}>{ago(d.last_mutation_at)}</td>
                    <td className="num">#{d.last_seq}</td>
                    <td>
                      {d.rejected_count > 0 ? (
                        <button type="button" className="button-small button-danger" onClick={() => setRejectedFor(d)}>
                          {d.rejected_count} rejected
                        </button>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>
                      {d.revoked_at ? (
                        <span className="small muted">{dateTime(d.revoked_at)}</span>
                      ) : (
                        <button type="button" className="button-danger button-small" disabled={revoke.busy} onClick={() => void doRevoke(d)}>
                          Revoke<span className="visually-hidden"> {d.name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </ListView>
      <SettingsChangesSection />
      <Dialog title="Pair a till" open={pairing} onClose={() => setPairing(false)}>
        <PairForm onDone={() => devices.reload()} />
      </Dialog>
      <Dialog title={`Rejected mutations — ${rejectedFor?.name ?? ''}`} open={rejectedFor !== null} onClose={() => setRejectedFor(null)}>
        {rejectedFor ? <RejectedList deviceId={rejectedFor.id} /> : null}
      </Dialog>
    </>
  );
}

function PairForm({ onDone }: { onDone: () => void }) {
  const session = useSession();
  const [location, setLocation] = useState(session.locations[0]?.id ?? '');
  const [code, setCode] = useState<{ code: string; expires_at: string; livemode: boolean } | null>(null);
  const [testMode, setTestMode] = useState(false);
  const { busy, error, run } = useAction();

  const submit = async () => {
    const created = await run(() =>
      post<{ code: string; expires_at: string; livemode: boolean }>('/devices/pairing-codes', { location_id: location, livemode: !testMode }),
    );
    if (created) {
      setCode(created);
      onDone();
    }
  };

  return (
    <ActionForm onSubmit={submit} error={error} busy={busy} submitLabel={code ? 'New code' : 'Create pairing code'}>
      <label htmlFor="pair-location">Location</label>
      <LocationSelect id="pair-location" value={location} onChange={setLocation} />
      <label className="check">
        <input type="checkbox" checked={testMode} onChange={(e) => setTestMode(e.target.checked)} data-testid="pair-test-mode" />
        Test mode (the till shows TEST MODE; its sales are test data and never count in live reports)
      </label>
      {code ? (
        <Notice>
          {code.livemode ? null : <span className="test-badge">test mode</span>} Type this code on the till:{' '}
          <strong className="mono pairing-code">{code.code}</strong>
          <div className="small">Valid once, until {dateTime(code.expires_at)}.</div>
        </Notice>
      ) : null}
    </ActionForm>
  );
}

function RejectedList({ deviceId }: { deviceId: string }) {
  const rejected = useLoad(() => get<{ data: RejectedMutationView[] }>(`/rejected-mutations${query({ device_id: deviceId })}`), [deviceId]);
  return (
    <>
      <ErrorBanner error={rejected.error} />
      {rejected.data ? (
        <table className="table">
          <TableHead columns={['Seq', 'Type', 'Occurred', 'Reason']} />
          <tbody>
            {rejected.data.data.map((r) => (
              <tr key={r.id}>
                <td>#{r.seq}</td>
                <td className="mono">{r.type}</td>
                <td>{dateTime(r.occurred_at)}</td>
                <td>
                  <span className="mono">{r.error_code}</span> — {r.error_message}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Loading what="rejected mutations" />
      )}
    </>
  );
}
