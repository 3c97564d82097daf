// Taking payment: cash (typed or quick amounts, change due, drawer opens), card (terminal through
// the hardware contract), or several tenders (split) until the balance is covered.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { parseMoney, toDecimalString } from '../../../core/money';
import { useI18n } from '../i18n/use-i18n';
import { cashDue, isSettled, tenderCash } from '../../../core/payments';
import type { TillLocation } from '../../../core/sync/catalog';
import type { TenderInput } from '../../db/sales';
import { cartTotals } from '../../db/sales';
import { authorizeCard, completeSale, resolveCardPayment, showOnDisplay } from '../checkout';
import { itemCount } from '../components/cart-panel';
import { useScanHandler } from '../scanner';
import { useServices } from '../services';
import { useTill } from '../till-store';

/** Quick cash amounts: the exact amount, then the next round notes above it. */
export function quickCashAmounts(due: number, exponent = 2): number[] {
  const unit = 10 ** exponent;
  const notes = [5, 10, 20, 50, 100, 200].map((n) => n * unit);
  const out = [due];
  for (const note of notes) {
    const rounded = Math.ceil(due / note) * note;
    if (rounded > due && !out.includes(rounded)) out.push(rounded);
    if (out.length === 4) break;
  }
  return out;
}

export function TenderScreen({ location }: { location: TillLocation }) {
  const { db, hardware } = useServices();
  const cart = useTill((s) => s.cart);
  const staff = useTill((s) => s.staff);
  const go = useTill((s) => s.go);
  const notify = useTill((s) => s.notify);
  const [tenders, setTenders] = useState<TenderInput[]>([]);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** A card authorization whose outcome was lost: no other tender until the terminal says what happened. */
  const [unresolved, setUnresolved] = useState<{ paymentId: string; amount: number } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const totals = useMemo(() => cartTotals(cart, location), [cart, location]);
  const currency = location.currency;
  const i18n = useI18n();
  const money = (n: number) => i18n.money(n, currency);
  const paid = tenders.reduce((s, t) => s + t.amount, 0);
  const remaining = Math.max(0, totals.total - paid);
  const cashRemaining = cashDue(remaining, location.cash_rounding);

  useScanHandler(
    useCallback(() => {
      setText('');
      notify('info', 'Scan ignored while taking payment.');
    }, [notify]),
  );

  const finish = useCallback(
    async (all: TenderInput[]) => {
      if (!staff) return;
      setBusy('Saving the sale…');
      const done = await completeSale(db, hardware.client, location, { cart, tenders: all, staffId: staff.id });
      setBusy(null);
      if (!done.ok) {
        setError(done.error.message);
        return;
      }
      const state = useTill.getState();
      state.clearCart();
      state.showReceipt(done.value.sale.order.id, done.value.print.ok ? null : done.value.print.error.message);
    },
    [db, hardware, location, cart, staff],
  );

  const addTender = useCallback(
    async (tender: TenderInput) => {
      const all = [...tenders, tender];
      setTenders(all);
      setText('');
      if (isSettled(totals.total, all.map((t, i) => ({ id: t.id ?? String(i), method: t.method, amount: t.amount })), location.cash_rounding)) {
        await finish(all);
      }
    },
    [tenders, totals.total, location.cash_rounding, finish],
  );

  /** The typed amount: null when nothing is typed, undefined (with the error shown) when it is not an amount. */
  const typedAmount = (): number | null | undefined => {
    if (text.trim() === '') return null;
    try {
      const value = parseMoney(text, currency);
      if (value <= 0) throw new RangeError('Enter an amount above zero.');
      return value;
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      return undefined;
    }
  };

  const payCash = async (given?: number) => {
    if (busy || remaining === 0 || unresolved) return;
    setError(null);
    const typed = given ?? typedAmount();
    if (typed === undefined) return;
    const handed = typed ?? cashRemaining;
    const result = tenderCash(remaining, handed, location.cash_rounding);
    if (result.ok) {
      await addTender({ method: 'cash', amount: result.value.applied, tendered: handed });
    } else {
      // Less than due: a partial cash payment in a split.
      await addTender({ method: 'cash', amount: handed, tendered: handed });
    }
  };

  const payCard = async () => {
    if (busy || remaining === 0 || unresolved) return;
    setError(null);
    const typed = typedAmount();
    if (typed === undefined) return;
    const amount = typed ?? remaining;
    if (amount > remaining) {
      setError(`A card pays at most the ${money(remaining)} still due.`);
      return;
    }
    setBusy(`Card payment of ${money(amount)}: follow the terminal…`);
    const outcome = await authorizeCard(db, hardware.client, { cart, amount, currency, staffId: staff?.id ?? null });
    setBusy(null);
    if (outcome.kind === 'approved') await addTender(outcome.tender);
    else if (outcome.kind === 'unknown') {
      setUnresolved({ paymentId: outcome.paymentId, amount });
      setError(`The terminal did not say whether the card was charged (${outcome.message}).`);
    } else setError(outcome.message);
  };

  const askTerminal = async () => {
    if (!unresolved || busy) return;
    setBusy('Asking the terminal…');
    const answer = await resolveCardPayment(db, hardware.client, unresolved.paymentId);
    setBusy(null);
    if (answer.kind === 'charged') {
      setUnresolved(null);
      setError(null);
      await addTender({ id: unresolved.paymentId, method: 'card', amount: answer.amount });
    } else if (answer.kind === 'not_charged') {
      setUnresolved(null);
      setError('The card was not charged. Take the payment again.');
    } else setError(`Still unknown: ${answer.message}`);
  };

  const back = () => {
    if (busy) return;
    if (unresolved) {
      setError('First find out from the terminal whether the card was charged.');
      return;
    }
    if (tenders.some((t) => t.method === 'card')) {
      setError('A card was already charged: finish the payment (or void the sale afterwards).');
      return;
    }
    if (tenders.length > 0) notify('info', 'Cash taken so far is handed back.');
    go('sell');
  };

  const quick = quickCashAmounts(cashRemaining, 2);

  useEffect(() => {
    inputRef.current?.focus();
  }, [tenders.length]);

  useEffect(() => {
    showOnDisplay(hardware.client, { kind: 'total', amount: totals.total, currency });
  }, [hardware, totals.total, currency]);

  return (
    <main
      className="tender"
      data-testid="tender-screen"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          back();
        } else if (e.key === 'F2') {
          e.preventDefault();
          void payCard();
        } else if (/^F[5-8]$/.test(e.key)) {
          e.preventDefault();
          const amount = quick[Number(e.key.slice(1)) - 5];
          if (amount !== undefined) void payCash(amount);
        }
      }}
    >
      <section className="card">
        <h3>Amount due</h3>
        <div className="due" data-testid="amount-due">
          {money(remaining)}
        </div>
        {location.cash_rounding > 1 && remaining > 0 && <div style={{ color: 'var(--muted)' }}>In cash: {money(cashRemaining)}</div>}
        <div style={{ color: 'var(--muted)' }}>
          Total {money(totals.total)} · {itemCount(cart, i18n)}
        </div>
        {tenders.length > 0 && (
          <table className="list" aria-label="Tenders taken">
            <tbody>
              {tenders.map((t, i) => (
                <tr key={i}>
                  <td>{t.method === 'cash' ? 'Cash' : `Card ${t.card?.card_name ?? ''}`}</td>
                  <td className="num">{money(t.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {busy && (
          <p role="status" aria-live="polite" style={{ fontWeight: 700 }}>
            {busy}
          </p>
        )}
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        {unresolved && (
          <button type="button" className="btn primary" onClick={() => void askTerminal()} disabled={Boolean(busy)} data-testid="ask-terminal">
            Was the card of {money(unresolved.amount)} charged? Ask the terminal
          </button>
        )}
        <button type="button" className="btn" onClick={back} disabled={Boolean(busy)}>
          Back to cart <span className="key">Esc</span>
        </button>
      </section>
      <section className="card">
        <label className="field">
          <span>Cash given / amount to charge ({currency})</span>
          <input
            ref={inputRef}
            className="input amount-input"
            inputMode="decimal"
            aria-label="Amount given"
            placeholder={toDecimalString(cashRemaining, currency)}
            value={text}
            disabled={Boolean(busy)}
            onChange={(e) => {
              setError(null);
              setText(e.target.value.replace(/[^0-9.,]/g, ''));
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void payCash();
              }
            }}
          />
        </label>
        <div className="quick" role="group" aria-label="Quick cash amounts">
          {quick.map((amount, i) => (
            <button key={amount} type="button" className="btn" disabled={Boolean(busy) || remaining === 0 || Boolean(unresolved)} onClick={() => void payCash(amount)}>
              {i === 0 ? 'Exact ' : ''}
              {money(amount)} <span className="key">F{i + 5}</span>
            </button>
          ))}
        </div>
        <button type="button" className="btn ok big" disabled={Boolean(busy) || remaining === 0 || Boolean(unresolved)} onClick={() => void payCash()}>
          Cash <span className="key">Enter</span>
        </button>
        <button type="button" className="btn primary big" disabled={Boolean(busy) || remaining === 0 || Boolean(unresolved)} onClick={() => void payCard()}>
          Card <span className="key">F2</span>
        </button>
        <p style={{ margin: 0, color: 'var(--muted)', fontSize: '.9rem' }}>
          Split: type a part amount and choose Cash or Card; repeat until nothing is due.
        </p>
      </section>
    </main>
  );
}
