import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatKg, priceForWeight, weighedLineNote } from './weighed-price';

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
    for (const [p, g] of [[-1, 100], [1.5, 100], [100, 0], [100, -5], [100, 2.5]] as const) expect(() => priceForWeight(p, g)).toThrow(RangeError);
  });

  it('describes how the line was weighed', () => {
    expect(formatKg(523)).toBe('0.523 kg');
    expect(weighedLineNote({ netGrams: 523, tareGrams: 10 }, 299, 'EUR')).toBe('0.523 kg × 2.99/kg (tare 0.010 kg)');
    expect(weighedLineNote({ netGrams: 1500, tareGrams: 0 }, 1250, 'EUR')).toBe('1.500 kg × 12.50/kg');
  });
});
