// Test fixtures: a fresh TillDb (unique name, in fake-indexeddb) seeded as a paired till with a
// small catalog. Used by renderer unit tests and by the engine ↔ server cross test.
import { newId } from '../../core/ids';
import type { TillLocation, TillProduct, TillTaxRate } from '../../core/sync/catalog';
import { cartLineFromProduct, newCart } from './sales';
import { TillDb, type Cart } from './till-db';

export const TEST_LOCATION: TillLocation = {
  id: 'loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7',
  name: 'Test Café',
  currency: 'EUR',
  tax_mode: 'inclusive',
  cash_rounding: 1,
  timezone: 'Europe/Berlin',
  receipt_header: 'Test Café',
  receipt_footer: 'Thank you',
  discount_approval_basis_points: 2000,
};

export const TEST_TAX: TillTaxRate = { id: 'tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q', name: 'VAT 19%', rate_ppm: 190_000 };

export function testProduct(overrides: Partial<TillProduct> = {}): TillProduct {
  return {
    id: newId('prd'),
    name: 'Flat white',
    category_id: null,
    price: 350,
    tax_rate_id: TEST_TAX.id,
    barcode: null,
    barcodes: [],
    sku: null,
    modifier_group_ids: [],
    stock: null,
    active: true,
    sort: 0,
    updated_at: '2026-11-23T08:00:00.000Z',
    ...overrides,
  };
}

let counter = 0;

/** A new, empty till database with a unique name (tests run in parallel in one process). */
export function freshTillDb(): TillDb {
  counter += 1;
  return new TillDb(`till-test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Seeds pairing, location, tax rate and one product, as a pull would. */
export async function seedPairedTill(
  db: TillDb,
  options: { serverUrl?: string; deviceId?: string; deviceToken?: string; location?: TillLocation } = {},
): Promise<{ product: TillProduct }> {
  const product = testProduct();
  await db.settings.bulkPut([
    {
      key: 'pairing',
      value: {
        device_id: options.deviceId ?? 'dev_01KAQ30B1C7K2M9N4P6R8T0V2X',
        device_token: options.deviceToken ?? 'dvt_test',
        device_name: 'Test till',
        server_url: options.serverUrl ?? 'http://sync.test',
        paired_at: new Date().toISOString(),
      },
    },
    { key: 'location', value: options.location ?? TEST_LOCATION },
  ]);
  await db.taxRates.put(TEST_TAX);
  await db.products.put(product);
  return { product };
}

/** A cart of `quantity` × the product. */
export function cartOf(product: TillProduct, quantity = 1): Cart {
  const cart = newCart();
  cart.lines.push(cartLineFromProduct(product, TEST_TAX, { quantity }));
  return cart;
}
