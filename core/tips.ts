// Tips: money a customer adds for the staff on top of a payment. A tip rides on a payment (as
// Square's tip_money does), is never taxed and never part of the order's sales or tax totals.
import { assertMinorUnits, percentOf, roundCash } from './money';
import { err, ok } from './result';
import type { Result } from './result';

/** Preset tip buttons on the till, in basis points of the amount paid: 5 %, 10 %, 15 %, 20 %. */
export const TIP_PRESETS_BASIS_POINTS = [500, 1000, 1500, 2000] as const;

/**
 * The sane cap: all tips on an order together may be at most this share of the order total
 * (10 000 = 100 %). A larger tip is almost always a typo (a tip of 80.00 on an 8.00 coffee).
 */
export const MAX_TIP_BASIS_POINTS = 10_000;

/** The largest total of tips an order of `orderTotal` may carry. */
export function maxTip(orderTotal: number): number {
  assertMinorUnits(orderTotal, 'order total');
  return percentOf(Math.max(0, orderTotal), MAX_TIP_BASIS_POINTS);
}

/**
 * A percent tip on `base` (the amount the payment applies to the order), rounded half away
 * from zero; for cash, rounded to the coin so the change can be handed back (CHF 0.05).
 */
export function tipForPercent(base: number, basisPoints: number, cash_rounding = 1): number {
  assertMinorUnits(base, 'tip base');
  if (!Number.isSafeInteger(basisPoints) || basisPoints < 0 || basisPoints > MAX_TIP_BASIS_POINTS) {
    throw new RangeError(`tip percent must be 0–${MAX_TIP_BASIS_POINTS} basis points, got ${String(basisPoints)}`);
  }
  return roundCash(percentOf(Math.max(0, base), basisPoints), cash_rounding);
}

/**
 * Checks a tip before it is put on a payment of an order: an integer of minor units, not
 * negative (`invalid_tip`), and with the tips already on the order at most `maxTip(total)`
 * (`tip_exceeds_cap`, details `{ max_tip, tips_so_far }`). A missing tip is 0.
 */
export function validateTip(orderTotal: number, tipsSoFar: number, tip: number | null | undefined): Result<number> {
  const value = tip ?? 0;
  if (!Number.isSafeInteger(value) || value < 0) {
    return err('invalid_tip', `tip must be a non-negative integer of minor units, got ${String(value)}`, { tip: value });
  }
  const cap = maxTip(orderTotal);
  if (value > 0 && tipsSoFar + value > cap) {
    return err(
      'tip_exceeds_cap',
      `tips on an order may be at most ${MAX_TIP_BASIS_POINTS / 100} % of its total (${cap}); this tip ${value} with ${tipsSoFar} already tipped exceeds that`,
      {
        max_tip: cap,
        tips_so_far: tipsSoFar,
      },
    );
  }
  return ok(value);
}
