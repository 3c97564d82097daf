import { describe, expect, it } from 'vitest';
import { shownFigures } from './figures';
import { computeOrderTotals } from './order-totals';

describe('shown figures', () => {
  it('subtotal is the sum of the lines as shown; the order discount row holds only the order discount', () => {
    const totals = computeOrderTotals({
      currency: 'EUR',
      tax_mode: 'inclusive',
      discount: { kind: 'amount', amount: 100 },
      lines: [
        { id: 'a', product_id: null, name: 'Cappuccino', quantity: 2, unit_price: 350, tax_rate_id: 't', rate_ppm: 190_000 },
        {
          id: 'b',
          product_id: null,
          name: 'Brötchen',
          quantity: 3,
          unit_price: 90,
          tax_rate_id: 't',
          rate_ppm: 70_000,
          discount: { kind: 'percent', basis_points: 1000 },
        },
      ],
    });
    const shown = shownFigures(totals);
    expect(shown).toEqual({ subtotal: 700 + 243, lineDiscounts: 27, orderDiscount: 100 });
    expect(shown.subtotal - shown.orderDiscount).toBe(totals.total);
  });
});
