import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HardwareClient } from '../../../core/hardware-contract';
import { err } from '../../../core/result';
import type { TillLocation, TillProduct } from '../../../core/sync/catalog';
import { TillDb } from '../../db/till-db';
import type { SyncEngine, SyncStatus } from '../../sync/sync-engine';
import { dispatchScan, installWedgeListener } from '../scanner';
import { ServicesContext } from '../services';
import { render, settle, type Rendered } from '../testing/render';
import { useTill } from '../till-store';
import { newCart } from '../../db/sales';
import { SellScreen, indexProducts, searchProducts } from './sell-screen';

const location: TillLocation = {
  id: 'loc_1',
  name: 'Test Café',
  currency: 'EUR',
  tax_mode: 'inclusive',
  cash_rounding: 1,
  timezone: 'UTC',
  receipt_header: '',
  receipt_footer: '',
  discount_approval_basis_points: 1000,
};

const product = (id: string, name: string, price: number, barcode: string | null): TillProduct => ({
  id,
  name,
  category_id: null,
  price,
  tax_rate_id: 'tax_19',
  barcode,
  sku: null,
  modifier_group_ids: [],
  stock: null,
  active: true,
  sort: 0,
  updated_at: '2026-11-23T10:00:00.000Z',
});

const status: SyncStatus = {
  paired: true,
  online: false,
  syncing: false,
  unsyncedCount: 0,
  rejected: 0,
  lastSyncAt: null,
  lastError: null,
  lastErrorCode: null,
  streamConnected: false,
};
const sync = { status: { get: () => status, subscribe: () => () => {} } } as unknown as SyncEngine;
const hardwareClient: HardwareClient = { send: async () => err('not_configured', 'none'), on: () => () => {}, close() {} };

let db: TillDb;
let view: Rendered | null = null;
let uninstall: () => void = () => {};

beforeEach(async () => {
  db = new TillDb(`sell-screen-${Math.random()}`);
  await db.taxRates.put({ id: 'tax_19', name: 'VAT 19%', rate_ppm: 190_000 });
  await db.products.bulkPut([product('prd_w', 'Water', 250, '4006381333948'), product('prd_j', 'Orange juice', 350, '4006381333931')]);
  useTill.setState({ cart: newCart(), selectedLineId: null, pendingQuantity: null, search: '', dialog: null, screen: 'sell', staff: { id: 'stf_1', name: 'Ben', role: 'cashier' } });
  uninstall = installWedgeListener(window);
  view = await render(
    <ServicesContext.Provider value={{ db, sync, hardware: { kind: 'none', client: hardwareClient, bridge: null } }}>
      <SellScreen location={location} />
    </ServicesContext.Provider>,
  );
  await settle(20);
});

afterEach(async () => {
  view?.unmount();
  view = null;
  uninstall();
  await db.delete();
});

/** Keystrokes as a wedge scanner sends them: all within a few ms (event times are real). */
function scan(code: string): void {
  for (const key of [...code, 'Enter']) document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

function key(k: string): void {
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
}

/** Retries `check` (an assertion) until it passes, letting React and Dexie settle (inside act) between tries. */
async function until(check: () => unknown): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await check();
      return;
    } catch (error) {
      if (i >= 150) throw error;
      await settle(20);
    }
  }
}

describe('sell screen', () => {
  it('a barcode burst adds the product; a quantity typed with × before it applies to that line only', async () => {
    scan('4006381333948');
    await until(() => expect(useTill.getState().cart.lines.map((l) => [l.name, l.quantity])).toEqual([['Water', 1]]));
    key('3');
    await settle(60);
    // A digit alone is search text (it could be the start of a barcode), shown in the search box.
    expect(useTill.getState().pendingQuantity).toBeNull();
    expect(useTill.getState().search).toBe('3');
    key('*');
    // A person's × and the next scan are further apart than a scanner's keystrokes (30 ms), else the
    // wedge reads '*' as the scan's first character.
    await settle(60);
    expect(useTill.getState().pendingQuantity).toBe(3);
    expect(view!.container.querySelector('[data-testid="pending-quantity"]')?.textContent).toContain('3 ×');
    scan('4006381333931');
    await until(() =>
      expect(useTill.getState().cart.lines.map((l) => [l.name, l.quantity])).toEqual([
        ['Water', 1],
        ['Orange juice', 3],
      ]),
    );
    expect(useTill.getState().pendingQuantity).toBeNull();
    expect(view!.container.querySelector('[data-testid="cart-total"]')?.textContent).toBe('€13.00');
  });

  it('a barcode typed slowly with nothing focused is a barcode, never a quantity', async () => {
    for (const k of [...'4006381333948']) {
      key(k);
      await new Promise((r) => setTimeout(r, 40));
    }
    key('Enter');
    await settle(40);
    expect(useTill.getState().cart.lines.map((l) => [l.name, l.quantity])).toEqual([['Water', 1]]);
    expect(useTill.getState().pendingQuantity).toBeNull();
    expect(useTill.getState().screen).toBe('sell');
    expect(useTill.getState().search).toBe('');
  });

  it('a quantity above the maximum is refused and stays search text', async () => {
    for (const k of [...'5000*']) key(k);
    await settle();
    expect(useTill.getState().pendingQuantity).toBeNull();
    expect(useTill.getState().notices.at(-1)?.text).toContain('1 to 999');
  });

  it('a serial scanner code (hardware scanner:scan event) is handled like a wedge scan', async () => {
    expect(dispatchScan('4006381333931')).toBe(true);
    await settle(20);
    expect(useTill.getState().cart.lines.map((l) => l.name)).toEqual(['Orange juice']);
  });

  it('an unknown barcode adds nothing and says so', async () => {
    scan('999999999999');
    await until(() => expect(useTill.getState().notices.at(-1)?.text).toContain('Unknown barcode 999999999999'));
    expect(useTill.getState().cart.lines).toHaveLength(0);
  });

  it('Enter with items goes to payment; +/− and Delete edit the selected line', async () => {
    scan('4006381333948');
    await until(() => expect(useTill.getState().cart.lines).toHaveLength(1));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    await settle();
    expect(useTill.getState().cart.lines[0]?.quantity).toBe(2);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
    await settle();
    expect(useTill.getState().cart.lines).toHaveLength(0);
    scan('4006381333948');
    await until(() => expect(useTill.getState().cart.lines).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 50));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle();
    expect(useTill.getState().screen).toBe('tender');
  });
});

describe('product search', () => {
  const products = [product('a', 'Flat White', 390, '111'), product('b', 'White Tea', 260, null), product('c', 'Espresso', 220, null)];
  const index = indexProducts(products);
  it('matches every word, exact barcodes first, names starting with the text next', () => {
    expect(searchProducts(index, 'white').map((p) => p.id)).toEqual(['b', 'a']);
    expect(searchProducts(index, 'flat whi').map((p) => p.id)).toEqual(['a']);
    expect(searchProducts(index, '111').map((p) => p.id)).toEqual(['a']);
    expect(searchProducts(index, 'latte')).toEqual([]);
    expect(searchProducts(index, '  ')).toHaveLength(3);
  });

  it('orders ties as the grid does (sort, then name) whatever order the catalog arrives in', () => {
    const tie = (id: string, name: string, sort: number) => ({ ...product(id, name, 100, null), sort });
    const shuffled = [tie('z', 'Zebra cake', 1), tie('m', 'Mocha cake', 0), tie('a', 'Apple cake', 1)];
    expect(searchProducts(indexProducts(shuffled), 'cake').map((p) => p.id)).toEqual(['m', 'a', 'z']);
    expect(searchProducts(indexProducts(shuffled), '').map((p) => p.id)).toEqual(['m', 'a', 'z']);
  });
});
