// Settings, hardware part: the connection (Electron or bridge), each device's address and options with a
// "test" button, saving (recorded as a settings change) and resolving card payments left pending.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_HARDWARE_CONFIG, type HardwareConfig, type HardwareDevice } from '../../../core/hardware-contract';
import { listPendingCardPayments } from '../../db/carts';
import { hardwareChangeDetail } from '../../db/settings-changes';
import { resolvePendingCardPayments } from '../checkout';
import { saveBridgeSettings } from '../../hardware/till-hardware';
import { useServices } from '../services';
import { deviceTestText } from '../i18n/device-test-text';
import { errorText } from '../i18n/error-text';
import type { TillMessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/use-i18n';
import { useTill } from '../till-store';
import { LanBridgeFields, ScaleFields } from './hardware-fields';
import type { SettingsAudit } from './settings-cloud';

const DEVICES: { device: HardwareDevice; label: TillMessageKey }[] = [
  { device: 'printer', label: 'settings.device.printer' },
  { device: 'drawer', label: 'settings.device.drawer' },
  { device: 'terminal', label: 'settings.device.terminal' },
  { device: 'display', label: 'settings.device.display' },
  { device: 'scanner', label: 'settings.device.scanner' },
];

export function HardwareCard({ audit }: { audit: SettingsAudit }) {
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
    setResults((x) => ({ ...x, [device]: r.ok ? deviceTestText(r.value, t) : `✗ ${errorText(r.error, t)}` }));
  };
  const resolvePending = async () => {
    notify('info', (await resolvePendingCardPayments(db, hardware.client, t)) ?? t('settings.nothingPending'));
  };

  const c = config ?? DEFAULT_HARDWARE_CONFIG;
  return (
    <section className="card wide" aria-label={t('settings.hardware')}>
      <h3>{t('settings.hardware')}</h3>
      <p style={{ margin: 0 }}>
        {t('settings.connection')}{' '}
        <strong>
          {hardware.kind === 'electron'
            ? t('settings.connElectron')
            : hardware.kind === 'bridge'
              ? t('settings.connBridge', { url: hardware.bridge?.url ?? '' })
              : t('settings.connNone')}
        </strong>
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
          <input
            className="input"
            placeholder={t('settings.bridgeUrlPlaceholder')}
            aria-label={t('settings.bridgeUrl')}
            value={bridgeUrl}
            onChange={(e) => setBridgeUrl(e.target.value)}
          />
          <input
            className="input"
            type="password"
            autoComplete="off"
            placeholder={t('settings.bridgeToken')}
            aria-label={t('settings.bridgeToken')}
            value={bridgeToken}
            onChange={(e) => setBridgeToken(e.target.value)}
          />
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
                    <input type="checkbox" checked={c.printer.drawer} disabled={!config} onChange={(e) => update('printer', { drawer: e.target.checked })} />{' '}
                    {t('settings.drawerOnPrinter')}
                  </label>
                )}
              </td>
              <td>
                {device === 'printer' && (
                  <div className="segmented">
                    <select
                      className="input"
                      aria-label={t('settings.paperWidth')}
                      value={c.printer.width}
                      disabled={!config}
                      onChange={(e) => update('printer', { width: Number(e.target.value) as 42 | 32 })}
                    >
                      <option value={42}>{t('settings.paper80')}</option>
                      <option value={32}>{t('settings.paper58')}</option>
                    </select>
                    <select
                      className="input"
                      aria-label={t('settings.printerModel')}
                      value={c.printer.model}
                      disabled={!config}
                      onChange={(e) => update('printer', { model: e.target.value as 'epson' | 'star' })}
                    >
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
