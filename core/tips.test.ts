// Tips: percent presets rounded like every other percent (and to the coin for cash), the 100 % cap,
// and tips on payments: on top of the amount, never paying down the balance, in the cash tender.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountPaid, amountTipped, balanceDue, orderStatus, tenderCash, validatePayment } from './payments';
import type { Payment } from './payments';
import { MAX_TIP_BASIS_POINTS, maxTip, TIP_PRESETS_BASIS_POINTS, tipForPercent, validateTip } from './tips';

describe('tipForPercent', () => {
  it('takes a percent of the amount paid, half away from zero', () => {
    expect(TIP_PRESETS_BASIS_POINTS.map((bp) => tipForPercent(2112, bp))).toEqual([106, 211, 317, 422]);
    expect(tipForPercent(1999, 1000)).toBe(200);
    expect(tipForPercent(0, 2000)).toBe(0);
  });

  it('rounds a cash tip to the coin (CHF 0.05)', () => {
    expect(tipForPercent(778, 1000)).toBe(78);
    expect(tipForPercent(778, 1000, 5)).toBe(80);
    expect(tipForPercent(778, 500, 5)).toBe(40);
  });

  it('treats a negative base as nothing to tip on', () => {
    expect(tipForPercent(-500, 1000)).toBe(0);
  });

  it.each([
    [-1, 'tip percent must be 0–10000 basis points'],
    [10_001, 'tip percent must be 0–10000 basis points'],
    [1.5, 'tip percent must be 0–10000 basis points'],
  ])('refuses %d basis points', (bp, message) => {
    expect(() => tipForPercent(1000, bp)).toThrow(message);
  });

  it('refuses a bad increment or a fractional base', () => {
    expect(() => tipForPercent(1000, 1000, 0)).toThrow('cash rounding increment');
    expect(() => tipForPercent(10.5, 1000)).toThrow(RangeError);
  });
});

describe('validateTip', () => {
  it('accepts no tip, zero and tips up to 100 % of the order total', () => {
    expect(validateTip(2112, 0, undefined)).toEqual({ ok: true, value: 0 });
    expect(validateTip(2112, 0, null)).toEqual({ ok: true, value: 0 });
    expect(validateTip(0, 0, 0)).toEqual({ ok: true, value: 0 });
    expect(validateTip(2112, 0, 2112)).toEqual({ ok: true, value: 2112 });
    expect(validateTip(2112, 2000, 112)).toEqual({ ok: true, value: 112 });
  });

  it('refuses negative and fractional tips with invalid_tip', () => {
    expect(validateTip(2112, 0, -1)).toMatchObject({ ok: false, error: { code: 'invalid_tip', details: { tip: -1 } } });
    expect(validateTip(2112, 0, 0.5)).toMatchObject({ ok: false, error: { code: 'invalid_tip' } });
  });

  it('refuses tips above the cap, counting the tips already on the order', () => {
    expect(validateTip(2112, 0, 2113)).toMatchObject({ ok: false, error: { code: 'tip_exceeds_cap', details: { max_tip: 2112, tips_so_far: 0 } } });
    expect(validateTip(2112, 2000, 113)).toMatchObject({ ok: false, error: { code: 'tip_exceeds_cap', details: { tips_so_far: 2000 } } });
    expect(validateTip(0, 0, 1)).toMatchObject({ ok: false, error: { code: 'tip_exceeds_cap', details: { max_tip: 0 } } });
  });

  it('caps at MAX_TIP_BASIS_POINTS of the total, never below zero', () => {
    expect(MAX_TIP_BASIS_POINTS).toBe(10_000);
    expect(maxTip(2112)).toBe(2112);
    expect(maxTip(-50)).toBe(0);
    expect(() => maxTip(1.5)).toThrow(RangeError);
  });

  it('property: a tip passes exactly when 0 ≤ tip and tips so far + tip ≤ total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: -1000, max: 2_000_000 }),
        (total, sofar, tip) => {
          const result = validateTip(total, sofar, tip);
          expect(result.ok).toBe(tip >= 0 && (tip === 0 || sofar + tip <= total));
        },
      ),
    );
  });
});

describe('tips on payments', () => {
  const card = (id: string, amount: number, tip?: number | null, status?: Payment['status']): Payment => ({ id, method: 'card', amount, tip, status });

  it('sums tips of counted payments only; a missing tip is 0', () => {
    const payments = [card('a', 1000, 150), card('b', 500), card('c', 700, 70, 'failed'), card('d', 100, null)];
    expect(amountTipped(payments)).toBe(150);
    expect(amountPaid(payments)).toBe(1600);
    expect(() => amountTipped([card('x', 100, 0.5)])).toThrow('payment x tip');
  });

  it('a tip never pays down the balance nor changes the status', () => {
    const payments = [card('a', 1000, 500)];
    expect(balanceDue(2112, payments)).toBe(1112);
    expect(orderStatus({ total: 2112, payments, refunds: [] })).toBe('partially_paid');
    expect(orderStatus({ total: 1000, payments, refunds: [] })).toBe('paid');
  });

  it('validatePayment checks the tip shape, the cap and tendered − change = amount + tip', () => {
    const order = { total: 2112, payments: [] as Payment[] };
    expect(validatePayment(order, card('p', 2112, 300)).ok).toBe(true);
    expect(validatePayment(order, card('p', 2112, -1))).toMatchObject({ ok: false, error: { code: 'invalid_tip' } });
    expect(validatePayment(order, card('p', 2112, 2113))).toMatchObject({ ok: false, error: { code: 'tip_exceeds_cap' } });
    expect(validatePayment({ total: 2112, payments: [card('a', 1000, 2000)] }, card('p', 1112, 200))).toMatchObject({
      ok: false,
      error: { code: 'tip_exceeds_cap', details: { tips_so_far: 2000 } },
    });
    const cashWithTip: Payment = { id: 'c', method: 'cash', amount: 2112, tip: 188, tendered: 2500, change: 200 };
    expect(validatePayment(order, cashWithTip).ok).toBe(true);
    expect(validatePayment(order, { ...cashWithTip, change: 388 })).toMatchObject({ ok: false, error: { code: 'tender_mismatch' } });
    expect(validatePayment(order, { ...cashWithTip, tendered: undefined, change: 0 }).ok).toBe(true);
    // a failed attempt is only checked for shape: a tip over the cap is no money taken
    expect(validatePayment(order, card('f', 2112, 9999, 'failed')).ok).toBe(true);
  });

  it('tenderCash takes a cash tip into the drawer on top of the rounded amount', () => {
    expect(tenderCash(778, 1000, 5, 80)).toEqual({ ok: true, value: { applied: 780, change: 140, rounding: 2 } });
    expect(tenderCash(778, 850, 5, 80)).toMatchObject({ ok: false, error: { code: 'insufficient_tender', details: { due: 860, tendered: 850 } } });
    expect(() => tenderCash(778, 1000, 5, -1)).toThrow('tip must not be negative');
    expect(() => tenderCash(778, 1000, 5, 0.5)).toThrow(RangeError);
  });

  it('property: applied + tip + change = tendered whenever the cash covers it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 300_000 }),
        fc.constantFrom(1, 5, 10),
        fc.integer({ min: 0, max: 50_000 }),
        (balance, tendered, increment, tip) => {
          const result = tenderCash(balance, tendered, increment, tip);
          if (result.ok) {
            expect(result.value.applied + tip + result.value.change).toBe(tendered);
            expect(result.value.change).toBeGreaterThanOrEqual(0);
          } else {
            expect(tendered).toBeLessThan(result.error.details?.due as number);
          }
        },
      ),
    );
  });
});
