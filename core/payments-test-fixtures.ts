// Test data shared by the payments tests (payments.test.ts, payments-refunds.test.ts): payment and
// refund builders and the German café order. Imported by tests only.
import { computeOrderTotals } from './order-totals';
import type { Payment, Refund } from './payments';

export const card = (id: string, amount: number, status?: Payment['status']): Payment => ({ id, method: 'card', amount, status, reference: null });
export const cash = (id: string, amount: number, tendered = amount, change = 0): Payment => ({
  id,
  method: 'cash',
  amount,
  tendered,
  change,
  status: 'succeeded',
});
export const refund = (id: string, amount: number, payment_id: string | null = null, lines?: Refund['lines']): Refund => ({ id, amount, payment_id, lines });

/** The German café receipt from order-totals.test.ts: total 21.12, Kaffee 3 × 2.10 with 1.01 VAT. */
export const cafe = computeOrderTotals({
  currency: 'EUR',
  tax_mode: 'inclusive',
  lines: [
    {
      id: 'wurst',
      product_id: null,
      name: 'Currywurst',
      quantity: 2,
      unit_price: 450,
      modifiers: [{ id: 'm', name: 'Pommes', price_delta: 200 }],
      tax_rate_id: 'tax_de_7',
      rate_ppm: 70_000,
    },
    {
      id: 'cola',
      product_id: null,
      name: 'Cola',
      quantity: 1,
      unit_price: 280,
      tax_rate_id: 'tax_de_19',
      rate_ppm: 190_000,
      discount: { kind: 'percent', basis_points: 1000 },
    },
    { id: 'kaffee', product_id: null, name: 'Kaffee', quantity: 3, unit_price: 220, tax_rate_id: 'tax_de_19', rate_ppm: 190_000 },
  ],
  discount: { kind: 'amount', amount: 100 },
});
