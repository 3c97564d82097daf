import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_LOCATION, testProduct } from './test-till';
import { findProductByCode } from './sales';
import { TILL_DB_SCHEMAS, TILL_DB_VERSION, TillDb } from './till-db';
import { shiftReport } from './shifts';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const ORDER_ID = 'ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P';
const SHIFT_ID = 'shf_01KAQ1A2B3C4D5E6F7G8H9J0K1';

/** Writes a database exactly as a version-1 till left it: payments inside the order row. */
async function createV1Database(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(TILL_DB_SCHEMAS[1]);
  await v1.open();
  await v1.table('settings').put({ key: 'location', value: { ...TEST_LOCATION, timezone: 'America/New_York' } });
  await v1.table('shifts').put({
    id: SHIFT_ID,
    location_id: TEST_LOCATION.id,
    staff_id: 'stf_1',
    opened_at: '2026-11-23T01:00:00.000Z',
    opening_float: 1000,
    status: 'open',
    closed_at: null,
    closed_by: null,
    counted_cash: null,
    report: null,
  });
  await v1.table('orders').put({
    id: ORDER_ID,
    number: 'T-00001',
    source: 'till',
    location_id: TEST_LOCATION.id,
    staff_id: 'stf_1',
    shift_id: SHIFT_ID,
    currency: 'EUR',
    tax_mode: 'inclusive',
    cash_rounding: 1,
    lines: [],
    discount: null,
    totals: { subtotal: 700, discount_total: 0, tax_total: 112, total: 700, net_total: 588, tax_breakdown: [] },
    customer_note: null,
    created_at: '2026-11-23T03:30:00.000Z',
    // 03:30 UTC is still the 22nd in New York: the business day follows the location's zone.
    completed_at: '2026-11-23T03:30:00.000Z',
    status: 'partially_refunded',
    refunded_amount: 200,
    voided_at: null,
    void_reason: null,
    payments: [
      {
        id: 'pay_01KAQ3C2D4F6H8K0M2P4R6T8V0',
        method: 'card',
        amount: 300,
        tendered: null,
        change: null,
        reference: null,
        card: null,
        created_at: '2026-11-23T03:30:00.000Z',
      },
      {
        id: 'pay_01KAQ3C2D4F6H8K0M2P4R6T8V1',
        method: 'cash',
        amount: 400,
        tendered: 500,
        change: 100,
        reference: null,
        card: null,
        created_at: '2026-11-23T03:30:00.000Z',
      },
    ],
  });
  await v1.table('refunds').put({
    id: 'ref_01KAQ3D5E7G9J1L3N5Q7S9U1W3',
    order_id: ORDER_ID,
    payment_id: 'pay_01KAQ3C2D4F6H8K0M2P4R6T8V1',
    method: 'cash',
    amount: 200,
    lines: [],
    reason: 'x',
    staff_id: 'stf_1',
    shift_id: SHIFT_ID,
    created_at: '2026-11-23T04:00:00.000Z',
  });
  v1.close();
}

describe('TillDb schema upgrades', () => {
  it('moves version-1 embedded payments into the payments table and adds the business day', async () => {
    const name = `till-upgrade-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    await createV1Database(name);
    const db = new TillDb(name);
    await db.open();
    expect(db.verno).toBe(TILL_DB_VERSION);
    const order = await db.orders.get(ORDER_ID);
    expect(order).not.toHaveProperty('payments');
    expect(order?.business_day).toBe('2026-11-22');
    expect(await db.orders.where('business_day').equals('2026-11-22').count()).toBe(1);
    const payments = await db.payments.where('order_id').equals(ORDER_ID).sortBy('method');
    expect(payments.map((p) => [p.method, p.amount, p.refunded_amount, p.shift_id])).toEqual([
      ['card', 300, 0, SHIFT_ID],
      ['cash', 400, 200, SHIFT_ID],
    ]);
    // Reports read the moved payments: cash in drawer = float + cash sale − cash refund.
    const report = await shiftReport(db, SHIFT_ID);
    expect(report.ok && report.value).toMatchObject({
      expected_cash: 1000 + 400 - 200,
      payments_by_method: [
        { method: 'cash', count: 1, amount: 400 },
        { method: 'card', count: 1, amount: 300 },
      ],
    });
    db.close();
  });

  it('gives version-2 products a barcode list so every code scans', async () => {
    const name = `till-upgrade3-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const v2 = new Dexie(name);
    v2.version(2).stores(TILL_DB_SCHEMAS[2]);
    await v2.open();
    await v2.table('products').bulkPut([
      { ...testProduct({ id: 'prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P' }), barcodes: undefined, barcode: '4006381333931' },
      { ...testProduct({ id: 'prd_01KAQ2ZX4E8F9G1H2J3K5M6N7Q' }), barcodes: undefined, barcode: null },
    ]);
    v2.close();
    const db = new TillDb(name);
    await db.open();
    expect((await db.products.get('prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P'))?.barcodes).toEqual(['4006381333931']);
    expect((await db.products.get('prd_01KAQ2ZX4E8F9G1H2J3K5M6N7Q'))?.barcodes).toEqual([]);
    expect((await findProductByCode(db, '4006381333931'))?.id).toBe('prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P');
    db.close();
  });

  it('opens an empty database at the current version', async () => {
    const name = `till-new-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const db = new TillDb(name);
    await db.open();
    expect(db.verno).toBe(TILL_DB_VERSION);
    expect(db.tables.map((t) => t.name)).toContain('payments');
    db.close();
  });
});
