// Taking payment: cash (typed or quick amounts, change due, drawer opens), card (terminal through
// the hardware contract), or several tenders (split) until the balance is covered.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/use-i18n';
import { cashDue, isSettled, tenderCash } from '../../../core/payments';
import type { TillLocation } from '../../../core/sync/catalog';
import type { TenderInput } from '../../db/sales';
import { cartTotals } from '../../db/sales';
import { authorizeCard, completeSale, resolveCardPayment, showOnDisplay } from '../checkout';
import { asTenderInput, giveBackTender, openTenders, takeTender } from '../../db/taken-tenders';
import type { TakenTenderRow } from '../../db/till-db';
import { useScanHandler } from '../scanner';
import { parseAmount } from '../components/amount-field';
import { useServices } from '../services';
import { useTill } from '../till-store';
import { CashAmountField } from './cash-amount-field';
import { GiveBackDialog } from './give-back-dialog';
import { fitToTotal, quickCashAmounts } from './tender-amounts';
import { TenderSummary } from './tender-summary';
import { TipControl } from './tip-control';

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
  const paid = tenders.reduce((s, t) => s + t.amount, 0);
  const tipsSoFar = tenders.reduce((s, t) => s + (t.tip ?? 0), 0);
  const remaining = Math.max(0, totals.total - paid);
  const cashRemaining = cashDue(remaining, location.cash_rounding);

  useScanHandler(
    useCallback(() => {
      setText('');
      notify('info', { key: 'tender.scanIgnored' });
    }, [notify]),
  );

  const finish = useCallback(
    async (all: TenderInput[]) => {
      if (!staff) return;
      setBusy(i18n.t('tender.saving'));
      const done = await completeSale(db, hardware.client, location, {
        cart,
        tenders: fitToTotal(all, totals.total),
        staffId: staff.id,
        approvedBy: cart.approved_by ?? null,
      });
      setBusy(null);
      if (!done.ok) {
        setError(errorText(done.error, i18n.t));
        return;
      }
      const state = useTill.getState();
      state.clearCart();
      state.showReceipt(done.value.sale.order.id, done.value.print.ok ? null : errorText(done.value.print.error, i18n.t));
    },
    [db, hardware, location, cart, staff, totals.total, i18n],
  );

  const addTender = useCallback(
    async (tender: TenderInput) => {
      if (!staff) return;
      const stored = await takeTender(db, { cart, tender, staffId: staff.id });
      if (!stored.ok) {
        setError(errorText(stored.error, i18n.t));
        return;
      }
      const all = [...tenders.map(asTenderInput), asTenderInput(stored.value)];
      setText('');
      setTip(0);
      if (
        isSettled(
          totals.total,
          all.map((t, i) => ({ id: t.id ?? String(i), method: t.method, amount: t.amount })),
          location.cash_rounding,
        )
      ) {
        await finish(all);
      }
    },
    [db, cart, staff, tenders, totals.total, location.cash_rounding, finish, i18n],
  );

  // The cart may have shrunk below what was taken (Back, a line removed): finish with change, or say what to give back.
  const overpaid = totals.total > 0 && paid > 0 && remaining === 0 && !busy;

  /** The typed amount: null when nothing is typed, undefined (with the error shown) when it is not an amount. */
  const typedAmount = (): number | null | undefined => {
    if (text.trim() === '') return null;
    const value = parseAmount(text, currency);
    if (value === null) {
      setError(i18n.t('tender.notAnAmount', { text, currency }));
      return undefined;
    }
    if (value > 0) return value;
    setError(i18n.t('tender.aboveZero'));
    return undefined;
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
      setError(i18n.t('tender.cardAtMost', { amount: money(remaining) }));
      return;
    }
    setBusy(i18n.t('tender.cardWaiting', { amount: money(amount + tip) }));
    setCardWaiting(true);
    const outcome = await authorizeCard(db, hardware.client, { cart, amount, tip, currency, staffId: staff?.id ?? null });
    setCardWaiting(false);
    setBusy(null);
    if (outcome.kind === 'approved') await addTender(outcome.tender);
    else if (outcome.kind === 'unknown') {
      setUnresolved({ paymentId: outcome.paymentId, amount: amount + tip, tip });
      setError(i18n.t('tender.unknownOutcome', { detail: errorText(outcome.error, i18n.t) }));
    } else if (outcome.kind === 'declined') {
      const why = i18n.t(`card.${outcome.reason}`);
      setError(outcome.detail ? i18n.t('card.withDetail', { why, detail: outcome.detail }) : why);
    } else setError(errorText(outcome.error, i18n.t));
  };

  const askTerminal = async () => {
    if (!unresolved || busy) return;
    setBusy(i18n.t('tender.asking'));
    const answer = await resolveCardPayment(db, hardware.client, unresolved.paymentId);
    setBusy(null);
    if (answer.kind === 'charged') {
      setUnresolved(null);
      setError(null);
      await addTender({ id: unresolved.paymentId, method: 'card', amount: answer.amount, ...(answer.tip > 0 ? { tip: answer.tip } : {}) });
    } else if (answer.kind === 'not_charged') {
      setUnresolved(null);
      setError(i18n.t('tender.notCharged'));
    } else setError(i18n.t('tender.stillUnknown', { detail: errorText(answer.error, i18n.t) }));
  };

  /** ZVT 06 B0: the terminal ends the waiting dialogue; authorize then answers "aborted" (nothing charged). */
  const abortCard = async () => {
    const sent = await hardware.client.send('terminal:abort', {});
    if (!sent.ok) setError(`${i18n.t('tender.abortRefused')} ${errorText(sent.error, i18n.t)}`);
    else if (!sent.value.sent) setError(i18n.t('tender.abortRefused'));
    else setBusy(i18n.t('tender.aborting'));
  };

  const back = () => {
    if (busy) return;
    if (unresolved) {
      setError(i18n.t('tender.askFirst'));
      return;
    }
    if (tenders.length > 0) notify('info', i18n.t('tender.stays', { amount: money(paid) }));
    go('sell');
  };

  const giveBack = async (row: TakenTenderRow, approvedBy: string | null) => {
    if (!staff) return;
    if (row.method === 'card') {
      const receiptNumber = row.card?.receipt_number;
      if (receiptNumber == null) {
        setError(i18n.t('tender.noReceiptNumber'));
        return;
      }
      setBusy(i18n.t('tender.reversing'));
      const reversed = await hardware.client.send('terminal:reverse', { paymentId: row.id, receiptNumber });
      setBusy(null);
      if (!reversed.ok || !reversed.value.approved) {
        setError(i18n.t('tender.reversalFailed', { detail: reversed.ok ? reversed.value.message : errorText(reversed.error, i18n.t) }));
        return;
      }
    }
    const done = await giveBackTender(db, { id: row.id, staffId: staff.id, approvedBy });
    if (!done.ok) setError(errorText(done.error, i18n.t));
    else notify('success', i18n.t(row.method === 'cash' ? 'tender.handBack' : 'tender.reversed', { amount: money(row.amount + (row.tip ?? 0)) }));
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
        <TenderSummary
          location={location}
          cart={cart}
          totals={totals}
          remaining={remaining}
          cashRemaining={cashRemaining}
          tenders={tenders}
          busy={Boolean(busy)}
          onGiveBack={setGivingBack}
        />
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
        {overpaid && (
          <button type="button" className="btn ok" onClick={() => void finish(tenders.map(asTenderInput))}>
            {i18n.t('tender.finishChange', { amount: money(paid - totals.total) })}
          </button>
        )}
        {cardWaiting && (
          <button type="button" className="btn danger big" onClick={() => void abortCard()} data-testid="abort-card">
            {i18n.t('tender.abort')}
          </button>
        )}
        {givingBack && staff && (
          <GiveBackDialog
            db={db}
            staff={staff}
            location={location}
            row={givingBack}
            onClose={() => setGivingBack(null)}
            onConfirm={async (approvedBy) => {
              const row = givingBack;
              setGivingBack(null);
              await giveBack(row, approvedBy);
            }}
          />
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
            {i18n.t('tender.askTerminal', { amount: money(unresolved.amount) })}
          </button>
        )}
        <button type="button" className="btn back" onClick={back} disabled={Boolean(busy)}>
          {i18n.t('tender.back')} <span className="key">Esc</span>
        </button>
      </section>
      <section className="card tender-pay">
        <CashAmountField
          inputRef={inputRef}
          currency={currency}
          placeholder={cashRemaining + tip}
          text={text}
          disabled={Boolean(busy)}
          onText={(update) => {
            setError(null);
            setText(update);
          }}
          onEnter={() => void payCash()}
        >
          <div className="quick" role="group" aria-label={i18n.t('tender.quick')}>
            {quick.map((amount, i) => (
              <button
                key={amount}
                type="button"
                className="btn"
                disabled={Boolean(busy) || remaining === 0 || Boolean(unresolved)}
                onClick={() => void payCash(amount)}
              >
                {i === 0 ? i18n.t('tender.exact', { amount: money(amount) }) : money(amount)} <span className="key">F{i + 5}</span>
              </button>
            ))}
          </div>
        </CashAmountField>
        <div className="pay-methods">
          <button type="button" className="btn ok big" disabled={Boolean(busy) || remaining === 0 || Boolean(unresolved)} onClick={() => void payCash()}>
            {i18n.t('method.cash')} <span className="key">Enter</span>
          </button>
          <button type="button" className="btn primary big" disabled={Boolean(busy) || remaining === 0 || Boolean(unresolved)} onClick={() => void payCard()}>
            {i18n.t('method.card')} <span className="key">F2</span>
          </button>
        </div>
        <p style={{ margin: 0, color: 'var(--muted)', fontSize: '.9rem' }}>{i18n.t('tender.split')}</p>
      </section>
    </main>
  );
}
