// Tax per line (inclusive and exclusive, half away from zero, exact for large amounts) and the per-rate breakdown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertRatePpm, taxBreakdown, taxForLine } from './tax';
import type { TaxMode } from './schema-primitives';
import type { TaxBreakdownLine } from './tax';

const MAX = Number.MAX_SAFE_INTEGER;

describe('taxForLine, inclusive (prices contain VAT)', () => {
  it.each([
    [119, 190_000, { net: 100, tax: 19, gross: 119 }],
    [100, 190_000, { net: 84, tax: 16, gross: 100 }], // 15.966…
    [945, 190_000, { net: 794, tax: 151, gross: 945 }], // 150.882…
    [299, 70_000, { net: 279, tax: 20, gross: 299 }], // 19.560…
    [1241, 70_000, { net: 1160, tax: 81, gross: 1241 }], // 81.186…
    [1, 1_000_000, { net: 0, tax: 1, gross: 1 }], // exactly 0.5 rounds up
    [500, 0, { net: 500, tax: 0, gross: 500 }],
    [0, 190_000, { net: 0, tax: 0, gross: 0 }],
    [-945, 190_000, { net: -794, tax: -151, gross: -945 }],
    [-1, 1_000_000, { net: 0, tax: -1, gross: -1 }], // −0.5 rounds away from zero
  ])('gross %d at %d ppm → %o', (gross, rate, expected) => {
    expect(taxForLine(gross, rate, 'inclusive')).toEqual(expected);
  });

  it('is exact at the largest safe amount where floating point is not', () => {
    // round(9007199254740991 · 19 / 119) computed with arbitrary precision: 1438124250756965
    expect(taxForLine(MAX, 190_000, 'inclusive')).toEqual({ net: MAX - 1438124250756965, tax: 1438124250756965, gross: MAX });
  });
});

describe('taxForLine, exclusive (tax added on top)', () => {
  it.each([
    [1000, 88_750, { net: 1000, tax: 89, gross: 1089 }], // 88.75
    [400, 88_750, { net: 400, tax: 36, gross: 436 }], // 35.5 rounds up
    [855, 88_750, { net: 855, tax: 76, gross: 931 }], // 75.88…
    [10, 50_000, { net: 10, tax: 1, gross: 11 }], // 0.5 rounds up
    [-10, 50_000, { net: -10, tax: -1, gross: -11 }], // −0.5 rounds away from zero
    [9, 50_000, { net: 9, tax: 0, gross: 9 }], // 0.45
    [700, 0, { net: 700, tax: 0, gross: 700 }],
  ])('net %d at %d ppm → %o', (net, rate, expected) => {
    expect(taxForLine(net, rate, 'exclusive')).toEqual(expected);
  });

  it('refuses a gross beyond the safe-integer range', () => {
    expect(() => taxForLine(MAX, 190_000, 'exclusive')).toThrow(/gross is out of the safe integer range/);
  });
});

describe('taxForLine input checks', () => {
  it.each([
    [1.5, 190_000, 'inclusive', /line amount must be a safe integer/],
    [Number.NaN, 190_000, 'exclusive', /line amount must be a safe integer/],
    [100, -1, 'inclusive', /non-negative integer in parts per million/],
    [100, 0.19, 'inclusive', /non-negative integer in parts per million/],
    [100, 190_000, 'gross', /tax mode must be "inclusive" or "exclusive"/],
  ])('rejects (%d, %d, %s)', (amount, rate, mode, message) => {
    expect(() => taxForLine(amount, rate, mode as TaxMode)).toThrow(RangeError);
    expect(() => taxForLine(amount, rate, mode as TaxMode)).toThrow(message);
  });

  it('assertRatePpm accepts rates above 100 % (some excise taxes are)', () => {
    expect(() => assertRatePpm(2_500_000)).not.toThrow();
    expect(() => assertRatePpm(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('taxForLine properties', () => {
  const amountArb = fc.integer({ min: -1e12, max: 1e12 });
  const rateArb = fc.integer({ min: 0, max: 3_000_000 });

  it('inclusive: net + tax = gross, tax within half a unit of gross·r/(10⁶+r), negatives mirror', () => {
    fc.assert(
      fc.property(amountArb, rateArb, (gross, rate) => {
        const line = taxForLine(gross, rate, 'inclusive');
        expect(line.gross).toBe(gross);
        expect(line.net + line.tax).toBe(gross);
        const den = 1_000_000n + BigInt(rate);
        const gap = BigInt(line.tax) * den - BigInt(gross) * BigInt(rate);
        expect(2n * (gap < 0n ? -gap : gap) <= den).toBe(true);
        expect(taxForLine(-gross, rate, 'inclusive').tax).toBe(line.tax === 0 ? 0 : -line.tax);
      }),
    );
  });

  it('exclusive: net + tax = gross, tax within half a unit of net·r/10⁶, negatives mirror', () => {
    fc.assert(
      fc.property(amountArb, rateArb, (net, rate) => {
        const line = taxForLine(net, rate, 'exclusive');
        expect(line.net).toBe(net);
        expect(line.net + line.tax).toBe(line.gross);
        const gap = BigInt(line.tax) * 1_000_000n - BigInt(net) * BigInt(rate);
        expect(2n * (gap < 0n ? -gap : gap) <= 1_000_000n).toBe(true);
        expect(taxForLine(-net, rate, 'exclusive').tax).toBe(line.tax === 0 ? 0 : -line.tax);
      }),
    );
  });
});

describe('taxBreakdown', () => {
  const line = (tax_rate_id: string, rate_ppm: number, net: number, tax: number): TaxBreakdownLine => ({
    tax_rate_id,
    rate_ppm,
    net,
    tax,
    gross: net + tax,
  });

  it('sums per rate and sorts by rate, then id', () => {
    const input = [
      line('tax_std', 190_000, 529, 101),
      line('tax_red', 70_000, 1160, 81),
      line('tax_std', 190_000, 203, 38),
      line('tax_zero', 0, 500, 0),
      line('tax_b', 70_000, 10, 1),
    ];
    expect(taxBreakdown(input)).toEqual([
      line('tax_zero', 0, 500, 0),
      line('tax_b', 70_000, 10, 1),
      line('tax_red', 70_000, 1160, 81),
      line('tax_std', 190_000, 732, 139),
    ]);
  });

  it('keeps the same id at two different rates apart (a rate changed mid-order)', () => {
    expect(taxBreakdown([line('t', 190_000, 100, 19), line('t', 160_000, 100, 16), line('t', 190_000, 100, 19)])).toEqual([
      line('t', 160_000, 100, 16),
      line('t', 190_000, 200, 38),
    ]);
  });

  it('is empty for no lines and leaves its input untouched', () => {
    expect(taxBreakdown([])).toEqual([]);
    const input = [line('a', 1, 10, 1), line('a', 1, 20, 2)];
    const copy = structuredClone(input);
    taxBreakdown(input);
    expect(input).toEqual(copy);
  });

  it('adds up to the lines it summarises', () => {
    const lineArb = fc.record({
      tax_rate_id: fc.constantFrom('a', 'b', 'c'),
      rate_ppm: fc.constantFrom(0, 70_000, 190_000),
      net: fc.integer({ min: -1e9, max: 1e9 }),
      tax: fc.integer({ min: -1e8, max: 1e8 }),
      gross: fc.integer({ min: -1e9, max: 1e9 }),
    });
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 30 }), (lines) => {
        const groups = taxBreakdown(lines);
        for (const key of ['net', 'tax', 'gross'] as const) {
          expect(groups.reduce((s, g) => s + g[key], 0)).toBe(lines.reduce((s, l) => s + l[key], 0));
        }
        for (let i = 1; i < groups.length; i++) {
          const [a, b] = [groups[i - 1] as TaxBreakdownLine, groups[i] as TaxBreakdownLine];
          expect(a.rate_ppm < b.rate_ppm || (a.rate_ppm === b.rate_ppm && a.tax_rate_id < b.tax_rate_id)).toBe(true);
        }
      }),
    );
  });
});
