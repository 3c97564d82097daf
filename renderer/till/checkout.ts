// Taking payment and finishing a sale: card authorizations through the hardware contract (journaled
// before they are sent), recording the sale in Dexie, then printing. A failed print never loses the
// sale: the sale is recorded first and the error is returned for the UI to offer a reprint.
import type { AppError } from '../../core/result';
import type { Translate } from '../../core/i18n/translate';
import type { HardwareArgs, TerminalResult } from '../../core/hardware-contract';
import type { HardwareClient } from '../../core/hardware-contract';
import { layoutReceipt, receiptBlocksToText, type ReceiptOrder } from '../../core/receipt-layout';
import type { TillLocation } from '../../core/sync/catalog';
import type { CardDetails } from '../../core/sync/order-snapshot';
import { beginCardPayment, endCardPayment, failCardPayment, listPendingCardPayments } from '../db/carts';
import { cartTotals, loadOrderSnapshot, recordSale, type RecordedSale, type TenderInput } from '../db/sales';
import { currentShift } from '../db/shifts';
import { getSetting, type Cart, type TillDb } from '../db/till-db';
import { errorText } from './i18n/error-text';
import type { TillMessageKey } from './i18n/messages';
import { customerLabel } from '../../core/sync/till-customer';
import { toReceiptOrder } from './receipt';
import { isTestModeTill } from './documents';

export type CardOutcome =
  | { kind: 'approved'; tender: TenderInput; result: TerminalResult }
  /** `message` is what the synced payment.failed record says; the screen words `reason` and the terminal's `detail`. */
  | { kind: 'declined'; reason: 'declined' | 'timeout' | 'aborted'; detail: string; message: string }
  /** The terminal may have charged: the journal row stays until `terminal:resolve-pending` settles it. */
  | { kind: 'unknown'; error: AppError; paymentId: string }
  | { kind: 'error'; error: AppError };

export function cardDetails(result: TerminalResult): CardDetails {
  return {
    receipt_number: result.receiptNumber,
    trace_number: result.traceNumber,
    terminal_id: result.terminalId,
    auth_code: result.authCode,
    card_name: result.cardName,
    masked_pan: result.maskedPan,
    slip_lines: result.receiptLines.slice(0, 80).map((l) => l.slice(0, 80)),
  };
}

/** One card authorization for `amount`, journaled in Dexie before the terminal is asked. */
export async function authorizeCard(
  db: TillDb,
  hardware: HardwareClient,
  input: { cart: Cart; amount: number; tip?: number; currency: string; staffId?: string | null },
): Promise<CardOutcome> {
  // The terminal is asked for the amount including the tip (one ZVT authorization); the sale keeps them apart.
  const tip = input.tip ?? 0;
  const pending = await beginCardPayment(db, { amount: input.amount + tip, tip, currency: input.currency, cart: input.cart });
  const sent = await hardware.send('terminal:authorize', { paymentId: pending.payment_id, amount: input.amount + tip, currency: input.currency });
  if (!sent.ok) {
    if (sent.error.code === 'outcome_unknown' || sent.error.code === 'device_disconnected' || sent.error.code === 'device_timeout') {
      return { kind: 'unknown', error: sent.error, paymentId: pending.payment_id };
    }
    // Nothing reached the terminal (not configured, unreachable, bad args): nothing was charged.
    await endCardPayment(db, pending.payment_id);
    return { kind: 'error', error: sent.error };
  }
  const result = sent.value;
  if (!result.approved) {
    const code = result.outcome === 'timeout' || result.outcome === 'aborted' ? result.outcome : 'declined';
    const why = code === 'timeout' ? 'Timed out waiting for the card' : code === 'aborted' ? 'Payment aborted' : 'Card declined';
    const message = result.message ? `${why}: ${result.message}` : why;
    // The attempt is recorded (synced as payment.failed); a storage error here must not hide the decline.
    const failed = await failCardPayment(db, { paymentId: pending.payment_id, code, message, staffId: input.staffId ?? null, card: cardDetails(result) });
    if (!failed.ok) console.warn('could not record the failed card payment', failed.error);
    return { kind: 'declined', reason: code, detail: result.message, message };
  }
  return {
    kind: 'approved',
    result,
    tender: {
      id: pending.payment_id,
      method: 'card',
      amount: result.amount - tip,
      ...(tip > 0 ? { tip } : {}),
      card: cardDetails(result),
      reference: result.authCode,
    },
  };
}

export interface ReceiptSources {
  db: TillDb;
  location: TillLocation;
  reprint?: boolean;
}

/** The receipt of a recorded order, from Dexie (staff name and tax names looked up there). */
export async function receiptFor(sources: ReceiptSources, orderId: string): Promise<ReceiptOrder | null> {
  const snapshot = await loadOrderSnapshot(sources.db, orderId);
  if (!snapshot) return null;
  const [staff, taxRates, customer] = await Promise.all([
    sources.db.staff.get(snapshot.staff_id),
    sources.db.taxRates.toArray(),
    snapshot.customer_id ? sources.db.customers.get(snapshot.customer_id) : undefined,
  ]);
  const receipt = toReceiptOrder(snapshot, {
    location: sources.location,
    taxRates,
    ...(staff ? { staffName: staff.name } : {}),
    ...(customer ? { customerName: customerLabel(customer) } : {}),
    ...(sources.reprint ? { reprint: true } : {}),
  });
  return (await isTestModeTill(sources.db)) ? { ...receipt, testMode: true } : receipt;
}

export function receiptText(receipt: ReceiptOrder, width: 42 | 32 = 42): string {
  return receiptBlocksToText(layoutReceipt(receipt, width), width);
}

/** Prints a recorded order's receipt; kicks the drawer when asked (cash sales). */
export async function printReceipt(
  hardware: HardwareClient,
  sources: ReceiptSources,
  orderId: string,
  openDrawer: boolean,
): Promise<{ ok: true } | { ok: false; error: AppError }> {
  const receipt = await receiptFor(sources, orderId);
  if (!receipt) return { ok: false, error: { code: 'unknown_order', message: `No order ${orderId} on this till.` } };
  const printed = await hardware.send('printer:print-receipt', { order: receipt, openDrawer });
  if (printed.ok) return { ok: true };
  if (openDrawer) {
    // The drawer may be wired to the till, not the printer: still open it for the cash.
    const drawer = await hardware.send('drawer:open', {});
    if (!drawer.ok) console.warn('drawer did not open after a failed print', drawer.error);
  }
  return { ok: false, error: printed.error };
}

export interface CompletedSale {
  sale: RecordedSale;
  print: { ok: true } | { ok: false; error: AppError };
}

/** Records the sale (order + payments + outbox in one transaction), then prints. */
export async function completeSale(
  db: TillDb,
  hardware: HardwareClient,
  location: TillLocation,
  input: { cart: Cart; tenders: TenderInput[]; staffId: string; approvedBy?: string | null },
): Promise<{ ok: true; value: CompletedSale } | { ok: false; error: AppError }> {
  const recorded = await recordSale(db, input);
  if (!recorded.ok) return recorded;
  const hasCash = input.tenders.some((t) => t.method === 'cash');
  const print = await printReceipt(hardware, { db, location }, recorded.value.order.id, hasCash);
  showOnDisplay(
    hardware,
    recorded.value.change > 0
      ? { kind: 'change', paid: recorded.value.order.totals.total + recorded.value.change, change: recorded.value.change, currency: location.currency }
      : { kind: 'total', amount: recorded.value.order.totals.total, currency: location.currency },
  );
  return { ok: true, value: { sale: recorded.value, print } };
}

/** `charged`: `amount` is the sale's part, `tip` the rest of what the terminal took. */
export type CardResolution = { kind: 'charged'; amount: number; tip: number } | { kind: 'not_charged' } | { kind: 'unknown'; error: AppError };

/**
 * Asks the terminal what became of one authorization whose outcome was lost (connection dropped
 * mid-payment) — only this one: other pending payments are left for their own screens or the restart.
 * Charged → the caller keeps it as a tender (the journal row goes when the sale is recorded); not
 * charged → the journal row goes now; otherwise it stays unknown.
 */
export async function resolveCardPayment(db: TillDb, hardware: HardwareClient, paymentId: string): Promise<CardResolution> {
  const answer = await hardware.send('terminal:resolve-payment', { paymentId });
  if (!answer.ok) return { kind: 'unknown', error: answer.error };
  const item = answer.value.resolved;
  if (item.resolution === 'not_charged' || item.resolution === 'reversed') {
    await endCardPayment(db, paymentId);
    return { kind: 'not_charged' };
  }
  if (item.resolution === 'approved_kept') {
    const tip = (await db.pendingCardAuths.get(paymentId))?.tip ?? 0;
    return { kind: 'charged', amount: item.amount - tip, tip };
  }
  return { kind: 'unknown', error: { code: 'outcome_unknown', message: item.message } };
}

/**
 * After a crash or power cut mid-payment (SPEC §6.4): asks the terminal about every journaled
 * authorization. Not charged or reversed → the journal row goes. Charged and kept → the sale is
 * recorded from the journaled cart when that card paid all of it (never charged twice, never
 * recorded as paid when it was not). Returns a message for the cashier (in `t`'s language), or null if nothing was pending.
 */
export async function resolvePendingCardPayments(db: TillDb, hardware: HardwareClient, t: Translate<TillMessageKey>): Promise<string | null> {
  const pending = await listPendingCardPayments(db);
  if (pending.length === 0) return null;
  const answer = await hardware.send('terminal:resolve-pending', {});
  if (!answer.ok) return t('card.unresolved', { count: pending.length, detail: errorText(answer.error, t) });
  const notes: string[] = [];
  for (const item of answer.value.resolved) {
    const row = pending.find((p) => p.payment_id === item.paymentId);
    if (item.resolution === 'not_charged' || item.resolution === 'reversed') {
      await endCardPayment(db, item.paymentId);
      notes.push(t('card.noteNotCharged', { payment: item.paymentId }));
    } else if (item.resolution === 'approved_kept' && row) {
      const shift = await currentShift(db);
      const location = await getSetting(db, 'location');
      const total = location ? cartTotals(row.cart, location).total : -1;
      const tip = row.tip ?? 0;
      if (shift && total === item.amount - tip) {
        const recorded = await recordSale(db, {
          cart: row.cart,
          tenders: [{ id: item.paymentId, method: 'card', amount: total, ...(tip > 0 ? { tip } : {}) }],
          staffId: shift.staff_id,
        });
        notes.push(
          recorded.ok
            ? t('card.noteRecorded', { payment: item.paymentId, number: recorded.value.order.number })
            : recorded.error.code === 'already_recorded'
              ? t('card.noteChargedTwice', { payment: item.paymentId })
              : t('card.noteChargedError', { payment: item.paymentId, detail: errorText(recorded.error, t) }),
        );
      } else {
        notes.push(t('card.noteSplit', { payment: item.paymentId }));
      }
    } else {
      notes.push(t('card.noteOther', { payment: item.paymentId, resolution: item.resolution }));
    }
  }
  return t('card.afterRestart', { notes: notes.join('; ') });
}

/** Best effort: the customer display is a courtesy; a missing one is normal, other failures are logged. */
export function showOnDisplay(hardware: HardwareClient, args: HardwareArgs<'display:show'>): void {
  void hardware.send('display:show', args).then((r) => {
    if (!r.ok && r.error.code !== 'not_configured') console.warn('customer display', r.error);
  });
}
