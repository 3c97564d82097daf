// Money is an integer count of minor units (cents, yen, fils). This module parses, formats,
// splits and rounds such amounts exactly: products and quotients go through BigInt, never floats.

/**
 * ISO 4217 currencies whose minor unit is not 2 decimals. Kept as a table rather than asked of
 * Intl, because ICU's display digits differ from ISO 4217 for some codes (e.g. ISK, IQD) and
 * from one runtime to the next; money must not depend on the browser.
 */
const NON_DEFAULT_EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Exponent assumed for a well-formed code missing from the table above. */
export const DEFAULT_CURRENCY_EXPONENT = 2;

/**
 * ISO 4217 minor-unit exponent: EUR 2, JPY 0, KWD 3. A code that is not three upper-case
 * letters throws RangeError; a well-formed code we do not list is assumed to use 2 decimals
 * (the ISO 4217 majority), so a new currency degrades to cents instead of breaking the till.
 */
export function currencyExponent(code: string): number {
  if (typeof code !== 'string' || !CURRENCY_CODE.test(code)) {
    throw new RangeError(`currency must be an ISO 4217 code of three upper-case letters, got ${JSON.stringify(code)}`);
  }
  return NON_DEFAULT_EXPONENTS[code] ?? DEFAULT_CURRENCY_EXPONENT;
}

/** Throws RangeError unless `n` is a safe integer (an exact count of minor units). */
export function assertMinorUnits(n: number, what = 'amount'): void {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`${what} must be a safe integer number of minor units, got ${String(n)}`);
  }
}

/** BigInt → number, refusing results outside the safe-integer range instead of silently losing cents. */
export function toSafeNumber(value: bigint, what = 'amount'): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} is out of the safe integer range: ${value}`);
  return n === 0 ? 0 : n;
}

/**
 * numerator / denominator rounded half away from zero ("half-up" on magnitudes:
 * 2.5 → 3, −2.5 → −3, 2.4 → 2). The one rounding rule for money in this project.
 */
export function roundDiv(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const num = numerator < 0n ? -numerator : numerator;
  const den = denominator < 0n ? -denominator : denominator;
  const quotient = num / den;
  const rounded = (num % den) * 2n >= den ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}

// Optional sign, integer digits, optional decimal part after "." or ",". No grouping separators.
const MONEY_TEXT = /^([+-])?(\d+)(?:[.,](\d+))?$/;

/**
 * Parses a decimal amount typed by a person or sent by a terminal: "10.10" EUR → 1010,
 * "10,1" → 1010 (comma is accepted as the decimal separator), "-0.05" → -5, "500" JPY → 500.
 * Surrounding whitespace is ignored. Thousands separators, exponents, currency symbols, a
 * missing integer part (".5") and more fraction digits than the currency has ("1.234" EUR,
 * "5.0" JPY) are rejected with RangeError, so "1,500" is never silently read as 1.50 or 1500.
 */
export function parseMoney(text: string, currency: string): number {
  const exponent = currencyExponent(currency);
  const match = typeof text === 'string' ? MONEY_TEXT.exec(text.trim()) : null;
  if (!match) {
    throw new RangeError(`not a ${currency} amount: ${JSON.stringify(text)} (expected digits with an optional "." or "," decimal part)`);
  }
  const [, sign, whole = '', fraction = ''] = match;
  if (fraction.length > exponent) {
    throw new RangeError(`${currency} has ${exponent} decimal place(s), got ${JSON.stringify(text)}`);
  }
  const minor = BigInt(whole + fraction.padEnd(exponent, '0'));
  return toSafeNumber(sign === '-' ? -minor : minor, `${currency} amount ${JSON.stringify(text)}`);
}

/** Plain decimal text without grouping or symbol: 1010 EUR → "10.10", 500 JPY → "500", -5 EUR → "-0.05". */
export function toDecimalString(amount: number, currency: string): string {
  assertMinorUnits(amount);
  const exponent = currencyExponent(currency);
  const digits = Math.abs(amount)
    .toString()
    .padStart(exponent + 1, '0');
  const sign = amount < 0 ? '-' : '';
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** One formatter per locale and currency: building an Intl.NumberFormat costs far more than using one. */
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Localised display text through Intl.NumberFormat, e.g. formatMoney(1010, 'EUR', 'de-DE') →
 * "10,10 €". The decimal string is handed to Intl as text, so large amounts format exactly.
 */
export function formatMoney(amount: number, currency: string, locale = 'en'): string {
  const text = toDecimalString(amount, currency);
  const key = `${locale}\u0000${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const exponent = currencyExponent(currency);
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: exponent, maximumFractionDigits: exponent });
    formatters.set(key, formatter);
  }
  return formatter.format(text as Intl.StringNumericLiteral);
}

/**
 * Splits an integer `total` across `weights` by the largest-remainder method. The parts sum
 * exactly to `total`, each is within one unit of its ideal share total·w/Σw, a zero weight gets
 * zero, and all-zero weights split evenly. Ties go to the earlier index. A negative total is
 * split as the mirror image of its magnitude, so allocate(-t, w) = −allocate(t, w).
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  assertMinorUnits(total, 'total');
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 0) {
      throw new RangeError(`allocation weights must be non-negative safe integers, got ${String(w)}`);
    }
  }
  const effective = weights.every((w) => w === 0) ? weights.map(() => 1) : weights;
  const sumWeights = effective.reduce((sum, w) => sum + BigInt(w), 0n);
  const magnitude = BigInt(Math.abs(total));

  const parts = effective.map((w) => (magnitude * BigInt(w)) / sumWeights);
  const remainders = effective.map((w) => (magnitude * BigInt(w)) % sumWeights);
  let leftover = magnitude - parts.reduce((sum, p) => sum + p, 0n);

  // Largest remainder first; Array.prototype.sort is stable, so equal remainders keep index order.
  const order = remainders
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = remainders[a] as bigint;
      const rb = remainders[b] as bigint;
      return ra === rb ? 0 : ra > rb ? -1 : 1;
    });
  for (const i of order) {
    if (leftover === 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    leftover -= 1n;
  }
  return parts.map((p) => toSafeNumber(total < 0 ? -p : p));
}

/**
 * Cash rounding to the smallest coin, e.g. increment 5 for CHF 0.05: 1002 → 1000, 1003 → 1005,
 * 1025 stays. Halves round away from zero (2.5 coins → 3 coins). Increment 1 changes nothing.
 */
export function roundCash(amount: number, increment: number): number {
  assertMinorUnits(amount);
  if (!Number.isSafeInteger(increment) || increment < 1) {
    throw new RangeError(`cash rounding increment must be a positive integer of minor units, got ${String(increment)}`);
  }
  const inc = BigInt(increment);
  return toSafeNumber(roundDiv(BigInt(amount), inc) * inc, 'rounded cash amount');
}

/**
 * amount × basisPoints / 10 000, rounded half away from zero: percentOf(1999, 1000) → 200
 * (10 % of 19.99 is 1.999). Basis points are hundredths of a percent (1000 = 10 %).
 */
export function percentOf(amount: number, basisPoints: number): number {
  assertMinorUnits(amount);
  if (!Number.isSafeInteger(basisPoints)) {
    throw new RangeError(`basis points must be a safe integer, got ${String(basisPoints)}`);
  }
  return toSafeNumber(roundDiv(BigInt(amount) * BigInt(basisPoints), 10_000n));
}
