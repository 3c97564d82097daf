import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HardwareArgs, HardwareChannel, HardwareResults, TerminalResult } from '../../core/hardware-contract';
import type { HardwareClient } from '../../core/hardware-contract';
import { err, ok, type Result } from '../../core/result';
import type { TillLocation } from '../../core/sync/catalog';
import { listPendingCardPayments } from '../db/carts';
import { cartLineFromProduct, newCart } from '../db/sales';
import { openShift } from '../db/shifts';
import { putSetting, TillDb } from '../db/till-db';
import { authorizeCard, completeSale, resolvePendingCardPayments } from './checkout';
import { tillI18n } from './i18n/use-i18n';

const { t } = tillI18n(null);

const location: TillLocation = {
  id: 'loc_1',
  name: 'Test Café',
  currency: 'EUR',
  tax_mode: 'inclusive',
  cash_rounding: 1,
  timezone: 'UTC',
  receipt_header: 'Main St 1',
  receipt_footer: 'Thanks',
  discount_approval_basis_points: 1000,
};

type Handler = { [K in HardwareChannel]?: (args: HardwareArgs<K>) => Result<HardwareResults[K]> | Promise<Result<HardwareResults[K]>> };

/** A hardware client whose answers the test scripts; every call is logged. */
function scriptedHardware(handlers: Handler): HardwareClient & { calls: { channel: string; args: unknown }[] } {
  const calls: { channel: string; args: unknown }[] = [];
  return {
    calls,
    async send(channel, args) {
      calls.push({ channel, args });
      const handler = handlers[channel] as ((a: unknown) => Result<unknown> | Promise<Result<unknown>>) | undefined;
      return (handler ? await handler(args) : err('not_configured', `${channel} not configured`)) as never;
    },
    on: () => () => {},
    close() {},
  };
}

const approved = (amount: number): TerminalResult => ({
  approved: true,
  outcome: 'approved',
  amount,
  currency: 'EUR',
  resultCode: 0,
  message: 'Approved',
  receiptNumber: 7,
  traceNumber: 42,
  terminalId: '52500001',
  authCode: 'A1B2',
  cardName: 'girocard',
  maskedPan: '####1234',
  receiptLines: ['Kundenbeleg', 'girocard'],
  merchantLines: [],
});

let db: TillDb;
const cart = () => {
  const c = newCart();
  c.lines.push(
    cartLineFromProduct(
      {
        id: 'prd_1',
        name: 'Flat white',
        category_id: null,
        price: 390,
        tax_rate_id: 'tax_19',
        barcode: null,
        sku: null,
        modifier_group_ids: [],
        stock: null,
        active: true,
        sort: 0,
        updated_at: '2026-11-23T10:00:00.000Z',
      },
      { id: 'tax_19', name: 'VAT 19%', rate_ppm: 190_000 },
    ),
  );
  return c;
};

beforeEach(async () => {
  db = new TillDb(`checkout-${Math.random()}`);
  await putSetting(db, 'location', location);
  await db.staff.put({ id: 'stf_1', name: 'Ben', role: 'cashier', pin_hash: 'x', active: true });
  const shift = await openShift(db, { staffId: 'stf_1', openingFloat: 0 });
  expect(shift.ok).toBe(true);
});

afterEach(async () => {
  await db.delete();
});

describe('completing a sale', () => {
  it('records the sale before printing; a failed print keeps the sale and still opens the drawer for cash', async () => {
    const hardware = scriptedHardware({
      'printer:print-receipt': () => err('printer_not_ready', 'paper out'),
      'drawer:open': () => ok({ opened: true }),
    });
    const done = await completeSale(db, hardware, location, { cart: cart(), tenders: [{ method: 'cash', amount: 390, tendered: 500 }], staffId: 'stf_1' });
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.value.print).toEqual({ ok: false, error: { code: 'printer_not_ready', message: 'paper out' } });
    expect(done.value.sale.change).toBe(110);
    expect(await db.orders.count()).toBe(1);
    expect((await db.outbox.toArray()).map((m) => m.type)).toEqual(['shift.opened', 'order.completed']);
    expect(hardware.calls.map((c) => c.channel)).toEqual(['printer:print-receipt', 'drawer:open', 'display:show']);
    const printed = hardware.calls[0]!.args as HardwareArgs<'printer:print-receipt'>;
    expect(printed.openDrawer).toBe(true);
    expect(printed.order.lines[0]?.name).toBe('Flat white');
    expect(printed.order.staffName).toBe('Ben');
  });

  it('refuses tenders that do not cover the total and records nothing', async () => {
    const hardware = scriptedHardware({});
    const done = await completeSale(db, hardware, location, { cart: cart(), tenders: [{ method: 'cash', amount: 100, tendered: 100 }], staffId: 'stf_1' });
    expect(done.ok).toBe(false);
    expect(await db.orders.count()).toBe(0);
    expect(hardware.calls).toEqual([]);
  });
});

describe('card authorization', () => {
  it('journals the attempt before the terminal is asked and turns an approval into a card tender', async () => {
    let journaledBeforeSend = false;
    const hardware = scriptedHardware({
      'terminal:authorize': async (args) => {
        journaledBeforeSend = (await listPendingCardPayments(db)).some((r) => r.payment_id === args.paymentId && r.amount === args.amount);
        return ok(approved(args.amount));
      },
    });
    const outcome = await authorizeCard(db, hardware, { cart: cart(), amount: 390, currency: 'EUR' });
    expect(journaledBeforeSend).toBe(true);
    expect(outcome.kind).toBe('approved');
    if (outcome.kind !== 'approved') return;
    expect(outcome.tender).toMatchObject({ method: 'card', amount: 390, card: { receipt_number: 7, card_name: 'girocard' } });
    // The journal entry stays until the sale is recorded, which removes it.
    expect(await listPendingCardPayments(db)).toHaveLength(1);
    const done = await completeSale(db, hardware, location, { cart: cart(), tenders: [outcome.tender], staffId: 'stf_1' });
    expect(done.ok).toBe(true);
    expect(await listPendingCardPayments(db)).toHaveLength(0);
  });

  it('a declined or aborted attempt is kept with a payment.failed outbox mutation; an unreachable terminal records nothing', async () => {
    const answer = (outcome: 'declined' | 'aborted', message: string) =>
      scriptedHardware({ 'terminal:authorize': (a) => ok({ ...approved(a.amount), approved: false, outcome, resultCode: 5, message }) });
    const sale = cart();
    expect(await authorizeCard(db, answer('declined', 'Declined'), { cart: sale, amount: 390, currency: 'EUR', staffId: 'stf_1' })).toEqual({
      kind: 'declined',
      reason: 'declined',
      detail: 'Declined',
      message: 'Card declined: Declined',
    });
    expect(await authorizeCard(db, answer('aborted', ''), { cart: sale, amount: 200, currency: 'EUR' })).toEqual({
      kind: 'declined',
      reason: 'aborted',
      detail: '',
      message: 'Payment aborted',
    });
    await authorizeCard(db, scriptedHardware({ 'terminal:authorize': () => err('device_unreachable', 'no terminal') }), {
      cart: sale,
      amount: 390,
      currency: 'EUR',
    });
    const shift = await db.shifts.where('status').equals('open').first();
    const failed = await db.failedPayments.toArray();
    expect(failed.map((f) => [f.order_id, f.amount, f.failure_code, f.staff_id, f.shift_id])).toEqual([
      [sale.id, 390, 'declined', 'stf_1', shift!.id],
      [sale.id, 200, 'aborted', null, shift!.id],
    ]);
    const outbox = (await db.outbox.toArray()).filter((m) => m.type === 'payment.failed');
    expect(outbox.map((m) => (m.payload as { payment: { id: string } }).payment.id).sort()).toEqual(failed.map((f) => f.id).sort());
    expect(await listPendingCardPayments(db)).toHaveLength(0);
  });

  it('a decline or an unreachable terminal clears the journal; an unknown outcome keeps it for resolution', async () => {
    const declined = scriptedHardware({
      'terminal:authorize': (a) => ok({ ...approved(a.amount), approved: false, outcome: 'declined', resultCode: 5, message: 'Declined' }),
    });
    expect((await authorizeCard(db, declined, { cart: cart(), amount: 390, currency: 'EUR' })).kind).toBe('declined');
    const unreachable = scriptedHardware({ 'terminal:authorize': () => err('device_unreachable', 'no terminal') });
    expect((await authorizeCard(db, unreachable, { cart: cart(), amount: 390, currency: 'EUR' })).kind).toBe('error');
    expect(await listPendingCardPayments(db)).toHaveLength(0);
    const lost = scriptedHardware({ 'terminal:authorize': () => err('outcome_unknown', 'connection lost after sending') });
    const outcome = await authorizeCard(db, lost, { cart: cart(), amount: 390, currency: 'EUR' });
    expect(outcome.kind).toBe('unknown');
    expect(await listPendingCardPayments(db)).toHaveLength(1);
  });

  it('on restart a charge the terminal kept becomes the recorded sale, exactly once', async () => {
    const lost = scriptedHardware({ 'terminal:authorize': () => err('outcome_unknown', 'power cut') });
    const outcome = await authorizeCard(db, lost, { cart: cart(), amount: 390, currency: 'EUR' });
    if (outcome.kind !== 'unknown') throw new Error('expected unknown');
    const terminal = scriptedHardware({
      'terminal:resolve-pending': () =>
        ok({ resolved: [{ paymentId: outcome.paymentId, amount: 390, resolution: 'approved_kept' as const, message: 'kept' }] }),
    });
    expect(await resolvePendingCardPayments(db, terminal, t)).toContain('recorded');
    expect(await db.orders.count()).toBe(1);
    expect(await listPendingCardPayments(db)).toHaveLength(0);
    // Nothing pending any more: a second start does not ask the terminal or record again.
    expect(await resolvePendingCardPayments(db, terminal, t)).toBeNull();
    expect(await db.orders.count()).toBe(1);
  });

  it('on restart a charge that never happened just clears the journal', async () => {
    const lost = scriptedHardware({ 'terminal:authorize': () => err('outcome_unknown', 'power cut') });
    const outcome = await authorizeCard(db, lost, { cart: cart(), amount: 390, currency: 'EUR' });
    if (outcome.kind !== 'unknown') throw new Error('expected unknown');
    const terminal = scriptedHardware({
      'terminal:resolve-pending': () => ok({ resolved: [{ paymentId: outcome.paymentId, amount: 390, resolution: 'not_charged' as const, message: 'none' }] }),
    });
    await resolvePendingCardPayments(db, terminal, t);
    expect(await db.orders.count()).toBe(0);
    expect(await listPendingCardPayments(db)).toHaveLength(0);
  });
});
