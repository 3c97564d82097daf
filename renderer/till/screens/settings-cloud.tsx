// Settings, cloud part: the server, pairing (and pairing again), sync state, storage persistence and the
// mutations the server rejected.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SettingsChangeRecord } from '../../../core/sync/mutations';
import { getSetting } from '../../db/till-db';
import { useServices, useSyncStatus } from '../services';
import { errorText } from '../i18n/error-text';
import { mutationTypeText, rejectionText } from '../i18n/rejection-text';
import { useI18n } from '../i18n/use-i18n';
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

export /** Records a settings change made on this screen (kind, what changed) with the approver it was opened with. */
type SettingsAudit = (kind: SettingsChangeRecord['kind'], detail: string) => Promise<void>;

export function PairingCard({ audit }: { audit: SettingsAudit }) {
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
                {t('settings.statusLine', {
                  state: t(status.online ? 'settings.online' : 'settings.offline'),
                  unsynced: status.unsyncedCount,
                  rejected: status.rejected,
                })}
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

export function RejectedCard() {
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
              <td>{mutationTypeText(r.type, t)}</td>
              <td className="error-text">{rejectionText(r.error, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
