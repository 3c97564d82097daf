// One past sale in the history: its lines to return, refund to the original tender (card refunds
// go through the terminal first), void (open shift only) and reprints of its documents.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/use-i18n';
import { refundableByPayment, refundForLines } from '../../../core/payments';
import type { TillLocation } from '../../../core/sync/catalog';
import { recordRefund, recordVoid, refundState } from '../../db/sale-refunds';
import { isTestModeTill, printDocument, refundDocument, voidDocument } from '../documents';
import type { OrderRow } from '../../db/till-db';
import { useServices } from '../services';
import { useTill } from '../till-store';
import { ApprovalDialog } from '../components/approval-dialog';
import { ReceiptPanel } from './receipt-screen';
import { receiptLocation } from '../receipt';

/** What a live query shows until it loads: one array, so memoized values do not recompute every render. */
const NONE: never[] = [];
export const STATUS_TONE: Record<OrderRow['status'], string> = { paid: 'ok', partially_refunded: 'warn', refunded: 'bad', voided: 'bad' };

export function SaleDetail({ location, order }: { location: TillLocation; order: OrderRow }) {
  const { db, hardware } = useServices();
  const staff = useTill((s) => s.staff);
  const notify = useTill((s) => s.notify);
  const { t, dateTime, money: fmt } = useI18n();
  const money = (n: number) => fmt(n, location.currency);
  const payments = useLiveQuery(() => db.payments.where('order_id').equals(order.id).toArray(), [db, order.id]) ?? NONE;
  const refunds = useLiveQuery(() => db.refunds.where('order_id').equals(order.id).toArray(), [db, order.id]) ?? NONE;
  const currentShift = useLiveQuery(() => db.shifts.where('status').equals('open').first(), [db]);
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [paymentId, setPaymentId] = useState<string | null>(null);
  const [reason, setReason] = useState(() => t('history.defaultReason'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** the guarded action waiting for its confirmation (and a manager's PIN when the role needs one) */
  const [asking, setAsking] = useState<'void' | 'refund' | null>(null);

  const state = useMemo(() => refundState(order, payments, refunds), [order, payments, refunds]);
  const tenders = refundableByPayment(state).filter((t) => t.amount > 0);
  const tender = tenders.find((t) => t.payment_id === paymentId) ?? tenders[0];
  const refundedQty = (lineId: string) =>
    refunds
      .flatMap((r) => r.lines)
      .filter((l) => l.line_id === lineId)
      .reduce((s, l) => s + l.quantity, 0);
  const chosen = Object.entries(quantities)
    .filter(([, q]) => q > 0)
    .map(([line_id, quantity]) => ({ line_id, quantity }));
  const byLines = chosen.length > 0 ? refundForLines(state, chosen) : null;
  const wanted = byLines ? (byLines.ok ? byLines.value.amount : 0) : 0;
  const amount = tender ? Math.min(wanted, tender.amount) : 0;
  const canVoid = order.status === 'paid' && currentShift?.id === order.shift_id;

  /** Prints, and says so when the paper did not come out (the refund or void stands either way). */
  const printed = async (result: Awaited<ReturnType<typeof printDocument>>) => {
    if (!result.ok) notify('error', t('history.notPrinted', { detail: errorText(result.error, t) }));
    return result.ok;
  };

  const refund = async (approvedBy: string | null) => {
    if (!staff || !tender || amount <= 0) return;
    setBusy(true);
    setError(null);
    let slip: { customer: string[]; merchant: string[] } = { customer: [], merchant: [] };
    if (tender.method === 'card') {
      const sent = await hardware.client.send('terminal:refund', { paymentId: tender.payment_id, amount, currency: location.currency });
      if (!sent.ok || !sent.value.approved) {
        setBusy(false);
        setError(t('history.cardRefundFailed', { detail: sent.ok ? sent.value.message || sent.value.outcome : errorText(sent.error, t) }));
        return;
      }
      slip = { customer: sent.value.receiptLines, merchant: sent.value.merchantLines };
    }
    const result = await recordRefund(db, { orderId: order.id, amount, lines: chosen, paymentId: tender.payment_id, reason, staffId: staff.id, approvedBy });
    setBusy(false);
    if (!result.ok) {
      setError(errorText(result.error, t));
      return;
    }
    setQuantities({});
    notify('success', t('history.refunded', { amount: money(amount), method: t(`method.${tender.method}`) }));
    // The refund receipt (with the terminal's customer copy), then the merchant copy to sign and keep.
    let paper = true;
    for (const row of result.value)
      paper =
        (await printed(
          await printDocument(hardware.client, await refundDocument(db, location, row.id, { cardSlipLines: slip.customer }), row.method === 'cash'),
        )) && paper;
    if (slip.merchant.length > 0) {
      const merchant = {
        currency: location.currency,
        location: receiptLocation(location),
        timeZone: location.timezone,
        ...(location.locale ? { locale: location.locale } : {}),
        ...((await isTestModeTill(db)) ? { testMode: true } : {}),
      };
      await printed(
        await printDocument(hardware.client, {
          kind: 'card-slip',
          slip: { ...merchant, copy: 'merchant', orderNumber: order.number, lines: slip.merchant, signature: true },
        }),
      );
    }
    if (tender.method === 'cash' && !paper) {
      // The drawer may be wired to the till, not the printer: the cash still has to come out.
      const drawer = await hardware.client.send('drawer:open', {});
      if (!drawer.ok) notify('error', t('frame.drawer', { detail: errorText(drawer.error, t) }));
    }
  };

  const voidSale = async (approvedBy: string | null) => {
    if (!staff) return;
    setBusy(true);
    setError(null);
    const slipLines: string[] = [];
    for (const p of payments.filter((x) => x.method === 'card')) {
      const receiptNumber = p.card?.receipt_number;
      if (receiptNumber == null) {
        setBusy(false);
        setError('A card payment has no terminal receipt number; refund it instead.');
        return;
      }
      const reversed = await hardware.client.send('terminal:reverse', { paymentId: p.id, receiptNumber });
      if (!reversed.ok || !reversed.value.approved) {
        setBusy(false);
        setError(t('history.cardReversalFailed', { detail: reversed.ok ? reversed.value.message : errorText(reversed.error, t) }));
        return;
      }
      slipLines.push(...reversed.value.receiptLines);
    }
    const result = await recordVoid(db, { orderId: order.id, reason: reason || t('history.voidReason'), staffId: staff.id, approvedBy });
    setBusy(false);
    if (!result.ok) {
      setError(errorText(result.error, t));
      return;
    }
    notify('success', t('history.voided', { number: order.number }));
    const hasCash = payments.some((p) => p.method === 'cash');
    const ok = await printed(
      await printDocument(hardware.client, await voidDocument(db, location, order.id, { cardSlipLines: slipLines, staffId: staff.id }), hasCash),
    );
    if (hasCash && !ok) {
      const drawer = await hardware.client.send('drawer:open', {});
      if (!drawer.ok) notify('error', t('frame.drawer', { detail: errorText(drawer.error, t) }));
    }
  };

  const reprintRefund = async (refundId: string) => {
    if (await printed(await printDocument(hardware.client, await refundDocument(db, location, refundId, { reprint: true }))))
      notify('success', t('history.refundPrinted'));
  };

  const reprintVoid = async () => {
    if (await printed(await printDocument(hardware.client, await voidDocument(db, location, order.id, { reprint: true }))))
      notify('success', t('history.voidPrinted'));
  };

  return (
    <div className="sale-detail">
      <section className="card" data-testid="sale-detail">
        <h3>
          {t('history.order', { number: order.number })} <span className={`badge ${STATUS_TONE[order.status]}`}>{t(`history.status.${order.status}`)}</span>
        </h3>
        <table className="list" aria-label={t('history.linesToRefund')}>
          <thead>
            <tr>
              <th>{t('history.item')}</th>
              <th className="num">{t('history.sold')}</th>
              <th className="num">{t('history.return')}</th>
            </tr>
          </thead>
          <tbody>
            {state.lines?.map((line) => {
              const snap = order.lines.find((l) => l.id === line.id);
              const left = line.quantity - refundedQty(line.id);
              const q = quantities[line.id] ?? 0;
              return (
                <tr key={line.id}>
                  <td>
                    {snap?.name} <small style={{ color: 'var(--muted)' }}>{money(line.total)}</small>
                  </td>
                  <td className="num">
                    {line.quantity}
                    {left < line.quantity && (
                      <small style={{ color: 'var(--muted)', display: 'block' }}>{t('history.returned', { count: line.quantity - left })}</small>
                    )}
                  </td>
                  <td className="num">
                    <input
                      className="input"
                      style={{ width: 80, minHeight: 44, textAlign: 'right' }}
                      type="number"
                      min={0}
                      max={left}
                      aria-label={t('history.returnQuantity', { name: snap?.name ?? line.id })}
                      value={q}
                      disabled={left === 0 || order.status === 'voided'}
                      onChange={(e) => setQuantities({ ...quantities, [line.id]: Math.max(0, Math.min(left, Number.parseInt(e.target.value, 10) || 0)) })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <button
            type="button"
            className="btn"
            disabled={order.status === 'voided' || order.status === 'refunded'}
            onClick={() => setQuantities(Object.fromEntries((state.lines ?? []).map((l) => [l.id, l.quantity - refundedQty(l.id)])))}
          >
            {t('history.returnAll')}
          </button>
        </div>
        {tenders.length > 1 && (
          <div className="segmented" role="group" aria-label={t('history.refundTo')}>
            {tenders.map((tn) => (
              <button
                key={tn.payment_id}
                type="button"
                className="btn"
                aria-pressed={tn.payment_id === tender?.payment_id}
                onClick={() => setPaymentId(tn.payment_id)}
              >
                {t('history.upTo', { method: t(`method.${tn.method}`), amount: money(tn.amount) })}
              </button>
            ))}
          </div>
        )}
        <label className="field">
          <span>{t('history.reason')}</span>
          <input className="input" value={reason} onChange={(e) => setReason(e.target.value)} aria-label={t('history.reason')} />
        </label>
        {byLines && !byLines.ok && <p className="error-text">{errorText(byLines.error, t)}</p>}
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <button type="button" className="btn danger" disabled={busy || amount <= 0} onClick={() => setAsking('refund')} data-testid="refund-button">
            {tender
              ? t('history.refundToMethod', { amount: money(amount), method: t(`method.${tender.method}`) })
              : t('history.refund', { amount: money(amount) })}
          </button>
          {canVoid && (
            <button type="button" className="btn" disabled={busy} onClick={() => setAsking('void')} data-testid="void-sale">
              {t('history.void')}
            </button>
          )}
          {order.status === 'voided' && (
            <button type="button" className="btn" onClick={() => void reprintVoid()} data-testid="reprint-void">
              {t('history.printVoid')}
            </button>
          )}
        </div>
        {refunds.length > 0 && (
          <table className="list" aria-label={t('history.refundsLabel')}>
            <tbody>
              {refunds.map((r) => (
                <tr key={r.id}>
                  <td>{dateTime(r.created_at)}</td>
                  <td>{t(`method.${r.method}`)}</td>
                  <td className="num">−{money(r.amount)}</td>
                  <td className="num">
                    <button type="button" className="btn" onClick={() => void reprintRefund(r.id)} data-testid="reprint-refund">
                      {t('history.printRefund')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card">
        <ReceiptPanel location={location} orderId={order.id} />
      </section>
      {asking === 'void' && staff && (
        <ApprovalDialog
          db={db}
          action="void_paid_sale"
          role={staff.role}
          permissions={location.role_permissions}
          title={t('confirmVoid.title', { number: order.number })}
          confirmLabel={t('confirmVoid.confirm', { amount: money(order.totals.total) })}
          danger
          onClose={() => setAsking(null)}
          onConfirm={async (approvedBy) => {
            setAsking(null);
            await voidSale(approvedBy);
          }}
        >
          <p data-testid="confirm-text">
            {t('confirmVoid.body', {
              amount: money(order.totals.total),
              tenders: payments.map((p) => `${t(`method.${p.method}`)} ${money(p.amount)}`).join(', '),
            })}
          </p>
        </ApprovalDialog>
      )}
      {asking === 'refund' && staff && tender && (
        <ApprovalDialog
          db={db}
          action="refund"
          role={staff.role}
          permissions={location.role_permissions}
          title={t('confirmRefund.title', { amount: money(amount) })}
          confirmLabel={t('confirmRefund.confirm', { amount: money(amount) })}
          onClose={() => setAsking(null)}
          onConfirm={async (approvedBy) => {
            setAsking(null);
            await refund(approvedBy);
          }}
        >
          <p data-testid="confirm-text">{t('confirmRefund.body', { amount: money(amount), method: t(`method.${tender.method}`), number: order.number })}</p>
        </ApprovalDialog>
      )}
    </div>
  );
}
