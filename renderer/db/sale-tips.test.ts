// Tips in the till's records: a sale keeps each tender's tip beside its amount (cash change net of the
// tip), refuses negative tips and tips over the cap, voids hand the tip back with the rest, a cash
// tip handed back before the sale counts in the given-back movement, and the X report shows tips.
import { afterEach, describe, expect, it } from 'vitest';
import { validateMutation, type Mutation } from '../../core/sync/mutations';
import type { OrderSnapshot } from '../../core/sync/order-snapshot';
import { recordSale } from './sales';
import { recordVoid } from './sale-refunds';
import { openShift, shiftReport } from './shifts';
import { giveBackTender, takeTender } from './taken-tenders';
import { cartOf, freshTillDb, seedPairedTill } from './test-till';
import type { TillDb } from './till-db';

const STAFF = 'stf_01KAQ2ZV6W3X5GQF1TS8DMN4R7';
const CARD = 'pay_01KAQ3C2D4F6H8K0M2P4R6T8V0';
let db: TillDb;

afterEach(async () => {
  await db?.delete();
});

async function till() {
  db = freshTillDb();
  const { product } = await seedPairedTill(db);
  const shift = await openShift(db, { staffId: STAFF, openingFloat: 10_000 });
  if (!shift.ok) throw new Error(shift.error.message);
  return { product, shiftId: shift.value.id };
}

describe('tips in till sales', () => {
  it('records card and cash tips beside the amounts; the mutation is valid and the X report shows them', async () => {
    const { product, shiftId } = await till();
    const sale = await recordSale(db, {
      cart: cartOf(product, 2), // 7.00
      tenders: [
        { method: 'card', id: CARD, amount: 400, tip: 60 },
        { method: 'cash', amount: 300, tip: 50, tendered: 500 },
      ],
      staffId: STAFF,
    });
    expect(sale.ok, JSON.stringify(sale)).toBe(true);
    if (!sale.ok) return;
    expect(sale.value.change).toBe(150);
    expect(sale.value.payments.map((p) => [p.method, p.amount, p.tip ?? 0, p.tendered, p.change])).toEqual([
      ['card', 400, 60, null, null],
      ['cash', 300, 50, 500, 150],
    ]);
    const row = (await db.outbox.toArray()).find((r) => r.type === 'order.completed')!;
    expect(validateMutation({ id: row.id, seq: row.seq, type: row.type, occurred_at: row.occurred_at, payload: row.payload } as Mutation).ok).toBe(true);
    expect((row.payload as { order: OrderSnapshot }).order.totals.total).toBe(700);

    const report = await shiftReport(db, shiftId);
    expect(report.ok && report.value).toMatchObject({
      sales_total: 700,
      tips_total: 110,
      payments_by_method: [
        { method: 'cash', amount: 300, tip: 50 },
        { method: 'card', amount: 400, tip: 60 },
      ],
      expected_cash: 10_000 + 350,
    });

    expect(await recordVoid(db, { orderId: sale.value.order.id, reason: 'wrong', staffId: STAFF })).toMatchObject({ ok: true });
    const voided = (await db.outbox.toArray()).find((r) => r.type === 'order.voided')!;
    expect((voided.payload as { reversals: { amount: number }[] }).reversals.map((r) => r.amount).sort()).toEqual([350, 460]);
  });

  it('refuses a negative tip, tips over the order total and cash that does not cover amount + tip', async () => {
    const { product } = await till();
    const cart = cartOf(product); // 3.50
    expect(await recordSale(db, { cart, tenders: [{ method: 'card', id: CARD, amount: 350, tip: -1 }], staffId: STAFF })).toMatchObject({
      ok: false,
      error: { code: 'invalid_tip' },
    });
    expect(await recordSale(db, { cart, tenders: [{ method: 'card', id: CARD, amount: 350, tip: 351 }], staffId: STAFF })).toMatchObject({
      ok: false,
      error: { code: 'tip_exceeds_cap' },
    });
    expect(await recordSale(db, { cart, tenders: [{ method: 'cash', amount: 350, tip: 50, tendered: 380 }], staffId: STAFF })).toMatchObject({
      ok: false,
      error: { code: 'invalid_tender' },
    });
    expect(await db.orders.count()).toBe(0);
    expect(await recordSale(db, { cart, tenders: [{ method: 'cash', amount: 350, tip: 350 }], staffId: STAFF })).toMatchObject({
      ok: true,
      value: { change: 0 },
    });
  });

  it('a cash tender with a tip handed back returns the tip too', async () => {
    const { product } = await till();
    const cart = cartOf(product, 2);
    const taken = await takeTender(db, { cart, tender: { method: 'cash', amount: 300, tip: 30, tendered: 400 }, staffId: STAFF });
    expect(taken).toMatchObject({ ok: true, value: { amount: 300, tip: 30, tendered: 400 } });
    expect(await takeTender(db, { cart, tender: { method: 'cash', amount: 300, tip: -5 }, staffId: STAFF })).toMatchObject({
      ok: false,
      error: { code: 'invalid_tip' },
    });
    if (!taken.ok) return;
    expect((await giveBackTender(db, { id: taken.value.id, staffId: STAFF, approvedBy: null })).ok).toBe(true);
    expect((await db.cashMovements.toArray()).map((m) => [m.kind, m.amount])).toEqual([['given_back', 330]]);
  });
});
