// Customers on the sell screen (issue 13): the cashier finds a pulled customer by name or by the phone
// number they say, attaches them, sees them on the cart and can take them off; the recorded sale's
// order.completed carries customer_id and its receipt prints the customer's name.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HardwareClient } from '../../../core/hardware-contract';
import { err } from '../../../core/result';
import type { TillCustomer } from '../../../core/sync/till-customer';
import { recordSale } from '../../db/sales';
import { openShift } from '../../db/shifts';
import { cartOf, freshTillDb, seedPairedTill, TEST_LOCATION } from '../../db/test-till';
import type { TillDb } from '../../db/till-db';
import type { SyncEngine, SyncStatus } from '../../sync/sync-engine';
import { receiptFor, receiptText } from '../checkout';
import { ServicesContext } from '../services';
import { useTill } from '../till-store';
import { newCart } from '../../db/sales';
import { SellScreen } from './sell-screen';

const STAFF = 'stf_01KAQ2ZV6W3X5GQF1TS8DMN4R7';
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
const customers: TillCustomer[] = [
  { id: 'cus_01KAQ2ZV6W3X5GQF1TS8DMN4R1', name: 'Jana Novák', phone_last4: '5678', email_masked: 'j•••@example.com', updated_at: '2026-12-01T00:00:00.000Z' },
  { id: 'cus_01KAQ2ZV6W3X5GQF1TS8DMN4R2', name: 'Jan Berger', phone_last4: '1111', email_masked: null, updated_at: '2026-12-01T00:00:00.000Z' },
];

let db: TillDb;

beforeEach(async () => {
  db = freshTillDb();
  await seedPairedTill(db);
  await db.customers.bulkPut(customers);
  useTill.setState({
    cart: newCart(),
    selectedLineId: null,
    pendingQuantity: null,
    search: '',
    dialog: null,
    screen: 'sell',
    staff: { id: STAFF, name: 'Ben', role: 'cashier' },
  });
  render(
    <ServicesContext.Provider value={{ db, sync, hardware: { kind: 'none', client: hardwareClient, bridge: null } }}>
      <SellScreen location={TEST_LOCATION} />
    </ServicesContext.Provider>,
  );
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('customer on the sale', () => {
  it('finds by name and by the phone number said aloud, attaches one, shows it on the cart and takes it off', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByTestId('customer-button'));
    const dialog = await screen.findByTestId('customer-dialog');
    const search = within(dialog).getByRole('searchbox');
    await user.type(search, 'jan');
    const results = await within(dialog).findByRole('list', { name: 'Customers found' });
    await waitFor(() =>
      expect(
        within(results)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(['Jana Novák · phone …5678 · j•••@example.com', 'Jan Berger · phone …1111']),
    );

    await user.clear(search);
    await user.type(search, '+49 30 1234 5678');
    await waitFor(() =>
      expect(
        within(dialog)
          .getAllByRole('button', { name: /phone/ })
          .map((b) => b.textContent),
      ).toEqual(['Jana Novák · phone …5678 · j•••@example.com']),
    );
    await user.clear(search);
    await user.type(search, '0000');
    expect(await within(dialog).findByText('No customer matches.')).toBeTruthy();
    await user.clear(search);
    await user.type(search, 'novak');
    await user.click(await within(dialog).findByRole('button', { name: /Jana Novák/ }));

    expect(screen.queryByTestId('customer-dialog')).toBeNull();
    expect(useTill.getState().cart.customer).toEqual({ id: customers[0]!.id, label: 'Jana Novák' });
    expect((await screen.findByTestId('cart-customer')).textContent).toContain('Customer: Jana Novák');
    await user.click(screen.getByRole('button', { name: 'Remove customer' }));
    expect(useTill.getState().cart.customer).toBeNull();
    expect(screen.queryByTestId('cart-customer')).toBeNull();
  });

  it('records the sale with customer_id and prints the customer on the receipt', async () => {
    const product = (await db.products.toArray())[0]!;
    const shift = await openShift(db, { staffId: STAFF, openingFloat: 0 });
    expect(shift.ok).toBe(true);
    const cart = { ...cartOf(product), customer: { id: customers[0]!.id, label: 'Jana Novák' } };
    const sale = await recordSale(db, { cart, tenders: [{ method: 'cash', amount: product.price }], staffId: STAFF });
    if (!sale.ok) throw new Error(sale.error.message);
    const mutation = (await db.outbox.toArray()).find((m) => m.type === 'order.completed');
    expect((mutation!.payload as { order: { customer_id?: string } }).order.customer_id).toBe(customers[0]!.id);
    const receipt = await receiptFor({ db, location: TEST_LOCATION }, sale.value.order.id);
    expect(receipt?.customerName).toBe('Jana Novák');
    expect(receiptText(receipt!)).toContain('Customer: Jana Novák');
  });
});
