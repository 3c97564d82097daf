// X report (the open shift so far), cash in/out, and the Z report: count the drawer, see the
// variance, close the shift. Figures come from core's computeShiftReport via the db layer.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { parseMoney } from '../../../core/money';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/use-i18n';
import type { TillLocation } from '../../../core/sync/catalog';
import type { CashMovementKind, ShiftReport } from '../../../core/sync/shift-report';
import { closeShift, currentShift, recordCashMovement, shiftReport } from '../../db/shifts';
import { printDocument, shiftReportDocument } from '../documents';
import { useServices } from '../services';
import { useTill } from '../till-store';
import { ApprovalDialog } from '../components/approval-dialog';

export function ReportTable({ report, currency, title }: { report: ShiftReport; currency: string; title: string }) {
  const { t, dateTime, money: fmt } = useI18n();
  const money = (n: number) => fmt(n, currency);
  const method = (m: 'cash' | 'card' | 'external') => t(`method.${m}`);
  // Keyed by label: the per-rate and per-tender rows come from arrays.
  const row = (label: string, value: string, strong = false) => (
    <tr key={label}>
      <td>{strong ? <strong>{label}</strong> : label}</td>
      <td className="num">{strong ? <strong>{value}</strong> : value}</td>
    </tr>
  );
  return (
    <table className="list" aria-label={title} data-testid="shift-report">
      <caption style={{ textAlign: 'left', fontWeight: 700, padding: '8px 0' }}>{title}</caption>
      <tbody>
        {row(t('reports.opened'), dateTime(report.opened_at))}
        {report.closed_at && row(t('reports.closed'), dateTime(report.closed_at))}
        {row(t('reports.sales', { count: report.sales_count }), money(report.sales_total), true)}
        {row(t('reports.discounts'), money(-report.discount_total))}
        {/* Net bases, like the back office's shift page and the printed report. */}
        {report.tax_breakdown.map((b) => row(t('reports.taxRow', { rate: `${b.rate_ppm / 10_000} %`, net: money(b.net) }), money(b.tax)))}
        {report.payments_by_method.map((m) => row(t('reports.taken', { method: method(m.method), count: m.count }), money(m.amount)))}
        {/* Tips per tender and in total, outside the sales (core/sync/shift-report). */}
        {report.payments_by_method
          .filter((m) => (m.tip ?? 0) > 0)
          .map((m) => row(`  ${t('tip.reportTaken', { method: method(m.method) })}`, money(m.tip ?? 0)))}
        {(report.tips_total ?? 0) > 0 && row(t('tip.reportTotal'), money(report.tips_total ?? 0))}
        {row(t('reports.refunds', { count: report.refunds_count }), money(-report.refunds_total))}
        {report.refunds_by_method.map((m) => row(`  ${t('reports.refunded', { method: method(m.method), count: m.count })}`, money(-m.amount)))}
        {row(t('reports.voids', { count: report.voids_count }), money(report.voids_total))}
        {row(t('reports.openingFloat'), money(report.opening_float))}
        {row(t('reports.paidIn'), money(report.cash_paid_in))}
        {row(t('reports.paidOut'), money(-report.cash_paid_out))}
        {row(t('reports.drops'), money(-report.cash_drops))}
        {row(t('reports.expected'), money(report.expected_cash), true)}
        {report.counted_cash !== null && row(t('reports.counted'), money(report.counted_cash), true)}
        {report.variance !== null &&
          row(
            report.variance < 0 ? t('reports.varianceShort') : report.variance > 0 ? t('reports.varianceOver') : t('reports.variance'),
            money(report.variance),
            true,
          )}
      </tbody>
    </table>
  );
}

export function ReportsScreen({ location }: { location: TillLocation }) {
  const { db, hardware } = useServices();
  const { t, money } = useI18n();
  const staff = useTill((s) => s.staff);
  const notify = useTill((s) => s.notify);
  const signOut = useTill((s) => s.signOut);
  const [counted, setCounted] = useState('');
  const [movementKind, setMovementKind] = useState<CashMovementKind>('paid_in');
  const [movementAmount, setMovementAmount] = useState('');
  const [movementReason, setMovementReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [closed, setClosed] = useState<ShiftReport | null>(null);
  /** the guarded action waiting for its confirmation (and a manager's PIN when the role needs one) */
  const [asking, setAsking] = useState<'close' | 'no_sale' | null>(null);
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
    } catch {
      // parseMoney's own words are English and for developers: the cashier gets the catalog's.
      setError(t('error.invalid_amount'));
      return;
    }
    const result = await recordCashMovement(db, { kind: movementKind, amount, reason: movementReason, staffId: staff.id });
    if (!result.ok) setError(errorText(result.error, t));
    else {
      setMovementAmount('');
      setMovementReason('');
      notify('success', t('reports.recorded'));
      const drawer = await hardware.client.send('drawer:open', {});
      if (!drawer.ok && drawer.error.code !== 'not_configured') notify('error', t('frame.drawer', { detail: errorText(drawer.error, t) }));
    }
  };

  const noSale = async (approvedBy: string | null) => {
    if (!staff) return;
    const result = await recordCashMovement(db, { kind: 'no_sale', amount: 0, reason: t('noSale.reason'), staffId: staff.id, approvedBy });
    if (!result.ok) {
      setError(errorText(result.error, t));
      return;
    }
    const drawer = await hardware.client.send('drawer:open', {});
    if (drawer.ok) notify('success', t('noSale.done'));
    else notify('error', t('frame.drawer', { detail: errorText(drawer.error, t) }));
  };

  const print = async (type: 'X' | 'Z', r: ShiftReport, reprint = false) => {
    const result = await printDocument(hardware.client, await shiftReportDocument(db, location, r, { type, reprint, ...(staff ? { staffId: staff.id } : {}) }));
    if (result.ok) notify('success', t('reports.printed', { type }));
    else notify('error', t('reports.notPrinted', { type, error: errorText(result.error, t) }));
  };

  /** Asks to close: the count comes first, then the confirmation (with a manager's PIN when needed). */
  const askClose = () => {
    if (!staff || countedAmount === null) {
      setError(t('reports.countFirst'));
      return;
    }
    setError(null);
    setAsking('close');
  };

  const close = async (approvedBy: string | null) => {
    if (!staff || countedAmount === null) return;
    const result = await closeShift(db, { staffId: staff.id, countedCash: countedAmount, approvedBy });
    if (!result.ok) setError(errorText(result.error, t));
    else {
      setClosed(result.value.report);
      setCounted('');
      notify('success', t('reports.closedNotice'));
      if (result.value.report) await print('Z', result.value.report);
    }
  };

  if (closed) {
    return (
      <main className="page" data-testid="reports-screen">
        <div className="cards">
          <section className="card">
            <ReportTable report={closed} currency={location.currency} title={t('reports.z')} />
            <button type="button" className="btn" onClick={() => void print('Z', closed, true)} data-testid="print-z">
              {t('reports.printZAgain')}
            </button>
            <button type="button" className="btn primary big" autoFocus onClick={signOut}>
              {t('reports.done')}
            </button>
          </section>
        </div>
      </main>
    );
  }

  return (
    <main className="page" data-testid="reports-screen">
      <h2>{t('reports.title')}</h2>
      {!shift && <p className="empty">{t('reports.noShift')}</p>}
      <div className="cards">
        {report && (
          <section className="card">
            <ReportTable report={report} currency={location.currency} title={countedAmount === null ? t('reports.x') : t('reports.zPreview')} />
            <button type="button" className="btn" onClick={() => void print('X', report)} data-testid="print-x">
              {t('reports.printX')}
            </button>
          </section>
        )}
        {shift && (
          <section className="card">
            <h3>{t('reports.closeShift')}</h3>
            <label className="field">
              <span>{t('reports.countedLabel', { currency: location.currency })}</span>
              <input
                className="input amount-input"
                inputMode="decimal"
                autoFocus
                value={counted}
                onChange={(e) => setCounted(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    askClose();
                  }
                }}
              />
            </label>
            {report && report.variance !== null && (
              <p data-testid="variance" style={{ fontWeight: 700, color: report.variance === 0 ? 'var(--ok)' : 'var(--bad)' }}>
                {t('reports.variance')} {money(report.variance, location.currency)}
              </p>
            )}
            <button type="button" className="btn danger big" onClick={askClose} data-testid="close-shift">
              {t('reports.closeButton')} <span className="key">Enter</span>
            </button>
            <h3>{t('reports.cashInOut')}</h3>
            <div className="segmented" role="group" aria-label={t('reports.movementKind')}>
              {(['paid_in', 'paid_out', 'drop'] as const).map((k) => (
                <button key={k} type="button" className="btn" aria-pressed={movementKind === k} onClick={() => setMovementKind(k)}>
                  {t(`reports.kind.${k}`)}
                </button>
              ))}
            </div>
            <input
              className="input"
              inputMode="decimal"
              placeholder={t('reports.amount')}
              aria-label={t('reports.amount')}
              value={movementAmount}
              onChange={(e) => setMovementAmount(e.target.value)}
            />
            <input
              className="input"
              placeholder={t('reports.reason')}
              aria-label={t('reports.reason')}
              value={movementReason}
              onChange={(e) => setMovementReason(e.target.value)}
            />
            <button type="button" className="btn" onClick={() => void addMovement()}>
              {t('reports.record')}
            </button>
            <button type="button" className="btn" onClick={() => setAsking('no_sale')} data-testid="no-sale">
              {t('noSale.button')}
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
            <ReportTable report={lastClosed[0].report} currency={location.currency} title={t('reports.lastZ')} />
            <button type="button" className="btn" onClick={() => void print('Z', lastClosed[0]!.report!, true)} data-testid="reprint-z">
              {t('reports.printLastZ')}
            </button>
          </section>
        )}
      </div>
      {asking === 'close' && staff && report && countedAmount !== null && (
        <ApprovalDialog
          db={db}
          action="close_shift"
          role={staff.role}
          permissions={location.role_permissions}
          title={t('confirmClose.title')}
          confirmLabel={t('confirmClose.confirm')}
          danger
          onClose={() => setAsking(null)}
          onConfirm={async (approvedBy) => {
            setAsking(null);
            await close(approvedBy);
          }}
        >
          <p data-testid="confirm-text">
            {t('confirmClose.body', {
              counted: money(countedAmount, location.currency),
              expected: money(report.expected_cash, location.currency),
              variance: money(report.variance ?? 0, location.currency),
            })}
          </p>
        </ApprovalDialog>
      )}
      {asking === 'no_sale' && staff && (
        <ApprovalDialog
          db={db}
          action="no_sale"
          role={staff.role}
          permissions={location.role_permissions}
          title={t('noSale.title')}
          confirmLabel={t('noSale.confirm')}
          onClose={() => setAsking(null)}
          onConfirm={async (approvedBy) => {
            setAsking(null);
            await noSale(approvedBy);
          }}
        >
          <p>{t('noSale.body')}</p>
        </ApprovalDialog>
      )}
    </main>
  );
}
