import { beforeAll, describe, expect, it } from 'vitest';
import { Type } from 'typebox';
import { Value } from 'typebox/value';
import { DashboardViewSchema, DeviceViewSchema, OrderViewSchema, RejectedMutationViewSchema } from '../../core/api/backoffice';
import { TEST_ENGINES } from '../storage/test-database';
import { authenticateDevice, pairDevice } from '../sync/devices';
import { seedSales, signIn, type SignedIn } from './test-fixtures';
import { MANAGER_PASSWORD, seedTestBusiness, type TestBusiness } from '../testing/test-business';
import { withTestApp } from '../testing/test-app';

describe.each(TEST_ENGINES)('back office orders, devices and dashboard (%s)', (engine) => {
  const fx = withTestApp(engine);
  let other: TestBusiness;
  let manager: SignedIn;
  let deviceId: string;
  let deviceToken: string;
  let sales: Awaited<ReturnType<typeof seedSales>>;

  beforeAll(async () => {
    other = await seedTestBusiness(fx.db, 'Other Shop');
    manager = await signIn(fx.app, fx.business.manager.email, MANAGER_PASSWORD);
  });

  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    fx.app.inject({ method, url: `/backoffice/api${url}`, headers: manager.headers, ...(payload ? { payload } : {}) });

  it('creates a pairing code a till can pair with, and lists the paired device', async () => {
    const res = await call('POST', '/devices/pairing-codes', { location_id: fx.business.locationIds[0] });
    expect(res.statusCode).toBe(201);
    const { code, expires_at } = res.json();
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(new Date(expires_at).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    const paired = await pairDevice(fx.db, code, 'Front counter');
    deviceId = paired.device.id;
    deviceToken = paired.token;
    await authenticateDevice(fx.db, `Bearer ${deviceToken}`);

    const list = (await call('GET', '/devices')).json().data;
    expect(Value.Check(Type.Array(DeviceViewSchema), list)).toBe(true);
    expect(list.find((d: { id: string }) => d.id === deviceId)).toMatchObject({
      name: 'Front counter',
      location_id: fx.business.locationIds[0],
      revoked_at: null,
      last_seen_at: expect.any(String),
      stale: false,
      rejected_count: 0,
    });

    sales = await seedSales(fx.db, fx.business, { deviceId });
  });

  it('refuses pairing codes for unknown or foreign locations, and bad bodies', async () => {
    for (const [payload, status] of [
      [{ location_id: other.locationIds[0] }, 422],
      [{ location_id: 'loc_nope' }, 422],
      [{}, 400],
      [{ location_id: fx.business.locationIds[0], ttl: 5 }, 400],
    ] as const) {
      const res = await call('POST', '/devices/pairing-codes', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json().error.param).toBeTruthy();
    }
  });

  it('lists orders newest first with filters, and shows one with lines, payments, source and till', async () => {
    const all = (await call('GET', '/orders')).json();
    expect(all.data.map((o: { id: string }) => o.id)).toEqual([sales.apiOrderId, sales.saleId]);
    const tillOnly = (await call('GET', '/orders?source=till')).json();
    expect(tillOnly.data.map((o: { id: string }) => o.id)).toEqual([sales.saleId]);
    const open = (await call('GET', '/orders?status=open')).json();
    expect(open.data.map((o: { id: string }) => o.id)).toEqual([sales.apiOrderId]);
    const paged = (await call('GET', '/orders?limit=1')).json();
    expect(paged).toMatchObject({ has_more: true, next_cursor: expect.any(String) });
    const page2 = (await call('GET', `/orders?limit=1&cursor=${encodeURIComponent(paged.next_cursor)}`)).json();
    expect(page2.data[0].id).toBe(sales.saleId);

    const detail = await call('GET', `/orders/${sales.saleId}`);
    expect(detail.statusCode).toBe(200);
    expect(Value.Check(OrderViewSchema, detail.json())).toBe(true);
    expect(detail.json()).toMatchObject({
      source: 'till',
      status: 'paid',
      number: 'T1-1',
      device: { id: deviceId, name: 'Front counter' },
      lines: [{ name: 'Latte', quantity: 2, total: 700 }],
      payments: [{ method: 'cash', amount: 700, tendered: 1000, change: 300 }],
      totals: { total: 700, amount_paid: 700, balance_due: 0 },
    });

    expect((await call('GET', '/orders/ord_nope')).statusCode).toBe(404);
    expect((await call('GET', '/orders?status=lost')).statusCode).toBe(400);
    expect((await call('GET', '/orders?limit=0')).statusCode).toBe(400);
    expect((await call('GET', '/orders?created_since=yesterday')).json().error.param).toBe('created_since');
  });

  it("does not show another business's orders", async () => {
    const theirs = await signIn(fx.app, other.manager.email, MANAGER_PASSWORD);
    const res = await fx.app.inject({ method: 'GET', url: `/backoffice/api/orders/${sales.saleId}`, headers: theirs.headers });
    expect(res.statusCode).toBe(404);
    const list = await fx.app.inject({ method: 'GET', url: '/backoffice/api/orders', headers: theirs.headers });
    expect(list.json().data).toEqual([]);
  });

  it("sums today's sales per location and flags tills that need attention", async () => {
    await fx.db.query(
      `INSERT INTO sync_mutations (id, business_id, location_id, device_id, seq, type, status, error_code, error_message, payload, occurred_at)
       VALUES ('0190a0a0-0000-7000-8000-000000000001', $1, $2, $3, 1, 'order.refunded', 'rejected', 'order_unknown', 'No such order', '{}', now())`,
      [fx.business.businessId, fx.business.locationIds[0], deviceId],
    );
    const res = await call('GET', '/dashboard');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Value.Check(DashboardViewSchema, body)).toBe(true);
    const main = body.locations.find((l: { location_id: string }) => l.location_id === fx.business.locationIds[0]);
    expect(main).toMatchObject({ orders: 2, gross_sales: 1050, refunds: 0, net_sales: 1050, open_orders: 1, currency: 'EUR' });
    const harbour = body.locations.find((l: { location_id: string }) => l.location_id === fx.business.locationIds[1]);
    expect(harbour).toMatchObject({ orders: 0, gross_sales: 0 });
    expect(body.devices.attention.map((d: { id: string; rejected_count: number }) => [d.id, d.rejected_count])).toEqual([[deviceId, 1]]);

    const rejected = (await call('GET', `/rejected-mutations?device_id=${deviceId}`)).json();
    expect(Value.Check(Type.Array(RejectedMutationViewSchema), rejected.data)).toBe(true);
    expect(rejected.data[0]).toMatchObject({ type: 'order.refunded', error_code: 'order_unknown' });

    // a till silent for longer than the stale window is flagged too
    await fx.db.query(`UPDATE devices SET last_seen_at = now() - interval '1 hour' WHERE id = $1`, [deviceId]);
    const stale = (await call('GET', '/devices')).json().data.find((d: { id: string }) => d.id === deviceId);
    expect(stale.stale).toBe(true);
  });

  it('revokes a device: its token stops working; unknown devices are 404', async () => {
    const res = await call('POST', `/devices/${deviceId}/revoke`);
    expect(res.statusCode).toBe(200);
    expect(res.json().revoked_at).toEqual(expect.any(String));
    await expect(authenticateDevice(fx.db, `Bearer ${deviceToken}`)).rejects.toMatchObject({ statusCode: 401 });
    expect((await call('POST', '/devices/dev_nope/revoke')).statusCode).toBe(404);
  });
});
