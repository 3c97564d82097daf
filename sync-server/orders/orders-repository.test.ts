import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../core/ids';
import { computeOrderTotals } from '../../core/order-totals';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../storage/test-database';
import { addPayment, addRefund, voidOrder } from './order-payments';
import { linesFromTotals } from './order-record';
import { getOrder, listOrders, lockOrder } from './orders-read';
import { insertOrder } from './orders-repository';

describe.each(TEST_ENGINES)('orders repository on %s', (engine) => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    await handle.db.exec(`
      INSERT INTO businesses (id, name) VALUES ('biz_1', 'B');
      INSERT INTO locations (id, business_id, name, currency, tax_mode) VALUES ('loc_1', 'biz_1', 'Berlin', 'EUR', 'inclusive');
      INSERT INTO tax_rates (id, business_id, location_id, name, rate_ppm) VALUES ('tax_1', 'biz_1', 'loc_1', 'VAT 19%', 190000);
      INSERT INTO products (id, business_id, location_id, tax_rate_id, name, price, track_stock, stock_on_hand, low_stock_threshold)
        VALUES ('prd_1', 'biz_1', 'loc_1', 'tax_1', 'Latte', 350, true, 3, 2);
    `);
  });
  afterAll(async () => handle.close());

  const inputs = [
    {
      id: 'lin_a',
      product_id: 'prd_1',
      name: 'Latte',
      quantity: 2,
      unit_price: 350,
      modifiers: [{ id: 'mod_1', name: 'Oat', price_delta: 40 }],
      tax_rate_id: 'tax_1',
      rate_ppm: 190000,
    },
  ];

  it('stores a till sale as given, with payments, derived status and stock events', async () => {
    const totals = computeOrderTotals({ currency: 'EUR', tax_mode: 'inclusive', lines: inputs });
    const order = await handle.db.transaction((tx) =>
      insertOrder(tx, {
        businessId: 'biz_1',
        locationId: 'loc_1',
        source: 'till',
        number: 'T1-7',
        currency: 'EUR',
        taxMode: 'inclusive',
        totals,
        lines: linesFromTotals(totals, inputs),
        payments: [{ method: 'cash', amount: 780, tendered: 1000, change: 220 }],
        occurredAt: '2026-11-22T09:00:00.000Z',
      }),
    );
    expect(order).toMatchObject({ source: 'till', number: 'T1-7', status: 'paid', occurred_at: '2026-11-22T09:00:00.000Z' });
    expect(order.totals).toMatchObject({ total: 780, amount_paid: 780, balance_due: 0, tax_total: 125 });
    expect(order.lines[0]).toMatchObject({ id: 'lin_a', unit_price: 390, base_price: 350, quantity: 2, total: 780 });
    expect(order.payments[0]).toMatchObject({ object: 'payment', method: 'cash', tendered: 1000, change: 220 });
    const stock = await handle.db.query<{ stock_on_hand: number }>("SELECT stock_on_hand FROM products WHERE id = 'prd_1'");
    expect(stock.rows[0]!.stock_on_hand).toBe(1);
    const events = await handle.db.query<{ type: string }>('SELECT type FROM events ORDER BY seq');
    expect(events.rows.map((e) => e.type)).toEqual(['inventory.updated', 'inventory.low_stock']);
  });

  it('numbers API orders per location, adds payments and refunds, lists newest first', async () => {
    const totals = computeOrderTotals({ currency: 'EUR', tax_mode: 'inclusive', lines: [{ ...inputs[0]!, id: 'lin_b' }] });
    const created = await handle.db.transaction((tx) =>
      insertOrder(tx, {
        businessId: 'biz_1',
        locationId: 'loc_1',
        source: 'api',
        currency: 'EUR',
        taxMode: 'inclusive',
        totals,
        lines: linesFromTotals(totals, [{ ...inputs[0]!, id: 'lin_b' }]),
      }),
    );
    expect(created.number).toBe('API-1001');
    expect(created.status).toBe('open');
    const paid = await handle.db.transaction(async (tx) => {
      await lockOrder(tx, 'biz_1', created.id);
      return addPayment(tx, 'biz_1', created.id, { method: 'external', amount: 780, reference: 'ext-1' });
    });
    expect(paid.order.status).toBe('paid');
    const refunded = await handle.db.transaction((tx) =>
      addRefund(tx, 'biz_1', created.id, { amount: 390, reason: 'spilt', lines: [{ line_id: 'lin_b', quantity: 1, amount: 390, tax: 62 }] }),
    );
    expect(refunded.order).toMatchObject({ status: 'partially_refunded', totals: { amount_refunded: 390 } });
    expect(refunded.refund.lines).toEqual([{ line_id: 'lin_b', quantity: 1, amount: 390, tax: 62 }]);

    const page1 = await listOrders(handle.db, { businessId: 'biz_1', locationIds: 'all', limit: 1 });
    expect(page1.data.map((o) => o.id)).toEqual([created.id]);
    expect(page1.has_more).toBe(true);
    const page2 = await listOrders(handle.db, { businessId: 'biz_1', locationIds: ['loc_1'], limit: 1, cursor: page1.next_cursor! });
    expect(page2).toMatchObject({ has_more: false, next_cursor: null });
    expect(await listOrders(handle.db, { businessId: 'biz_1', locationIds: ['loc_other'], limit: 10 })).toMatchObject({ data: [] });
    expect(await getOrder(handle.db, 'biz_other', created.id)).toBeNull();

    const voided = await handle.db.transaction((tx) => voidOrder(tx, 'biz_1', created.id, { reason: 'test' }));
    expect(voided!.status).toBe('voided');
  });

  it('returns exactly what a read-back gives, for an order with every kind of row (no read-back is made)', async () => {
    const lineInputs = [
      { ...inputs[0]!, id: 'lin_c', discount: { kind: 'percent' as const, basis_points: 1000 }, note: 'hot' },
      { id: 'lin_d', product_id: null, name: 'Gift wrap', quantity: 1, unit_price: 200, modifiers: [], tax_rate_id: 'tax_1', rate_ppm: 190000 },
    ];
    const totals = computeOrderTotals({ currency: 'EUR', tax_mode: 'inclusive', lines: lineInputs, discount: { kind: 'amount', amount: 50 } });
    const card = { brand: 'visa', last4: '4242', receipt_lines: ['APPROVED', 'Ünïcode €'] };
    const id = newId('ord');
    const order = await handle.db.transaction(async (tx) => {
      const written = await insertOrder(tx, {
        id,
        businessId: 'biz_1',
        locationId: 'loc_1',
        source: 'till',
        number: 'T1-8',
        currency: 'EUR',
        taxMode: 'inclusive',
        discount: { kind: 'amount', amount: 50 },
        totals,
        lines: linesFromTotals(totals, lineInputs),
        customerNote: 'side door',
        staffId: 'stf_1',
        shiftId: 'shf_1',
        payments: [
          { id: 'pay_b', method: 'card', amount: 500, reference: 'zvt-1', card, occurred_at: '2026-11-22T09:01:00.000Z' },
          { id: 'pay_a', method: 'cash', amount: totals.total - 500, tendered: 2000, change: 2000 - (totals.total - 500) },
        ],
        refunds: [
          {
            id: 'ref_a',
            payment_id: 'pay_a',
            amount: 100,
            reason: 'cold',
            lines: [{ line_id: 'lin_d', quantity: 1, amount: 100, tax: 16 }],
            tax_breakdown: [],
          },
        ],
        occurredAt: '2026-11-22T09:00:00.000Z',
      });
      return { written, read: await getOrder(tx, 'biz_1', id) };
    });
    expect(order.written).toEqual(order.read);
    expect(order.written).toMatchObject({
      status: 'partially_refunded',
      payments: [{ id: 'pay_a' }, { id: 'pay_b', card }],
      refunds: [{ lines: [{ line_id: 'lin_d' }] }],
    });
  });
});
