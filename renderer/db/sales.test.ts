import { afterEach, describe, expect, it } from 'vitest';
import { validateMutation, type Mutation } from '../../core/sync/mutations';
import { cartFromOpenOrder, findProductByCode, recordSale, loadOrderSnapshot } from './sales';
import { recordRefund, recordVoid, voidOpenOrder } from './sale-refunds';
import { closeShift, openShift, recordCashMovement, shiftReport } from './shifts';
import { beginCardPayment, listPendingCardPayments, parkCart, resumeCart } from './carts';
import { giveBackTender, takeTender } from './taken-tenders';
import { cartOf, freshTillDb, seedPairedTill, testProduct } from './test-till';
import type { TillDb } from './till-db';

const STAFF = 'stf_01KAQ2ZV6W3X5GQF1TS8DMN4R7';
let db: TillDb;

afterEach(async () => {
  await db?.delete();
});

async function paidTillWithShift() {
  db = freshTillDb();
  const { product } = await seedPairedTill(db);
  const shift = await openShift(db, { staffId: STAFF, openingFloat: 10_000 });
  if (!shift.ok) throw new Error(shift.error.message);
  return { product, shift: shift.value };
}

describe('recordSale', () => {
  it('commits order, payments and the order.completed mutation together with gapless seqs', async () => {
    const { product } = await paidTillWithShift();
    const first = await recordSale(db, { cart: cartOf(product, 2), tenders: [{ method: 'cash', amount: 700, tendered: 1000 }], staffId: STAFF });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.change).toBe(300);
    expect(first.value.order.totals.total).toBe(700);
    expect(first.value.order.totals.tax_total).toBe(112);
    const second = await recordSale(db, {
      cart: cartOf(product),
      tenders: [{ method: 'card', id: 'pay_01KAQ3C2D4F6H8K0M2P4R6T8V0', amount: 350 }],
      staffId: STAFF,
    });
    expect(second.ok).toBe(true);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((r) => [r.seq, r.type])).toEqual([
      [1, 'shift.opened'],
      [2, 'order.completed'],
      [3, 'order.completed'],
    ]);
    for (const row of outbox) {
      const checked = validateMutation({ id: row.id, seq: row.seq, type: row.type, occurred_at: row.occurred_at, payload: row.payload } as Mutation);
      expect(checked.ok, JSON.stringify(checked)).toBe(true);
    }
    expect(await db.payments.count()).toBe(2);
    // Order numbers count up per till; the stored counters match what the sales used.
    expect(second.ok && [first.value.order.number, second.value.order.number]).toEqual([expect.stringMatching(/-00001$/), expect.stringMatching(/-00002$/)]);
    expect(await db.settings.bulkGet(['order_counter', 'outbox_seq'])).toMatchObject([{ value: 2 }, { value: 3 }]);
    const again = await recordSale(db, { cart: { ...cartOf(product), id: first.value.order.id }, tenders: [{ method: 'cash', amount: 350 }], staffId: STAFF });
    expect(again).toMatchObject({ ok: false, error: { code: 'already_recorded' } });
    const snapshot = await loadOrderSnapshot(db, first.value.order.id);
    expect(snapshot).toEqual((outbox[1]!.payload as { order: unknown }).order);
  });

  it('refuses uncovered totals, empty carts and sales without an open shift, writing nothing', async () => {
    const { product } = await paidTillWithShift();
    const short = await recordSale(db, { cart: cartOf(product, 2), tenders: [{ method: 'cash', amount: 600, tendered: 600 }], staffId: STAFF });
    expect(short).toMatchObject({ ok: false, error: { code: 'not_fully_paid' } });
    const empty = await recordSale(db, { cart: { ...cartOf(product), lines: [] }, tenders: [], staffId: STAFF });
    expect(empty).toMatchObject({ ok: false, error: { code: 'empty_cart' } });
    const cardWithoutId = await recordSale(db, { cart: cartOf(product), tenders: [{ method: 'card', amount: 350 }], staffId: STAFF });
    expect(cardWithoutId).toMatchObject({ ok: false, error: { code: 'invalid_tender' } });
    await closeShift(db, { staffId: STAFF, countedCash: 10_000 });
    const noShift = await recordSale(db, { cart: cartOf(product), tenders: [{ method: 'cash', amount: 350 }], staffId: STAFF });
    expect(noShift).toMatchObject({ ok: false, error: { code: 'no_open_shift' } });
    expect(await db.orders.count()).toBe(0);
    expect((await db.outbox.toArray()).map((r) => r.type)).toEqual(['shift.opened', 'shift.closed']);
  });

  it('reports a storage failure as a value, never as "paid"', async () => {
    const { product } = await paidTillWithShift();
    db.close();
    const sale = await recordSale(db, { cart: cartOf(product), tenders: [{ method: 'cash', amount: 350 }], staffId: STAFF });
    expect(sale).toMatchObject({ ok: false, error: { code: 'storage_failed' } });
    await db.open();
    expect(await db.orders.count()).toBe(0);
  });

  it('removes the pending card authorization of a recorded card tender in the same transaction', async () => {
    const { product } = await paidTillWithShift();
    const cart = cartOf(product);
    const pending = await beginCardPayment(db, { amount: 350, currency: 'EUR', cart });
    expect(await listPendingCardPayments(db)).toHaveLength(1);
    const sale = await recordSale(db, { cart, tenders: [{ method: 'card', id: pending.payment_id, amount: 350 }], staffId: STAFF });
    expect(sale.ok).toBe(true);
    expect(await listPendingCardPayments(db)).toHaveLength(0);
  });
});

describe('refunds, voids, shifts', () => {
  it('refunds to the original tenders, never more than paid, and reports the shift', async () => {
    const { product } = await paidTillWithShift();
    const sale = await recordSale(db, {
      cart: cartOf(product, 2),
      tenders: [
        { method: 'card', id: 'pay_01KAQ3C2D4F6H8K0M2P4R6T8V1', amount: 300 },
        { method: 'cash', amount: 400, tendered: 500 },
      ],
      staffId: STAFF,
    });
    if (!sale.ok) throw new Error(sale.error.message);
    const refund = await recordRefund(db, { orderId: sale.value.order.id, amount: 500, reason: 'cold', staffId: STAFF });
    expect(refund.ok).toBe(true);
    if (!refund.ok) return;
    // most recent tender first: 400 cash, then 100 card
    expect(refund.value.map((r) => [r.method, r.amount])).toEqual([
      ['cash', 400],
      ['card', 100],
    ]);
    const tooMuch = await recordRefund(db, { orderId: sale.value.order.id, amount: 201, reason: 'x', staffId: STAFF });
    expect(tooMuch).toMatchObject({ ok: false, error: { code: 'exceeds_refundable' } });
    expect((await db.orders.get(sale.value.order.id))?.status).toBe('partially_refunded');

    await recordCashMovement(db, { kind: 'paid_out', amount: 1_000, reason: 'milk', staffId: STAFF });
    const x = await shiftReport(db, sale.value.order.shift_id!);
    expect(x.ok && x.value).toMatchObject({ sales_count: 1, sales_total: 700, refunds_total: 500, expected_cash: 10_000 + 400 - 400 - 1_000 });
    const closed = await closeShift(db, { staffId: STAFF, countedCash: 8_950 });
    expect(closed.ok && closed.value.report).toMatchObject({ counted_cash: 8_950, variance: -50 });
  });

  it('voids a sale of the open shift once, and not a refunded one', async () => {
    const { product } = await paidTillWithShift();
    const sale = await recordSale(db, { cart: cartOf(product), tenders: [{ method: 'cash', amount: 350 }], staffId: STAFF });
    if (!sale.ok) throw new Error(sale.error.message);
    expect((await recordVoid(db, { orderId: sale.value.order.id, reason: 'wrong item', staffId: STAFF })).ok).toBe(true);
    expect(await recordVoid(db, { orderId: sale.value.order.id, reason: 'again', staffId: STAFF })).toMatchObject({
      ok: false,
      error: { code: 'not_voidable' },
    });
    const report = await shiftReport(db, sale.value.order.shift_id!);
    expect(report.ok && report.value).toMatchObject({ sales_count: 0, voids_count: 1, voids_total: 350, expected_cash: 10_000 });
  });

  it('puts the approving manager on the synced void, refund, no-sale, shift close and sale (approved_by)', async () => {
    const MANAGER = 'stf_01KAQ2ZV6W3X5GQF1TS8DMN4R8';
    const { product } = await paidTillWithShift();
    const cart = { ...cartOf(product, 2), approved_by: MANAGER };
    const sold = await recordSale(db, { cart, tenders: [{ method: 'cash', amount: 700 }], staffId: STAFF, approvedBy: MANAGER });
    const other = await recordSale(db, { cart: cartOf(product), tenders: [{ method: 'cash', amount: 350 }], staffId: STAFF });
    if (!sold.ok || !other.ok) throw new Error('sale not recorded');
    expect((await recordRefund(db, { orderId: sold.value.order.id, amount: 350, reason: 'cold', staffId: STAFF, approvedBy: MANAGER })).ok).toBe(true);
    expect((await recordVoid(db, { orderId: other.value.order.id, reason: 'wrong item', staffId: STAFF, approvedBy: MANAGER })).ok).toBe(true);
    expect((await recordCashMovement(db, { kind: 'no_sale', amount: 0, reason: 'No sale', staffId: STAFF, approvedBy: MANAGER })).ok).toBe(true);
    // A no-sale moves no money, and it stays out of the report's figures.
    expect(await recordCashMovement(db, { kind: 'no_sale', amount: 100, reason: 'x', staffId: STAFF })).toMatchObject({
      ok: false,
      error: { code: 'invalid_amount' },
    });
    expect((await closeShift(db, { staffId: STAFF, countedCash: 10_700, approvedBy: MANAGER })).ok).toBe(true);

    const outbox = (await db.outbox.orderBy('seq').toArray()) as Mutation[];
    for (const m of outbox) expect(validateMutation(m)).toMatchObject({ ok: true });
    const approvals = outbox.map((m) => {
      const p = m.payload as Record<string, { approved_by?: string } | string | undefined>;
      const inner = (p.order ?? p.refund ?? p.movement) as { approved_by?: string } | undefined;
      return [m.type, inner?.approved_by ?? (p.approved_by as string | undefined) ?? null];
    });
    expect(approvals).toEqual([
      ['shift.opened', null],
      ['order.completed', MANAGER],
      ['order.completed', null],
      ['order.refunded', MANAGER],
      ['order.voided', MANAGER],
      ['cash.movement', MANAGER],
      ['shift.closed', MANAGER],
    ]);
    const closed = await db.shifts.toArray();
    expect(closed[0]?.report).toMatchObject({ cash_paid_in: 0, cash_paid_out: 0, expected_cash: 10_000 + 700 - 350 });
  });

  it('syncs cash given back from an unfinished sale as a given_back movement that leaves the expected cash alone', async () => {
    const MANAGER = 'stf_01KAQ2ZV6W3X5GQF1TS8DMN4R8';
    const { product, shift } = await paidTillWithShift();
    const cart = cartOf(product, 4);
    const cash = await takeTender(db, { cart, tender: { method: 'cash', amount: 1_000, tendered: 1_000 }, staffId: STAFF });
    const card = await takeTender(db, { cart, tender: { method: 'card', id: 'pay_01KAQ3C2D4F6H8K0M2P4R6T8V1', amount: 200, card: null }, staffId: STAFF });
    if (!cash.ok || !card.ok) throw new Error('tender not taken');
    expect((await giveBackTender(db, { id: cash.value.id, staffId: STAFF, approvedBy: MANAGER })).ok).toBe(true);
    expect((await giveBackTender(db, { id: card.value.id, staffId: STAFF, approvedBy: null })).ok).toBe(true);
    expect(await giveBackTender(db, { id: cash.value.id, staffId: STAFF, approvedBy: MANAGER })).toMatchObject({
      ok: false,
      error: { code: 'unknown_tender' },
    });

    const outbox = (await db.outbox.orderBy('seq').toArray()) as Mutation[];
    expect(outbox.map((m) => m.type)).toEqual(['shift.opened', 'cash.movement']);
    expect(validateMutation(outbox[1]!)).toMatchObject({ ok: true });
    expect(outbox[1]!.payload).toMatchObject({ movement: { kind: 'given_back', amount: 1_000, shift_id: shift.id, staff_id: STAFF, approved_by: MANAGER } });
    const x = await shiftReport(db, shift.id);
    expect(x.ok && x.value).toMatchObject({ expected_cash: 10_000, cash_paid_in: 0, cash_paid_out: 0 });
  });

  it('pays an API-created open order under its own id and number, or voids it', async () => {
    const { product } = await paidTillWithShift();
    const base = {
      currency: 'EUR',
      tax_mode: 'inclusive' as const,
      amount_paid: 0,
      customer_note: 'no sugar',
      external_ref: null,
      created_at: new Date().toISOString(),
    };
    const line = {
      id: 'lin_01KAQ3B7YJ2K4M6N8P0R2T4V6X',
      product_id: product.id,
      name: product.name,
      quantity: 2,
      unit_price: 350,
      modifiers: [],
      tax_rate_id: product.tax_rate_id,
      rate_ppm: 190_000,
      note: null,
    };
    await db.openOrders.bulkPut([
      { ...base, id: 'ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P', number: 'API-1002', lines: [line], total: 700 },
      { ...base, id: 'ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3Q', number: 'API-1003', lines: [line], total: 700 },
    ]);
    const open = (await db.openOrders.get('ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P'))!;
    const sale = await recordSale(db, { cart: cartFromOpenOrder(open), tenders: [{ method: 'cash', amount: 700 }], staffId: STAFF });
    expect(sale.ok && sale.value.order).toMatchObject({ id: open.id, number: 'API-1002', source: 'api', customer_note: 'no sugar' });
    expect(await db.openOrders.get(open.id)).toBeUndefined();
    // An API order keeps the cloud's number: the till's own counter is not used up.
    expect(await db.settings.get('order_counter')).toBeUndefined();
    expect((await voidOpenOrder(db, { orderId: 'ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3Q', reason: 'no show', staffId: STAFF })).ok).toBe(true);
    expect(await db.openOrders.count()).toBe(0);
    const last = await db.outbox.orderBy('seq').last();
    expect(last).toMatchObject({ type: 'order.voided', payload: { order_id: 'ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3Q', reversals: [] } });
  });

  it('finds a product by any of its barcodes or its SKU, never an inactive one', async () => {
    db = freshTillDb();
    await db.products.bulkPut([
      testProduct({ id: 'prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P', barcode: '111', barcodes: ['111', '222'], sku: 'LAT-1' }),
      testProduct({ id: 'prd_01KAQ2ZX4E8F9G1H2J3K5M6N7Q', barcode: '333', barcodes: ['333'], active: false }),
    ]);
    expect((await findProductByCode(db, '222'))?.id).toBe('prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P');
    expect((await findProductByCode(db, ' LAT-1 '))?.id).toBe('prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P');
    expect(await findProductByCode(db, '333')).toBeUndefined();
    expect(await findProductByCode(db, '')).toBeUndefined();
  });

  it('parks and resumes a cart exactly once', async () => {
    const { product } = await paidTillWithShift();
    const cart = cartOf(product, 3);
    const parked = await parkCart(db, { cart, staffId: STAFF, label: 'Table 4' });
    if (!parked.ok) throw new Error(parked.error.message);
    expect(await resumeCart(db, parked.value.id)).toEqual({ ok: true, value: cart });
    expect(await resumeCart(db, parked.value.id)).toMatchObject({ ok: false, error: { code: 'unknown_parked_cart' } });
  });
});
