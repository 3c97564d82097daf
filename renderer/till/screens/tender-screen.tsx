// Taking payment: cash (typed or quick amounts, change due, drawer opens), card (terminal through
// the hardware contract), or several tenders (split) until the balance is covered.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { parseMoney, toDecimalString } from '../../../core/money';
import { useI18n } from '../i18n/use-i18n';
import { cashDue, isSettled, tenderCash } from '../../../core/payments';
import type { TillLocation } from '../../../core/sync/catalog';
import type { TenderInput } from '../../db/sales';
import { cartTotals } from '../../db/sales';
import { authorizeCard, completeSale, resolveCardPayment, showOnDisplay } from '../checkout';
import { itemCount } from '../components/cart-panel';
import { asTenderInput, giveBackTender, openTenders, takeTender } from '../../db/taken-tenders';
import type { TakenTenderRow } from '../../db/till-db';
import { ApprovalDialog } from '../components/approval-dialog';
import { useScanHandler } from '../scanner';
import { useServices } from '../services';
import { useTill } from '../till-store';
import { TipControl } from './tip-control';

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

/**
 * The tenders as the sale records them when more was taken than the total (the cart shrank after a
 * part-payment): the excess comes off the cash applied, newest first, and is handed back as change.
 * Card tenders are never reduced; if cash cannot absorb it, recordSale refuses (give a tender back).
 */
export function fitToTotal(tenders: TenderInput[], total: number): TenderInput[] {
  let excess = tenders.reduce((sum, t) => sum + t.amount, 0) - total;
  if (excess <= 0) return tenders;
  const out = [...tenders];
  for (let i = out.length - 1; i >= 0 && excess > 0; i--) {
    const t = out[i]!;
    if (t.method !== 'cash') continue;
    const cut = Math.min(excess, t.amount - 1);
    out[i] = { ...t, amount: t.amount - cut, tendered: t.tendered ?? t.amount };
    excess -= cut;
  }
  return out;
}

export function TenderScreen({ location }: { location: TillLocation }) {
  const { db, hardware } = useServices();
  const cart = useTill((s) => s.cart);
  const staff = useTill((s) => s.staff);
  const go = useTill((s) => s.go);
  const notify = useTill((s) => s.notify);
  // Tenders taken on this sale live in Dexie: Back, a reload or another cashier never loses them.
  const taken = useLiveQuery(() => openTenders(db, cart.id), [db, cart.id]);
  const tenders: TakenTenderRow[] = useMemo(() => taken ?? [], [taken]);
  const [givingBack, setGivingBack] = useState<TakenTenderRow | null>(null);
  /** a card authorization waiting on the terminal: Abort sends ZVT 06 B0 */
  const [cardWaiting, setCardWaiting] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** A card authorization whose outcome was lost: no other tender until the terminal says what happened. */
  const [unresolved, setUnresolved] = useState<{ paymentId: string; amount: number; tip: number } | null>(null);
  /** the tip the next tender carries (UI session state; it goes onto the tender when taken) */
  const [tip, setTip] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const totals = useMemo(() => cartTotals(cart, location), [cart, location]);
  const currency = location.currency;
  const i18n = useI18n();
  const money = (n: number) => i18n.money(n, currency);
  /** the location's decimal separator for the amount keys (parseMoney takes "." and ",") */
  const decimalSeparator = i18n.number(1.5).includes(',') ? ',' : '.';
  const paid = tenders.reduce((s, t) => s + t.amount, 0);
  const tipsSoFar = tenders.reduce((s, t) => s + (t.tip ?? 0), 0);
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
      const done = await completeSale(db, hardware.client, location, { cart, tenders: fitToTotal(all, totals.total), staffId: staff.id, approvedBy: cart.approved_by ?? null });
      setBusy(null);
      if (!done.ok) {
        setError(done.error.message);
        return;
      }
      const state = useTill.getState();
      state.clearCart();
      state.showReceipt(done.value.sale.order.id, done.value.print.ok ? null : done.value.print.error.message);
    },
    [db, hardware, location, cart, staff, totals.total],
  );

  const addTender = useCallback(
    async (tender: TenderInput) => {
      if (!staff) return;
      const stored = await takeTender(db, { cart, tender, staffId: staff.id });
      if (!stored.ok) {
        setError(stored.error.message);
        return;
      }
      const all = [...tenders.map(asTenderInput), asTenderInput(stored.value)];
      setText('');
      setTip(0);
      if (isSettled(totals.total, all.map((t, i) => ({ id: t.id ?? String(i), method: t.method, amount: t.amount })), location.cash_rounding)) {
        await finish(all);
      }
    },
    [db, cart, staff, tenders, totals.total, location.cash_rounding, finish],
  );

  // The cart may have shrunk below what was taken (Back, a line removed): finish with change, or say what to give back.
  const overpaid = totals.total > 0 && paid > 0 && remaining === 0 && !busy;

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
    const handed = typed ?? cashRemaining + tip;
    const result = tenderCash(remaining, handed, location.cash_rounding, tip);
    if (result.ok) {
      await addTender({ method: 'cash', amount: result.value.applied, ...(tip > 0 ? { tip } : {}), tendered: handed });
    } else if (tip > 0) {
      // A tip goes with a cash payment of the whole balance: less cash than that is not a split with a tip.
      setError(i18n.t('tip.cashShort', { due: money(cashRemaining + tip) }));
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
    setBusy(`Card payment of ${money(amount + tip)}: follow the terminal…`);
    setCardWaiting(true);
    const outcome = await authorizeCard(db, hardware.client, { cart, amount, tip, currency, staffId: staff?.id ?? null });
    setCardWaiting(false);
    setBusy(null);
    if (outcome.kind === 'approved') await addTender(outcome.tender);
    else if (outcome.kind === 'unknown') {
      setUnresolved({ paymentId: outcome.paymentId, amount: amount + tip, tip });
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
      await addTender({ id: unresolved.paymentId, method: 'card', amount: answer.amount, ...(answer.tip > 0 ? { tip: answer.tip } : {}) });
    } else if (answer.kind === 'not_charged') {
      setUnresolved(null);
      setError('The card was not charged. Take the payment again.');
    } else setError(`Still unknown: ${answer.message}`);
  };

  /** ZVT 06 B0: the terminal ends the waiting dialogue; authorize then answers "aborted" (nothing charged). */
  const abortCard = async () => {
    const sent = await hardware.client.send('terminal:abort', {});
    if (!sent.ok || !sent.value.sent) setError(`The terminal did not take the abort${sent.ok ? '' : `: ${sent.error.message}`}; wait for it or cancel on the terminal.`);
    else setBusy('Aborting the card payment…');
  };

  const back = () => {
    if (busy) return;
    if (unresolved) {
      setError('First find out from the terminal whether the card was charged.');
      return;
    }
    if (tenders.length > 0) notify('info', `${money(paid)} taken stays on this sale.`);
    go('sell');
  };

  const giveBack = async (row: TakenTenderRow, approvedBy: string | null) => {
    if (!staff) return;
    if (row.method === 'card') {
      const receiptNumber = row.card?.receipt_number;
      if (receiptNumber == null) {
        setError('This card payment has no terminal receipt number; reverse it on the terminal.');
        return;
      }
      setBusy('Reversing the card payment on the terminal…');
      const reversed = await hardware.client.send('terminal:reverse', { paymentId: row.id, receiptNumber });
      setBusy(null);
      if (!reversed.ok || !reversed.value.approved) {
        setError(`Card reversal failed: ${reversed.ok ? reversed.value.message : reversed.error.message}`);
        return;
      }
    }
    const done = await giveBackTender(db, { id: row.id, staffId: staff.id, approvedBy });
    if (!done.ok) setError(done.error.message);
    else notify('success', row.method === 'cash' ? `Hand ${money(row.amount + (row.tip ?? 0))} back to the customer.` : `Card payment of ${money(row.amount + (row.tip ?? 0))} reversed.`);
  };

  const quick = quickCashAmounts(cashRemaining + tip, 2);

  useEffect(() => {
    inputRef.current?.focus();
  }, [tenders.length]);

  useEffect(() => {
    showOnDisplay(hardware.client, { kind: 'total', amount: totals.total, currency });
  }, [hardware, totals.total, currency]);

  return (
    <main
      className="tender fill"
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
        <ul className="tender-lines" aria-label="What is being paid">
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
          <table className="list" aria-label="Tenders taken" data-testid="tenders-taken">
            <tbody>
              {tenders.map((t) => (
                <tr key={t.id}>
                  <td>{t.method === 'cash' ? 'Cash taken' : `Card ${t.card?.card_name ?? ''}`}</td>
                  <td className="num">{money(t.amount + (t.tip ?? 0))}</td>
                  <td>
                    <button type="button" className="btn" disabled={Boolean(busy)} onClick={() => setGivingBack(t)} data-testid="give-back">
                      {t.method === 'cash' ? 'Give back' : 'Reverse'}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {overpaid && (
          <button type="button" className="btn ok" onClick={() => void finish(tenders.map(asTenderInput))}>
            Finish: {money(paid - totals.total)} change
          </button>
        )}
        {cardWaiting && (
          <button type="button" className="btn danger big" onClick={() => void abortCard()} data-testid="abort-card">
            Abort card payment
          </button>
        )}
        {givingBack && staff && (
          <ApprovalDialog
            db={db}
            action="give_back_tender"
            role={staff.role}
            permissions={location.role_permissions}
            title={givingBack.method === 'cash' ? 'Give the cash back?' : 'Reverse the card payment?'}
            confirmLabel={givingBack.method === 'cash' ? `Give ${money(givingBack.amount + (givingBack.tip ?? 0))} back` : `Reverse ${money(givingBack.amount + (givingBack.tip ?? 0))}`}
            danger
            onClose={() => setGivingBack(null)}
            onConfirm={async (approvedBy) => {
              const row = givingBack;
              setGivingBack(null);
              await giveBack(row, approvedBy);
            }}
          >
            <p>
              {givingBack.method === 'cash'
                ? `${money(givingBack.amount + (givingBack.tip ?? 0))} in cash comes off this sale and goes back to the customer now.`
                : `The card payment of ${money(givingBack.amount + (givingBack.tip ?? 0))} is reversed on the terminal and comes off this sale.`}
            </p>
          </ApprovalDialog>
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
        <button type="button" className="btn back" onClick={back} disabled={Boolean(busy)}>
          Back to cart <span className="key">Esc</span>
        </button>
      </section>
      <section className="card tender-pay">
        <TipControl
          base={remaining}
          orderTotal={totals.total}
          tipsSoFar={tipsSoFar}
          currency={currency}
          cashRounding={location.cash_rounding}
          tip={tip}
          onChange={setTip}
          disabled={Boolean(busy) || remaining === 0 || Boolean(unresolved)}
        />
        <label className="field">
          <span>Cash given / amount to charge ({currency})</span>
          <input
            ref={inputRef}
            className="input amount-input"
            inputMode="decimal"
            aria-label="Amount given"
            placeholder={toDecimalString(cashRemaining + tip, currency)}
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
        <div className="keypad amount-keys" role="group" aria-label="Amount keys">
          {['7', '8', '9', '4', '5', '6', '1', '2', '3', decimalSeparator, '0', '⌫'].map((key) => (
            <button
              key={key}
              type="button"
              className="btn"
              tabIndex={-1}
              disabled={Boolean(busy)}
              aria-label={key === '⌫' ? 'Delete last digit' : undefined}
              // Keeps the focus in the amount field, so Enter still takes the cash.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                setError(null);
                setText((current) => (key === '⌫' ? current.slice(0, -1) : current + key));
              }}
            >
              {key}
            </button>
          ))}
        </div>
        <div className="quick" role="group" aria-label="Quick cash amounts">
          {quick.map((amount, i) => (
            <button key={amount} type="button" className="btn" disabled={Boolean(busy) || remaining === 0 || Boolean(unresolved)} onClick={() => void payCash(amount)}>
              {i === 0 ? 'Exact ' : ''}
              {money(amount)} <span className="key">F{i + 5}</span>
            </button>
          ))}
        </div>
        <div className="pay-methods">
          <button type="button" className="btn ok big" disabled={Boolean(busy) || remaining === 0 || Boolean(unresolved)} onClick={() => void payCash()}>
            Cash <span className="key">Enter</span>
          </button>
          <button type="button" className="btn primary big" disabled={Boolean(busy) || remaining === 0 || Boolean(unresolved)} onClick={() => void payCard()}>
            Card <span className="key">F2</span>
          </button>
        </div>
        <p style={{ margin: 0, color: 'var(--muted)', fontSize: '.9rem' }}>
          Split: type a part amount and choose Cash or Card; repeat until nothing is due.
        </p>
      </section>
    </main>
  );
}
