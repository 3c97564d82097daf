// Sales tax / VAT on one line and the per-rate summary printed on receipts. Rates are integer
// parts per million and every division rounds once, per line, half away from zero (BigInt, exact).
import { assertMinorUnits, roundDiv, toSafeNumber } from './money';
import type { TaxMode } from './schema-primitives';

/** A tax rate as configured for a location: 19 % = 190_000 ppm, 8.875 % = 88_750 ppm. */
export interface TaxRate {
  id: string;
  name: string;
  rate_ppm: number;
}

export const TAX_MODES: readonly TaxMode[] = ['inclusive', 'exclusive'];

export interface TaxAmounts {
  net: number;
  tax: number;
  gross: number;
}

export interface TaxBreakdownLine extends TaxAmounts {
  tax_rate_id: string;
  rate_ppm: number;
}

const PPM = 1_000_000n;

/** Throws RangeError unless `rate_ppm` is a non-negative safe integer. */
export function assertRatePpm(rate_ppm: number): void {
  if (!Number.isSafeInteger(rate_ppm) || rate_ppm < 0) {
    throw new RangeError(`tax rate must be a non-negative integer in parts per million, got ${String(rate_ppm)}`);
  }
}

/**
 * Tax on one line amount given in the location's price mode.
 * inclusive: `amount` is gross; tax = round(gross·r / (10⁶ + r)), net = gross − tax.
 * exclusive: `amount` is net;   tax = round(net·r / 10⁶),          gross = net + tax.
 * Rounding is half away from zero, so a negative (refund) line mirrors its positive twin.
 */
export function taxForLine(amount: number, rate_ppm: number, mode: TaxMode): TaxAmounts {
  assertMinorUnits(amount, 'line amount');
  assertRatePpm(rate_ppm);
  const rate = BigInt(rate_ppm);
  const value = BigInt(amount);
  if (mode === 'inclusive') {
    const tax = toSafeNumber(roundDiv(value * rate, PPM + rate), 'tax');
    return { net: amount - tax, tax, gross: amount };
  }
  if (mode === 'exclusive') {
    const tax = toSafeNumber(roundDiv(value * rate, PPM), 'tax');
    return { net: amount, tax, gross: toSafeNumber(value + BigInt(tax), 'gross') };
  }
  throw new RangeError(`tax mode must be "inclusive" or "exclusive", got ${JSON.stringify(mode)}`);
}

/**
 * Sums lines per tax rate (same id and same rate), sorted by rate then id. The taxes are the
 * sums of the already-rounded line taxes, so the breakdown always adds up to the order's tax.
 */
export function taxBreakdown(lines: readonly TaxBreakdownLine[]): TaxBreakdownLine[] {
  const groups = new Map<string, TaxBreakdownLine>();
  for (const line of lines) {
    const key = `${line.rate_ppm}\u0000${line.tax_rate_id}`;
    const group = groups.get(key);
    if (group) {
      group.net += line.net;
      group.tax += line.tax;
      group.gross += line.gross;
    } else {
      groups.set(key, { tax_rate_id: line.tax_rate_id, rate_ppm: line.rate_ppm, net: line.net, tax: line.tax, gross: line.gross });
    }
  }
  // Grouping leaves no two entries with the same rate and id, so ids never compare equal here.
  // Plain code-unit order, not localeCompare: receipts must not depend on the device's locale.
  return [...groups.values()].sort((a, b) => (a.rate_ppm !== b.rate_ppm ? a.rate_ppm - b.rate_ppm : a.tax_rate_id < b.tax_rate_id ? -1 : 1));
}
