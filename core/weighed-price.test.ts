import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatGrams, formatKg, formatWeighedLine, priceForWeight, weighedLineNote, weighedUnitPrice } from './weighed-price';

describe('goods sold by weight', () => {
  it('prices the net weight at the price per kg, rounded half up to the cent', () => {
    expect(priceForWeight(299, 523)).toBe(156); // 1.56377
    expect(priceForWeight(299, 1000)).toBe(299);
    expect(priceForWeight(1000, 5)).toBe(5);
    expect(priceForWeight(150, 3)).toBe(0); // 0.45 cent
    expect(priceForWeight(500, 1)).toBe(1); // 0.5 cent rounds up
    expect(priceForWeight(0, 250)).toBe(0);
  });

  it('never differs from the exact price by more than half a cent (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 60_000 }), (perKg, grams) => {
        expect(Math.abs(priceForWeight(perKg, grams) - (perKg * grams) / 1000)).toBeLessThanOrEqual(0.5);
      }),
    );
  });

  it('refuses nonsense instead of pricing it', () => {
    for (const [p, g] of [
      [-1, 100],
      [1.5, 100],
      [100, 0],
      [100, -5],
      [100, 2.5],
    ] as const)
      expect(() => priceForWeight(p, g)).toThrow(RangeError);
  });

  it('describes how the line was weighed', () => {
    expect(formatKg(523)).toBe('0.523 kg');
    expect(weighedLineNote({ netGrams: 523, tareGrams: 10 }, 299, 'EUR')).toBe('0.523 kg × 2.99/kg (tare 0.010 kg)');
    expect(weighedLineNote({ netGrams: 1500, tareGrams: 0 }, 1250, 'EUR')).toBe('1.500 kg × 12.50/kg');
  });

  it('a weighed line costs its weight at the price per kg, rounded once, never by way of a rounded unit price (property)', () => {
    expect(weighedUnitPrice({ net_grams: 350, tare_grams: 15, price_per_kg: 1290 })).toBe(452); // 4.515
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (perKg, grams, tare) => {
        const price = weighedUnitPrice({ net_grams: grams, tare_grams: tare, price_per_kg: perKg });
        expect(Number.isSafeInteger(price)).toBe(true);
        // Exactly the half-up rounding of perKg × grams / 1000, in integers.
        expect(price).toBe(Math.floor((perKg * grams * 2 + 1000) / 2000));
        // The tare changes nothing: it was taken off before net_grams.
        expect(price).toBe(weighedUnitPrice({ net_grams: grams, tare_grams: 0, price_per_kg: perKg }));
      }),
    );
  });

  it("shows the weighing in the location's locale", () => {
    const w = { net_grams: 350, tare_grams: 0, price_per_kg: 1290 };
    expect(formatWeighedLine(w, 'EUR', 'de-DE')).toBe('0,350 kg × 12,90 €/kg');
    expect(formatWeighedLine(w, 'EUR', 'en-US')).toBe('0.350 kg × €12.90/kg');
    expect(formatWeighedLine({ ...w, net_grams: 1250 }, 'USD', 'en-US')).toBe('1.250 kg × $12.90/kg');
    expect(formatGrams(15, 'de-DE')).toBe('0,015 kg');
  });
});
