// The printer pill in the top bar: a problem pushed by the hardware layer is shown and raised once as
// a notice, a fixed printer clears it, and no state is set while React renders (no warning).
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { HardwareClient, PrinterStatus } from '../../../core/hardware-contract';
import { ok } from '../../../core/result';
import type { TillDb } from '../../db/till-db';
import type { SyncEngine } from '../../sync/sync-engine';
import { showText } from '../i18n/local-text';
import { tillI18n } from '../i18n/use-i18n';
import { ServicesContext } from '../services';
import { useTill } from '../till-store';
import { PrinterIndicator } from './printer-indicator';

afterEach(cleanup);

const { t } = tillI18n(null);
const FINE: PrinterStatus = { online: true, paperOut: false, paperNearEnd: false, coverOpen: false } as PrinterStatus;

/** Renders the notices beside the pill, so a notice raised during a render would warn. */
function Notices() {
  const notices = useTill((s) => s.notices);
  return (
    <ul>
      {notices.map((n) => (
        <li key={n.id}>{showText(n.text, t)}</li>
      ))}
    </ul>
  );
}

it('shows a pushed printer problem, raises it once, clears it when fixed, and never updates state while rendering', async () => {
  const errors = vi.spyOn(console, 'error');
  let push: (status: PrinterStatus) => void = () => {};
  const send = vi.fn(async () => ok(FINE));
  const client = {
    send,
    on: (_event: string, listener: (status: PrinterStatus) => void) => {
      push = listener;
      return () => {};
    },
    close: () => {},
  } as unknown as HardwareClient;
  // Every notice raised (the store keeps only the last three).
  const raised: string[] = [];
  const unsubscribe = useTill.subscribe((state, previous) => {
    for (const n of state.notices) if (!previous.notices.some((p) => p.id === n.id)) raised.push(showText(n.text, t));
  });
  render(
    <ServicesContext.Provider value={{ db: {} as TillDb, sync: {} as SyncEngine, hardware: { kind: 'bridge', client, bridge: null } as never }}>
      <PrinterIndicator />
      <Notices />
    </ServicesContext.Provider>,
  );
  // The status asked for at start has been answered (fine) before the first push.
  await waitFor(() => expect(send).toHaveBeenCalledWith('printer:status', {}));
  await act(async () => {});
  act(() => push({ ...FINE, paperOut: true }));
  await waitFor(() => expect(screen.getByTestId('printer-problem').textContent).toBe('Printer: paper out'));
  act(() => push({ ...FINE, paperOut: true })); // the same problem again: no second notice
  act(() => push({ ...FINE, coverOpen: true }));
  await waitFor(() => expect(screen.getByTestId('printer-problem').textContent).toBe('Printer: cover open'));
  expect(raised).toEqual(['Printer: paper out', 'Printer: cover open']);
  act(() => push(FINE));
  await waitFor(() => expect(screen.queryByTestId('printer-problem')).toBeNull());
  // Two pushes in one batch: React applies the second while rendering, so nothing may notify there.
  act(() => {
    push({ ...FINE, online: false });
    push({ ...FINE, paperNearEnd: true });
  });
  await waitFor(() => expect(screen.getByTestId('printer-problem').textContent).toBe('Printer: paper low'));
  expect(raised).toEqual(['Printer: paper out', 'Printer: cover open', 'Printer offline', 'Printer: paper low']);
  expect(errors.mock.calls.map((c) => c.map(String).join(' | '))).toEqual([]);
  errors.mockRestore();
  unsubscribe();
});
