// The till's frame: gates (pairing, sign-in, shift), top bar with the sync indicator, the current
// screen, the action bar of F-key buttons, global shortcuts and notices.
import { useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { parkCart } from '../db/carts';
import { openTenders, salesHoldingTenders } from '../db/taken-tenders';
import { currentShift } from '../db/shifts';
import { I18nProvider, useI18n } from './i18n/use-i18n';
import type { TillMessageKey } from './i18n/messages';
import { errorText } from './i18n/error-text';
import { showText } from './i18n/local-text';
import { Dialog } from './components/dialog';
import { PrinterIndicator } from './components/printer-indicator';
import { SyncIndicator } from './components/sync-indicator';
import { TestModeBadge } from './components/test-mode-badge';
import { HistoryScreen } from './screens/history-screen';
import { OrdersScreen } from './screens/orders-screen';
import { PairingScreen } from './screens/pairing-screen';
import { ReceiptScreen } from './screens/receipt-screen';
import { ReportsScreen } from './screens/reports-screen';
import { SellScreen } from './screens/sell-screen';
import { SettingsScreen } from './screens/settings-screen';
import { ShiftOpenScreen } from './screens/shift-open-screen';
import { SignInScreen } from './screens/sign-in-screen';
import { TenderScreen } from './screens/tender-screen';
import { useLocation, useServices } from './services';
import { SHORTCUTS } from './shortcuts';
import { useTill, type Screen } from './till-store';
import { usePersistentStorage } from './use-persistent-storage';

const NAV: { screen: Screen; label: TillMessageKey; key: string }[] = [
  { screen: 'sell', label: 'nav.sell', key: 'Esc' },
  { screen: 'orders', label: 'nav.orders', key: 'F6' },
  { screen: 'history', label: 'nav.history', key: 'F7' },
  { screen: 'reports', label: 'nav.reports', key: 'F9' },
  { screen: 'settings', label: 'nav.settings', key: 'F10' },
];
const NAV_KEYS: Record<string, Screen> = { F6: 'orders', F7: 'history', F9: 'reports', F10: 'settings' };

/** Screens that work without an open shift (reading reports, settings, history). */
const WITHOUT_SHIFT: Screen[] = ['reports', 'settings', 'history'];

/**
 * Asks the browser to keep the till's data under storage pressure; when it refuses, owners and
 * managers see it in the top bar (the full reason on hover and in Settings, where they can ask
 * again); cashiers cannot change it and are not bothered.
 */
export function StorageWarning({ role, onOpen }: { role: string | undefined; onOpen?(): void }) {
  const { t } = useI18n();
  const { persistent } = usePersistentStorage();
  if (persistent !== false || role === undefined || role === 'cashier') return null;
  return (
    <button type="button" className="storage-pill" role="alert" data-testid="storage-warning" title={t('frame.storageRefused')} onClick={onOpen}>
      <span aria-hidden="true">⚠</span> {t('frame.storageShort')}
      <span className="sr-only"> {t('frame.storageRefused')}</span>
    </button>
  );
}

function Notices() {
  const { t } = useI18n();
  const notices = useTill((s) => s.notices);
  const dismiss = useTill((s) => s.dismiss);
  useEffect(() => {
    if (notices.length === 0) return;
    const oldest = notices[0]!;
    const timer = setTimeout(() => dismiss(oldest.id), oldest.tone === 'error' ? 8000 : 2500);
    return () => clearTimeout(timer);
  }, [notices, dismiss]);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'} data-testid={`notice-${n.tone}`}>
          <span>{showText(n.text, t)}</span>
          <button type="button" aria-label={t('frame.dismiss')} onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

function HelpDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('help.title')} onClose={onClose} testId="help-dialog">
      {SHORTCUTS.map((group) => (
        <section key={group.section}>
          <h3 style={{ margin: '0 0 6px' }}>{t(group.section)}</h3>
          <div className="shortcuts">
            {group.items.map((s) => (
              <div key={s.action} style={{ display: 'contents' }}>
                <kbd>{s.keys ?? t(s.keysText!)}</kbd>
                <span>{t(s.action)}</span>
              </div>
            ))}
          </div>
        </section>
      ))}
      <div className="actions">
        <button type="button" className="btn primary" onClick={onClose}>
          {t('common.close')} <span className="key">Esc</span>
        </button>
      </div>
    </Dialog>
  );
}

function VoidCartDialog({ onClose }: { onClose(): void }) {
  const { db } = useServices();
  const clearCart = useTill((s) => s.clearCart);
  const notify = useTill((s) => s.notify);
  const { t } = useI18n();
  const cartId = useTill((s) => s.cart.id);
  const held = useLiveQuery(() => openTenders(db, cartId), [db, cartId]);
  if (held && held.length > 0) {
    return (
      <Dialog title={t('frame.heldTitle')} onClose={onClose} testId="void-dialog">
        <p>{t('frame.heldBody')}</p>
        <div className="actions">
          <button type="button" className="btn primary" autoFocus onClick={onClose}>
            {t('voidCart.keep')} <span className="key">Esc</span>
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title={t('voidCart.title')} onClose={onClose} testId="void-dialog">
      <p>{t('voidCart.body')}</p>
      <div className="actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('voidCart.keep')} <span className="key">Esc</span>
        </button>
        <button
          type="button"
          className="btn danger"
          autoFocus
          onClick={() => {
            clearCart();
            onClose();
            notify('info', t('voidCart.done'));
          }}
        >
          {t('voidCart.confirm')} <span className="key">Enter</span>
        </button>
      </div>
    </Dialog>
  );
}

export function App() {
  const location = useLocation();
  return (
    <I18nProvider location={location}>
      <Till location={location} />
    </I18nProvider>
  );
}

function Till({ location }: { location: ReturnType<typeof useLocation> }) {
  const { db } = useServices();
  const i18n = useI18n();
  const { t } = i18n;
  // The key handler below is registered once; it must word a park label in the location's current language.
  const i18nRef = useRef(i18n);
  i18nRef.current = i18n;
  const till = useTill();
  const shift = useLiveQuery(async () => (await currentShift(db)) ?? null, [db]);

  const park = async () => {
    const s = useTill.getState();
    const i18n = i18nRef.current;
    if (!s.staff || s.cart.lines.length === 0 || s.screen !== 'sell') return;
    if ((await openTenders(db, s.cart.id)).length > 0) {
      s.notify('error', i18n.t('park.held'));
      return;
    }
    const now = new Date();
    const label = i18n.t('park.label', { time: i18n.time(now.toISOString()) });
    const result = await parkCart(db, { cart: s.cart, staffId: s.staff.id, label, now });
    if (!result.ok) s.notify('error', errorText(result.error, i18n.t));
    else {
      s.clearCart();
      s.notify('success', i18n.t('park.done', { label: result.value.label }));
    }
  };

  // After a tap or click (not a keyboard press) a button gives focus back, so the next Enter means
  // "pay" / "next sale" rather than pressing that button again (keyboard users keep their focus).
  // A sale holding tenders whose session cart was lost (tab closed, crash): bring it back, money and all.
  useEffect(() => {
    void salesHoldingTenders(db).then((held) => {
      const s = useTill.getState();
      const mine = held.find((h) => h.cart.id === s.cart.id);
      if (!mine && s.cart.lines.length === 0 && held[0]) {
        s.setCart(held[0].cart);
        s.notify('info', { key: 'frame.broughtBack' });
      }
    });
  }, [db]);

  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const button = e.target instanceof Element ? e.target.closest('button') : null;
      if (button && e.detail > 0 && !button.closest('[role="dialog"]')) button.blur();
    };
    window.addEventListener('click', onClick);
    return () => window.removeEventListener('click', onClick);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = useTill.getState();
      if (!s.staff) return;
      if (e.altKey && (e.key === 'q' || e.key === 'Q')) {
        e.preventDefault();
        s.signOut();
        return;
      }
      if (s.dialog) return;
      if (e.key === 'F1') {
        e.preventDefault();
        s.openDialog({ kind: 'help' });
      } else if (NAV_KEYS[e.key] && s.screen !== 'tender') {
        e.preventDefault();
        s.go(NAV_KEYS[e.key]!);
      } else if (e.key === 'F5' && s.screen === 'sell') {
        e.preventDefault();
        void park();
      } else if (e.key === 'F8' && s.screen === 'sell') {
        e.preventDefault();
        if (s.cart.lines.length > 0) s.openDialog({ kind: 'void' });
      } else if (e.key === 'Escape' && s.screen !== 'sell' && s.screen !== 'tender' && !e.defaultPrevented) {
        e.preventDefault();
        s.go('sell');
      } else if (/^F\d+$/.test(e.key) && e.key !== 'F11' && e.key !== 'F12') {
        // Unused F-keys must not reach the browser (F3 = find, F5 = reload would lose the screen).
        e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
    // Registered once: the handler reads live state through getState() (park too; db is fixed for the app's life).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (location === undefined || shift === undefined) return <div className="center-screen">{t('frame.loading')}</div>;
  if (location === null) return <PairingScreen />;

  let body;
  if (!till.staff) body = <SignInScreen />;
  else if (!shift && !WITHOUT_SHIFT.includes(till.screen)) body = <ShiftOpenScreen />;
  else if (till.screen === 'tender') body = <TenderScreen location={location} />;
  else if (till.screen === 'receipt') body = <ReceiptScreen location={location} />;
  else if (till.screen === 'history') body = <HistoryScreen location={location} />;
  else if (till.screen === 'reports') body = <ReportsScreen location={location} />;
  else if (till.screen === 'settings') body = <SettingsScreen />;
  else if (till.screen === 'orders') body = <OrdersScreen location={location} />;
  else body = <SellScreen location={location} onPark={() => void park()} />;

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">{t('frame.brand')}</span>
        <TestModeBadge />
        <span className="meta">
          <span>{location.name}</span>
          {till.staff && <span data-testid="staff-name">{till.staff.name}</span>}
          {shift && <span className="optional">{t('frame.shiftSince', { time: i18n.time(shift.opened_at) })}</span>}
        </span>
        <span className="spacer" />
        <StorageWarning role={till.staff?.role} onOpen={() => till.go('settings')} />
        <PrinterIndicator />
        <SyncIndicator onShowRejected={() => till.staff && till.go('settings')} />
        {till.staff && (
          <button type="button" className="btn" onClick={till.signOut}>
            {t('frame.signOut')}
          </button>
        )}
      </header>
      {body}
      <nav className="actionbar" aria-label={t('frame.tillActions')}>
        {till.staff &&
          NAV.map((n) => (
            <button
              key={n.screen}
              type="button"
              className="btn"
              aria-current={till.screen === n.screen ? 'page' : undefined}
              disabled={till.screen === 'tender'}
              onClick={() => till.go(n.screen)}
            >
              {t(n.label)} <span className="key">{n.key}</span>
            </button>
          ))}
        <button type="button" className="btn" onClick={() => till.openDialog({ kind: 'help' })}>
          {t('frame.shortcuts')} <span className="key">F1</span>
        </button>
      </nav>
      {till.dialog?.kind === 'help' && <HelpDialog onClose={till.closeDialog} />}
      {till.dialog?.kind === 'void' && <VoidCartDialog onClose={till.closeDialog} />}
      <Notices />
    </div>
  );
}
