// "View test data" (issue 13), as Stripe's dashboard toggle: while it is on, every back-office request
// says `X-Pos-View: test`, so orders, shifts, the dashboard, events and webhook endpoints show test-mode
// data (and new webhook endpoints are test endpoints). Remembered in this browser.
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'pos.backoffice.view-test-data';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

let testView = read();

export function isTestView(): boolean {
  return testView;
}

export function setTestView(on: boolean): void {
  testView = on;
  try {
    if (on) localStorage.setItem(STORAGE_KEY, '1');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage blocked: the toggle still works for this page's life.
  }
  for (const listener of listeners) listener();
}

export function useTestView(): boolean {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, isTestView);
}

/** The switch in the sidebar. */
export function TestDataToggle() {
  const on = useTestView();
  return (
    <label className="test-data-toggle" data-testid="test-data-toggle">
      <input type="checkbox" role="switch" checked={on} onChange={(e) => setTestView(e.currentTarget.checked)} /> View test data
    </label>
  );
}

/** Above every page while the toggle is on: nothing shown is a real sale. */
export function TestDataBanner() {
  const on = useTestView();
  if (!on) return null;
  return (
    <div className="test-data-banner" role="status" data-testid="test-data-banner">
      <strong>Test data.</strong> You are viewing test-mode orders, shifts, events and webhook endpoints (pos_test_ keys and tills paired in test mode). Live
      data is hidden.
    </div>
  );
}
