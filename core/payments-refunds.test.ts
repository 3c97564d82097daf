// Refunds: by amount, by tender and by line, never more than was paid, and validated against the
// order's tenders and lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amountPaid,
  amountRefunded,
  isCountedPayment,
  refundable,
  refundableByPayment,
  refundForLines,
  refundTenders,
  remainingLines,
  validateRefund,
} from './payments';
import type { Payment, Refund, RefundableLine, RefundableOrder } from './payments';
import { cafe, card, cash, refund } from './payments-test-fixtures';

describe('refundable amounts and tenders', () => {
  const split: RefundableOrder = { total: 2112, payments: [card('p1', 1112), cash('p2', 1000), card('p3', 999, 'failed')], refunds: [] };

  it('is everything paid before any refund, per counted payment', () => {
    expect(refundable(split)).toBe(2112);
    expect(refundableByPayment(split)).toEqual([
      { payment_id: 'p1', method: 'card', amount: 1112 },
      { payment_id: 'p2', method: 'cash', amount: 1000 },
    ]);
  });

  it('shrinks with refunds, per tender and overall', () => {
    const after = { ...split, refunds: [refund('r1', 300, 'p2')] };
    expect(refundable(after)).toBe(1812);
    expect(refundableByPayment(after).map((t) => t.amount)).toEqual([1112, 700]);
    const unattributed = { ...split, refunds: [refund('r1', 300, 'p2'), refund('r2', 1700)] };
    expect(refundable(unattributed)).toBe(112);
    expect(refundableByPayment(unattributed).map((t) => t.amount)).toEqual([112, 112]);
  });

  it('never goes below zero', () => {
    expect(refundable({ total: 100, payments: [], refunds: [refund('r', 50)] })).toBe(0);
  });

  it('refundTenders gives back the latest payment first', () => {
    expect(refundTenders(split, 1500)).toEqual({
      ok: true,
      value: [
        { payment_id: 'p2', method: 'cash', amount: 1000 },
        { payment_id: 'p1', method: 'card', amount: 500 },
      ],
    });
    expect(refundTenders(split, 400)).toEqual({ ok: true, value: [{ payment_id: 'p2', method: 'cash', amount: 400 }] });
    const afterCash = { ...split, refunds: [refund('r1', 1000, 'p2')] };
    expect(refundTenders(afterCash, 200)).toEqual({ ok: true, value: [{ payment_id: 'p1', method: 'card', amount: 200 }] });
  });

  it('refundTenders refuses more than is refundable, or a non-positive amount', () => {
    const tooMuch = refundTenders(split, 2113);
    expect(tooMuch.ok ? null : tooMuch.error).toEqual({
      code: 'exceeds_refundable',
      message: 'refund 2113 exceeds the refundable 2112',
      details: { amount: 2113, refundable: 2112 },
    });
    for (const amount of [0, -5, 1.5]) {
      const bad = refundTenders(split, amount);
      expect(bad.ok ? null : bad.error.code).toBe('invalid_amount');
    }
  });
});

describe('refunds by line', () => {
  const paid: RefundableOrder = { total: cafe.total, payments: [card('p1', cafe.total)], refunds: [], lines: cafe.lines };

  it('refunds one Kaffee of three: 2.10 with 0.34 VAT (the first unit carries the odd cent)', () => {
    expect(refundForLines(paid, [{ line_id: 'kaffee', quantity: 1 }])).toEqual({
      ok: true,
      value: {
        amount: 210,
        lines: [{ line_id: 'kaffee', quantity: 1, tax_rate_id: 'tax_de_19', rate_ppm: 190_000, net: 176, tax: 34, gross: 210 }],
        tax_breakdown: [{ tax_rate_id: 'tax_de_19', rate_ppm: 190_000, net: 176, tax: 34, gross: 210 }],
      },
    });
  });

  it('refunding the rest later adds up exactly to the line', () => {
    const afterOne = { ...paid, refunds: [refund('r0', 5, 'p1'), refund('r1', 210, 'p1', [{ line_id: 'kaffee', quantity: 1 }])] };
    const rest = refundForLines(afterOne, [{ line_id: 'kaffee', quantity: 2 }]);
    expect(rest.ok && rest.value.lines[0]).toMatchObject({ gross: 420, tax: 67, net: 353 });
    expect(remainingLines(afterOne)).toEqual([
      { line_id: 'wurst', quantity: 2 },
      { line_id: 'cola', quantity: 1 },
      { line_id: 'kaffee', quantity: 2 },
    ]);
  });

  it('has nothing left to refund on an order without lines', () => {
    expect(remainingLines({ ...paid, lines: undefined })).toEqual([]);
  });

  it('sums several lines with a per-rate breakdown', () => {
    const result = refundForLines(paid, [
      { line_id: 'cola', quantity: 1 },
      { line_id: 'wurst', quantity: 1 },
      { line_id: 'kaffee', quantity: 3 },
    ]);
    expect(result.ok && result.value.amount).toBe(241 + 621 + 630);
    expect(result.ok && result.value.tax_breakdown.map((b) => [b.tax_rate_id, b.tax])).toEqual([
      ['tax_de_7', 41],
      ['tax_de_19', 139],
    ]);
  });

  it.each<[string, RefundableOrder, { line_id: string; quantity: number }[], string]>([
    ['an unknown line', paid, [{ line_id: 'nope', quantity: 1 }], 'unknown_line'],
    ['an order without lines', { ...paid, lines: undefined }, [{ line_id: 'kaffee', quantity: 1 }], 'unknown_line'],
    [
      'the same line twice',
      paid,
      [
        { line_id: 'kaffee', quantity: 1 },
        { line_id: 'kaffee', quantity: 1 },
      ],
      'duplicate_line',
    ],
    ['quantity 0', paid, [{ line_id: 'kaffee', quantity: 0 }], 'invalid_quantity'],
    ['a fractional quantity', paid, [{ line_id: 'kaffee', quantity: 0.5 }], 'invalid_quantity'],
    ['more than were sold', paid, [{ line_id: 'kaffee', quantity: 4 }], 'exceeds_line_quantity'],
    [
      'more than are left',
      { ...paid, refunds: [refund('r1', 420, 'p1', [{ line_id: 'kaffee', quantity: 2 }])] },
      [{ line_id: 'kaffee', quantity: 2 }],
      'exceeds_line_quantity',
    ],
  ])('refuses %s', (_name, order, selection, code) => {
    const result = refundForLines(order, selection);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('refunding a line unit by unit, in any chunks, adds up exactly to its total and tax', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 300_000 }),
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 30 }),
        (quantity, total, taxPart, chunks) => {
          const tax = Math.min(taxPart, total);
          const line: RefundableLine = { id: 'l', quantity, total, tax, tax_rate_id: 't', rate_ppm: 190_000 };
          const order: RefundableOrder = { total, payments: [card('p', total)], refunds: [], lines: [line] };
          let left = quantity;
          let refunds: Refund[] = [];
          let gross = 0;
          let taxSum = 0;
          for (const chunk of chunks) {
            const take = Math.min(chunk, left);
            if (take === 0) break;
            const result = refundForLines({ ...order, refunds }, [{ line_id: 'l', quantity: take }]);
            if (!result.ok) throw new Error(result.error.message);
            gross += result.value.amount;
            taxSum += result.value.lines[0]?.tax ?? 0;
            refunds = [...refunds, refund(`r${refunds.length}`, result.value.amount, 'p', [{ line_id: 'l', quantity: take }])];
            left -= take;
          }
          const rest = refundForLines({ ...order, refunds }, left > 0 ? [{ line_id: 'l', quantity: left }] : []);
          if (!rest.ok) throw new Error(rest.error.message);
          expect(gross + rest.value.amount).toBe(total);
          expect(taxSum + (rest.value.lines[0]?.tax ?? 0)).toBe(tax);
        },
      ),
    );
  });
});

describe('validateRefund', () => {
  const order: RefundableOrder = {
    total: cafe.total,
    payments: [card('p1', 1112), cash('p2', 1000), card('p3', 500, 'failed')],
    refunds: [],
    lines: cafe.lines,
  };
  const code = (o: RefundableOrder, r: Refund): string | null => {
    const result = validateRefund(o, r);
    return result.ok ? null : result.error.code;
  };

  it('accepts a refund within every limit and returns it unchanged', () => {
    const r = refund('r1', 630, 'p1', [{ line_id: 'kaffee', quantity: 3 }]);
    expect(validateRefund(order, r)).toEqual({ ok: true, value: r });
    expect(code(order, refund('r2', 2112))).toBeNull(); // full refund, no tender named
    expect(code(order, refund('r3', 200, 'p1', []))).toBeNull(); // an empty line list is no line list
  });

  it.each<[string, Refund, string]>([
    ['a zero amount', refund('r', 0), 'invalid_amount'],
    ['a negative amount', refund('r', -100), 'invalid_amount'],
    ['a fractional amount', refund('r', 10.5), 'invalid_amount'],
    ['more than was paid', refund('r', 2113), 'exceeds_refundable'],
    ['an unknown payment', refund('r', 100, 'p9'), 'unknown_payment'],
    ['a failed payment', refund('r', 100, 'p3'), 'unknown_payment'],
    ['more than that payment', refund('r', 1001, 'p2'), 'exceeds_payment_refundable'],
    ['more than the returned lines are worth', refund('r', 211, 'p1', [{ line_id: 'kaffee', quantity: 1 }]), 'exceeds_line_value'],
    ['a line that is not on the order', refund('r', 100, 'p1', [{ line_id: 'nope', quantity: 1 }]), 'unknown_line'],
  ])('refuses %s', (_name, r, expected) => {
    expect(code(order, r)).toBe(expected);
  });

  it('accounts for earlier refunds', () => {
    const after = { ...order, refunds: [refund('r1', 900, 'p2'), refund('r2', 1000, 'p1')] };
    expect(code(after, refund('r1', 10, 'p1'))).toBe('duplicate_refund');
    expect(code(after, refund('r3', 101, 'p2'))).toBe('exceeds_payment_refundable');
    expect(code(after, refund('r3', 100, 'p2'))).toBeNull();
    expect(code(after, refund('r3', 213))).toBe('exceeds_refundable');
  });

  it('lets a cash refund of lines round up to the coin, but not a card refund', () => {
    // Zürich: 7.78 of goods paid with 7.80 cash (0.05 coins) is handed back as 7.80
    const zurich: RefundableOrder = {
      total: 778,
      payments: [cash('p1', 780, 1000, 220)],
      refunds: [],
      lines: [{ id: 'kafi', quantity: 1, total: 778, tax: 58, tax_rate_id: 't', rate_ppm: 81_000 }],
      cash_rounding: 5,
    };
    expect(code(zurich, refund('r', 780, 'p1', [{ line_id: 'kafi', quantity: 1 }]))).toBeNull();
    expect(code(zurich, refund('r', 780, null, [{ line_id: 'kafi', quantity: 1 }]))).toBeNull();
    expect(code({ ...zurich, cash_rounding: undefined }, refund('r', 780, 'p1', [{ line_id: 'kafi', quantity: 1 }]))).toBe('exceeds_line_value');
    const byCard = { ...zurich, payments: [card('c1', 778)] };
    expect(code(byCard, refund('r', 778, 'c1', [{ line_id: 'kafi', quantity: 1 }]))).toBeNull();
    expect(code({ ...byCard, payments: [card('c1', 780)] }, refund('r', 780, 'c1', [{ line_id: 'kafi', quantity: 1 }]))).toBe('exceeds_line_value');
  });

  it('never lets refunds exceed what was paid, overall or per payment, whatever is attempted', () => {
    const paymentArb = fc.record({
      method: fc.constantFrom('cash' as const, 'card' as const, 'external' as const),
      amount: fc.integer({ min: 0, max: 50_000 }),
      status: fc.constantFrom(undefined, 'succeeded' as const, 'failed' as const, 'pending' as const),
    });
    const attemptArb = fc.record({
      payment: fc.option(fc.nat({ max: 5 }), { nil: null }),
      amount: fc.integer({ min: -10, max: 60_000 }),
    });
    fc.assert(
      fc.property(fc.array(paymentArb, { minLength: 1, maxLength: 5 }), fc.array(attemptArb, { maxLength: 25 }), (raw, attempts) => {
        const payments: Payment[] = raw.map((p, i) => ({ id: `p${i}`, ...p }));
        let state: RefundableOrder = { total: 100_000, payments, refunds: [] };
        for (const [i, attempt] of attempts.entries()) {
          const r = refund(`r${i}`, attempt.amount, attempt.payment === null ? null : `p${attempt.payment}`);
          if (validateRefund(state, r).ok) state = { ...state, refunds: [...state.refunds, r] };
        }
        expect(amountRefunded(state.refunds)).toBeLessThanOrEqual(amountPaid(payments));
        // whatever is left can always be spread over the tenders, each within its own limit
        const left = refundable(state);
        if (left > 0) {
          const shares = refundTenders(state, left);
          if (!shares.ok) throw new Error(shares.error.message);
          expect(shares.value.reduce((sum, t) => sum + t.amount, 0)).toBe(left);
          const limits = new Map(refundableByPayment(state).map((t) => [t.payment_id, t.amount]));
          for (const t of shares.value) expect(t.amount).toBeLessThanOrEqual(limits.get(t.payment_id) as number);
        }
        for (const p of payments) {
          const back = amountRefunded(state.refunds.filter((r) => r.payment_id === p.id));
          expect(back).toBeLessThanOrEqual(isCountedPayment(p) ? p.amount : 0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
