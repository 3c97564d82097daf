// After a sale: change due, the receipt as printed (same core layout), reprint, next sale.
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/use-i18n';
import type { TillLocation } from '../../../core/sync/catalog';
import { printReceipt, receiptFor, receiptText } from '../checkout';
import { useServices } from '../services';
import { useTill } from '../till-store';

/** Receipt preview plus a reprint button; used after a sale and in the sales history. */
export function ReceiptPanel({ location, orderId, initialPrintError = null }: { location: TillLocation; orderId: string; initialPrintError?: string | null }) {
  const { db, hardware } = useServices();
  const notify = useTill((s) => s.notify);
  const { t } = useI18n();
  const [printing, setPrinting] = useState(false);
  const [printError, setPrintError] = useState<string | null>(initialPrintError);
  const receipt = useLiveQuery(() => receiptFor({ db, location }, orderId), [db, location, orderId]);

  const reprint = async () => {
    setPrinting(true);
    const result = await printReceipt(hardware.client, { db, location, reprint: true }, orderId, false);
    setPrinting(false);
    if (result.ok) {
      setPrintError(null);
      notify('success', t('receipt.printed'));
    } else setPrintError(errorText(result.error, t));
  };

  return (
    <div className="receipt-panel">
      {receipt ? (
        <pre className="receipt-preview" data-testid="receipt-preview" aria-label={t('receipt.preview')}>
          {receiptText(receipt)}
        </pre>
      ) : (
        <p className="empty">{t('receipt.loading')}</p>
      )}
      {printError && (
        <p className="error-text" role="alert" data-testid="print-error">
          {t('receipt.notPrinted', { error: printError })}
        </p>
      )}
      <button type="button" className="btn" onClick={() => void reprint()} disabled={printing} data-testid="reprint">
        {printing ? t('receipt.printing') : t('receipt.reprint')} <span className="key">R</span>
      </button>
    </div>
  );
}

export function ReceiptScreen({ location }: { location: TillLocation }) {
  const { db } = useServices();
  const orderId = useTill((s) => s.receiptOrderId);
  const printError = useTill((s) => s.receiptPrintError);
  const go = useTill((s) => s.go);
  const { t, money } = useI18n();
  const nextRef = useRef<HTMLButtonElement>(null);
  const order = useLiveQuery(() => (orderId ? db.orders.get(orderId) : undefined), [db, orderId]);
  const payments = useLiveQuery(() => (orderId ? db.payments.where('order_id').equals(orderId).toArray() : []), [db, orderId]) ?? [];
  const change = payments.reduce((s, p) => s + (p.change ?? 0), 0);
  const tips = payments.reduce((s, p) => s + (p.tip ?? 0), 0);

  useEffect(() => {
    nextRef.current?.focus();
  }, []);
  if (!orderId) return null;

  return (
    <main
      className="tender fill receipt-screen"
      data-testid="receipt-screen"
      onKeyDown={(e) => {
        if (e.key === 'r' || e.key === 'R') {
          e.preventDefault();
          document.querySelector<HTMLButtonElement>('[data-testid="reprint"]')?.click();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          go('sell');
        }
      }}
    >
      <section className="card receipt-summary">
        <h3>{order ? t('receipt.paidOrder', { number: order.number }) : t('receipt.paid')}</h3>
        <div className="due" data-testid="change-due">
          {change > 0 ? t('receipt.change', { amount: money(change, location.currency) }) : t('receipt.noChange')}
        </div>
        {order && (
          <div style={{ color: 'var(--muted)' }}>
            {t('receipt.totalLine', {
              total: money(order.totals.total, location.currency),
              tenders: payments.map((p) => `${t(`method.${p.method}`)} ${money(p.amount + (p.tip ?? 0), location.currency)}`).join(' + '),
            })}
          </div>
        )}
        {tips > 0 && (
          <div data-testid="tips-on-sale" style={{ color: 'var(--muted)' }}>
            {t('tip.onSale', { amount: money(tips, location.currency) })}
          </div>
        )}
        <button ref={nextRef} type="button" className="btn primary big next" onClick={() => go('sell')} data-testid="next-sale">
          {t('receipt.next')} <span className="key">Enter</span>
        </button>
      </section>
      <section className="card receipt-paper">
        <ReceiptPanel location={location} orderId={orderId} initialPrintError={printError} />
      </section>
    </main>
  );
}
