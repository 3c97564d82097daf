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
import { press, render, settle, typeInto, type Rendered } from '../testing/render';
import { useTill } from '../till-store';
import { quickCashAmounts, TenderScreen } from './tender-screen';

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
let view: Rendered | null = null;
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
      { id: 'prd_1', name: 'Cake', category_id: null, price: 1290, tax_rate_id: 'tax_7', barcode: null, sku: null, modifier_group_ids: [], stock: null, active: true, sort: 0, updated_at: '2026-11-23T10:00:00.000Z' },
      { id: 'tax_7', name: 'VAT 7%', rate_ppm: 70_000 },
    ),
  );
  cardApproves = true;
  connectionLost = false;
  resolution = 'approved_kept';
  useTill.setState({ cart, screen: 'tender', staff: { id: 'stf_1', name: 'Ben', role: 'cashier' }, receiptOrderId: null, notices: [] });
  uninstall = installWedgeListener(window);
  const sync = { status: { get: () => ({}), subscribe: () => () => {} } } as unknown as SyncEngine;
  view = await render(
    <ServicesContext.Provider value={{ db, sync, hardware: { kind: 'bridge', client: hardware, bridge: null } }}>
      <TenderScreen location={location} />
    </ServicesContext.Provider>,
  );
});

afterEach(async () => {
  // A finished sale still prints and reads Dexie after the test's last expectation: let it end first.
  await settle(50);
  view?.unmount();
  view = null;
  uninstall();
  await db.delete();
});

const amountInput = () => document.querySelector<HTMLInputElement>('input[aria-label="Amount given"]')!;

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

describe('tender screen', () => {
  it('cash: the amount given and Enter record the sale with its change and show the receipt', async () => {
    await typeInto(amountInput(), '20');
    await press(amountInput(), 'Enter');
    await until(async () => expect(useTill.getState().screen).toBe('receipt'));
    const orders = await db.orders.toArray();
    expect(orders).toHaveLength(1);
    const payments = await db.payments.toArray();
    expect(payments.map((p) => [p.method, p.amount, p.tendered, p.change])).toEqual([['cash', 1290, 2000, 710]]);
    expect(useTill.getState().screen).toBe('receipt');
    expect(useTill.getState().receiptOrderId).toBe(orders[0]!.id);
    // The printer is not configured: the sale stands and the reason waits beside Reprint.
    expect(useTill.getState().receiptPrintError).toContain('no device');
  });

  it('split: part in cash, the rest by card', async () => {
    await typeInto(amountInput(), '5');
    await press(amountInput(), 'Enter');
    await until(() => expect(document.querySelector('[data-testid="amount-due"]')?.textContent).toBe('€7.90'));
    // The part taken is on the sale in Dexie, before the sale is recorded.
    expect((await db.takenTenders.toArray()).map((t) => [t.method, t.amount])).toEqual([['cash', 500]]);
    await press(amountInput(), 'F2');
    await until(async () => expect(await db.payments.count()).toBe(2));
    expect(await db.takenTenders.count()).toBe(0);
    const payments = (await db.payments.toArray()).sort((a, b) => a.method.localeCompare(b.method));
    expect(payments.map((p) => [p.method, p.amount])).toEqual([
      ['card', 790],
      ['cash', 500],
    ]);
  });

  it('a declined card records nothing and says why; the cart stays', async () => {
    cardApproves = false;
    await press(amountInput(), 'F2');
    await settle(30);
    expect(await db.orders.count()).toBe(0);
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('Card declined');
    expect(useTill.getState().screen).toBe('tender');
  });

  it('a card whose outcome was lost blocks other tenders until the terminal says; a kept charge pays the sale', async () => {
    connectionLost = true;
    await press(amountInput(), 'F2');
    await settle(30);
    expect(await db.orders.count()).toBe(0);
    expect([...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.startsWith('Cash'))?.disabled).toBe(true);
    await press(amountInput(), 'Escape');
    expect(useTill.getState().screen).toBe('tender');
    (document.querySelector('[data-testid="ask-terminal"]') as HTMLButtonElement).click();
    await until(() => expect(useTill.getState().screen).toBe('receipt'));
    const payments = await db.payments.toArray();
    expect(payments.map((p) => [p.method, p.amount, p.id])).toEqual([['card', 1290, lastPaymentId]]);
    expect(useTill.getState().screen).toBe('receipt');
  });

  it('a lost card outcome that turns out not charged lets the cashier take the payment again', async () => {
    connectionLost = true;
    resolution = 'not_charged';
    await press(amountInput(), 'F2');
    await settle(30);
    (document.querySelector('[data-testid="ask-terminal"]') as HTMLButtonElement).click();
    await settle(50);
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('not charged');
    expect(await db.pendingCardAuths.count()).toBe(0);
    await typeInto(amountInput(), '20');
    await press(amountInput(), 'Enter');
    await until(async () => expect((await db.payments.toArray()).map((p) => p.method)).toEqual(['cash']));
  });

  it('a barcode scanned while paying is ignored, never taken as cash', async () => {
    for (const key of [...'4006381333931', 'Enter']) amountInput().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    await settle(30);
    expect(await db.orders.count()).toBe(0);
    expect(useTill.getState().notices.at(-1)?.text).toContain('Scan ignored');
  });

  it('an amount that is not money is refused', async () => {
    await typeInto(amountInput(), '1.2.3');
    await press(amountInput(), 'Enter');
    await settle();
    expect(document.querySelector('[role="alert"]')?.textContent).toMatch(/not a EUR amount/);
    expect(await db.orders.count()).toBe(0);
  });

  it('quick amounts: exact first, then the next notes above it', () => {
    expect(quickCashAmounts(1290)).toEqual([1290, 1500, 2000, 5000]);
    expect(quickCashAmounts(500)).toEqual([500, 1000, 2000, 5000]);
    expect(quickCashAmounts(0)).toEqual([0]);
  });
});
