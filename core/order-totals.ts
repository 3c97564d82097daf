// Order totals: unit prices with modifiers, line and order discounts, tax per line and the
// per-rate breakdown. The till, the server and receipts all call this, so they agree to the cent.
import { allocate, assertMinorUnits, currencyExponent, percentOf, toSafeNumber } from './money';
import { assertRatePpm, taxBreakdown, taxForLine, TAX_MODES } from './tax';
import type { TaxMode } from './schema-primitives';
import type { TaxBreakdownLine } from './tax';

export type Discount = { kind: 'percent'; basis_points: number /* 1000 = 10 % */ } | { kind: 'amount'; amount: number };

export interface ModifierInput {
  id: string;
  name: string;
  price_delta: number;
}

export interface LineInput {
  id: string;
  product_id: string | null;
  name: string;
  /** positive integer */
  quantity: number;
  /** product price in the location's price mode (gross when inclusive, net when exclusive) */
  unit_price: number;
  modifiers?: ModifierInput[];
  tax_rate_id: string;
  rate_ppm: number;
  discount?: Discount | null;
}

export interface OrderInput {
  currency: string;
  tax_mode: TaxMode;
  lines: LineInput[];
  discount?: Discount | null;
  /** cash rounding increment in minor units (5 = CHF 0.05), default 1; applied by payments, never to the total */
  cash_rounding?: number;
}

export interface LineTotals {
  id: string;
  quantity: number;
  /** product price plus modifier deltas */
  unit_price: number;
  /** unit_price × quantity */
  gross_before_discount: number;
  line_discount: number;
  order_discount_share: number;
  /** after both discounts, in the location's price mode */
  subtotal: number;
  net: number;
  tax: number;
  /** gross after discounts: what the customer pays for this line */
  total: number;
  tax_rate_id: string;
  rate_ppm: number;
}

export interface OrderTotals {
  currency: string;
  tax_mode: TaxMode;
  lines: LineTotals[];
  /** Σ gross_before_discount, in the location's price mode */
  subtotal: number;
  discount_total: number;
  tax_total: number;
  tax_breakdown: TaxBreakdownLine[];
  /** Σ line totals; cash rounding is not applied here (cards pay exactly) */
  total: number;
  net_total: number;
}

/** Basis points of a full discount: 10 000 = 100 %. */
export const MAX_DISCOUNT_BASIS_POINTS = 10_000;

function assertDiscount(discount: Discount, where: string): void {
  if (discount.kind === 'percent') {
    const bp = discount.basis_points;
    if (!Number.isSafeInteger(bp) || bp < 0 || bp > MAX_DISCOUNT_BASIS_POINTS) {
      throw new RangeError(`${where} percent discount must be 0–10000 basis points (0–100 %), got ${String(bp)}`);
    }
  } else if (discount.kind === 'amount') {
    assertMinorUnits(discount.amount, `${where} discount amount`);
    if (discount.amount < 0) throw new RangeError(`${where} discount amount must not be negative, got ${discount.amount}`);
  } else {
    throw new RangeError(`${where} discount kind must be "percent" or "amount", got ${JSON.stringify((discount as { kind: unknown }).kind)}`);
  }
}

/** The discount on `base` in minor units, clamped so it never exceeds `base`. */
export function discountAmount(base: number, discount: Discount | null | undefined): number {
  if (!discount) return 0;
  const wanted = discount.kind === 'percent' ? percentOf(base, discount.basis_points) : discount.amount;
  return Math.min(wanted, base);
}

/** Unit price including modifier deltas; a modifier may lower the price but never below zero. */
export function lineUnitPrice(line: Pick<LineInput, 'id' | 'unit_price' | 'modifiers'>): number {
  assertMinorUnits(line.unit_price, `line ${line.id} unit_price`);
  let unit = line.unit_price;
  for (const modifier of line.modifiers ?? []) {
    assertMinorUnits(modifier.price_delta, `line ${line.id} modifier ${modifier.id} price_delta`);
    unit += modifier.price_delta;
  }
  assertMinorUnits(unit, `line ${line.id} unit price with modifiers`);
  if (unit < 0) throw new RangeError(`line ${line.id} unit price with modifiers must not be negative, got ${unit}`);
  return unit;
}

function validateOrder(input: OrderInput): void {
  currencyExponent(input.currency);
  if (!TAX_MODES.includes(input.tax_mode)) {
    throw new RangeError(`tax_mode must be "inclusive" or "exclusive", got ${JSON.stringify(input.tax_mode)}`);
  }
  const cashRounding = input.cash_rounding ?? 1;
  if (!Number.isSafeInteger(cashRounding) || cashRounding < 1) {
    throw new RangeError(`cash_rounding must be a positive integer of minor units, got ${String(cashRounding)}`);
  }
  if (input.discount) assertDiscount(input.discount, 'order');
  const ids = new Set<string>();
  for (const line of input.lines) {
    if (ids.has(line.id)) throw new RangeError(`line id ${line.id} appears more than once`);
    ids.add(line.id);
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      throw new RangeError(`line ${line.id} quantity must be a positive integer, got ${String(line.quantity)}`);
    }
    assertRatePpm(line.rate_ppm);
    if (line.discount) assertDiscount(line.discount, `line ${line.id}`);
  }
}

/**
 * Totals for an order. Order of operations, all in integer minor units:
 * 1. unit price = product price + modifier deltas; gross_before_discount = unit price × quantity;
 * 2. the line discount comes off its line (percent rounded half away from zero, clamped to the line);
 * 3. the order discount (percent of, or amount clamped to, the discounted lines) is spread over
 *    the lines pro rata by their discounted amount with `allocate`, so no cent is lost;
 * 4. tax per line on what is left (inclusive: it is gross; exclusive: it is net), rounded per line.
 * Invariants: subtotal − discount_total + (exclusive ? tax_total : 0) = total and Σ breakdown.tax = tax_total.
 * Bad input (fractional money, quantity ≤ 0, negative rate, percent over 100 %) throws RangeError.
 */
export function computeOrderTotals(input: OrderInput): OrderTotals {
  validateOrder(input);

  const staged = input.lines.map((line) => {
    const unit_price = lineUnitPrice(line);
    const gross_before_discount = toSafeNumber(BigInt(unit_price) * BigInt(line.quantity), `line ${line.id} amount`);
    const line_discount = discountAmount(gross_before_discount, line.discount);
    return { line, unit_price, gross_before_discount, line_discount, after_line_discount: gross_before_discount - line_discount };
  });

  const discountable = staged.reduce((sum, s) => sum + s.after_line_discount, 0);
  assertMinorUnits(discountable, 'order amount');
  const orderDiscount = discountAmount(discountable, input.discount);
  const shares =
    staged.length > 0
      ? allocate(
          orderDiscount,
          staged.map((s) => s.after_line_discount),
        )
      : [];

  const lines: LineTotals[] = staged.map((s, i) => {
    const order_discount_share = shares[i] as number;
    const subtotal = s.after_line_discount - order_discount_share;
    const { net, tax, gross } = taxForLine(subtotal, s.line.rate_ppm, input.tax_mode);
    return {
      id: s.line.id,
      quantity: s.line.quantity,
      unit_price: s.unit_price,
      gross_before_discount: s.gross_before_discount,
      line_discount: s.line_discount,
      order_discount_share,
      subtotal,
      net,
      tax,
      total: gross,
      tax_rate_id: s.line.tax_rate_id,
      rate_ppm: s.line.rate_ppm,
    };
  });

  const sum = (pick: (line: LineTotals) => number): number => {
    const total = lines.reduce((acc, line) => acc + pick(line), 0);
    assertMinorUnits(total, 'order total');
    return total;
  };
  return {
    currency: input.currency,
    tax_mode: input.tax_mode,
    lines,
    subtotal: sum((l) => l.gross_before_discount),
    discount_total: sum((l) => l.line_discount + l.order_discount_share),
    tax_total: sum((l) => l.tax),
    tax_breakdown: taxBreakdown(lines.map(({ tax_rate_id, rate_ppm, net, tax, total }) => ({ tax_rate_id, rate_ppm, net, tax, gross: total }))),
    total: sum((l) => l.total),
    net_total: sum((l) => l.net),
  };
}
