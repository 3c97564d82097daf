// Payments: balance due, cash tender with change and CHF rounding, splits, and the derived order
// status; refunds (by amount, by tender, by line) are in payments-refunds.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundCash } from './money';
import { computeOrderTotals } from './order-totals';
import type { LineTotals } from './order-totals';
import {
  amountPaid,
  amountRefunded,
  balanceDue,
  cashDue,
  isCountedPayment,
  isSettled,
  orderStatus,
  refundable,
  refundForLines,
  remainingLines,
  splitEvenly,
  tenderCash,
  validatePayment,
  validateRefund,
} from './payments';
import type { Payment, Refund, RefundableOrder } from './payments';
import { cafe, card, cash, refund } from './payments-test-fixtures';

describe('amountPaid and amountRefunded', () => {
  it('counts succeeded payments (and ones without a status), not failed or pending ones', () => {
    expect(amountPaid([card('a', 500), card('b', 300, 'succeeded'), card('c', 1000, 'failed'), card('d', 2000, 'pending'), cash('e', 5)])).toBe(805);
    expect(isCountedPayment(card('x', 1))).toBe(true);
    expect(isCountedPayment(card('x', 1, 'pending'))).toBe(false);
    expect(amountPaid([])).toBe(0);
  });

  it('sums refunds', () => {
    expect(amountRefunded([refund('r1', 100), refund('r2', 250, 'a')])).toBe(350);
    expect(amountRefunded([])).toBe(0);
  });

  it('rejects fractional amounts, even on payments that do not count', () => {
    expect(() => amountPaid([card('a', 1.5, 'failed')])).toThrow('payment a amount must be a safe integer');
    expect(() => amountRefunded([refund('r', Number.NaN)])).toThrow('refund r amount must be a safe integer');
    expect(() => amountPaid([card('a', Number.MAX_SAFE_INTEGER), card('b', 1)])).toThrow('amount paid must be a safe integer');
  });
});

describe('balanceDue', () => {
  it.each<[string, number, Payment[], Refund[], number | undefined, number]>([
    ['nothing paid', 2112, [], [], undefined, 2112],
    ['part paid by card', 2112, [card('p1', 1000)], [], undefined, 1112],
    ['a failed card attempt owes everything still', 2112, [card('p1', 2112, 'failed')], [], undefined, 2112],
    ['a pending authorisation does not count yet', 2112, [card('p1', 2112, 'pending')], [], undefined, 2112],
    ['paid exactly', 2112, [card('p1', 1112), cash('p2', 1000)], [], undefined, 0],
    ['overpaid is not a negative balance', 100, [card('p1', 150)], [], undefined, 0],
    ['a return after the sale does not reopen it', 2112, [card('p1', 2112)], [refund('r1', 630, 'p1')], undefined, 0],
    ['a payment given back before the sale is owed again', 2112, [cash('p1', 1000)], [refund('r1', 1000, 'p1')], undefined, 2112],
    ['CHF: 0.02 left rounds away in cash', 1002, [cash('p1', 1000)], [], 5, 0],
    ['CHF: without rounding the 0.02 stays due', 1002, [cash('p1', 1000)], [], 1, 2],
    ['CHF: 0.03 left still rounds up to a coin', 1003, [cash('p1', 1000)], [], 5, 3],
    ['a zero-total order owes nothing', 0, [], [], undefined, 0],
  ])('%s', (_name, total, payments, refunds, rounding, due) => {
    expect(balanceDue(total, payments, refunds, rounding)).toBe(due);
  });

  it('defaults to no refunds and no rounding', () => {
    expect(balanceDue(1002, [cash('p1', 1000)])).toBe(2);
  });

  it('rejects a bad total or increment', () => {
    expect(() => balanceDue(10.5, [])).toThrow('order total must be a safe integer');
    expect(() => balanceDue(100, [], [], 0)).toThrow('cash rounding increment must be a positive integer');
    expect(() => isSettled(100, [], 2.5)).toThrow(RangeError);
  });
});

describe('cash: cashDue and tenderCash', () => {
  it('rounds the cash due to the coin', () => {
    expect(cashDue(778, 5)).toBe(780);
    expect(cashDue(1002, 5)).toBe(1000);
    expect(cashDue(2112, 1)).toBe(2112);
  });

  it('Zürich bakery: 7.78 due, 10.00 handed over → 7.80 kept, 2.20 change', () => {
    expect(tenderCash(778, 1000, 5)).toEqual({ ok: true, value: { applied: 780, change: 220, rounding: 2 } });
  });

  it('rounds down too: 10.02 due is paid with exactly 10.00', () => {
    expect(tenderCash(1002, 1000, 5)).toEqual({ ok: true, value: { applied: 1000, change: 0, rounding: -2 } });
  });

  it('pays exactly without rounding (EUR)', () => {
    expect(tenderCash(2112, 5000)).toEqual({ ok: true, value: { applied: 2112, change: 2888, rounding: 0 } });
    expect(tenderCash(2112, 2112)).toEqual({ ok: true, value: { applied: 2112, change: 0, rounding: 0 } });
    expect(tenderCash(0, 500)).toEqual({ ok: true, value: { applied: 0, change: 500, rounding: 0 } });
  });

  it('fails with insufficient_tender when the cash does not cover the rounded amount', () => {
    expect(tenderCash(2112, 2000)).toEqual({
      ok: false,
      error: { code: 'insufficient_tender', message: 'tendered 2000 is less than the cash due 2112', details: { due: 2112, tendered: 2000 } },
    });
    const short = tenderCash(778, 778, 5); // 7.78 is not enough when 7.80 is due
    expect(short.ok ? null : short.error.code).toBe('insufficient_tender');
  });

  it.each<[number, number, number, RegExp]>([
    [-1, 100, 1, /balance must not be negative/],
    [100, -1, 1, /tendered must not be negative/],
    [10.5, 100, 1, /balance must be a safe integer/],
    [100, 100.5, 1, /tendered must be a safe integer/],
    [100, 100, 0, /increment must be a positive integer/],
  ])('throws RangeError for tenderCash(%d, %d, %d)', (balance, tendered, rounding, message) => {
    expect(() => tenderCash(balance, tendered, rounding)).toThrow(message);
  });

  it('change is never negative, applied + change = tendered, and rounding stays under half a coin', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 2e9 }),
        fc.oneof(fc.constantFrom(1, 5, 10, 100), fc.integer({ min: 1, max: 1000 })),
        (balance, tendered, increment) => {
          const result = tenderCash(balance, tendered, increment);
          if (!result.ok) {
            expect(tendered).toBeLessThan(roundCash(balance, increment));
            return;
          }
          const { applied, change, rounding } = result.value;
          expect(change).toBeGreaterThanOrEqual(0);
          expect(applied + change).toBe(tendered);
          expect(applied % increment).toBe(0);
          expect(applied - balance).toBe(rounding);
          expect(2 * Math.abs(rounding)).toBeLessThanOrEqual(increment);
        },
      ),
    );
  });
});

describe('validatePayment', () => {
  const open = { total: 2112, payments: [card('p1', 1000)], refunds: [] as Refund[] };
  const code = (order: Parameters<typeof validatePayment>[0], p: Payment): string | null => {
    const result = validatePayment(order, p);
    return result.ok ? null : result.error.code;
  };

  it('accepts up to the balance due and returns the payment unchanged', () => {
    const p: Payment = { id: 'p2', method: 'external', amount: 1112, reference: 'shop-42' };
    expect(validatePayment(open, p)).toEqual({ ok: true, value: p });
    expect(code(open, card('p2', 500))).toBeNull();
    expect(code(open, cash('p2', 1112, 2000, 888))).toBeNull();
    expect(code({ total: 500, payments: [] }, card('p1', 500))).toBeNull(); // refunds default to none
  });

  it.each<[string, Payment, string]>([
    ['a zero amount', card('p2', 0), 'invalid_amount'],
    ['a fractional amount', card('p2', 1.5), 'invalid_amount'],
    ['an id already used', card('p1', 100), 'duplicate_payment'],
    ['more than the balance', card('p2', 1113), 'exceeds_balance_due'],
    ['cash whose change does not add up', cash('p2', 1000, 2000, 900), 'tender_mismatch'],
    ['negative change', cash('p2', 1000, 900, -100), 'tender_mismatch'],
    ['fractional change', { id: 'p2', method: 'cash', amount: 100, change: 0.5 }, 'tender_mismatch'],
  ])('refuses %s', (_name, p, expected) => {
    expect(code(open, p)).toBe(expected);
  });

  it('fills in a missing tendered or change', () => {
    expect(code(open, { id: 'p2', method: 'cash', amount: 500, tendered: 500 })).toBeNull();
    expect(code(open, { id: 'p2', method: 'cash', amount: 500, tendered: 1000 })).toBe('tender_mismatch');
    expect(code(open, { id: 'p2', method: 'cash', amount: 500, change: 0, tendered: null })).toBeNull();
  });

  it('refuses any counted payment on a settled order, but records failed attempts', () => {
    const settled = { ...open, payments: [card('p1', 2112)] };
    expect(code(settled, card('p2', 1))).toBe('already_settled');
    expect(code(settled, card('p2', 5000, 'failed'))).toBeNull();
    expect(code(open, card('p2', 5000, 'pending'))).toBeNull();
  });

  it('lets cash round up to the coin: CHF 7.78 due is paid with 7.80', () => {
    const zurich = { total: 778, payments: [], refunds: [], cash_rounding: 5 };
    expect(code(zurich, cash('c1', 780, 1000, 220))).toBeNull();
    expect(code(zurich, cash('c1', 785, 1000, 215))).toBe('exceeds_balance_due');
    expect(code(zurich, card('c1', 780))).toBe('exceeds_balance_due');
    expect(code(zurich, card('c1', 778))).toBeNull();
    expect(code({ ...zurich, total: 1002 }, cash('c1', 1000))).toBeNull(); // rounds down: still within the balance
  });
});

describe('splitEvenly', () => {
  it('splits with the odd cents first', () => {
    expect(splitEvenly(1000, 3)).toEqual([334, 333, 333]);
    expect(splitEvenly(-7, 2)).toEqual([-4, -3]);
    expect(splitEvenly(0, 2)).toEqual([0, 0]);
    expect(splitEvenly(2112, 1)).toEqual([2112]);
  });

  it.each([0, -1, 1.5])('rejects %d parts', (parts) => {
    expect(() => splitEvenly(100, parts)).toThrow('parts must be a positive integer');
  });

  it('always adds up and parts differ by at most one', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 40 }), (total, parts) => {
        const shares = splitEvenly(total, parts);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('orderStatus', () => {
  it.each<[string, Parameters<typeof orderStatus>[0], string]>([
    ['nothing paid', { total: 2112, payments: [], refunds: [] }, 'open'],
    ['only a pending authorisation', { total: 2112, payments: [card('p1', 2112, 'pending')], refunds: [] }, 'open'],
    ['part paid', { total: 2112, payments: [card('p1', 1000)], refunds: [] }, 'partially_paid'],
    ['part paid, then given back', { total: 2112, payments: [cash('p1', 1000)], refunds: [refund('r', 1000, 'p1')] }, 'open'],
    ['paid', { total: 2112, payments: [card('p1', 1112), cash('p2', 1000)], refunds: [] }, 'paid'],
    ['overpaid is paid', { total: 100, payments: [card('p1', 120)], refunds: [] }, 'paid'],
    ['zero total', { total: 0, payments: [], refunds: [] }, 'paid'],
    ['one line returned', { total: 2112, payments: [card('p1', 2112)], refunds: [refund('r', 630, 'p1')] }, 'partially_refunded'],
    ['everything returned', { total: 2112, payments: [card('p1', 2112)], refunds: [refund('r', 2112, 'p1')] }, 'refunded'],
    ['voided wins', { total: 2112, payments: [card('p1', 2112)], refunds: [], voided: true }, 'voided'],
    ['CHF 10.02 paid with 10.00 in cash', { total: 1002, payments: [cash('p1', 1000)], refunds: [], cash_rounding: 5 }, 'paid'],
    ['10.02 paid with 10.00 without cash rounding', { total: 1002, payments: [cash('p1', 1000)], refunds: [] }, 'partially_paid'],
  ])('%s → %s', (_name, order, status) => {
    expect(orderStatus(order)).toBe(status);
  });
});

describe('orderStatus agrees with balanceDue', () => {
  it('is paid, partially_refunded or refunded exactly when nothing is due', () => {
    const paymentArb = fc.record({
      method: fc.constantFrom('cash' as const, 'card' as const),
      amount: fc.integer({ min: 0, max: 5_000 }),
      status: fc.constantFrom(undefined, 'succeeded' as const, 'failed' as const),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(paymentArb, { maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 3_000 }), { maxLength: 3 }),
        fc.constantFrom(1, 5, 10),
        (total, raw, refundAmounts, cash_rounding) => {
          const payments: Payment[] = raw.map((p, i) => ({ id: `p${i}`, ...p }));
          const refunds = refundAmounts.map((amount, i) => refund(`r${i}`, amount));
          const status = orderStatus({ total, payments, refunds, cash_rounding });
          const settled = ['paid', 'partially_refunded', 'refunded'].includes(status);
          expect(settled).toBe(balanceDue(total, payments, refunds, cash_rounding) === 0);
          expect(orderStatus({ total, payments, refunds, cash_rounding, voided: true })).toBe('voided');
        },
      ),
    );
  });
});

describe('a whole sale, end to end', () => {
  it('CHF: ring up, pay cash with rounding, refund everything', () => {
    const totals = computeOrderTotals({
      currency: 'CHF',
      tax_mode: 'inclusive',
      cash_rounding: 5,
      lines: [
        { id: 'gipfeli', product_id: null, name: 'Gipfeli', quantity: 3, unit_price: 135, tax_rate_id: 'tax_red', rate_ppm: 26_000 },
        { id: 'kafi', product_id: null, name: 'Kafi', quantity: 1, unit_price: 460, tax_rate_id: 'tax_std', rate_ppm: 81_000 },
      ],
      discount: { kind: 'percent', basis_points: 1000 },
    });
    expect(totals.total).toBe(778);
    const due = balanceDue(totals.total, [], [], 5);
    const tender = tenderCash(due, 2000, 5);
    if (!tender.ok) throw new Error(tender.error.message);
    const payment: Payment = { id: 'pay_1', method: 'cash', amount: tender.value.applied, tendered: 2000, change: tender.value.change, status: 'succeeded' };
    expect(payment).toMatchObject({ amount: 780, change: 1220 });
    const order: RefundableOrder & { cash_rounding: number } = { total: totals.total, payments: [payment], refunds: [], lines: totals.lines, cash_rounding: 5 };
    expect(orderStatus(order)).toBe('paid');
    expect(balanceDue(order.total, order.payments, order.refunds, 5)).toBe(0);

    const all = refundForLines(order, remainingLines(order));
    if (!all.ok) throw new Error(all.error.message);
    expect(all.value.amount).toBe(778);
    const back = refund('ref_1', cashDue(all.value.amount, 5), 'pay_1', remainingLines(order));
    expect(validateRefund(order, back)).toEqual({ ok: true, value: back });
    const done = { ...order, refunds: [back] };
    expect(orderStatus(done)).toBe('refunded');
    expect(refundable(done)).toBe(0);
    expect(remainingLines(done)).toEqual([]);
  });

  it('German café lines feed refunds directly (LineTotals fits RefundableLine)', () => {
    const lines: readonly LineTotals[] = cafe.lines;
    expect(refundForLines({ total: cafe.total, payments: [], refunds: [], lines }, [{ line_id: 'cola', quantity: 1 }])).toMatchObject({
      ok: true,
      value: { amount: 241 },
    });
  });
});
