// X report (the open shift so far), cash in/out, and the Z report: count the drawer, see the
// variance, close the shift. Figures come from core's computeShiftReport via the db layer.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { parseMoney } from '../../../core/money';
import { formatTillMoney } from '../money-format';
import type { TillLocation } from '../../../core/sync/catalog';
import type { CashMovementKind, ShiftReport } from '../../../core/sync/shift-report';
import { closeShift, currentShift, recordCashMovement, shiftReport } from '../../db/shifts';
import { printDocument, shiftReportDocument } from '../documents';
import { useServices } from '../services';
import { useTill } from '../till-store';

const METHOD: Record<string, string> = { cash: 'Cash', card: 'Card', external: 'Paid online' };

export function ReportTable({ report, currency, title }: { report: ShiftReport; currency: string; title: string }) {
  const money = (n: number) => formatTillMoney(n, currency);
  const row = (label: string, value: string, strong = false) => (
    <tr>
      <td>{strong ? <strong>{label}</strong> : label}</td>
      <td className="num">{strong ? <strong>{value}</strong> : value}</td>
    </tr>
  );
  return (
    <table className="list" aria-label={title} data-testid="shift-report">
      <caption style={{ textAlign: 'left', fontWeight: 700, padding: '8px 0' }}>{title}</caption>
      <tbody>
        {row('Opened', new Date(report.opened_at).toLocaleString())}
        {report.closed_at && row('Closed', new Date(report.closed_at).toLocaleString())}
        {row(`Sales (${report.sales_count})`, money(report.sales_total), true)}
        {row('Discounts', money(report.discount_total))}
        {report.tax_breakdown.map((t) => row(`Tax ${t.rate_ppm / 10_000}% on ${money(t.gross)}`, money(t.tax)))}
        {report.payments_by_method.map((m) => row(`${METHOD[m.method]} taken (${m.count})`, money(m.amount)))}
        {row(`Refunds (${report.refunds_count})`, money(-report.refunds_total))}
        {report.refunds_by_method.map((m) => row(`  ${METHOD[m.method]} refunded (${m.count})`, money(-m.amount)))}
        {row(`Voids (${report.voids_count})`, money(report.voids_total))}
        {row('Opening float', money(report.opening_float))}
        {row('Cash paid in', money(report.cash_paid_in))}
        {row('Cash paid out', money(-report.cash_paid_out))}
        {row('Cash drops', money(-report.cash_drops))}
        {row('Expected cash in drawer', money(report.expected_cash), true)}
        {report.counted_cash !== null && row('Counted cash', money(report.counted_cash), true)}
        {report.variance !== null && row(report.variance < 0 ? 'Variance (short)' : report.variance > 0 ? 'Variance (over)' : 'Variance', money(report.variance), true)}
      </tbody>
    </table>
  );
}

export function ReportsScreen({ location }: { location: TillLocation }) {
  const { db, hardware } = useServices();
  const staff = useTill((s) => s.staff);
  const notify = useTill((s) => s.notify);
  const signOut = useTill((s) => s.signOut);
  const [counted, setCounted] = useState('');
  const [movementKind, setMovementKind] = useState<CashMovementKind>('paid_in');
  const [movementAmount, setMovementAmount] = useState('');
  const [movementReason, setMovementReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [closed, setClosed] = useState<ShiftReport | null>(null);
  const shift = useLiveQuery(() => currentShift(db), [db]);
  const countedAmount = (() => {
    try {
      return counted.trim() === '' ? null : parseMoney(counted, location.currency);
    } catch {
      return null;
    }
  })();
  const report = useLiveQuery(async () => {
    if (!shift) return null;
    const r = await shiftReport(db, shift.id, countedAmount);
    return r.ok ? r.value : null;
  }, [db, shift?.id, countedAmount]);
  const lastClosed = useLiveQuery(() => db.shifts.where('status').equals('closed').reverse().sortBy('closed_at'), [db]);

  const addMovement = async () => {
    if (!staff) return;
    setError(null);
    let amount: number;
    try {
      amount = parseMoney(movementAmount, location.currency);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      return;
    }
    const result = await recordCashMovement(db, { kind: movementKind, amount, reason: movementReason, staffId: staff.id });
    if (!result.ok) setError(result.error.message);
    else {
      setMovementAmount('');
      setMovementReason('');
      notify('success', 'Cash movement recorded.');
      const drawer = await hardware.client.send('drawer:open', {});
      if (!drawer.ok && drawer.error.code !== 'not_configured') notify('error', `Drawer: ${drawer.error.message}`);
    }
  };

  const print = async (type: 'X' | 'Z', r: ShiftReport, reprint = false) => {
    const result = await printDocument(hardware.client, await shiftReportDocument(db, location, r, { type, reprint, ...(staff ? { staffId: staff.id } : {}) }));
    if (result.ok) notify('success', `${type} report printed.`);
    else notify('error', `${type} report not printed: ${result.error.message}`);
  };

  const close = async () => {
    if (!staff || countedAmount === null) {
      setError('Count the cash in the drawer and enter the amount first.');
      return;
    }
    const result = await closeShift(db, { staffId: staff.id, countedCash: countedAmount });
    if (!result.ok) setError(result.error.message);
    else {
      setClosed(result.value.report);
      setCounted('');
      notify('success', 'Shift closed. The Z report is saved and queued for the cloud.');
      if (result.value.report) await print('Z', result.value.report);
    }
  };

  if (closed) {
    return (
      <main className="page" data-testid="reports-screen">
        <div className="cards">
          <section className="card">
            <ReportTable report={closed} currency={location.currency} title="Z report" />
            <button type="button" className="btn" onClick={() => void print('Z', closed, true)} data-testid="print-z">
              Print Z report again
            </button>
            <button type="button" className="btn primary big" autoFocus onClick={signOut}>
              Done — sign out
            </button>
          </section>
        </div>
      </main>
    );
  }

  return (
    <main className="page" data-testid="reports-screen">
      <h2>Reports</h2>
      {!shift && <p className="empty">No shift is open.</p>}
      <div className="cards">
        {report && (
          <section className="card">
            <ReportTable report={report} currency={location.currency} title={countedAmount === null ? 'X report (shift so far)' : 'Z report preview'} />
            <button type="button" className="btn" onClick={() => void print('X', report)} data-testid="print-x">
              Print X report
            </button>
          </section>
        )}
        {shift && (
          <section className="card">
            <h3>Close shift (Z report)</h3>
            <label className="field">
              <span>Counted cash in drawer ({location.currency})</span>
              <input
                className="input amount-input"
                inputMode="decimal"
                aria-label="Counted cash"
                autoFocus
                value={counted}
                onChange={(e) => setCounted(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    void close();
                  }
                }}
              />
            </label>
            {report && report.variance !== null && (
              <p data-testid="variance" style={{ fontWeight: 700, color: report.variance === 0 ? 'var(--ok)' : 'var(--bad)' }}>
                Variance {formatTillMoney(report.variance, location.currency)}
              </p>
            )}
            <button type="button" className="btn danger big" onClick={() => void close()} data-testid="close-shift">
              Close shift <span className="key">Enter</span>
            </button>
            <h3>Cash in / out</h3>
            <div className="segmented" role="group" aria-label="Cash movement">
              {(['paid_in', 'paid_out', 'drop'] as const).map((k) => (
                <button key={k} type="button" className="btn" aria-pressed={movementKind === k} onClick={() => setMovementKind(k)}>
                  {k === 'paid_in' ? 'Paid in' : k === 'paid_out' ? 'Paid out' : 'Drop'}
                </button>
              ))}
            </div>
            <input className="input" inputMode="decimal" placeholder="Amount" aria-label="Movement amount" value={movementAmount} onChange={(e) => setMovementAmount(e.target.value)} />
            <input className="input" placeholder="Reason" aria-label="Movement reason" value={movementReason} onChange={(e) => setMovementReason(e.target.value)} />
            <button type="button" className="btn" onClick={() => void addMovement()}>
              Record cash movement
            </button>
            {error && (
              <p className="error-text" role="alert">
                {error}
              </p>
            )}
          </section>
        )}
        {lastClosed && lastClosed[0]?.report && (
          <section className="card">
            <ReportTable report={lastClosed[0].report} currency={location.currency} title="Last Z report" />
            <button type="button" className="btn" onClick={() => void print('Z', lastClosed[0]!.report!, true)} data-testid="reprint-z">
              Print last Z report again
            </button>
          </section>
        )}
      </div>
    </main>
  );
}
