// The tender screen: cash with change, split tenders, declined and lost card outcomes, scans ignored.
// Every step waits on what the screen shows or Dexie holds, never on a fixed time.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HardwareClient } from '../../../core/hardware-contract';
import type { TerminalResult } from '../../../core/hardware-contract';
import { err, ok } from '../../../core/result';
import type { TillLocation } from '../../../core/sync/catalog';
import { cartLineFromProduct, newCart } from '../../db/sales';
import { openShift } from '../../db/shifts';
import { putSetting, TillDb } from '../../db/till-db';
import type { SyncEngine } from '../../sync/sync-engine';
import { installWedgeListener } from '../scanner';
import { ServicesContext } from '../services';
import { person, scan } from '../testing/keys';
import { lastNotice } from '../testing/notices';
import { useTill } from '../till-store';
import { quickCashAmounts } from './tender-amounts';
import { TenderScreen } from './tender-screen';

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

function terminal(approved: boolean, amount: number): TerminalResult {
  return {
    approved,
    outcome: approved ? 'approved' : 'declined',
    amount,
    currency: 'EUR',
    resultCode: approved ? 0 : 5,
    message: approved ? 'Approved' : 'Declined by issuer',
    receiptNumber: 1,
    traceNumber: 1,
    terminalId: 'T1',
    authCode: 'OK1',
    cardName: 'Visa',
    maskedPan: '####0001',
    receiptLines: [],
    merchantLines: [],
  };
}

let db: TillDb;
let user: UserEvent;
let uninstall: () => void = () => {};
let cardApproves = true;
let lastPaymentId = '';
let connectionLost = false;
let resolution: 'approved_kept' | 'not_charged' = 'approved_kept';
const hardware: HardwareClient = {
  async send(channel, args) {
    if (channel === 'terminal:authorize') {
      const { amount, paymentId } = args as { amount: number; paymentId: string };
      lastPaymentId = paymentId;
      if (connectionLost) return err('outcome_unknown', 'connection lost') as never;
      return ok(terminal(cardApproves, amount)) as never;
    }
    if (channel === 'terminal:resolve-payment') {
      // Only the payment on screen is asked about.
      const { paymentId } = args as { paymentId: string };
      if (paymentId !== lastPaymentId) return err('not_found', 'unknown payment') as never;
      return ok({ resolved: { paymentId, amount: 1290, resolution, message: resolution } }) as never;
    }
    return err('not_configured', 'no device') as never;
  },
  on: () => () => {},
  close() {},
};

beforeEach(async () => {
  db = new TillDb(`tender-${Math.random()}`);
  await putSetting(db, 'location', location);
  await openShift(db, { staffId: 'stf_1', openingFloat: 0 });
  const cart = newCart();
  cart.lines.push(
    cartLineFromProduct(
      {
        id: 'prd_1',
        name: 'Cake',
        category_id: null,
        price: 1290,
        tax_rate_id: 'tax_7',
        barcode: null,
        sku: null,
        modifier_group_ids: [],
        stock: null,
        active: true,
        sort: 0,
        updated_at: '2026-11-23T10:00:00.000Z',
      },
      { id: 'tax_7', name: 'VAT 7%', rate_ppm: 70_000 },
    ),
  );
  cardApproves = true;
  connectionLost = false;
  resolution = 'approved_kept';
  useTill.setState({ cart, screen: 'tender', staff: { id: 'stf_1', name: 'Ben', role: 'cashier' }, receiptOrderId: null, notices: [] });
  uninstall = installWedgeListener(window);
  const sync = { status: { get: () => ({}), subscribe: () => () => {} } } as unknown as SyncEngine;
  user = person();
  render(
    <ServicesContext.Provider value={{ db, sync, hardware: { kind: 'bridge', client: hardware, bridge: null } }}>
      <TenderScreen location={location} />
    </ServicesContext.Provider>,
  );
});

afterEach(async () => {
  cleanup();
  uninstall();
  await db.delete();
});

const amountInput = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Amount given' });
/** The screen once a sale is finished: recorded, printed (or its print error kept), receipt shown. */
const receiptShown = () => waitFor(() => expect(useTill.getState().screen).toBe('receipt'));

describe('tender screen', () => {
  it('cash: the amount given and Enter record the sale with its change and show the receipt', async () => {
    await user.type(amountInput(), '20{Enter}');
    await receiptShown();
    const orders = await db.orders.toArray();
    expect(orders).toHaveLength(1);
    const payments = await db.payments.toArray();
    expect(payments.map((p) => [p.method, p.amount, p.tendered, p.change])).toEqual([['cash', 1290, 2000, 710]]);
    expect(useTill.getState().screen).toBe('receipt');
    expect(useTill.getState().receiptOrderId).toBe(orders[0]!.id);
    // The printer is not configured: the sale stands and the reason waits beside Reprint.
    expect(useTill.getState().receiptPrintError).toContain('not set up');
  });

  it('split: part in cash, the rest by card', async () => {
    await user.type(amountInput(), '5{Enter}');
    await waitFor(() => expect(screen.getByTestId('amount-due').textContent).toBe('€7.90'));
    // The part taken is on the sale in Dexie, before the sale is recorded.
    expect((await db.takenTenders.toArray()).map((t) => [t.method, t.amount])).toEqual([['cash', 500]]);
    await user.keyboard('{F2}');
    await receiptShown();
    expect(await db.takenTenders.count()).toBe(0);
    const payments = (await db.payments.toArray()).sort((a, b) => a.method.localeCompare(b.method));
    expect(payments.map((p) => [p.method, p.amount])).toEqual([
      ['card', 790],
      ['cash', 500],
    ]);
  });

  it('a declined card records nothing and says why; the cart stays', async () => {
    cardApproves = false;
    await user.type(amountInput(), '{F2}');
    expect((await screen.findByRole('alert')).textContent).toContain('Card declined');
    expect(await db.orders.count()).toBe(0);
    expect(useTill.getState().screen).toBe('tender');
  });

  it('a card whose outcome was lost blocks other tenders until the terminal says; a kept charge pays the sale', async () => {
    connectionLost = true;
    await user.type(amountInput(), '{F2}');
    const askTerminal = await screen.findByTestId('ask-terminal');
    expect(await db.orders.count()).toBe(0);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /^Cash/ }).disabled).toBe(true);
    await user.type(amountInput(), '{Escape}');
    expect(useTill.getState().screen).toBe('tender');
    await user.click(askTerminal);
    await receiptShown();
    const payments = await db.payments.toArray();
    expect(payments.map((p) => [p.method, p.amount, p.id])).toEqual([['card', 1290, lastPaymentId]]);
    expect(useTill.getState().screen).toBe('receipt');
  });

  it('a lost card outcome that turns out not charged lets the cashier take the payment again', async () => {
    connectionLost = true;
    resolution = 'not_charged';
    await user.type(amountInput(), '{F2}');
    await user.click(await screen.findByTestId('ask-terminal'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('not charged'));
    expect(await db.pendingCardAuths.count()).toBe(0);
    await user.type(amountInput(), '20{Enter}');
    await receiptShown();
    expect((await db.payments.toArray()).map((p) => p.method)).toEqual(['cash']);
  });

  it('a barcode scanned while paying is ignored, never taken as cash', async () => {
    scan('4006381333931', amountInput());
    await waitFor(() => expect(lastNotice()).toContain('Scan ignored'));
    expect(await db.orders.count()).toBe(0);
  });

  it('an amount that is not money is refused', async () => {
    await user.type(amountInput(), '1.2.3{Enter}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a EUR amount/);
    expect(await db.orders.count()).toBe(0);
  });

  it('quick amounts: exact first, then the next notes above it', () => {
    expect(quickCashAmounts(1290)).toEqual([1290, 1500, 2000, 5000]);
    expect(quickCashAmounts(500)).toEqual([500, 1000, 2000, 5000]);
    expect(quickCashAmounts(0)).toEqual([0]);
  });
});
