// Always-visible connection state: online/offline, unsynced items, rejected mutations.
// Clicking it syncs now (and is how a cashier checks the connection came back).
import { useI18n } from '../i18n/use-i18n';
import { useServices, useSyncStatus } from '../services';

export function SyncIndicator({ onShowRejected }: { onShowRejected(): void }) {
  const { sync } = useServices();
  const status = useSyncStatus();
  const { t, time } = useI18n();
  const online = status.paired && status.online;
  const revoked = status.lastErrorCode === 'device_unauthorized';
  const label = t(!status.paired ? 'sync.notPaired' : revoked ? 'sync.pairAgain' : online ? 'sync.online' : 'sync.offline');
  const detail = status.unsyncedCount === 0 ? t('sync.allSynced') : t('sync.unsynced', { count: status.unsyncedCount });
  return (
    <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
      <button
        type="button"
        className={`sync-pill ${online && !revoked ? 'online' : 'offline'}`}
        data-testid="sync-indicator"
        data-online={online ? 'true' : 'false'}
        data-unsynced={status.unsyncedCount}
        title={
          status.lastError
            ? t('sync.lastError', { error: status.lastError })
            : status.lastSyncAt
              ? t('sync.lastSync', { time: time(new Date(status.lastSyncAt).toISOString()) })
              : t('sync.now')
        }
        aria-label={t('sync.label', { state: label, detail })}
        onClick={() => void sync.syncNow()}
      >
        <span className="dot" aria-hidden="true" />
        {label} · {detail}
        {status.syncing ? ' …' : ''}
      </button>
      {status.rejected > 0 && (
        <button type="button" className="sync-pill offline rejected" data-testid="rejected-indicator" onClick={onShowRejected}>
          {t('sync.rejected', { count: status.rejected })}
        </button>
      )}
    </span>
  );
}
