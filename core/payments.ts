// Payments against an order: what is paid and still due, cash tendering with change and cash
// rounding, even splits, refunds (never more than was paid) and the order's payment status.
import { allocate, assertMinorUnits, roundCash } from './money';
import type { LineTotals } from './order-totals';
import { err, ok } from './result';
import type { Result } from './result';
import { taxBreakdown } from './tax';
import type { TaxBreakdownLine } from './tax';
import { validateTip } from './tips';

export type PaymentMethod = 'cash' | 'card' | 'external';
export type PaymentStatus = 'succeeded' | 'failed' | 'pending';

export interface Payment {
  id: string;
  method: PaymentMethod;
  /** applied to the order, tip excluded; for cash the rounded amount kept for the sale (tendered − change − tip) */
  amount: number;
  /** added by the customer on top of `amount` (core/tips.ts): not applied to the order, never taxed; missing = 0 */
  tip?: number | null;
  /** cash handed over (null/missing for other tenders; kept for receipts, not used in sums) */
  tendered?: number | null;
  change?: number | null;
  /** missing means succeeded (a recorded payment is a done payment unless it says otherwise) */
  status?: PaymentStatus;
  reference?: string | null;
}

export interface RefundLine {
  line_id: string;
  quantity: number;
}

export interface Refund {
  id: string;
  /** the payment (tender) the money goes back to; null/missing = not tied to one tender */
  payment_id?: string | null;
  amount: number;
  lines?: readonly RefundLine[];
}

export type OrderStatus = 'open' | 'partially_paid' | 'paid' | 'partially_refunded' | 'refunded' | 'voided';

/** The line fields a refund needs: pass the order's LineTotals. */
export type RefundableLine = Pick<LineTotals, 'id' | 'quantity' | 'total' | 'tax' | 'tax_rate_id' | 'rate_ppm'>;

export interface RefundableOrder {
  total: number;
  payments: readonly Payment[];
  refunds: readonly Refund[];
  /** needed only for refunds by line */
  lines?: readonly RefundableLine[];
  /** the location's cash increment (default 1): a cash refund of returned lines may be rounded up to it */
  cash_rounding?: number;
}

export interface CashTender {
  /** cash kept for the order: the balance rounded to the cash increment */
  applied: number;
  /** tendered − applied, never negative */
  change: number;
  /** applied − balance: what cash rounding added (+) or forgave (−) */
  rounding: number;
}

export interface TenderShare {
  payment_id: string;
  method: PaymentMethod;
  amount: number;
}

export interface RefundedLineAmounts extends TaxBreakdownLine {
  line_id: string;
  quantity: number;
}

export interface LinesRefund {
  amount: number;
  lines: RefundedLineAmounts[];
  tax_breakdown: TaxBreakdownLine[];
}

function assertIncrement(cash_rounding: number): void {
  if (!Number.isSafeInteger(cash_rounding) || cash_rounding < 1) {
    throw new RangeError(`cash rounding increment must be a positive integer of minor units, got ${String(cash_rounding)}`);
  }
}

/** A payment counts toward the order only when it succeeded (missing status = succeeded). */
export function isCountedPayment(payment: Payment): boolean {
  return payment.status === undefined || payment.status === 'succeeded';
}

/** Σ amount of counted payments. */
export function amountPaid(payments: readonly Payment[]): number {
  let sum = 0;
  for (const payment of payments) {
    assertMinorUnits(payment.amount, `payment ${payment.id} amount`);
    if (isCountedPayment(payment)) sum += payment.amount;
  }
  assertMinorUnits(sum, 'amount paid');
  return sum;
}

/** Σ tip of counted payments: the order's tips. */
export function amountTipped(payments: readonly Payment[]): number {
  let sum = 0;
  for (const payment of payments) {
    const tip = payment.tip ?? 0;
    assertMinorUnits(tip, `payment ${payment.id} tip`);
    if (isCountedPayment(payment)) sum += tip;
  }
  assertMinorUnits(sum, 'amount tipped');
  return sum;
}

/** Σ amount of refunds. */
export function amountRefunded(refunds: readonly Refund[]): number {
  let sum = 0;
  for (const refund of refunds) {
    assertMinorUnits(refund.amount, `refund ${refund.id} amount`);
    sum += refund.amount;
  }
  assertMinorUnits(sum, 'amount refunded');
  return sum;
}

/**
 * The order is settled once payments cover the total, where a remainder that cash rounding
 * would round to zero (under half the increment, e.g. CHF 0.02 with 0.05 coins) counts as covered.
 */
export function isSettled(total: number, payments: readonly Payment[], cash_rounding = 1): boolean {
  assertMinorUnits(total, 'order total');
  assertIncrement(cash_rounding);
  return roundCash(total - amountPaid(payments), cash_rounding) <= 0;
}

/**
 * What the customer still owes, never negative (overpayment is change, not a negative balance).
 * Once the order is settled, refunds are returns and leave it at 0. Before that a refund gives a
 * payment back, so the money is owed again: balance = total − (paid − refunded).
 * The result is exact; `cashDue` rounds it for a cash tender.
 */
export function balanceDue(total: number, payments: readonly Payment[], refunds: readonly Refund[] = [], cash_rounding = 1): number {
  if (isSettled(total, payments, cash_rounding)) return 0;
  return Math.max(0, total - amountPaid(payments) + amountRefunded(refunds));
}

/** The cash to ask for when paying `balance` in cash: rounded to the increment, half away from zero. */
export function cashDue(balance: number, cash_rounding: number): number {
  return roundCash(balance, cash_rounding);
}

/**
 * Cash handed over for the remaining balance plus a `tip` (taken into the drawer on top, never
 * rounded: the till rounds a cash tip to the coin when it computes it). Fails with
 * `insufficient_tender` when the cash is less than the rounded amount due plus the tip (a partial
 * cash payment in a split is recorded directly as a Payment of the amount handed over).
 * Malformed numbers throw RangeError.
 */
export function tenderCash(balance: number, tendered: number, cash_rounding = 1, tip = 0): Result<CashTender> {
  assertMinorUnits(balance, 'balance');
  assertMinorUnits(tendered, 'tendered');
  assertMinorUnits(tip, 'tip');
  if (balance < 0) throw new RangeError(`balance must not be negative, got ${balance}`);
  if (tendered < 0) throw new RangeError(`tendered must not be negative, got ${tendered}`);
  if (tip < 0) throw new RangeError(`tip must not be negative, got ${tip}`);
  const applied = cashDue(balance, cash_rounding);
  const due = applied + tip;
  if (tendered < due) {
    return err('insufficient_tender', `tendered ${tendered} is less than the cash due ${due}`, { due, tendered });
  }
  return ok({ applied, change: tendered - due, rounding: applied - balance });
}

/**
 * Checks a payment before it is recorded against an order (API `POST …/payments`, a split tender on
 * the till). A payment that does not count (failed, pending) is only checked for shape. Otherwise it
 * may not exceed the balance due — for cash, the balance rounded to the coin, since that is what a
 * cash payment keeps — its tip must pass `validateTip` against the order's tips so far, and with
 * `tendered`, `tendered − change` must equal the amount plus the tip.
 * Codes: invalid_amount, invalid_tip, duplicate_payment, already_settled, exceeds_balance_due,
 * tender_mismatch, tip_exceeds_cap.
 */
export function validatePayment(
  order: { total: number; payments: readonly Payment[]; refunds?: readonly Refund[]; cash_rounding?: number },
  payment: Payment,
): Result<Payment> {
  if (!Number.isSafeInteger(payment.amount) || payment.amount <= 0) {
    return err('invalid_amount', `payment amount must be a positive integer of minor units, got ${String(payment.amount)}`, {
      amount: payment.amount,
    });
  }
  const tip = payment.tip ?? 0;
  if (!Number.isSafeInteger(tip) || tip < 0) {
    return err('invalid_tip', `tip must be a non-negative integer of minor units, got ${String(tip)}`, { tip });
  }
  if (order.payments.some((p) => p.id === payment.id)) {
    return err('duplicate_payment', `payment ${payment.id} is already recorded on this order`, { payment_id: payment.id });
  }
  if (payment.tendered != null || payment.change != null) {
    const tendered = payment.tendered ?? payment.amount + tip;
    const change = payment.change ?? 0;
    if (!Number.isSafeInteger(tendered) || !Number.isSafeInteger(change) || change < 0 || tendered - change !== payment.amount + tip) {
      return err('tender_mismatch', `tendered ${String(tendered)} − change ${String(change)} must equal the amount ${payment.amount} plus the tip ${tip}`, {
        tendered,
        change,
      });
    }
  }
  if (!isCountedPayment(payment)) return ok(payment);
  const cashRounding = order.cash_rounding ?? 1;
  const balance = balanceDue(order.total, order.payments, order.refunds ?? [], cashRounding);
  if (balance === 0) return err('already_settled', 'the order is already paid', { balance_due: 0 });
  const limit = payment.method === 'cash' ? Math.max(balance, cashDue(balance, cashRounding)) : balance;
  if (payment.amount > limit) {
    return err('exceeds_balance_due', `payment ${payment.amount} exceeds the balance due ${limit}`, { balance_due: balance, limit });
  }
  const tipCheck = validateTip(order.total, amountTipped(order.payments), tip);
  if (!tipCheck.ok) return tipCheck;
  return ok(payment);
}

/** `total` in `parts` near-equal integer shares; the first shares get the odd cents. */
export function splitEvenly(total: number, parts: number): number[] {
  if (!Number.isSafeInteger(parts) || parts < 1) throw new RangeError(`parts must be a positive integer, got ${String(parts)}`);
  return allocate(total, new Array<number>(parts).fill(1));
}

/** Money that can still be refunded on the order: paid − refunded, never negative. */
export function refundable(order: RefundableOrder): number {
  return Math.max(0, amountPaid(order.payments) - amountRefunded(order.refunds));
}

/**
 * What can still go back to each counted payment: its amount minus refunds tied to it, capped by
 * what the order as a whole can still refund (refunds without a payment_id count there).
 */
export function refundableByPayment(order: RefundableOrder): TenderShare[] {
  const overall = refundable(order);
  return order.payments.filter(isCountedPayment).map((payment) => {
    const refundedHere = amountRefunded(order.refunds.filter((r) => r.payment_id === payment.id));
    return { payment_id: payment.id, method: payment.method, amount: Math.max(0, Math.min(payment.amount - refundedHere, overall)) };
  });
}

/**
 * Spreads a refund over the original tenders, most recent payment first (a split sale is unwound
 * in reverse order). Fails with `exceeds_refundable` when the order cannot refund that much.
 */
export function refundTenders(order: RefundableOrder, amount: number): Result<TenderShare[]> {
  const invalid = checkAmount(amount);
  if (invalid) return invalid;
  const available = refundable(order);
  if (amount > available) {
    return err('exceeds_refundable', `refund ${amount} exceeds the refundable ${available}`, { amount, refundable: available });
  }
  const shares: TenderShare[] = [];
  let left = amount;
  for (const tender of refundableByPayment(order).reverse()) {
    const take = Math.min(tender.amount, left);
    if (take > 0) shares.push({ ...tender, amount: take });
    left -= take;
  }
  return ok(shares);
}

function checkAmount(amount: number): Result<never> | null {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    return err('invalid_amount', `refund amount must be a positive integer of minor units, got ${String(amount)}`, { amount });
  }
  return null;
}

function refundedQuantity(refunds: readonly Refund[], lineId: string): number {
  let quantity = 0;
  for (const refund of refunds) for (const line of refund.lines ?? []) if (line.line_id === lineId) quantity += line.quantity;
  return quantity;
}

/**
 * The money and tax for returning some quantities of some lines. Each line's total and tax are
 * split over its units with `allocate` (first units carry the odd cents) and units are refunded
 * in order, so refunding a line piece by piece adds up exactly to the line: 10.00 for 3 refunds
 * as 3.34, then 3.33, then 3.33. Errors: `unknown_line`, `duplicate_line`, `invalid_quantity`,
 * `exceeds_line_quantity`.
 */
export function refundForLines(order: RefundableOrder, selection: readonly RefundLine[]): Result<LinesRefund> {
  const seen = new Set<string>();
  const lines: RefundedLineAmounts[] = [];
  for (const wanted of selection) {
    const line = order.lines?.find((l) => l.id === wanted.line_id);
    if (!line) return err('unknown_line', `order has no line ${wanted.line_id}`, { line_id: wanted.line_id });
    if (seen.has(line.id)) return err('duplicate_line', `line ${line.id} is listed twice`, { line_id: line.id });
    seen.add(line.id);
    if (!Number.isSafeInteger(wanted.quantity) || wanted.quantity <= 0) {
      return err('invalid_quantity', `refund quantity for line ${line.id} must be a positive integer, got ${String(wanted.quantity)}`, {
        line_id: line.id,
      });
    }
    const already = refundedQuantity(order.refunds, line.id);
    if (already + wanted.quantity > line.quantity) {
      return err('exceeds_line_quantity', `line ${line.id} has ${line.quantity - already} of ${line.quantity} left to refund`, {
        line_id: line.id,
        remaining: line.quantity - already,
      });
    }
    const units = new Array<number>(line.quantity).fill(1);
    const sumSlice = (parts: number[]): number => parts.slice(already, already + wanted.quantity).reduce((a, b) => a + b, 0);
    const gross = sumSlice(allocate(line.total, units));
    const tax = sumSlice(allocate(line.tax, units));
    lines.push({ line_id: line.id, quantity: wanted.quantity, tax_rate_id: line.tax_rate_id, rate_ppm: line.rate_ppm, net: gross - tax, tax, gross });
  }
  return ok({ amount: lines.reduce((sum, l) => sum + l.gross, 0), lines, tax_breakdown: taxBreakdown(lines) });
}

/** Every quantity not yet refunded, for a full refund of what is left. */
export function remainingLines(order: RefundableOrder): RefundLine[] {
  return (order.lines ?? [])
    .map((line) => ({ line_id: line.id, quantity: line.quantity - refundedQuantity(order.refunds, line.id) }))
    .filter((line) => line.quantity > 0);
}

/**
 * Checks a refund before it is recorded. Rules: a positive integer amount and an id not yet used
 * on the order; never more than the order can still refund (paid − refunded); when tied to a
 * payment, that payment exists, counts, and has that much left; when it lists lines, they exist,
 * have that many units left, and the amount is at most their value (for cash or no tender: their
 * value rounded to the cash increment). Less than the value is allowed so one return can be paid
 * back over two tenders, with the lines recorded on the first refund. Codes: invalid_amount,
 * duplicate_refund, exceeds_refundable, unknown_payment, exceeds_payment_refundable,
 * exceeds_line_value and those of `refundForLines`.
 */
export function validateRefund(order: RefundableOrder, refund: Refund): Result<Refund> {
  const invalid = checkAmount(refund.amount);
  if (invalid) return invalid;
  if (order.refunds.some((r) => r.id === refund.id)) {
    return err('duplicate_refund', `refund ${refund.id} is already recorded on this order`, { refund_id: refund.id });
  }
  const available = refundable(order);
  if (refund.amount > available) {
    return err('exceeds_refundable', `refund ${refund.amount} exceeds the refundable ${available}`, {
      amount: refund.amount,
      refundable: available,
    });
  }
  let tender: TenderShare | undefined;
  if (refund.payment_id != null) {
    tender = refundableByPayment(order).find((t) => t.payment_id === refund.payment_id);
    if (!tender) {
      return err('unknown_payment', `order has no succeeded payment ${refund.payment_id}`, { payment_id: refund.payment_id });
    }
    if (refund.amount > tender.amount) {
      return err('exceeds_payment_refundable', `refund ${refund.amount} exceeds the ${tender.amount} left on payment ${tender.payment_id}`, {
        payment_id: tender.payment_id,
        refundable: tender.amount,
      });
    }
  }
  if (refund.lines && refund.lines.length > 0) {
    const byLines = refundForLines(order, refund.lines);
    if (!byLines.ok) return byLines;
    // Cash goes back in whole coins: 7.78 of goods is refunded as 7.80 in CHF, as it was paid.
    const value = byLines.value.amount;
    const inCash = tender === undefined || tender.method === 'cash';
    const limit = inCash ? Math.max(value, cashDue(value, order.cash_rounding ?? 1)) : value;
    if (refund.amount > limit) {
      return err('exceeds_line_value', `refund ${refund.amount} exceeds the ${limit} the returned lines are worth`, { lines_value: limit });
    }
  }
  return ok(refund);
}

/**
 * Status derived from money, never stored separately:
 * voided (wins) → not settled: open if nothing is net paid, else partially_paid →
 * settled: paid, partially_refunded while refunds < paid, refunded once refunds ≥ paid.
 * A zero-total order is settled without payments, so it is `paid`.
 */
export function orderStatus(order: {
  total: number;
  payments: readonly Payment[];
  refunds: readonly Refund[];
  voided?: boolean;
  cash_rounding?: number;
}): OrderStatus {
  if (order.voided) return 'voided';
  const paid = amountPaid(order.payments);
  const refunded = amountRefunded(order.refunds);
  if (!isSettled(order.total, order.payments, order.cash_rounding ?? 1)) {
    return paid - refunded > 0 ? 'partially_paid' : 'open';
  }
  if (refunded === 0) return 'paid';
  return refunded >= paid ? 'refunded' : 'partially_refunded';
}
