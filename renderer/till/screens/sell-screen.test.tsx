// The sell screen's keyboard: wedge scans, a quantity with ×, slow typed barcodes, line edits, and
// the product search it filters with. Each step waits on the cart or notice it should produce.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HardwareClient } from '../../../core/hardware-contract';
import { err } from '../../../core/result';
import type { TillLocation, TillProduct } from '../../../core/sync/catalog';
import { TillDb } from '../../db/till-db';
import type { SyncEngine, SyncStatus } from '../../sync/sync-engine';
import { dispatchScan, installWedgeListener } from '../scanner';
import { ServicesContext } from '../services';
import { key, keystrokes, PERSON_GAP_MS, scan } from '../testing/keys';
import { lastNotice } from '../testing/notices';
import { useTill } from '../till-store';
import { newCart } from '../../db/sales';
import { indexProducts, searchProducts } from './product-search';
import { SellScreen } from './sell-screen';

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
let uninstall: () => void = () => {};

beforeEach(async () => {
  db = new TillDb(`sell-screen-${Math.random()}`);
  await db.taxRates.put({ id: 'tax_19', name: 'VAT 19%', rate_ppm: 190_000 });
  await db.products.bulkPut([product('prd_w', 'Water', 250, '4006381333948'), product('prd_j', 'Orange juice', 350, '4006381333931')]);
  useTill.setState({
    cart: newCart(),
    selectedLineId: null,
    pendingQuantity: null,
    search: '',
    dialog: null,
    screen: 'sell',
    staff: { id: 'stf_1', name: 'Ben', role: 'cashier' },
  });
  uninstall = installWedgeListener(window);
  render(
    <ServicesContext.Provider value={{ db, sync, hardware: { kind: 'none', client: hardwareClient, bridge: null } }}>
      <SellScreen location={location} />
    </ServicesContext.Provider>,
  );
  // The grid's live query has read the catalog.
  await screen.findByText('Orange juice');
});

afterEach(async () => {
  cleanup();
  uninstall();
  await db.delete();
});

const cartLines = () => useTill.getState().cart.lines.map((l) => [l.name, l.quantity]);

describe('sell screen', () => {
  it('a barcode burst adds the product; a quantity typed with × before it applies to that line only', async () => {
    scan('4006381333948');
    await waitFor(() => expect(cartLines()).toEqual([['Water', 1]]));
    key('3');
    // A digit alone is search text (it could be the start of a barcode), shown in the search box.
    expect(useTill.getState().pendingQuantity).toBeNull();
    expect(useTill.getState().search).toBe('3');
    // A person's × and the next scan are further apart than a scanner's keystrokes (30 ms), else the
    // wedge reads '*' as the scan's first character: the stamped keys are.
    key('*');
    expect(useTill.getState().pendingQuantity).toBe(3);
    expect((await screen.findByTestId('pending-quantity')).textContent).toContain('3 ×');
    scan('4006381333931');
    await waitFor(() =>
      expect(cartLines()).toEqual([
        ['Water', 1],
        ['Orange juice', 3],
      ]),
    );
    expect(useTill.getState().pendingQuantity).toBeNull();
    await waitFor(() => expect(screen.getByTestId('cart-total').textContent).toBe('€13.00'));
  });

  it('a barcode typed slowly with nothing focused is a barcode, never a quantity', async () => {
    // 40 ms apart: slower than a scanner (the wedge sees typing), as a person keys a code in.
    keystrokes([...'4006381333948', 'Enter'], 40);
    await waitFor(() => expect(cartLines()).toEqual([['Water', 1]]));
    expect(useTill.getState().pendingQuantity).toBeNull();
    expect(useTill.getState().screen).toBe('sell');
    expect(useTill.getState().search).toBe('');
  });

  it('a quantity above the maximum is refused and stays search text', async () => {
    keystrokes([...'5000*'], PERSON_GAP_MS);
    await waitFor(() => expect(lastNotice()).toContain('1 to 999'));
    expect(useTill.getState().pendingQuantity).toBeNull();
  });

  it('a serial scanner code (hardware scanner:scan event) is handled like a wedge scan', async () => {
    let handled = false;
    act(() => {
      handled = dispatchScan('4006381333931');
    });
    expect(handled).toBe(true);
    await waitFor(() => expect(cartLines()).toEqual([['Orange juice', 1]]));
  });

  it('an unknown barcode adds nothing and says so', async () => {
    scan('999999999999');
    await waitFor(() => expect(lastNotice()).toContain('Unknown barcode 999999999999'));
    expect(useTill.getState().cart.lines).toHaveLength(0);
  });

  it('Enter with items goes to payment; +/− and Delete edit the selected line', async () => {
    scan('4006381333948');
    await waitFor(() => expect(cartLines()).toEqual([['Water', 1]]));
    key('+');
    expect(cartLines()).toEqual([['Water', 2]]);
    key('Delete');
    expect(cartLines()).toEqual([]);
    scan('4006381333948');
    await waitFor(() => expect(cartLines()).toEqual([['Water', 1]]));
    key('Enter');
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
