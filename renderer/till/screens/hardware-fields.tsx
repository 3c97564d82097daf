// Settings, extra hardware fields saved with the device settings: the serial scale and the LAN bridge for a
// browser till on a tablet.
import { useEffect, useState } from 'react';
import type { BridgeConfig, HardwareConfig, ScaleProtocol } from '../../../core/hardware-contract';
import { useServices } from '../services';
import { useI18n } from '../i18n/use-i18n';

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
        <select
          className="input"
          aria-label={t('settings.scaleProtocol')}
          value={scale.protocol}
          disabled={!config}
          onChange={(e) => onChange({ ...scale, protocol: e.target.value as ScaleProtocol })}
        >
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
      <select
        className="input"
        aria-label={t('settings.bridgeAddress')}
        value={b.host}
        disabled={!config}
        onChange={(e) => set({ host: e.target.value, token: b.token || newToken() })}
      >
        <option value="">{t('settings.off')}</option>
        {addresses.map((a) => (
          <option key={a.address} value={a.address}>
            {a.address} ({a.interface})
          </option>
        ))}
      </select>
      {b.host !== '' && (
        <>
          <input
            className="input"
            aria-label={t('settings.bridgePort')}
            inputMode="numeric"
            value={b.port}
            onChange={(e) => set({ port: Number(e.target.value) || 0 })}
          />
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
