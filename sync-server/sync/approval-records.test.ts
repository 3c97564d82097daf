// Approval records from the till. Price overrides (guarded action price_override): a changed price is
// stored on its order line with the price it replaced and the approver, shown by the API, the events and
// the back office; a bad override (same price, goods sold by weight, negative price, unknown approver) is
// rejected alone. Settings changes (guarded action settings): stored as audit records the back office lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { newId } from '../../core/ids';
import type { OrderView, SettingsChangesView } from '../../core/api/backoffice';
import type { Order } from '../../core/api/orders';
import type { PushResponse } from '../../core/sync/protocol';
import type { OrderSnapshot } from '../../core/sync/order-snapshot';
import { buildApp } from '../app';
import { hashPassword } from '../auth/passwords';
import { signIn, type SignedIn } from '../backoffice/test-fixtures';
import { loadConfig } from '../config';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../storage/test-database';
import { mutation, pairTestDevice, saleSnapshot } from './test-sync-fixtures';
import { seedTestBusiness, type TestBusiness } from '../testing/test-business';

describe.each(TEST_ENGINES)('price overrides and settings changes from the till on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let f: TestBusiness;
  let owner: SignedIn;
  const managerId = newId('stf');

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    app = await buildApp({ db: t.db, config: loadConfig({}), workers: false });
    f = await seedTestBusiness(t.db);
    await t.db.query(
      `INSERT INTO staff (id, business_id, location_id, name, role, pin_hash) VALUES ($1, $2, $3, 'Mona Manager', 'manager', 'pbkdf2$sha256$1$AA==$AA==')`,
      [managerId, f.businessId, f.locationId],
    );
    await t.db.query(`INSERT INTO users (id, business_id, email, name, role, password_hash) VALUES ($1, $2, 'owner@override.test', 'Olivia', 'owner', $3)`, [
      newId('usr'),
      f.businessId,
      await hashPassword('owner-pass-123'),
    ]);
    owner = await signIn(app, 'owner@override.test', 'owner-pass-123');
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const push = (token: string, mutations: unknown[]) =>
    app.inject({ method: 'POST', url: '/sync/v1/push', headers: { authorization: `Bearer ${token}` }, payload: { mutations } });

  /** A sale of one Flat white (product 0, list price 3.50) rung up at `price`, with this override on the line. */
  function overriddenSale(price: number, override: unknown, productId = f.productIds[0]): OrderSnapshot {
    return saleSnapshot(f, {
      lines: [
        {
          id: newId('lin'),
          product_id: productId,
          name: 'Flat white',
          quantity: 2,
          unit_price: price,
          modifiers: [],
          tax_rate_id: f.taxRateId,
          rate_ppm: 190_000,
          discount: null,
          note: null,
          price_override: override as OrderSnapshot['lines'][number]['price_override'],
        },
      ],
    });
  }

  it('stores the override on the line; the API order object (back office view), the order.created event and the approvals list show it with the approver', async () => {
    const device = await pairTestDevice(app, f);
    const sale = overriddenSale(300, { original_price: 350, approved_by: managerId });
    const res = await push(device.device_token, [mutation(1, 'order.completed', { order: sale })]);
    expect((res.json() as PushResponse).results.map((r) => r.error?.code ?? r.status)).toEqual(['applied']);

    const line = sale.lines[0]!;
    expect((await t.db.query('SELECT base_price, unit_price, total, price_override FROM order_lines WHERE id = $1', [line.id])).rows).toEqual([
      { base_price: 300, unit_price: 300, total: 600, price_override: { original_price: 350, approved_by: managerId } },
    ]);
    const view = (await app.inject({ method: 'GET', url: `/backoffice/api/orders/${sale.id}`, headers: owner.headers })).json() as OrderView;
    expect(view.lines[0]).toMatchObject({ id: line.id, base_price: 300, price_override: { original_price: 350, approved_by: managerId } });
    expect(view.approvals).toEqual([{ action: 'price_override', staff_id: managerId, staff_name: 'Mona Manager', refund_id: null, line_id: line.id }]);
    const { rows } = await t.db.query<{ data: { object: Order } }>("SELECT data FROM events WHERE type = 'order.created' AND data->'object'->>'id' = $1", [
      sale.id,
    ]);
    expect(rows[0]!.data.object.lines[0]!.price_override).toEqual({ original_price: 350, approved_by: managerId });
  });

  it('a price changed by a role allowed to records no approver; lines without an override carry null', async () => {
    const device = await pairTestDevice(app, f);
    const allowed = overriddenSale(400, { original_price: 350, approved_by: null });
    const plain = saleSnapshot(f);
    const res = await push(device.device_token, [mutation(1, 'order.completed', { order: allowed }), mutation(2, 'order.completed', { order: plain })]);
    expect((res.json() as PushResponse).results.map((r) => r.error?.code ?? r.status)).toEqual(['applied', 'applied']);
    const view = (await app.inject({ method: 'GET', url: `/backoffice/api/orders/${allowed.id}`, headers: owner.headers })).json() as OrderView;
    expect(view.lines[0]!.price_override).toEqual({ original_price: 350, approved_by: null });
    expect(view.approvals).toEqual([]);
    const other = (await app.inject({ method: 'GET', url: `/backoffice/api/orders/${plain.id}`, headers: owner.headers })).json() as OrderView;
    expect(other.lines[0]!.price_override).toBeNull();
  });

  it('rejects a bad override alone: same price, goods sold by weight, a weighed line, a negative price, an unknown approver', async () => {
    await t.db.query('UPDATE products SET sold_by_weight = true WHERE id = $1', [f.productIds[1]]);
    const device = await pairTestDevice(app, f);
    const weighedLine = {
      ...overriddenSale(258, { original_price: 300, approved_by: managerId }).lines[0]!,
      quantity: 1,
      weight: { net_grams: 200, tare_grams: 0, price_per_kg: 1290 },
    };
    const bad = [
      overriddenSale(350, { original_price: 350, approved_by: managerId }),
      overriddenSale(100, { original_price: 280, approved_by: managerId }, f.productIds[1]),
      saleSnapshot(f, { lines: [weighedLine] }),
      overriddenSale(100, { original_price: 350, approved_by: newId('stf') }),
    ];
    const negative = overriddenSale(100, { original_price: 350, approved_by: managerId });
    negative.lines[0]!.unit_price = -100;
    const good = overriddenSale(250, { original_price: 350, approved_by: managerId });
    const res = await push(device.device_token, [
      ...bad.map((order, i) => mutation(i + 1, 'order.completed', { order })),
      mutation(5, 'order.completed', { order: negative }),
      mutation(6, 'order.completed', { order: good }),
    ]);
    expect(res.statusCode).toBe(200);
    expect((res.json() as PushResponse).results.map((r) => r.error?.code ?? r.status)).toEqual([
      'price_override_unchanged',
      'price_override_weighed',
      'price_override_weighed',
      'unknown_approver',
      'invalid_payload',
      'applied',
    ]);
    const stored = await t.db.query<{ id: string }>('SELECT id FROM orders WHERE id = ANY($1::text[])', [[...bad, negative, good].map((o) => o.id)]);
    expect(stored.rows.map((r) => r.id)).toEqual([good.id]);
  });

  it('stores settings changes with who changed and who approved; the back office lists them newest first; a bad or repeated one is rejected alone', async () => {
    const device = await pairTestDevice(app, f, 'Counter till');
    const hardware = {
      id: newId('stc'),
      kind: 'hardware' as const,
      detail: 'printer: tcp://10.0.0.5:9100',
      staff_id: f.staffId,
      approved_by: managerId,
      created_at: '2026-12-02T10:00:00.000Z',
    };
    const pairing = {
      id: newId('stc'),
      kind: 'pairing' as const,
      detail: 'paired again as "Counter till"',
      staff_id: managerId,
      approved_by: null,
      created_at: '2026-12-02T11:00:00.000Z',
    };
    const res = await push(device.device_token, [
      mutation(1, 'settings.changed', { change: hardware }),
      mutation(2, 'settings.changed', { change: { ...hardware, id: newId('stc'), kind: 'colour' } } as never),
      mutation(3, 'settings.changed', { change: hardware }),
      mutation(4, 'settings.changed', { change: pairing }),
    ]);
    expect((res.json() as PushResponse).results.map((r) => r.error?.code ?? r.status)).toEqual([
      'applied',
      'invalid_payload',
      'settings_change_exists',
      'applied',
    ]);
    const list = (await app.inject({ method: 'GET', url: '/backoffice/api/settings-changes', headers: owner.headers })).json() as SettingsChangesView;
    expect(list.data).toEqual([
      {
        id: pairing.id,
        location_id: f.locationId,
        device_id: device.device_id,
        device_name: 'Counter till',
        kind: 'pairing',
        detail: pairing.detail,
        staff_id: managerId,
        staff_name: 'Mona Manager',
        approved_by: null,
        approved_by_name: null,
        occurred_at: pairing.created_at,
      },
      {
        id: hardware.id,
        location_id: f.locationId,
        device_id: device.device_id,
        device_name: 'Counter till',
        kind: 'hardware',
        detail: hardware.detail,
        staff_id: f.staffId,
        staff_name: 'Casey',
        approved_by: managerId,
        approved_by_name: 'Mona Manager',
        occurred_at: hardware.created_at,
      },
    ]);
    expect((await app.inject({ method: 'GET', url: '/backoffice/api/settings-changes' })).statusCode).toBe(401);
  });
});
