// Order totals: hand-computed receipts (DE 19 %/7 % inclusive, NYC 8.875 % exclusive, JPY, CHF),
// the discount rules, input validation, and the to-the-cent invariants over random orders.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeOrderTotals, discountAmount, lineUnitPrice } from './order-totals';
import type { Discount, LineInput, OrderInput, OrderTotals } from './order-totals';
import { taxForLine } from './tax';

function line(partial: Partial<LineInput> & Pick<LineInput, 'id' | 'unit_price' | 'rate_ppm'>): LineInput {
  return { product_id: `prd_${partial.id}`, name: partial.id, quantity: 1, tax_rate_id: `tax_${partial.rate_ppm}`, ...partial };
}

describe('German café, prices include VAT (19 % drinks, 7 % takeaway food)', () => {
  // Currywurst 4.50 + Pommes 2.00 = 6.50 × 2 = 13.00 (7 %)
  // Cola 2.80, −10 % line discount (0.28)          =  2.52 (19 %)
  // Kaffee 2.20 × 3                                  =  6.60 (19 %)
  // order discount 1.00 over 13.00 / 2.52 / 6.60 (Σ 22.12), largest remainder:
  //   13.00: 100·1300/2212 = 58.77 → 58, remainder .77 → +1 = 59
  //    2.52: 100·252/2212  = 11.39 → 11, remainder .39        = 11
  //    6.60: 100·660/2212  = 29.84 → 29, remainder .84 → +1 = 30
  // line totals 12.41 / 2.41 / 6.30 = 21.12; VAT per line:
  //   12.41 · 7/107  = 0.8119 → 0.81;  2.41 · 19/119 = 0.3848 → 0.38;  6.30 · 19/119 = 1.0059 → 1.01
  const order: OrderInput = {
    currency: 'EUR',
    tax_mode: 'inclusive',
    lines: [
      line({
        id: 'wurst',
        quantity: 2,
        unit_price: 450,
        modifiers: [{ id: 'mod_pommes', name: 'Pommes', price_delta: 200 }],
        tax_rate_id: 'tax_de_7',
        rate_ppm: 70_000,
      }),
      line({ id: 'cola', unit_price: 280, tax_rate_id: 'tax_de_19', rate_ppm: 190_000, discount: { kind: 'percent', basis_points: 1000 } }),
      line({ id: 'kaffee', quantity: 3, unit_price: 220, tax_rate_id: 'tax_de_19', rate_ppm: 190_000 }),
    ],
    discount: { kind: 'amount', amount: 100 },
  };

  it('matches the hand-computed receipt to the cent', () => {
    const totals = computeOrderTotals(order);
    expect(totals.lines).toEqual([
      {
        id: 'wurst',
        quantity: 2,
        unit_price: 650,
        gross_before_discount: 1300,
        line_discount: 0,
        order_discount_share: 59,
        subtotal: 1241,
        net: 1160,
        tax: 81,
        total: 1241,
        tax_rate_id: 'tax_de_7',
        rate_ppm: 70_000,
      },
      {
        id: 'cola',
        quantity: 1,
        unit_price: 280,
        gross_before_discount: 280,
        line_discount: 28,
        order_discount_share: 11,
        subtotal: 241,
        net: 203,
        tax: 38,
        total: 241,
        tax_rate_id: 'tax_de_19',
        rate_ppm: 190_000,
      },
      {
        id: 'kaffee',
        quantity: 3,
        unit_price: 220,
        gross_before_discount: 660,
        line_discount: 0,
        order_discount_share: 30,
        subtotal: 630,
        net: 529,
        tax: 101,
        total: 630,
        tax_rate_id: 'tax_de_19',
        rate_ppm: 190_000,
      },
    ]);
    expect(totals).toMatchObject({
      currency: 'EUR',
      tax_mode: 'inclusive',
      subtotal: 2240,
      discount_total: 128,
      tax_total: 220,
      total: 2112,
      net_total: 1892,
      tax_breakdown: [
        { tax_rate_id: 'tax_de_7', rate_ppm: 70_000, net: 1160, tax: 81, gross: 1241 },
        { tax_rate_id: 'tax_de_19', rate_ppm: 190_000, net: 732, tax: 139, gross: 871 },
      ],
    });
  });
});

describe('New York deli, prices exclude sales tax (8.875 %)', () => {
  // Bagel 3.50 + cream cheese 1.25 = 4.75 × 2 = 9.50; coffee 2.75; subtotal 12.25
  // order −10 %: 1.225 → 1.23 (half up), over 9.50 / 2.75: 95.39 → 95 (.39), 27.61 → 27 (.61) +1 = 28
  // taxable 8.55 → 0.7588 → 0.76;  2.47 → 0.2192 → 0.22;  total 9.31 + 2.69 = 12.00
  it('matches the hand-computed receipt to the cent', () => {
    const totals = computeOrderTotals({
      currency: 'USD',
      tax_mode: 'exclusive',
      lines: [
        line({
          id: 'bagel',
          quantity: 2,
          unit_price: 350,
          modifiers: [{ id: 'mod_cc', name: 'Cream cheese', price_delta: 125 }],
          tax_rate_id: 'tax_nyc',
          rate_ppm: 88_750,
        }),
        line({ id: 'coffee', unit_price: 275, tax_rate_id: 'tax_nyc', rate_ppm: 88_750 }),
      ],
      discount: { kind: 'percent', basis_points: 1000 },
    });
    expect(totals.lines.map((l) => [l.order_discount_share, l.subtotal, l.net, l.tax, l.total])).toEqual([
      [95, 855, 855, 76, 931],
      [28, 247, 247, 22, 269],
    ]);
    expect(totals).toMatchObject({ subtotal: 1225, discount_total: 123, tax_total: 98, total: 1200, net_total: 1102 });
    expect(totals.tax_breakdown).toEqual([{ tax_rate_id: 'tax_nyc', rate_ppm: 88_750, net: 1102, tax: 98, gross: 1200 }]);
  });
});

describe('Tokyo ramen shop, JPY has no minor unit (10 % eat-in, 8 % takeaway)', () => {
  // ramen ¥980 × 2 = 1960 (10 %), onigiri ¥150 × 3 = 450 (8 %), order −¥100:
  // 100·1960/2410 = 81.33 → 81 (.33); 100·450/2410 = 18.67 → 18 (.67) +1 = 19
  // 1879 · 10/110 = 170.82 → 171; 431 · 8/108 = 31.93 → 32
  it('matches the hand-computed receipt to the yen', () => {
    const totals = computeOrderTotals({
      currency: 'JPY',
      tax_mode: 'inclusive',
      lines: [
        line({ id: 'ramen', quantity: 2, unit_price: 980, tax_rate_id: 'tax_jp_10', rate_ppm: 100_000 }),
        line({ id: 'onigiri', quantity: 3, unit_price: 150, tax_rate_id: 'tax_jp_8', rate_ppm: 80_000 }),
      ],
      discount: { kind: 'amount', amount: 100 },
    });
    expect(totals.lines.map((l) => [l.order_discount_share, l.total, l.net, l.tax])).toEqual([
      [81, 1879, 1708, 171],
      [19, 431, 399, 32],
    ]);
    expect(totals).toMatchObject({ subtotal: 2410, discount_total: 100, tax_total: 203, total: 2310, net_total: 2107 });
    expect(totals.tax_breakdown.map((b) => b.tax_rate_id)).toEqual(['tax_jp_8', 'tax_jp_10']);
  });
});

describe('Zürich bakery, CHF with 0.05 cash rounding (8.1 % / 2.6 %)', () => {
  // Gipfeli 1.35 × 3 = 4.05 (2.6 %), Kafi 4.60 (8.1 %), order −10 %: 8.65 → 0.865 → 0.87
  // 87·405/865 = 40.73 → 40 (.73) +1 = 41; 87·460/865 = 46.27 → 46 (.27)
  // 3.64 · 26/1026 = 0.0922 → 0.09; 4.14 · 81/1081 = 0.3102 → 0.31; total 7.78 (cash: 7.80, see payments)
  it('leaves the total unrounded: cards pay 7.78 exactly', () => {
    const totals = computeOrderTotals({
      currency: 'CHF',
      tax_mode: 'inclusive',
      cash_rounding: 5,
      lines: [
        line({ id: 'gipfeli', quantity: 3, unit_price: 135, tax_rate_id: 'tax_ch_red', rate_ppm: 26_000 }),
        line({ id: 'kafi', unit_price: 460, tax_rate_id: 'tax_ch_std', rate_ppm: 81_000 }),
      ],
      discount: { kind: 'percent', basis_points: 1000 },
    });
    expect(totals.lines.map((l) => [l.order_discount_share, l.total, l.tax])).toEqual([
      [41, 364, 9],
      [46, 414, 31],
    ]);
    expect(totals).toMatchObject({ subtotal: 865, discount_total: 87, tax_total: 40, total: 778, net_total: 738 });
  });
});

describe('discount rules', () => {
  const base = (lines: LineInput[], discount?: Discount | null): OrderTotals => computeOrderTotals({ currency: 'EUR', tax_mode: 'inclusive', lines, discount });

  it('a 100 % line discount makes the line free, not negative', () => {
    const totals = base([line({ id: 'a', unit_price: 999, rate_ppm: 190_000, discount: { kind: 'percent', basis_points: 10_000 } })]);
    expect(totals.lines[0]).toMatchObject({ line_discount: 999, subtotal: 0, tax: 0, total: 0 });
  });

  it('clamps an amount discount larger than its line', () => {
    const totals = base([line({ id: 'a', unit_price: 500, quantity: 2, rate_ppm: 190_000, discount: { kind: 'amount', amount: 5000 } })]);
    expect(totals.lines[0]).toMatchObject({ gross_before_discount: 1000, line_discount: 1000, total: 0 });
    expect(totals.discount_total).toBe(1000);
  });

  it('clamps an order amount discount to what is left after line discounts', () => {
    const totals = base(
      [line({ id: 'a', unit_price: 300, rate_ppm: 190_000, discount: { kind: 'amount', amount: 100 } }), line({ id: 'b', unit_price: 100, rate_ppm: 70_000 })],
      { kind: 'amount', amount: 10_000 },
    );
    expect(totals.lines.map((l) => l.order_discount_share)).toEqual([200, 100]);
    expect(totals).toMatchObject({ discount_total: 400, total: 0, tax_total: 0 });
  });

  it('spreads the order discount by the post-line-discount amounts', () => {
    const totals = base(
      [line({ id: 'a', unit_price: 1000, rate_ppm: 0, discount: { kind: 'amount', amount: 500 } }), line({ id: 'b', unit_price: 500, rate_ppm: 0 })],
      { kind: 'amount', amount: 100 },
    );
    expect(totals.lines.map((l) => l.order_discount_share)).toEqual([50, 50]);
  });

  it('gives a free line no share of the order discount, and an all-free order a zero discount', () => {
    const mixed = base([line({ id: 'free', unit_price: 0, rate_ppm: 0 }), line({ id: 'paid', unit_price: 100, rate_ppm: 0 })], {
      kind: 'percent',
      basis_points: 5000,
    });
    expect(mixed.lines.map((l) => l.order_discount_share)).toEqual([0, 50]);
    const allFree = base([line({ id: 'a', unit_price: 0, rate_ppm: 0 }), line({ id: 'b', unit_price: 0, rate_ppm: 0 })], {
      kind: 'amount',
      amount: 100,
    });
    expect(allFree).toMatchObject({ discount_total: 0, total: 0 });
  });

  it('rounds a percent discount half away from zero on the whole order, not per line', () => {
    // 3 × 0.05 at 10 %: per line 0.005 → 0.01 each would be 0.03; on the order 0.015 → 0.02
    const lines = ['a', 'b', 'c'].map((id) => line({ id, unit_price: 5, rate_ppm: 0 }));
    expect(base(lines, { kind: 'percent', basis_points: 1000 }).discount_total).toBe(2);
  });

  it('treats null and 0 discounts as none', () => {
    const one = [line({ id: 'a', unit_price: 100, rate_ppm: 190_000, discount: null })];
    expect(base(one, null)).toEqual(base(one, { kind: 'amount', amount: 0 }));
    expect(discountAmount(100, undefined)).toBe(0);
  });

  it('an empty order is all zeros', () => {
    expect(base([], { kind: 'amount', amount: 100 })).toEqual({
      currency: 'EUR',
      tax_mode: 'inclusive',
      lines: [],
      subtotal: 0,
      discount_total: 0,
      tax_total: 0,
      tax_breakdown: [],
      total: 0,
      net_total: 0,
    });
  });

  it('modifiers may lower the unit price, but not below zero', () => {
    expect(lineUnitPrice({ id: 'a', unit_price: 500, modifiers: [{ id: 'm', name: 'no cheese', price_delta: -50 }] })).toBe(450);
    expect(lineUnitPrice({ id: 'a', unit_price: 500 })).toBe(500);
    expect(() => lineUnitPrice({ id: 'a', unit_price: 50, modifiers: [{ id: 'm', name: 'x', price_delta: -60 }] })).toThrow(
      'line a unit price with modifiers must not be negative, got -10',
    );
  });
});

describe('input validation', () => {
  const valid = (): OrderInput => ({
    currency: 'EUR',
    tax_mode: 'exclusive',
    lines: [line({ id: 'a', unit_price: 100, rate_ppm: 190_000 })],
  });
  const withLine = (patch: Partial<LineInput>): OrderInput => ({ ...valid(), lines: [{ ...(valid().lines[0] as LineInput), ...patch }] });

  it.each<[string, OrderInput, RegExp]>([
    ['bad currency', { ...valid(), currency: 'eur' }, /ISO 4217/],
    ['bad tax mode', { ...valid(), tax_mode: 'net' as never }, /tax_mode must be/],
    ['cash rounding 0', { ...valid(), cash_rounding: 0 }, /cash_rounding must be a positive integer/],
    ['fractional cash rounding', { ...valid(), cash_rounding: 2.5 }, /cash_rounding must be a positive integer/],
    ['order percent over 100 %', { ...valid(), discount: { kind: 'percent', basis_points: 10_001 } }, /order percent discount must be 0–10000/],
    ['negative order percent', { ...valid(), discount: { kind: 'percent', basis_points: -1 } }, /order percent discount/],
    ['fractional basis points', { ...valid(), discount: { kind: 'percent', basis_points: 12.5 } }, /order percent discount/],
    ['negative order amount', { ...valid(), discount: { kind: 'amount', amount: -1 } }, /order discount amount must not be negative/],
    ['fractional order amount', { ...valid(), discount: { kind: 'amount', amount: 0.5 } }, /order discount amount must be a safe integer/],
    ['unknown discount kind', { ...valid(), discount: { kind: 'bogo' } as never }, /discount kind must be "percent" or "amount", got "bogo"/],
    ['duplicate line ids', { ...valid(), lines: [...valid().lines, ...valid().lines] }, /line id a appears more than once/],
    ['quantity 0', withLine({ quantity: 0 }), /line a quantity must be a positive integer, got 0/],
    ['negative quantity', withLine({ quantity: -2 }), /quantity must be a positive integer/],
    ['fractional quantity', withLine({ quantity: 1.5 }), /quantity must be a positive integer/],
    ['negative rate', withLine({ rate_ppm: -1 }), /non-negative integer in parts per million/],
    ['fractional rate', withLine({ rate_ppm: 0.19 }), /non-negative integer in parts per million/],
    ['fractional unit price', withLine({ unit_price: 9.99 }), /line a unit_price must be a safe integer/],
    ['negative unit price', withLine({ unit_price: -100 }), /unit price with modifiers must not be negative/],
    ['fractional modifier', withLine({ modifiers: [{ id: 'm1', name: 'x', price_delta: 0.5 }] }), /line a modifier m1 price_delta/],
    ['line percent over 100 %', withLine({ discount: { kind: 'percent', basis_points: 20_000 } }), /line a percent discount must be 0–10000/],
    ['negative line amount', withLine({ discount: { kind: 'amount', amount: -5 } }), /line a discount amount must not be negative/],
    ['line amount overflow', withLine({ unit_price: Number.MAX_SAFE_INTEGER, quantity: 2 }), /line a amount is out of the safe integer range/],
    [
      'order amount overflow',
      { ...valid(), lines: [line({ id: 'a', unit_price: Number.MAX_SAFE_INTEGER, rate_ppm: 0 }), line({ id: 'b', unit_price: 1, rate_ppm: 0 })] },
      /order amount must be a safe integer/,
    ],
  ])('rejects %s with a clear RangeError', (_name, input, message) => {
    expect(() => computeOrderTotals(input)).toThrow(RangeError);
    expect(() => computeOrderTotals(input)).toThrow(message);
  });

  it('rejects totals that overflow after tax', () => {
    // two nets of 48 % of the limit fit; with 10 % tax on top their sum does not
    const big = Math.floor(Number.MAX_SAFE_INTEGER / 100) * 48;
    const input: OrderInput = {
      currency: 'EUR',
      tax_mode: 'exclusive',
      lines: [line({ id: 'a', unit_price: big, rate_ppm: 100_000 }), line({ id: 'b', unit_price: big, rate_ppm: 100_000 })],
    };
    expect(() => computeOrderTotals(input)).toThrow(/order total must be a safe integer/);
  });
});

// ---- properties over random orders ------------------------------------------------------------

const discountArb: fc.Arbitrary<Discount | null> = fc.oneof(
  fc.constant(null),
  fc.record({ kind: fc.constant('percent' as const), basis_points: fc.integer({ min: 0, max: 10_000 }) }),
  fc.record({ kind: fc.constant('amount' as const), amount: fc.integer({ min: 0, max: 200_000 }) }),
);

const lineArb = (index: number): fc.Arbitrary<LineInput> =>
  fc
    .record({
      unit_price: fc.integer({ min: 300, max: 100_000 }),
      quantity: fc.integer({ min: 1, max: 20 }),
      modifiers: fc.array(fc.integer({ min: -100, max: 500 }), { maxLength: 3 }),
      rate_ppm: fc.oneof(fc.constantFrom(0, 26_000, 70_000, 81_000, 88_750, 190_000), fc.integer({ min: 0, max: 300_000 })),
      discount: discountArb,
    })
    .map(({ modifiers, rate_ppm, ...rest }) => ({
      id: `lin_${index}`,
      product_id: null,
      name: `line ${index}`,
      modifiers: modifiers.map((price_delta, m) => ({ id: `mod_${m}`, name: `m${m}`, price_delta })),
      tax_rate_id: `tax_${rate_ppm % 3}`,
      rate_ppm,
      ...rest,
    }));

const orderArb: fc.Arbitrary<OrderInput> = fc.record({
  currency: fc.constantFrom('EUR', 'USD', 'JPY', 'CHF'),
  tax_mode: fc.constantFrom('inclusive' as const, 'exclusive' as const),
  lines: fc.integer({ min: 0, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => lineArb(i)))),
  discount: discountArb,
  cash_rounding: fc.constantFrom(1, 5, 10),
});

/** Half-away-from-zero percent, written independently of money.ts for non-negative bases. */
const expectedPercent = (base: number, bp: number): number => Number((BigInt(base) * BigInt(bp) * 2n + 10_000n) / 20_000n);
const expectedDiscount = (base: number, d: Discount | null | undefined): number =>
  !d ? 0 : Math.min(base, d.kind === 'percent' ? expectedPercent(base, d.basis_points) : d.amount);

describe('order totals properties', () => {
  it('every line follows the rules and no cent of any discount is lost', () => {
    fc.assert(
      fc.property(orderArb, (input) => {
        const totals = computeOrderTotals(input);
        const afterLine = input.lines.map((l) => {
          const unit = l.unit_price + (l.modifiers ?? []).reduce((s, m) => s + m.price_delta, 0);
          return unit * l.quantity - expectedDiscount(unit * l.quantity, l.discount);
        });
        const discountable = afterLine.reduce((a, b) => a + b, 0);
        const orderDiscount = expectedDiscount(discountable, input.discount);

        totals.lines.forEach((t, i) => {
          const l = input.lines[i] as LineInput;
          expect(t.gross_before_discount).toBe(t.unit_price * l.quantity);
          expect(t.gross_before_discount - t.line_discount).toBe(afterLine[i]);
          expect(t.order_discount_share).toBeGreaterThanOrEqual(0);
          expect(t.subtotal).toBe((afterLine[i] as number) - t.order_discount_share);
          expect(t.subtotal).toBeGreaterThanOrEqual(0);
          // the share is within one unit of the exact pro-rata share
          if (discountable > 0) {
            const gap = BigInt(t.order_discount_share) * BigInt(discountable) - BigInt(orderDiscount) * BigInt(afterLine[i] as number);
            expect((gap < 0n ? -gap : gap) < BigInt(discountable)).toBe(true);
          }
          expect({ net: t.net, tax: t.tax, gross: t.total }).toEqual(taxForLine(t.subtotal, l.rate_ppm, input.tax_mode));
        });

        expect(totals.lines.reduce((s, t) => s + t.order_discount_share, 0)).toBe(orderDiscount);
        expect(totals.discount_total).toBe(input.lines.reduce((s, _l, i) => s + (totals.lines[i]?.line_discount ?? 0), 0) + orderDiscount);
      }),
      { numRuns: 300 },
    );
  });

  it('subtotal − discounts (+ tax when exclusive) = total, and the breakdown adds up, to the cent', () => {
    fc.assert(
      fc.property(orderArb, (input) => {
        const t = computeOrderTotals(input);
        const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
        expect(t.subtotal - t.discount_total + (input.tax_mode === 'exclusive' ? t.tax_total : 0)).toBe(t.total);
        expect(t.net_total + t.tax_total).toBe(t.total);
        expect(sum(t.tax_breakdown.map((b) => b.tax))).toBe(t.tax_total);
        expect(sum(t.tax_breakdown.map((b) => b.net))).toBe(t.net_total);
        expect(sum(t.tax_breakdown.map((b) => b.gross))).toBe(t.total);
        expect(t.total).toBeGreaterThanOrEqual(0);
        expect(t.discount_total).toBeLessThanOrEqual(t.subtotal);
      }),
      { numRuns: 300 },
    );
  });
});
