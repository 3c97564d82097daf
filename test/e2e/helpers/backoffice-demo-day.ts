// A day of trading in the demo business for the back office browser test: the demo seed, a paired
// till ("Front counter") with two sales today, an open API order, and yesterday's closed shift with
// its Z report — so the dashboard, orders, devices and Z report pages have something to show.
import { computeOrderTotals } from '../../../core/order-totals';
import { newId } from '../../../core/ids';
import { createPairingCode } from '../../../sync-server/auth/pairing-codes';
import { DEMO_BERLIN_ID, DEMO_BUSINESS_ID, seedDemo } from '../../../sync-server/demo/demo-seed';
import { linesFromTotals } from '../../../sync-server/orders/order-record';
import { insertOrder } from '../../../sync-server/orders/orders-repository';
import type { Database } from '../../../sync-server/storage/database';
import { pairDevice } from '../../../sync-server/sync/devices';

export async function seedDemoDay(db: Database): Promise<void> {
  await seedDemo(db);
  const pairing = await createPairingCode(db, { businessId: DEMO_BUSINESS_ID, locationId: DEMO_BERLIN_ID });
  const till = await pairDevice(db, pairing.code, 'Front counter');
  const { rows: products } = await db.query<{ id: string; name: string; price: number; tax_rate_id: string; rate_ppm: number }>(
    `SELECT p.id, p.name, p.price, p.tax_rate_id, t.rate_ppm FROM products p JOIN tax_rates t ON t.id = p.tax_rate_id
        WHERE p.location_id = $1 ORDER BY p.name LIMIT 3`,
    [DEMO_BERLIN_ID],
  );
  const staff = await db.query<{ id: string }>(`SELECT id FROM staff WHERE name = 'Ben Weber'`);
  const shiftId = newId('shf');
  for (const [i, source] of (['till', 'till', 'api'] as const).entries()) {
    const inputs = products.slice(0, i + 1).map((p, n) => ({
      id: newId('lin'),
      product_id: p.id,
      name: p.name,
      quantity: n + 1,
      unit_price: p.price,
      modifiers: [],
      tax_rate_id: p.tax_rate_id,
      rate_ppm: p.rate_ppm,
    }));
    const totals = computeOrderTotals({ currency: 'EUR', tax_mode: 'inclusive', lines: inputs });
    await db.transaction((tx) =>
      insertOrder(tx, {
        businessId: DEMO_BUSINESS_ID,
        locationId: DEMO_BERLIN_ID,
        source,
        currency: 'EUR',
        taxMode: 'inclusive',
        totals,
        lines: linesFromTotals(totals, inputs),
        ...(source === 'till'
          ? {
              deviceId: till.device.id,
              staffId: staff.rows[0]!.id,
              shiftId,
              number: `T1-${i + 1}`,
              payments: [{ method: i === 0 ? 'cash' : 'card', amount: totals.total, ...(i === 0 ? { tendered: totals.total + 500, change: 500 } : {}) }],
            }
          : {}),
      }),
    );
  }
  await db.query(
    `INSERT INTO shifts (id, business_id, location_id, device_id, staff_id, opened_at, opening_float, closed_at, closed_by, counted_cash, expected_cash, variance, report)
       VALUES ($1, $2, $3, $4, $5, now() - interval '26 hours', 15000, now() - interval '17 hours', $5, 48150, 48200, -50, $6)`,
    [
      shiftId,
      DEMO_BUSINESS_ID,
      DEMO_BERLIN_ID,
      till.device.id,
      staff.rows[0]!.id,
      {
        sales_count: 42,
        sales_total: 61830,
        discount_total: 320,
        tax_total: 7410,
        tax_breakdown: [
          { rate_ppm: 190000, net: 25210, tax: 4790, gross: 30000 },
          { rate_ppm: 70000, net: 37430, tax: 2620, gross: 40050 },
        ],
        voids_count: 1,
        voids_total: 450,
        refunds_count: 1,
        refunds_total: 380,
        payments_by_method: [
          { method: 'cash', count: 25, amount: 33580 },
          { method: 'card', count: 17, amount: 28250 },
        ],
        refunds_by_method: [{ method: 'cash', count: 1, amount: 380 }],
        cash_paid_in: 0,
        cash_paid_out: 1200,
        cash_drops: 0,
      },
    ],
  );
}
