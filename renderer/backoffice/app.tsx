// The back-office shell: checks the session, shows sign-in or the navigation and the current page.
import { Fragment, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { get, post, setCsrfToken, setSignedOutHandler } from './api-client';
import { Link, navigate, usePath } from './router';
import { SessionContext, type SessionInfo } from './session';
import { SignInPage } from './pages/sign-in-page';
import { IntegrationsPage } from './pages/integrations-page';
import { WebhookDetailPage } from './pages/webhook-detail-page';
import { NotFoundPage } from './pages/not-found-page';
import { DashboardPage } from './pages/dashboard-page';
import { DevicesPage } from './pages/devices-page';
import { OrderDetailPage, OrdersPage } from './pages/orders-page';
import { CatalogPage } from './pages/catalog-page';
import { StaffPage } from './pages/staff-page';
import { ShiftDetailPage, ShiftsPage } from './pages/shifts-page';
import { UsersPage } from './pages/users-page';
import { PasswordPage } from './pages/password-page';
import { TestDataBanner, TestDataToggle, useTestView } from './test-view';

interface NavItem {
  to: string;
  label: string;
  ownerOnly?: boolean;
}

const NAV: { group: string; items: NavItem[] }[] = [
  { group: 'Overview', items: [{ to: '/', label: 'Dashboard' }] },
  {
    group: 'Sales',
    items: [
      { to: '/orders', label: 'Orders' },
      { to: '/shifts', label: 'Shifts & Z reports' },
    ],
  },
  { group: 'Catalog', items: [{ to: '/catalog', label: 'Products' }] },
  {
    group: 'Shop floor',
    items: [
      { to: '/staff', label: 'Staff' },
      { to: '/devices', label: 'Devices' },
    ],
  },
  {
    group: 'Settings',
    items: [
      { to: '/settings/integrations', label: 'Integrations' },
      { to: '/settings/users', label: 'Users', ownerOnly: true },
    ],
  },
];

function route(path: string): { page: ReactNode; nav: string } {
  const webhook = /^\/settings\/integrations\/webhooks\/([^/]+)$/.exec(path);
  if (webhook) return { page: <WebhookDetailPage id={decodeURIComponent(webhook[1]!)} />, nav: '/settings/integrations' };
  if (path.startsWith('/settings/integrations')) return { page: <IntegrationsPage path={path} />, nav: '/settings/integrations' };
  const order = /^\/orders\/([^/]+)$/.exec(path);
  if (order) return { page: <OrderDetailPage id={decodeURIComponent(order[1]!)} />, nav: '/orders' };
  if (path === '/orders') return { page: <OrdersPage />, nav: '/orders' };
  if (path === '/devices') return { page: <DevicesPage />, nav: '/devices' };
  const shift = /^\/shifts\/([^/]+)$/.exec(path);
  if (shift) return { page: <ShiftDetailPage id={decodeURIComponent(shift[1]!)} />, nav: '/shifts' };
  if (path === '/shifts') return { page: <ShiftsPage />, nav: '/shifts' };
  if (path === '/catalog') return { page: <CatalogPage />, nav: '/catalog' };
  if (path === '/staff') return { page: <StaffPage />, nav: '/staff' };
  if (path === '/settings/users') return { page: <UsersPage />, nav: '/settings/users' };
  if (path === '/settings/password') return { page: <PasswordPage />, nav: '/settings/password' };
  if (path === '/') return { page: <DashboardPage />, nav: '/' };
  return { page: <NotFoundPage path={path} />, nav: path };
}

export function App() {
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);
  const path = usePath();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(path);
  const testView = useTestView();

  // After client-side navigation, move focus to the new page so keyboard and screen-reader users start there.
  useEffect(() => {
    if (path !== firstPath.current) mainRef.current?.focus();
    firstPath.current = '';
  }, [path]);

  const signedIn = useCallback((info: SessionInfo) => {
    setCsrfToken(info.csrf_token);
    setSession(info);
  }, []);

  useEffect(() => {
    setSignedOutHandler(() => setSession(null));
    get<SessionInfo>('/session').then(signedIn, () => setSession(null));
  }, [signedIn]);

  if (session === undefined) return <p className="muted center">Loading…</p>;
  if (session === null) return <SignInPage onSignedIn={signedIn} />;

  const { page, nav } = route(path);
  const signOut = async () => {
    await post('/logout').catch(() => undefined);
    setSession(null);
    navigate('/');
  };

  return (
    <SessionContext.Provider value={session}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="layout">
        <aside className="sidebar">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              ◆
            </span>{' '}
            Anywhere POS
            {session.development && (
              <span
                className="dev-badge"
                title="This service runs with POS_WEBHOOK_ALLOW_PRIVATE=1: webhooks may target http and loopback/private addresses. Never use it in production."
              >
                development
              </span>
            )}
            <div className="brand-business">{session.business?.name}</div>
          </div>
          <nav aria-label="Back office">
            {NAV.map((group) => (
              <div key={group.group} className="nav-group">
                <div className="nav-group-title">{group.group}</div>
                <ul>
                  {group.items
                    .filter((item) => !item.ownerOnly || session.user.role === 'owner')
                    .map((item) => {
                      const current = item.to === '/' ? nav === '/' : nav.startsWith(item.to);
                      return (
                        <li key={item.to}>
                          <Link to={item.to} className="nav-link" current={current}>
                            {item.label}
                          </Link>
                        </li>
                      );
                    })}
                </ul>
              </div>
            ))}
          </nav>
          <div className="sidebar-user">
            <div>{session.user.name || session.user.email}</div>
            <div className="muted small">
              {session.user.email} · {session.user.role}
            </div>
            <TestDataToggle />
            <div className="sidebar-actions">
              <Link to="/settings/password" className="sidebar-link" current={nav === '/settings/password'}>
                Change password
              </Link>
              <button type="button" className="button-ghost" onClick={() => void signOut()}>
                Sign out
              </button>
            </div>
          </div>
        </aside>
        <main id="main" className="content" tabIndex={-1} ref={mainRef}>
          <TestDataBanner />
          {/* Keyed on the view, so the page loads its data again when the toggle flips. */}
          <Fragment key={testView ? 'test' : 'live'}>{page}</Fragment>
        </main>
      </div>
    </SessionContext.Provider>
  );
}
