// Settings: the cloud connection (server, pairing, sync state, rejected mutations), the hardware
// connection (Electron or bridge) and each device's configuration with a "test" button. Hardware saves and
// re-pairing are recorded with the approver the screen was opened with (settings.changed, synced).
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_HARDWARE_CONFIG, type BridgeConfig, type HardwareConfig, type HardwareDevice, type ScaleProtocol } from '../../../core/hardware-contract';
import type { SettingsChangeRecord } from '../../../core/sync/mutations';
import { listPendingCardPayments } from '../../db/carts';
import { hardwareChangeDetail, recordSettingsChange } from '../../db/settings-changes';
import { resolvePendingCardPayments } from '../checkout';
import { getSetting } from '../../db/till-db';
import { saveBridgeSettings } from '../../hardware/till-hardware';
import { useLocation, useServices, useSyncStatus } from '../services';
import { ApprovalDialog, needsApproval } from '../components/approval-dialog';
import { useI18n } from '../i18n/use-i18n';
import { useTill } from '../till-store';
import { usePersistentStorage } from '../use-persistent-storage';

/** Whether the browser keeps the till's data under storage pressure, and a way to ask again. */
function StorageRow() {
  const { t } = useI18n();
  const { persistent, askAgain } = usePersistentStorage();
  if (persistent === null) return null;
  return (
    <tr data-testid="storage-state">
      <td>{t('settings.storage')}</td>
      <td>
        <span style={persistent ? undefined : { color: 'var(--bad)' }}>{t(persistent ? 'settings.storagePersistent' : 'settings.storageRefused')}</span>
        {!persistent && (
          <>
            {' '}
            <button type="button" className="btn" onClick={() => void askAgain()}>
              {t('settings.storageAsk')}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

/** Records a settings change made on this screen (kind, what changed) with the approver it was opened with. */
type SettingsAudit = (kind: SettingsChangeRecord['kind'], detail: string) => Promise<void>;

function PairingCard({ audit }: { audit: SettingsAudit }) {
  const { db, sync, sameOriginSync } = useServices();
  const status = useSyncStatus();
  const pairing = useLiveQuery(() => getSetting(db, 'pairing'), [db]);
  const location = useLiveQuery(() => getSetting(db, 'location'), [db]);
  const [server, setServer] = useState(() => window.location.origin);
  const [code, setCode] = useState('');
  const [name, setName] = useState('Till 1');
  const [message, setMessage] = useState<string | null>(null);

  return (
    <section className="card" aria-label="Cloud connection">
      <h3>Cloud connection</h3>
      {pairing ? (
        <table className="list">
          <tbody>
            <tr>
              <td>Server</td>
              <td>{pairing.server_url}</td>
            </tr>
            <tr>
              <td>Location</td>
              <td>{location?.name}</td>
            </tr>
            <tr>
              <td>Device</td>
              <td className="wrap-anywhere">
                {pairing.device_name} ({pairing.device_id})
              </td>
            </tr>
            <tr>
              <td>Status</td>
              <td>
                {status.online ? 'online' : 'offline'}, {status.unsyncedCount} unsynced, {status.rejected} rejected
                {status.lastSyncAt ? `, last sync ${new Date(status.lastSyncAt).toLocaleTimeString()}` : ''}
              </td>
            </tr>
            <StorageRow />
            {status.lastError && (
              <tr>
                <td>Last error</td>
                <td className="error-text">{status.lastError}</td>
              </tr>
            )}
          </tbody>
        </table>
      ) : (
        <p>This till is not paired. Create a pairing code in the back office (Devices) and enter it here.</p>
      )}
      <button type="button" className="btn" onClick={() => void sync.syncNow()}>
        Sync now
      </button>
      <form
        style={{ display: 'grid', gap: 8 }}
        onSubmit={async (e) => {
          e.preventDefault();
          setMessage('Pairing…');
          const result = await sync.pair(code, { serverUrl: server, deviceName: name });
          setMessage(result.ok ? `Paired as ${result.value.device_id}.` : result.error.message);
          if (result.ok) {
            setCode('');
            // Into the new pairing's outbox: the old one had to be empty to pair again.
            await audit('pairing', `paired again as "${result.value.device_name}" (${result.value.device_id}) with ${result.value.server_url}`);
          }
        }}
      >
        {sameOriginSync ? (
          <p style={{ margin: 0, color: 'var(--muted)' }}>The cloud is reached through this page&apos;s server ({window.location.host}).</p>
        ) : (
          <label className="field">
            <span>Server URL</span>
            <input className="input" value={server} onChange={(e) => setServer(e.target.value)} aria-label="Server URL" />
          </label>
        )}
        <label className="field">
          <span>Pairing code</span>
          <input className="input" value={code} onChange={(e) => setCode(e.target.value)} aria-label="Pairing code" />
        </label>
        <label className="field">
          <span>Device name</span>
          <input className="input" value={name} onChange={(e) => setName(e.target.value)} aria-label="Device name" />
        </label>
        <button type="submit" className="btn primary" disabled={code.trim().length < 4}>
          {pairing ? 'Pair again' : 'Pair this till'}
        </button>
        {message && <p role="status">{message}</p>}
      </form>
    </section>
  );
}

function RejectedCard() {
  const { db } = useServices();
  const rejected = useLiveQuery(() => db.rejected.orderBy('seq').toArray(), [db]) ?? [];
  if (rejected.length === 0) return null;
  return (
    <section className="card" aria-label="Rejected" id="rejected">
      <h3>Rejected by the cloud ({rejected.length})</h3>
      <p style={{ margin: 0 }}>Kept here and in the back office; a manager decides what to do with each.</p>
      <table className="list">
        <tbody>
          {rejected.map((r) => (
            <tr key={r.id}>
              <td>#{r.seq}</td>
              <td>{r.type}</td>
              <td className="error-text">{r.error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const DEVICES: { device: HardwareDevice; label: string }[] = [
  { device: 'printer', label: 'Receipt printer' },
  { device: 'drawer', label: 'Cash drawer' },
  { device: 'terminal', label: 'Card terminal (ZVT)' },
  { device: 'display', label: 'Customer display' },
  { device: 'scanner', label: 'Serial scanner' },
];

const NO_BRIDGE: BridgeConfig = { host: '', port: 17_020, token: '', allowedOrigins: [] };

function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The serial scale for goods sold by weight: its port and protocol (saved with the device settings). */
export function ScaleFields({ config, onChange }: { config: HardwareConfig | null; onChange: (scale: { uri: string; protocol: ScaleProtocol }) => void }) {
  const scale = { uri: config?.scale?.uri ?? '', protocol: config?.scale?.protocol ?? ('toledo' as ScaleProtocol) };
  return (
    <div style={{ display: 'grid', gap: 6, borderTop: '1px solid var(--line)', paddingTop: 8 }}>
      <strong>Scale (goods sold by weight)</strong>
      <div className="segmented">
        <input
          className="input"
          aria-label="Scale address"
          placeholder="serial:/dev/ttyUSB1?baud=9600 (empty: no scale)"
          value={scale.uri}
          disabled={!config}
          onChange={(e) => onChange({ ...scale, uri: e.target.value })}
        />
        <select className="input" aria-label="Scale protocol" value={scale.protocol} disabled={!config} onChange={(e) => onChange({ ...scale, protocol: e.target.value as ScaleProtocol })}>
          <option value="toledo">Toledo 8217</option>
          <option value="dialog06">Dialog 06</option>
        </select>
      </div>
    </div>
  );
}

/** The bridge on a LAN address of this PC, for a browser till on a tablet (saved with the device settings). */
export function LanBridgeFields({ config, onChange }: { config: HardwareConfig | null; onChange: (bridge: BridgeConfig) => void }) {
  const { hardware } = useServices();
  const [addresses, setAddresses] = useState<{ address: string; interface: string }[]>([]);
  useEffect(() => {
    void hardware.client.send('hardware:list-addresses', {}).then((r) => r.ok && setAddresses(r.value.addresses));
  }, [hardware]);
  const b = config?.bridge ?? NO_BRIDGE;
  const set = (patch: Partial<BridgeConfig>) => onChange({ ...b, ...patch });
  return (
    <div style={{ display: 'grid', gap: 6, borderTop: '1px solid var(--line)', paddingTop: 8 }}>
      <strong>Bridge for a tablet till</strong>
      <select className="input" aria-label="Bridge address" value={b.host} disabled={!config} onChange={(e) => set({ host: e.target.value, token: b.token || newToken() })}>
        <option value="">Off</option>
        {addresses.map((a) => (
          <option key={a.address} value={a.address}>
            {a.address} ({a.interface})
          </option>
        ))}
      </select>
      {b.host !== '' && (
        <>
          <input className="input" aria-label="Bridge port" inputMode="numeric" value={b.port} onChange={(e) => set({ port: Number(e.target.value) || 0 })} />
          <div className="segmented">
            <input className="input" aria-label="Bridge token" readOnly value={b.token} />
            <button type="button" className="btn" onClick={() => set({ token: newToken() })}>
              Generate
            </button>
          </div>
          <input
            className="input"
            aria-label="Tablet till origin"
            placeholder="Origin the tablet loads the till from, e.g. https://pos.example.com"
            value={b.allowedOrigins.join(' ')}
            onChange={(e) => set({ allowedOrigins: e.target.value.split(/\s+/).filter(Boolean) })}
          />
          <span>
            On the tablet: bridge URL http://{b.host.includes(':') ? `[${b.host}]` : b.host}:{b.port} and this token.
          </span>
        </>
      )}
    </div>
  );
}

function HardwareCard({ audit }: { audit: SettingsAudit }) {
  const { db, hardware } = useServices();
  const notify = useTill((s) => s.notify);
  const [config, setConfig] = useState<HardwareConfig | null>(null);
  /** the settings as last loaded or saved, to say what a save changed */
  const [saved, setSaved] = useState<HardwareConfig | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [results, setResults] = useState<Partial<Record<HardwareDevice, string>>>({});
  const [bridgeUrl, setBridgeUrl] = useState(hardware.bridge?.url ?? '');
  const [bridgeToken, setBridgeToken] = useState(hardware.bridge?.token ?? '');
  const pending = useLiveQuery(() => listPendingCardPayments(db), [db]) ?? [];

  useEffect(() => {
    void hardware.client.send('hardware:get-config', {}).then((r) => {
      if (r.ok) {
        setConfig(r.value);
        setSaved(r.value);
      } else setLoadError(r.error.message);
    });
  }, [hardware]);

  const update = <K extends keyof HardwareConfig>(device: K, patch: Partial<HardwareConfig[K]>) => {
    setConfig((c) => (c ? { ...c, [device]: { ...c[device], ...patch } } : c));
  };
  const save = async () => {
    if (!config) return;
    const r = await hardware.client.send('hardware:set-config', config);
    if (r.ok) {
      await audit('hardware', hardwareChangeDetail(saved, r.value));
      setSaved(r.value);
      setConfig(r.value);
      notify('success', 'Device settings saved.');
    } else notify('error', r.error.message);
  };
  const test = async (device: HardwareDevice) => {
    setResults((x) => ({ ...x, [device]: 'Testing…' }));
    const r = await hardware.client.send('hardware:test-device', { device });
    setResults((x) => ({ ...x, [device]: r.ok ? `${r.value.success ? '✓' : '✗'} ${r.value.message}` : `✗ ${r.error.message}` }));
  };
  const resolvePending = async () => {
    notify('info', (await resolvePendingCardPayments(db, hardware.client)) ?? 'Nothing pending.');
  };

  const c = config ?? DEFAULT_HARDWARE_CONFIG;
  return (
    <section className="card wide" aria-label="Hardware">
      <h3>Hardware</h3>
      <p style={{ margin: 0 }}>
        Connection: <strong>{hardware.kind === 'electron' ? 'this app (Electron)' : hardware.kind === 'bridge' ? `hardware bridge ${hardware.bridge?.url}` : 'none'}</strong>
      </p>
      {hardware.kind !== 'electron' && (
        <form
          style={{ display: 'grid', gap: 8 }}
          onSubmit={(e) => {
            e.preventDefault();
            saveBridgeSettings(bridgeUrl ? { url: bridgeUrl, token: bridgeToken } : null, window.localStorage);
            window.location.reload();
          }}
        >
          <input className="input" placeholder="Bridge URL, e.g. http://127.0.0.1:7070" aria-label="Bridge URL" value={bridgeUrl} onChange={(e) => setBridgeUrl(e.target.value)} />
          <input className="input" type="password" autoComplete="off" placeholder="Bridge token" aria-label="Bridge token" value={bridgeToken} onChange={(e) => setBridgeToken(e.target.value)} />
          <button type="submit" className="btn">
            Use this bridge
          </button>
        </form>
      )}
      {loadError && <p className="error-text">{loadError}</p>}
      <table className="list devices" aria-label="Devices">
        <thead>
          <tr>
            <th>Device</th>
            <th>Address</th>
            <th>Options</th>
            <th>Test</th>
          </tr>
        </thead>
        <tbody>
          {DEVICES.map(({ device, label }) => (
            <tr key={device}>
              <th scope="row">{label}</th>
              <td>
                {device !== 'drawer' && (
                  <input
                    className="input"
                    aria-label={`${label} address`}
                    placeholder="tcp://HOST:PORT or serial:/dev/ttyUSB0?baud=9600"
                    value={c[device].uri}
                    disabled={!config}
                    onChange={(e) => update(device, { uri: e.target.value })}
                  />
                )}
                {device === 'drawer' && (
                  <label>
                    <input type="checkbox" checked={c.printer.drawer} disabled={!config} onChange={(e) => update('printer', { drawer: e.target.checked })} /> Drawer on the printer&apos;s kick port
                  </label>
                )}
              </td>
              <td>
                {device === 'printer' && (
                  <div className="segmented">
                    <select className="input" aria-label="Paper width" value={c.printer.width} disabled={!config} onChange={(e) => update('printer', { width: Number(e.target.value) as 42 | 32 })}>
                      <option value={42}>80 mm (42 columns)</option>
                      <option value={32}>58 mm (32 columns)</option>
                    </select>
                    <select className="input" aria-label="Printer model" value={c.printer.model} disabled={!config} onChange={(e) => update('printer', { model: e.target.value as 'epson' | 'star' })}>
                      <option value="epson">Epson</option>
                      <option value="star">Star</option>
                    </select>
                  </div>
                )}
              </td>
              <td className="test-cell">
                <button type="button" className="btn" onClick={() => void test(device)} data-testid={`test-${device}`}>
                  Test
                </button>
                {results[device] && <span role="status">{results[device]}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ScaleFields config={config} onChange={(scale) => setConfig((x) => (x ? { ...x, scale } : x))} />
      <LanBridgeFields config={config} onChange={(bridge) => setConfig((x) => (x ? { ...x, bridge } : x))} />
      <button type="button" className="btn primary" disabled={!config} onClick={() => void save()}>
        Save device settings
      </button>
      {pending.length > 0 && (
        <div style={{ display: 'grid', gap: 6 }}>
          <strong className="error-text">{pending.length} card payment(s) with an unknown outcome</strong>
          <button type="button" className="btn" onClick={() => void resolvePending()}>
            Resolve card payments with the terminal
          </button>
        </div>
      )}
    </section>
  );
}

/**
 * Settings change how the till prints, pays and syncs (and re-pairing moves it to another
 * location): a role that may not open them alone needs a manager's PIN each time they are opened.
 */
export function SettingsScreen() {
  const { db } = useServices();
  const location = useLocation();
  const staff = useTill((s) => s.staff);
  const go = useTill((s) => s.go);
  const { t } = useI18n();
  const [approved, setApproved] = useState(false);
  const [approvedBy, setApprovedBy] = useState<string | null>(null);
  const audit: SettingsAudit = async (kind, detail) => {
    if (!staff) return;
    await recordSettingsChange(db, { kind, detail, staffId: staff.id, approvedBy });
  };
  if (location && staff && !approved && needsApproval(staff.role, 'settings', location.role_permissions)) {
    return (
      <main className="page" data-testid="settings-locked">
        <ApprovalDialog
          db={db}
          action="settings"
          role={staff.role}
          permissions={location.role_permissions}
          title={t('settings.approvalTitle')}
          confirmLabel={t('settings.approvalTitle')}
          confirm={false}
          onClose={() => go('sell')}
          onConfirm={(approver) => {
            setApprovedBy(approver);
            setApproved(true);
          }}
        />
      </main>
    );
  }
  return (
    <main className="page" data-testid="settings-screen">
      <h2>Settings</h2>
      <div className="cards stack">
        <PairingCard audit={audit} />
        <RejectedCard />
        <HardwareCard audit={audit} />
      </div>
    </main>
  );
}
