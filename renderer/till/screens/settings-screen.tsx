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
import { errorText } from '../i18n/error-text';
import type { TillMessageKey } from '../i18n/messages';
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
  const { t, time } = useI18n();
  const pairing = useLiveQuery(() => getSetting(db, 'pairing'), [db]);
  const location = useLiveQuery(() => getSetting(db, 'location'), [db]);
  const [server, setServer] = useState(() => window.location.origin);
  const [code, setCode] = useState('');
  const [name, setName] = useState(() => t('settings.defaultDeviceName'));
  const [message, setMessage] = useState<string | null>(null);

  return (
    <section className="card" aria-label={t('settings.cloud')}>
      <h3>{t('settings.cloud')}</h3>
      {pairing ? (
        <table className="list">
          <tbody>
            <tr>
              <td>{t('settings.server')}</td>
              <td>{pairing.server_url}</td>
            </tr>
            <tr>
              <td>{t('settings.location')}</td>
              <td>{location?.name}</td>
            </tr>
            <tr>
              <td>{t('settings.device')}</td>
              <td className="wrap-anywhere">
                {pairing.device_name} ({pairing.device_id})
              </td>
            </tr>
            <tr>
              <td>{t('settings.status')}</td>
              <td>
                {t('settings.statusLine', { state: t(status.online ? 'settings.online' : 'settings.offline'), unsynced: status.unsyncedCount, rejected: status.rejected })}
                {status.lastSyncAt ? t('settings.lastSync', { time: time(new Date(status.lastSyncAt).toISOString()) }) : ''}
              </td>
            </tr>
            <StorageRow />
            {status.lastError && (
              <tr>
                <td>{t('settings.lastError')}</td>
                <td className="error-text">{status.lastError}</td>
              </tr>
            )}
          </tbody>
        </table>
      ) : (
        <p>{t('settings.notPaired')}</p>
      )}
      <button type="button" className="btn" onClick={() => void sync.syncNow()}>
        {t('settings.syncNow')}
      </button>
      <form
        style={{ display: 'grid', gap: 8 }}
        onSubmit={async (e) => {
          e.preventDefault();
          setMessage(t('settings.pairing'));
          const result = await sync.pair(code, { serverUrl: server, deviceName: name });
          setMessage(result.ok ? t('settings.pairedAs', { device: result.value.device_id }) : errorText(result.error, t));
          if (result.ok) {
            setCode('');
            // Into the new pairing's outbox: the old one had to be empty to pair again.
            await audit('pairing', `paired again as "${result.value.device_name}" (${result.value.device_id}) with ${result.value.server_url}`);
          }
        }}
      >
        {sameOriginSync ? (
          <p style={{ margin: 0, color: 'var(--muted)' }}>{t('settings.sameOrigin', { host: window.location.host })}</p>
        ) : (
          <label className="field">
            <span>{t('settings.serverUrl')}</span>
            <input className="input" value={server} onChange={(e) => setServer(e.target.value)} aria-label={t('settings.serverUrl')} />
          </label>
        )}
        <label className="field">
          <span>{t('settings.pairingCode')}</span>
          <input className="input" value={code} onChange={(e) => setCode(e.target.value)} aria-label={t('settings.pairingCode')} />
        </label>
        <label className="field">
          <span>{t('settings.deviceName')}</span>
          <input className="input" value={name} onChange={(e) => setName(e.target.value)} aria-label={t('settings.deviceName')} />
        </label>
        <button type="submit" className="btn primary" disabled={code.trim().length < 4}>
          {t(pairing ? 'settings.pairAgain' : 'settings.pairThis')}
        </button>
        {message && <p role="status">{message}</p>}
      </form>
    </section>
  );
}

function RejectedCard() {
  const { db } = useServices();
  const { t } = useI18n();
  const rejected = useLiveQuery(() => db.rejected.orderBy('seq').toArray(), [db]) ?? [];
  if (rejected.length === 0) return null;
  return (
    <section className="card" aria-label={t('settings.rejectedLabel')} id="rejected">
      <h3>{t('settings.rejected', { count: rejected.length })}</h3>
      <p style={{ margin: 0 }}>{t('settings.rejectedHelp')}</p>
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

const DEVICES: { device: HardwareDevice; label: TillMessageKey }[] = [
  { device: 'printer', label: 'settings.device.printer' },
  { device: 'drawer', label: 'settings.device.drawer' },
  { device: 'terminal', label: 'settings.device.terminal' },
  { device: 'display', label: 'settings.device.display' },
  { device: 'scanner', label: 'settings.device.scanner' },
];

const NO_BRIDGE: BridgeConfig = { host: '', port: 17_020, token: '', allowedOrigins: [] };

function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The serial scale for goods sold by weight: its port and protocol (saved with the device settings). */
export function ScaleFields({ config, onChange }: { config: HardwareConfig | null; onChange: (scale: { uri: string; protocol: ScaleProtocol }) => void }) {
  const { t } = useI18n();
  const scale = { uri: config?.scale?.uri ?? '', protocol: config?.scale?.protocol ?? ('toledo' as ScaleProtocol) };
  return (
    <div style={{ display: 'grid', gap: 6, borderTop: '1px solid var(--line)', paddingTop: 8 }}>
      <strong>{t('settings.scale')}</strong>
      <div className="segmented">
        <input
          className="input"
          aria-label={t('settings.scaleAddress')}
          placeholder={t('settings.scalePlaceholder')}
          value={scale.uri}
          disabled={!config}
          onChange={(e) => onChange({ ...scale, uri: e.target.value })}
        />
        <select className="input" aria-label={t('settings.scaleProtocol')} value={scale.protocol} disabled={!config} onChange={(e) => onChange({ ...scale, protocol: e.target.value as ScaleProtocol })}>
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
  const { t } = useI18n();
  const [addresses, setAddresses] = useState<{ address: string; interface: string }[]>([]);
  useEffect(() => {
    void hardware.client.send('hardware:list-addresses', {}).then((r) => r.ok && setAddresses(r.value.addresses));
  }, [hardware]);
  const b = config?.bridge ?? NO_BRIDGE;
  const set = (patch: Partial<BridgeConfig>) => onChange({ ...b, ...patch });
  return (
    <div style={{ display: 'grid', gap: 6, borderTop: '1px solid var(--line)', paddingTop: 8 }}>
      <strong>{t('settings.lanBridge')}</strong>
      <select className="input" aria-label={t('settings.bridgeAddress')} value={b.host} disabled={!config} onChange={(e) => set({ host: e.target.value, token: b.token || newToken() })}>
        <option value="">{t('settings.off')}</option>
        {addresses.map((a) => (
          <option key={a.address} value={a.address}>
            {a.address} ({a.interface})
          </option>
        ))}
      </select>
      {b.host !== '' && (
        <>
          <input className="input" aria-label={t('settings.bridgePort')} inputMode="numeric" value={b.port} onChange={(e) => set({ port: Number(e.target.value) || 0 })} />
          <div className="segmented">
            <input className="input" aria-label={t('settings.bridgeToken')} readOnly value={b.token} />
            <button type="button" className="btn" onClick={() => set({ token: newToken() })}>
              {t('settings.generate')}
            </button>
          </div>
          <input
            className="input"
            aria-label={t('settings.tabletOrigin')}
            placeholder={t('settings.tabletOriginPlaceholder')}
            value={b.allowedOrigins.join(' ')}
            onChange={(e) => set({ allowedOrigins: e.target.value.split(/\s+/).filter(Boolean) })}
          />
          <span>{t('settings.onTablet', { url: `http://${b.host.includes(':') ? `[${b.host}]` : b.host}:${b.port}` })}</span>
        </>
      )}
    </div>
  );
}

function HardwareCard({ audit }: { audit: SettingsAudit }) {
  const { db, hardware } = useServices();
  const notify = useTill((s) => s.notify);
  const { t } = useI18n();
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
      } else setLoadError(errorText(r.error, t));
    });
  }, [hardware, t]);

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
      notify('success', t('settings.saved'));
    } else notify('error', errorText(r.error, t));
  };
  const test = async (device: HardwareDevice) => {
    setResults((x) => ({ ...x, [device]: t('settings.testing') }));
    const r = await hardware.client.send('hardware:test-device', { device });
    setResults((x) => ({ ...x, [device]: r.ok ? `${r.value.success ? '✓' : '✗'} ${r.value.message}` : `✗ ${errorText(r.error, t)}` }));
  };
  const resolvePending = async () => {
    notify('info', (await resolvePendingCardPayments(db, hardware.client, t)) ?? t('settings.nothingPending'));
  };

  const c = config ?? DEFAULT_HARDWARE_CONFIG;
  return (
    <section className="card wide" aria-label={t('settings.hardware')}>
      <h3>{t('settings.hardware')}</h3>
      <p style={{ margin: 0 }}>
        {t('settings.connection')} <strong>{hardware.kind === 'electron' ? t('settings.connElectron') : hardware.kind === 'bridge' ? t('settings.connBridge', { url: hardware.bridge?.url ?? '' }) : t('settings.connNone')}</strong>
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
          <input className="input" placeholder={t('settings.bridgeUrlPlaceholder')} aria-label={t('settings.bridgeUrl')} value={bridgeUrl} onChange={(e) => setBridgeUrl(e.target.value)} />
          <input className="input" type="password" autoComplete="off" placeholder={t('settings.bridgeToken')} aria-label={t('settings.bridgeToken')} value={bridgeToken} onChange={(e) => setBridgeToken(e.target.value)} />
          <button type="submit" className="btn">
            {t('settings.useBridge')}
          </button>
        </form>
      )}
      {loadError && <p className="error-text">{loadError}</p>}
      <table className="list devices" aria-label={t('settings.devices')}>
        <thead>
          <tr>
            <th>{t('settings.device')}</th>
            <th>{t('settings.address')}</th>
            <th>{t('settings.options')}</th>
            <th>{t('settings.test')}</th>
          </tr>
        </thead>
        <tbody>
          {DEVICES.map(({ device, label }) => (
            <tr key={device}>
              <th scope="row">{t(label)}</th>
              <td>
                {device !== 'drawer' && (
                  <input
                    className="input"
                    aria-label={t('settings.deviceAddress', { device: t(label) })}
                    data-testid={`address-${device}`}
                    placeholder={t('settings.addressPlaceholder')}
                    value={c[device].uri}
                    disabled={!config}
                    onChange={(e) => update(device, { uri: e.target.value })}
                  />
                )}
                {device === 'drawer' && (
                  <label>
                    <input type="checkbox" checked={c.printer.drawer} disabled={!config} onChange={(e) => update('printer', { drawer: e.target.checked })} /> {t('settings.drawerOnPrinter')}
                  </label>
                )}
              </td>
              <td>
                {device === 'printer' && (
                  <div className="segmented">
                    <select className="input" aria-label={t('settings.paperWidth')} value={c.printer.width} disabled={!config} onChange={(e) => update('printer', { width: Number(e.target.value) as 42 | 32 })}>
                      <option value={42}>{t('settings.paper80')}</option>
                      <option value={32}>{t('settings.paper58')}</option>
                    </select>
                    <select className="input" aria-label={t('settings.printerModel')} value={c.printer.model} disabled={!config} onChange={(e) => update('printer', { model: e.target.value as 'epson' | 'star' })}>
                      <option value="epson">Epson</option>
                      <option value="star">Star</option>
                    </select>
                  </div>
                )}
              </td>
              <td className="test-cell">
                <button type="button" className="btn" onClick={() => void test(device)} data-testid={`test-${device}`}>
                  {t('settings.test')}
                </button>
                {results[device] && <span role="status">{results[device]}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ScaleFields config={config} onChange={(scale) => setConfig((x) => (x ? { ...x, scale } : x))} />
      <LanBridgeFields config={config} onChange={(bridge) => setConfig((x) => (x ? { ...x, bridge } : x))} />
      <button type="button" className="btn primary" data-testid="save-devices" disabled={!config} onClick={() => void save()}>
        {t('settings.save')}
      </button>
      {pending.length > 0 && (
        <div style={{ display: 'grid', gap: 6 }}>
          <strong className="error-text">{t('settings.pendingCards', { count: pending.length })}</strong>
          <button type="button" className="btn" onClick={() => void resolvePending()}>
            {t('settings.resolveCards')}
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
      <h2>{t('settings.title')}</h2>
      <div className="cards stack">
        <PairingCard audit={audit} />
        <RejectedCard />
        <HardwareCard audit={audit} />
      </div>
    </main>
  );
}
