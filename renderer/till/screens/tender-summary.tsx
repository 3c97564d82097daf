// The left card of the tender screen: the amount due, what is being paid for, and the tenders already taken
// on this sale (each with its give-back or reverse button).
import type { TillLocation } from '../../../core/sync/catalog';
import type { OrderTotals } from '../../../core/order-totals';
import type { Cart, TakenTenderRow } from '../../db/till-db';
import { itemCount } from '../components/cart-panel';
import { useI18n } from '../i18n/use-i18n';

export function TenderSummary({
  location,
  cart,
  totals,
  remaining,
  cashRemaining,
  tenders,
  busy,
  onGiveBack,
}: {
  location: TillLocation;
  cart: Cart;
  totals: OrderTotals;
  remaining: number;
  cashRemaining: number;
  tenders: TakenTenderRow[];
  busy: boolean;
  onGiveBack: (row: TakenTenderRow) => void;
}) {
  const i18n = useI18n();
  const money = (n: number) => i18n.money(n, location.currency);
  return (
    <>
      <h3>{i18n.t('tender.due')}</h3>
      <div className="due" data-testid="amount-due">
        {money(remaining)}
      </div>
      {location.cash_rounding > 1 && remaining > 0 && <div style={{ color: 'var(--muted)' }}>{i18n.t('tender.inCash', { amount: money(cashRemaining) })}</div>}
      <div style={{ color: 'var(--muted)' }}>{i18n.t('tender.totalLine', { amount: money(totals.total), items: itemCount(cart, i18n) })}</div>
      <ul className="tender-lines" aria-label={i18n.t('tender.whatIsPaid')}>
        {cart.lines.map((line) => {
          const lt = totals.lines.find((x) => x.id === line.id);
          return (
            <li key={line.id}>
              <span>
                <strong>{line.quantity}×</strong> {line.name}
                {line.modifiers.length > 0 && <small> · {line.modifiers.map((m) => m.name).join(', ')}</small>}
              </span>
              <span className="num">{lt ? money(lt.gross_before_discount - lt.line_discount) : ''}</span>
            </li>
          );
        })}
      </ul>
      {tenders.length > 0 && (
        <table className="list" aria-label={i18n.t('tender.taken')} data-testid="tenders-taken">
          <tbody>
            {tenders.map((t) => (
              <tr key={t.id}>
                <td>{t.method === 'cash' ? i18n.t('cart.cashTaken') : i18n.t('cart.cardTaken', { name: t.card?.card_name ?? '' })}</td>
                <td className="num">{money(t.amount + (t.tip ?? 0))}</td>
                <td>
                  <button type="button" className="btn" disabled={busy} onClick={() => onGiveBack(t)} data-testid="give-back">
                    {i18n.t(t.method === 'cash' ? 'tender.giveBack' : 'tender.reverse')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
