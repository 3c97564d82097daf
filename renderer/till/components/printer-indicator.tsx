// Printer state in the top bar (SPEC §6.3: paper out / cover open reach the UI): asked once at
// start, then kept current by the hardware layer's `printer:status` push events.
import { useEffect, useState } from 'react';
import type { PrinterStatus } from '../../../core/hardware-contract';
import { useI18n } from '../i18n/use-i18n';
import type { TillMessageKey } from '../i18n/messages';
import { useServices } from '../services';
import { useTill } from '../till-store';

/** The problem to show for a printer status, or null when it can print. */
export function printerProblem(status: PrinterStatus): TillMessageKey | null {
  if (!status.online) return 'printer.offline';
  if (status.paperOut) return 'printer.paperOut';
  if (status.coverOpen) return 'printer.coverOpen';
  if (status.paperNearEnd) return 'printer.paperLow';
  return null;
}

export function PrinterIndicator() {
  const { hardware } = useServices();
  const { t } = useI18n();
  const [problem, setProblem] = useState<TillMessageKey | null>(null);

  useEffect(() => {
    if (hardware.kind === 'none') return;
    let live = true;
    // The last problem shown, kept outside React state: the notice is raised here, in the event
    // handler, never inside a state updater (React may run those while rendering).
    let shown: string | null = null;
    const apply = (status: PrinterStatus) => {
      if (!live) return;
      const next = printerProblem(status);
      if (next && next !== shown) useTill.getState().notify('error', { key: next });
      shown = next;
      setProblem(next);
    };
    void hardware.client.send('printer:status', {}).then((r) => {
      // A printer that is not configured is not a problem to shout about; Settings shows it.
      if (r.ok) apply(r.value);
      else if (r.error.code !== 'not_configured') console.warn('printer status', r.error);
    });
    const off = hardware.client.on('printer:status', apply);
    return () => {
      live = false;
      off();
    };
  }, [hardware]);

  if (!problem) return null;
  return (
    <span className="sync-pill offline" role="status" data-testid="printer-problem">
      {t(problem)}
    </span>
  );
}
