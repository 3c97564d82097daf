// Till entry point: opens the database, picks the hardware connection, starts the sync engine,
// pairs from `?pair=<code>&server=<url>` on first run, and renders the till.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startImageCache } from './db/image-cache';
import { getSetting, TillDb } from './db/till-db';
import { createTillHardware, readBridgeSettings } from './hardware/till-hardware';
import { createSyncEngine } from './sync/sync-engine';
import { pairFromUrl } from './sync/sync-pairing';
import { App } from './till/app';
import { ServicesContext, type TillServices } from './till/services';
import { dispatchScan, installWedgeListener } from './till/scanner';
import { resolvePendingCardPayments } from './till/checkout';
import { tillI18n } from './till/i18n/use-i18n';
import { useTill } from './till/till-store';
import './till/till.css';

/**
 * A browser till served by the till's dev server (or a build told so) reaches the cloud through
 * that server's `/sync` proxy, same-origin, so the cloud service needs no CORS for tills.
 */
const sameOriginSync = !('pos' in window) && (import.meta.env.DEV || import.meta.env.VITE_POS_SAME_ORIGIN_SYNC === '1');

async function boot(): Promise<void> {
  const db = new TillDb();
  const hardware = createTillHardware(window, readBridgeSettings(window.location.search, window.localStorage));
  const sync = createSyncEngine({ db, ...(sameOriginSync ? { serverUrl: window.location.origin } : {}) });
  const services: TillServices = { db, hardware, sync, sameOriginSync };

  const href = new URL(window.location.href);
  if (sameOriginSync) href.searchParams.delete('server');
  const paired = await pairFromUrl(sync, href.toString(), { deviceName: href.searchParams.get('device') ?? 'Browser till' });
  if (!paired.ok) useTill.getState().notify('error', { key: 'frame.pairingFailed', params: { detail: paired.error.message } });
  // Drop the one-time code and the bridge token from the address bar (the bridge is remembered).
  const clean = new URL(paired.ok ? paired.value.cleanUrl : href.toString());
  for (const key of ['pair', 'server', 'bridge', 'token', 'device']) clean.searchParams.delete(key);
  window.history.replaceState(null, '', clean.toString());

  await sync.start();
  startImageCache(db, { window });
  installWedgeListener(window);
  hardware.client.on('scanner:scan', ({ code }) => {
    if (!dispatchScan(code)) useTill.getState().notify('info', { key: 'frame.scannedElsewhere', params: { code } });
  });
  const { t } = tillI18n(await getSetting(db, 'location'));
  void resolvePendingCardPayments(db, hardware.client, t).then(async (message) => {
    if (message) useTill.getState().notify('info', message);
    // A cart restored after a crash that was in fact paid (recorded just before the crash, or just
    // now from a kept card charge) is done: start a fresh one instead of offering it again.
    const restored = useTill.getState().cart;
    if (restored.lines.length > 0 && (await db.orders.get(restored.open_order_id ?? restored.id))) useTill.getState().clearCart();
  });

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </StrictMode>,
  );
}

void boot();
