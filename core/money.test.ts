// Money in minor units: exponents, parsing, formatting, allocation and rounding, by example and by property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, assertMinorUnits, currencyExponent, formatMoney, parseMoney, percentOf, roundCash, roundDiv, toDecimalString, toSafeNumber } from './money';

const MAX = Number.MAX_SAFE_INTEGER;
/** Intl separates symbol and number with a no-break space in many locales; compare with plain spaces. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('currencyExponent', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['GBP', 2],
    ['CHF', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['ISK', 0],
    ['BHD', 3],
    ['KWD', 3],
    ['TND', 3],
    ['CLF', 4],
  ])('%s has %i decimals', (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
  });

  it('assumes 2 decimals for a well-formed code it does not list', () => {
    expect(currencyExponent('XYZ')).toBe(2);
  });

  it.each(['eur', 'EU', 'EURO', '', ' EUR', 'E1R'])('rejects the malformed code %j', (code) => {
    expect(() => currencyExponent(code)).toThrow(RangeError);
    expect(() => currencyExponent(code)).toThrow(/ISO 4217/);
  });

  it('rejects a non-string code', () => {
    expect(() => currencyExponent(42 as unknown as string)).toThrow(RangeError);
  });
});

describe('assertMinorUnits', () => {
  it.each([0, -1, 1010, MAX, -MAX])('accepts %d', (n) => {
    expect(() => assertMinorUnits(n)).not.toThrow();
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX + 1, -(MAX + 1)])('rejects %d', (n) => {
    expect(() => assertMinorUnits(n)).toThrow(RangeError);
  });

  it('names what was wrong', () => {
    expect(() => assertMinorUnits(0.5, 'unit_price')).toThrow('unit_price must be a safe integer number of minor units, got 0.5');
    expect(() => assertMinorUnits(0.5)).toThrow(/^amount must/);
  });
});

describe('toSafeNumber', () => {
  it('converts and turns -0 into 0', () => {
    expect(toSafeNumber(-12n)).toBe(-12);
    expect(Object.is(toSafeNumber(-0n), 0)).toBe(true);
  });

  it('refuses values a number cannot hold exactly', () => {
    expect(() => toSafeNumber(BigInt(MAX) + 1n, 'tax')).toThrow('tax is out of the safe integer range');
  });
});

describe('roundDiv', () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [5n, -2n, -3n],
    [-5n, -2n, 3n],
    [4n, 3n, 1n],
    [5n, 3n, 2n],
    [-4n, 3n, -1n],
    [0n, 7n, 0n],
    [6n, 3n, 2n],
  ])('%d / %d rounds half away from zero to %d', (n, d, q) => {
    expect(roundDiv(n, d)).toBe(q);
  });

  it('refuses to divide by zero', () => {
    expect(() => roundDiv(1n, 0n)).toThrow(RangeError);
  });

  it('is within half a unit of the exact quotient and mirrors negatives', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (n, d) => {
        const q = roundDiv(n, d);
        const error = q * d - n; // how far q·d overshoots n
        expect(2n * (error < 0n ? -error : error) <= d).toBe(true);
        expect(roundDiv(-n, d)).toBe(-q);
      }),
    );
  });
});

describe('parseMoney', () => {
  it.each([
    ['10.10', 'EUR', 1010],
    ['10.1', 'EUR', 1010],
    ['10', 'EUR', 1000],
    ['0.05', 'EUR', 5],
    ['-0.05', 'EUR', -5],
    ['+3', 'USD', 300],
    ['1,5', 'EUR', 150],
    ['  7.00\n', 'CHF', 700],
    ['007.50', 'GBP', 750],
    ['500', 'JPY', 500],
    ['1.234', 'KWD', 1234],
    ['1.2', 'BHD', 1200],
    ['90071992547409.91', 'EUR', MAX],
    ['-90071992547409.91', 'EUR', -MAX],
  ])('%j %s → %d', (text, currency, minor) => {
    expect(parseMoney(text, currency)).toBe(minor);
  });

  it('never returns negative zero', () => {
    expect(Object.is(parseMoney('-0.00', 'EUR'), 0)).toBe(true);
  });

  it.each([
    ['1.234', 'EUR', /EUR has 2 decimal place/],
    ['5.0', 'JPY', /JPY has 0 decimal place/],
    ['1.2345', 'KWD', /KWD has 3 decimal place/],
    ['', 'EUR', /not a EUR amount/],
    ['.5', 'EUR', /not a EUR amount/],
    ['1.', 'EUR', /not a EUR amount/],
    ['1,000.00', 'USD', /not a USD amount/],
    ['1 000', 'EUR', /not a EUR amount/],
    ['1e3', 'EUR', /not a EUR amount/],
    ['NaN', 'EUR', /not a EUR amount/],
    ['Infinity', 'EUR', /not a EUR amount/],
    ['€10', 'EUR', /not a EUR amount/],
    ['10 EUR', 'EUR', /not a EUR amount/],
    ['--1', 'EUR', /not a EUR amount/],
    ['0x10', 'EUR', /not a EUR amount/],
    ['90071992547409.92', 'EUR', /out of the safe integer range/],
  ])('rejects %j (%s)', (text, currency, message) => {
    expect(() => parseMoney(text, currency)).toThrow(RangeError);
    expect(() => parseMoney(text, currency)).toThrow(message);
  });

  it('rejects "1,500" in a two-decimal currency instead of guessing a thousands separator', () => {
    expect(() => parseMoney('1,500', 'USD')).toThrow(RangeError);
  });

  it('rejects non-strings and malformed currencies', () => {
    expect(() => parseMoney(10 as unknown as string, 'EUR')).toThrow(RangeError);
    expect(() => parseMoney('10', 'euro')).toThrow(/ISO 4217/);
  });
});

describe('toDecimalString', () => {
  it.each([
    [1010, 'EUR', '10.10'],
    [5, 'EUR', '0.05'],
    [-5, 'EUR', '-0.05'],
    [0, 'EUR', '0.00'],
    [-100, 'USD', '-1.00'],
    [500, 'JPY', '500'],
    [-500, 'JPY', '-500'],
    [0, 'JPY', '0'],
    [1234, 'KWD', '1.234'],
    [7, 'BHD', '0.007'],
    [MAX, 'EUR', '90071992547409.91'],
  ])('%d %s → %s', (amount, currency, text) => {
    expect(toDecimalString(amount, currency)).toBe(text);
  });

  it('rejects fractional amounts and bad currencies', () => {
    expect(() => toDecimalString(1.5, 'EUR')).toThrow(RangeError);
    expect(() => toDecimalString(1, 'EURO')).toThrow(RangeError);
  });

  it('round-trips through parseMoney for every safe amount and exponent', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom('EUR', 'JPY', 'KWD', 'CLF', 'XYZ'), (amount, currency) => {
        expect(parseMoney(toDecimalString(amount, currency), currency)).toBe(amount);
      }),
    );
  });
});

describe('formatMoney', () => {
  it('formats in English by default', () => {
    expect(formatMoney(1010, 'EUR')).toBe('€10.10');
    expect(formatMoney(-5, 'USD')).toBe('-$0.05');
    expect(formatMoney(500, 'JPY')).toBe('¥500');
    expect(plain(formatMoney(1234, 'KWD'))).toBe('KWD 1.234');
  });

  it('formats for a given locale', () => {
    expect(plain(formatMoney(123456, 'EUR', 'de-DE'))).toBe('1.234,56 €');
    expect(plain(formatMoney(500, 'CHF', 'de-CH'))).toBe('CHF 5.00');
    expect(formatMoney(123456, 'USD', 'en-US')).toBe('$1,234.56');
  });

  it('uses the ISO 4217 exponent where ICU would show other digits (IQD, HUF)', () => {
    expect(plain(formatMoney(1500, 'IQD', 'en'))).toBe('IQD 1.500');
    expect(plain(formatMoney(12345, 'HUF', 'en'))).toBe('HUF 123.45');
  });

  it('formats the largest safe amount exactly (no float rounding)', () => {
    expect(formatMoney(MAX, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
    expect(formatMoney(-MAX, 'USD', 'en-US')).toBe('-$90,071,992,547,409.91');
  });

  it('rejects fractional amounts, bad currencies and malformed locales', () => {
    expect(() => formatMoney(0.5, 'EUR')).toThrow(RangeError);
    expect(() => formatMoney(1, 'eur')).toThrow(RangeError);
    expect(() => formatMoney(1, 'EUR', 'not a locale!')).toThrow(RangeError);
  });

  it('gives the same text on repeated calls (formatters are reused)', () => {
    const first = formatMoney(4250, 'GBP', 'en-GB');
    expect(formatMoney(4250, 'GBP', 'en-GB')).toBe(first);
    expect(first).toBe('£42.50');
  });
});

describe('allocate', () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [10, [0, 0, 0], [4, 3, 3]],
    [5, [0, 1], [0, 5]],
    [0, [1, 2], [0, 0]],
    [1, [1, 1], [1, 0]],
    [2, [1, 2, 2], [0, 1, 1]], // largest remainders (0.8, 0.8) beat the earlier index (0.4)
    [100, [3, 7], [30, 70]],
    [135, [1050, 299], [105, 30]],
    [7, [5], [7]],
    [-1, [1, 1, 1], [-1, 0, 0]],
  ])('allocate(%d, %j) → %j', (total, weights, parts) => {
    expect(allocate(total, weights)).toEqual(parts);
  });

  it('never returns negative zero', () => {
    expect(allocate(-1, [1, 1]).map((p) => Object.is(p, 0))).toEqual([false, true]);
  });

  it('handles totals near the safe-integer limit exactly', () => {
    expect(allocate(MAX, [1, 1])).toEqual([4503599627370496, 4503599627370495]);
    expect(allocate(-MAX, [MAX, 1]).reduce((a, b) => a + b, 0)).toBe(-MAX);
  });

  it.each([
    [1.5, [1], /total must be a safe integer/],
    [Number.NaN, [1], /total must be a safe integer/],
    [10, [], /at least one weight/],
    [10, [1, -1], /non-negative safe integers/],
    [10, [0.5], /non-negative safe integers/],
    [10, [Number.NaN], /non-negative safe integers/],
  ])('rejects allocate(%d, %j)', (total, weights, message) => {
    expect(() => allocate(total, weights)).toThrow(RangeError);
    expect(() => allocate(total, weights)).toThrow(message);
  });

  const weightsArb = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 20 });
  const totalArb = fc.integer({ min: -10_000_000_000, max: 10_000_000_000 });

  it('sums exactly to the total (a lost or extra cent fails this)', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        expect(allocate(total, weights).reduce((a, b) => a + b, 0)).toBe(total);
      }),
    );
  });

  it('gives each part less than one unit away from its ideal share, and zero weights nothing', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const parts = allocate(total, weights);
        const effective = weights.every((w) => w === 0) ? weights.map(() => 1) : weights;
        const sum = BigInt(effective.reduce((a, b) => a + b, 0));
        parts.forEach((part, i) => {
          // |part − total·w/Σw| < 1  ⇔  |part·Σw − total·w| < Σw
          const gap = BigInt(part) * sum - BigInt(total) * BigInt(effective[i] as number);
          expect((gap < 0n ? -gap : gap) < sum).toBe(true);
          if ((effective[i] as number) === 0) expect(part).toBe(0);
        });
      }),
    );
  });

  it('mirrors negative totals and favours earlier indexes among equal weights', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        expect(allocate(-total, weights)).toEqual(allocate(total, weights).map((p) => (p === 0 ? 0 : -p)));
      }),
    );
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.integer({ min: 1, max: 50 }), (total, n) => {
        const parts = allocate(total, new Array<number>(n).fill(7));
        for (let i = 1; i < parts.length; i++) expect(parts[i - 1]).toBeGreaterThanOrEqual(parts[i] as number);
      }),
    );
  });
});

describe('roundCash', () => {
  it.each([
    [1002, 5, 1000],
    [1003, 5, 1005],
    [1025, 5, 1025],
    [1027, 5, 1025],
    [1028, 5, 1030],
    [-1002, 5, -1000],
    [-1003, 5, -1005],
    [25, 10, 30], // a half rounds away from zero
    [-25, 10, -30],
    [24, 10, 20],
    [1234, 1, 1234],
    [0, 5, 0],
    [2, 5, 0],
    [149, 100, 100],
    [150, 100, 200],
  ])('roundCash(%d, %d) → %d', (amount, increment, rounded) => {
    expect(roundCash(amount, increment)).toBe(rounded);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundCash(-2, 5), 0)).toBe(true);
  });

  it.each([
    [100, 0],
    [100, -5],
    [100, 2.5],
    [100, Number.NaN],
  ])('rejects roundCash(%d, %d)', (amount, increment) => {
    expect(() => roundCash(amount, increment)).toThrow(/increment must be a positive integer/);
  });

  it('rejects fractional amounts', () => {
    expect(() => roundCash(10.5, 5)).toThrow(RangeError);
  });

  it('lands on a multiple of the increment at most half an increment away', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 1000 }), (amount, increment) => {
        const rounded = roundCash(amount, increment);
        expect(rounded % increment === 0).toBe(true);
        expect(2 * Math.abs(rounded - amount)).toBeLessThanOrEqual(increment);
        expect(roundCash(-amount, increment)).toBe(rounded === 0 ? 0 : -rounded);
      }),
    );
  });
});

describe('percentOf', () => {
  it.each([
    [1999, 1000, 200], // 199.9
    [1995, 1000, 200], // 199.5 rounds up
    [1994, 1000, 199], // 199.4
    [-1995, 1000, -200], // away from zero
    [1225, 1000, 123], // 122.5
    [1000, 0, 0],
    [1000, 10_000, 1000],
    [1000, 1, 0], // 0.1
    [5000, 1, 1], // 0.5
    [MAX, 10_000, MAX],
  ])('percentOf(%d, %d) → %d', (amount, bp, result) => {
    expect(percentOf(amount, bp)).toBe(result);
  });

  it('rejects fractional inputs', () => {
    expect(() => percentOf(10.5, 100)).toThrow(RangeError);
    expect(() => percentOf(100, 12.5)).toThrow(/basis points must be a safe integer/);
  });

  it('is within half a unit of amount·bp/10 000', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: -20_000, max: 20_000 }), (amount, bp) => {
        const gap = BigInt(percentOf(amount, bp)) * 10_000n - BigInt(amount) * BigInt(bp);
        expect((gap < 0n ? -gap : gap) <= 5_000n).toBe(true);
      }),
    );
  });
});
