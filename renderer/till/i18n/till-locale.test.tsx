// The till speaks its location's language and formats, and its figures agree with the receipt.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computeOrderTotals } from '../../../core/order-totals';
import { layoutReceipt, receiptBlocksToText } from '../../../core/receipt-layout';
import type { Cart } from '../../db/till-db';
import { StorageWarning } from '../app';
import { resetPersistentStorageForTests, usePersistentStorage } from '../use-persistent-storage';
import { CartPanel } from '../components/cart-panel';
import { toReceiptOrder } from '../receipt';
import { I18nProvider, tillI18n } from './use-i18n';

const BERLIN = { locale: 'de-DE', timezone: 'Europe/Berlin' };
let warnings: string[] = [];
beforeEach(() => {
  warnings = [];
  // React reports missing keys and other mistakes through console.error: any of them fails the test.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  expect(warnings).toEqual([]);
});

const line = (id: string, name: string, quantity: number, unit: number, discount: Cart['lines'][number]['discount'] = null) => ({
  id,
  product_id: null,
  name,
  quantity,
  unit_price: unit,
  modifiers: [],
  tax_rate_id: 'tax_19',
  rate_ppm: 190_000,
  discount,
  note: null,
});
const cart: Cart = {
  id: 'ord_01KAQ2ZV6W3X5GQF1TS8DMN4R7',
  lines: [
    line('lin_01KAQ2ZV6W3X5GQF1TS8DMN4R1', 'Cappuccino', 2, 350),
    line('lin_01KAQ2ZV6W3X5GQF1TS8DMN4R2', 'Brötchen', 1, 90, { kind: 'percent', basis_points: 1000 }),
  ],
  discount: { kind: 'amount', amount: 50 },
  customer_note: null,
  open_order_id: null,
  open_order_number: null,
};
const totals = computeOrderTotals({ currency: 'EUR', tax_mode: 'inclusive', lines: cart.lines, discount: cart.discount });
const noop = () => {};
const panel = () => (
  <CartPanel
    cart={cart}
    totals={totals}
    currency="EUR"
    selectedLineId={null}
    taxName={() => 'MwSt 19%'}
    onSelect={noop}
    onQuantity={noop}
    onRemove={noop}
    onModifiers={noop}
    onLineDiscount={noop}
    onOrderDiscount={noop}
    onPay={noop}
  />
);
const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent;
/** Shows the browser's answer about persistent storage once it has come. */
function StorageAnswer() {
  const { persistent } = usePersistentStorage();
  return <output data-testid="storage-answer">{String(persistent)}</output>;
}

describe('till language and formats', () => {
  it('a Berlin café sees German words and German money', async () => {
    const view = render(<I18nProvider location={BERLIN}>{panel()}</I18nProvider>);
    expect(view.container.textContent).toContain('Zwischensumme');
    expect(view.container.textContent).toContain('Bonrabatt');
    expect(text('cart-count')).toBe('3 Artikel');
    expect(text('cart-total')).toBe('7,31 €'.replace('7,31', (totals.total / 100).toFixed(2).replace('.', ',')));
    expect(view.container.textContent).toContain('Bezahlen');
    expect(view.container.textContent).toContain('enth. MwSt 19% auf');
  });

  it('"Subtotal" and the line discount mean the same on screen and on the printed receipt', async () => {
    render(panel());
    const receipt = toReceiptOrder(
      {
        id: cart.id,
        number: 'T-1',
        source: 'till',
        location_id: 'loc_1',
        staff_id: 'stf_1',
        shift_id: null,
        currency: 'EUR',
        tax_mode: 'inclusive',
        cash_rounding: 1,
        lines: cart.lines,
        discount: cart.discount,
        totals: { ...totals },
        payments: [],
        customer_note: null,
        created_at: '2026-12-02T19:23:00.000Z',
        completed_at: '2026-12-02T19:23:00.000Z',
      },
      { location: { name: 'Café', receipt_header: '', receipt_footer: '', timezone: 'UTC' }, taxRates: [] },
    );
    const printed = receiptBlocksToText(layoutReceipt(receipt));
    const screenSubtotal = text('cart-subtotal')!;
    expect(screenSubtotal).toBe('€7.81');
    expect(printed).toMatch(/Subtotal +7\.81/);
    expect(text('cart-order-discount')).toBe('−€0.50');
    expect(printed).toMatch(/Discount 0\.50 +-0\.50/);
    // The line discount is on its line, on screen and on paper; "1 line" wording follows plural rules.
    expect(text('line-discount')).toContain('(−€0.09)');
    expect(printed).toMatch(/Discount 10% +\(-0\.09\)/);
    expect(text('cart-count')).toBe('3 items');
    expect(tillI18n(null).t('cart.lines', { count: 1 })).toBe('1 line');
  });

  it('tells a manager, not a cashier, that the browser refused persistent storage', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: { persisted: async () => false, persist: async () => false } });
    resetPersistentStorageForTests();
    const refused = render(
      <>
        <StorageWarning role="cashier" />
        <StorageAnswer />
      </>,
    );
    await waitFor(() => expect(text('storage-answer')).toBe('false'));
    expect(text('storage-warning')).toBeUndefined();
    refused.unmount();
    render(<StorageWarning role="manager" />);
    const warning = await screen.findByTestId('storage-warning');
    expect(warning.textContent).toContain('Storage not persistent');
    expect(warning.textContent).toContain('persistent storage was refused');
    cleanup();
    vi.stubGlobal('navigator', { ...navigator, storage: { persisted: async () => true, persist: async () => true } });
    resetPersistentStorageForTests();
    render(
      <>
        <StorageWarning role="owner" />
        <StorageAnswer />
      </>,
    );
    await waitFor(() => expect(text('storage-answer')).toBe('true'));
    expect(text('storage-warning')).toBeUndefined();
    vi.unstubAllGlobals();
  });
});
