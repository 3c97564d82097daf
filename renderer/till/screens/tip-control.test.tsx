// Tips on the tender screen of a German till: a preset percentage on a card asks the terminal for the
// amount incl. tip and records them apart (in the sale, its outbox mutation and the receipt); a custom
// tip typed in the German format goes into the drawer with cash; a tip above the cap is refused.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HardwareClient, TerminalResult } from '../../../core/hardware-contract';
import { err, ok } from '../../../core/result';
import type { TillLocation } from '../../../core/sync/catalog';
import type { OrderSnapshot } from '../../../core/sync/order-snapshot';
import { cartLineFromProduct, newCart } from '../../db/sales';
import { openShift } from '../../db/shifts';
import { putSetting, TillDb } from '../../db/till-db';
import type { SyncEngine } from '../../sync/sync-engine';
import { receiptFor, receiptText } from '../checkout';
import { I18nProvider } from '../i18n/use-i18n';
import { ServicesContext } from '../services';
import { person } from '../testing/keys';
import { useTill } from '../till-store';
import { ReceiptScreen } from './receipt-screen';
import { TenderScreen } from './tender-screen';

const location: TillLocation = {
  id: 'loc_1',
  name: 'Café Test',
  currency: 'EUR',
  tax_mode: 'inclusive',
  cash_rounding: 1,
  timezone: 'Europe/Berlin',
  locale: 'de-DE',
  receipt_header: '',
  receipt_footer: '',
  discount_approval_basis_points: 1000,
};

let db: TillDb;
let user: UserEvent;
let asked: number[] = [];
const hardware: HardwareClient = {
  async send(channel, args) {
    if (channel === 'terminal:authorize') {
      const { amount } = args as { amount: number };
      asked.push(amount);
      const result: TerminalResult = {
        approved: true,
        outcome: 'approved',
        amount,
        currency: 'EUR',
        resultCode: 0,
        message: 'Approved',
        receiptNumber: 7,
        traceNumber: 7,
        terminalId: 'T1',
        authCode: 'OK7',
        cardName: 'Visa',
        maskedPan: '####0001',
        receiptLines: [],
        merchantLines: [],
      };
      return ok(result) as never;
    }
    return err('not_configured', 'no device') as never;
  },
  on: () => () => {},
  close() {},
};

beforeEach(async () => {
  asked = [];
  db = new TillDb(`tips-${Math.random()}`);
  await putSetting(db, 'location', location);
  await openShift(db, { staffId: 'stf_1', openingFloat: 0 });
  const cart = newCart();
  cart.lines.push(
    cartLineFromProduct(
      {
        id: 'prd_1',
        name: 'Kuchen',
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
      { id: 'tax_7', name: 'MwSt 7%', rate_ppm: 70_000 },
    ),
  );
  useTill.setState({ cart, screen: 'tender', staff: { id: 'stf_1', name: 'Ben', role: 'cashier' }, receiptOrderId: null, notices: [] });
  const sync = { status: { get: () => ({}), subscribe: () => () => {} } } as unknown as SyncEngine;
  user = person();
  render(
    <I18nProvider location={location}>
      <ServicesContext.Provider value={{ db, sync, hardware: { kind: 'bridge', client: hardware, bridge: null } }}>
        <TenderScreen location={location} />
      </ServicesContext.Provider>
    </I18nProvider>,
  );
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

const receiptShown = () => waitFor(() => expect(useTill.getState().screen).toBe('receipt'));
const soldSnapshot = async () => {
  const row = (await db.outbox.toArray()).find((r) => r.type === 'order.completed')!;
  return (row.payload as { order: OrderSnapshot }).order;
};

describe('tip control', () => {
  it('shows the presets in German with their amounts; 10 % on a card asks the terminal for 14,19 € and keeps 12,90 + 1,29', async () => {
    const control = screen.getByTestId('tip-control');
    expect(control.textContent).toContain('Trinkgeld');
    expect(control.textContent).toContain('Kein Trinkgeld');
    await user.click(screen.getByRole('button', { name: '10 % · 1,29 €' }));
    expect(screen.getByTestId('tip-chosen').textContent).toBe('Trinkgeld 1,29 € · mit Trinkgeld 14,19 €');
    await user.keyboard('{F2}');
    await receiptShown();
    expect(asked).toEqual([1419]);
    const payments = await db.payments.toArray();
    expect(payments.map((p) => [p.method, p.amount, p.tip])).toEqual([['card', 1290, 129]]);
    const sold = await soldSnapshot();
    expect(sold.totals.total).toBe(1290);
    expect(sold.payments.map((p) => [p.amount, p.tip])).toEqual([[1290, 129]]);

    const receipt = await receiptFor({ db, location }, sold.id);
    const text = receiptText(receipt!, 42);
    expect(text).toContain('SUMME                              12,90 €');
    expect(text).toContain('Trinkgeld                             1,29');
    expect(text).toContain('SUMME INKL. TRINKGELD              14,19 €');
    // the card tender as charged, amount + tip (its label is the receipt module's)
    expect(text).toMatch(/^\S.* Visa {2,}14,19$/m);
    const narrow = receiptText(receipt!, 32);
    expect(narrow.split('\n').every((l) => l.length <= 32)).toBe(true);
    expect(narrow).toContain('SUMME INKL. TRINKGELD    14,19 €');

    // The receipt screen names the card as charged and the tip beside (not in) the total.
    cleanup();
    render(
      <I18nProvider location={location}>
        <ServicesContext.Provider
          value={{
            db,
            sync: { status: { get: () => ({}), subscribe: () => () => {} } } as unknown as SyncEngine,
            hardware: { kind: 'bridge', client: hardware, bridge: null },
          }}
        >
          <ReceiptScreen location={location} />
        </ServicesContext.Provider>
      </I18nProvider>,
    );
    expect((await screen.findByTestId('tips-on-sale')).textContent).toBe('inkl. 1,29 € Trinkgeld (nicht in der Summe)');
    expect(screen.getByText(/^Summe 12,90 €/).textContent).toContain('14,19 €');
  });

  it('a custom tip typed as "1,50" goes into the drawer with cash: 20 € given, 5,60 € change', async () => {
    await user.type(screen.getByRole('textbox', { name: /Anderes Trinkgeld/ }), '1,50{Enter}');
    expect(screen.getByTestId('tip-chosen').textContent).toContain('Trinkgeld 1,50 €');
    expect(useTill.getState().screen).toBe('tender');
    await user.type(screen.getByTestId('amount-given'), '20{Enter}');
    await receiptShown();
    const payments = await db.payments.toArray();
    expect(payments.map((p) => [p.method, p.amount, p.tip, p.tendered, p.change])).toEqual([['cash', 1290, 150, 2000, 560]]);
  });

  it('cash that does not cover the amount with the tip is refused; nothing is taken', async () => {
    await user.click(screen.getByRole('button', { name: '20 % · 2,58 €' }));
    await user.type(screen.getByTestId('amount-given'), '14{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Das gegebene Bargeld muss mit Trinkgeld 15,48 € decken.');
    expect(await db.takenTenders.count()).toBe(0);
  });

  it('refuses a tip above the cap or one that is not an amount, and keeps no tip', async () => {
    const custom = screen.getByRole('textbox', { name: /Anderes Trinkgeld/ });
    await user.type(custom, '12,91{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('Trinkgeld höchstens 12,90 €');
    expect(screen.queryByTestId('tip-chosen')).toBeNull();
    await user.clear(custom);
    await user.type(custom, '-1{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('Trinkgeld als Betrag eingeben');
    await user.clear(custom);
    await user.type(custom, '1,2,3{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('Trinkgeld als Betrag eingeben, z. B. 2,50 €');
    expect(screen.queryByTestId('tip-chosen')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Kein Trinkgeld' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
