// Always-visible connection state: online/offline, unsynced items, rejected mutations.
// Clicking it syncs now (and is how a cashier checks the connection came back).
import { useServices, useSyncStatus } from '../services';

export function SyncIndicator({ onShowRejected }: { onShowRejected(): void }) {
  const { sync } = useServices();
  const status = useSyncStatus();
  const online = status.paired && status.online;
  const revoked = status.lastErrorCode === 'device_unauthorized';
  const label = !status.paired ? 'Not paired' : revoked ? 'Pair again (Settings)' : online ? 'Online' : 'Offline';
  const detail =
    status.unsyncedCount === 0 ? 'all synced' : `${status.unsyncedCount} unsynced`;
  return (
    <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
      <button
        type="button"
        className={`sync-pill ${online && !revoked ? 'online' : 'offline'}`}
        data-testid="sync-indicator"
        data-online={online ? 'true' : 'false'}
        data-unsynced={status.unsyncedCount}
        title={status.lastError ? `Last error: ${status.lastError}` : status.lastSyncAt ? `Last sync ${new Date(status.lastSyncAt).toLocaleTimeString()}` : 'Sync now'}
        aria-label={`${label}, ${detail}. Sync now`}
        onClick={() => void sync.syncNow()}
      >
        <span className="dot" aria-hidden="true" />
        {label} · {detail}
        {status.syncing ? ' …' : ''}
      </button>
      {status.rejected > 0 && (
        <button type="button" className="sync-pill offline rejected" data-testid="rejected-indicator" onClick={onShowRejected}>
          {status.rejected} rejected
        </button>
      )}
    </span>
  );
}
