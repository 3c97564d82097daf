// Till roles and manager approvals: who may do what at the till, and approvals recorded on sales and shifts.
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../core/ids';
import type { OrderView, ShiftDetailView } from '../../core/api/backoffice';
import { DEFAULT_ROLE_PERMISSIONS } from '../../core/roles';
import type { PullResponse, PushResponse } from '../../core/sync/protocol';
import { signIn, type SignedIn } from '../backoffice/test-fixtures';
import { TEST_ENGINES } from '../storage/test-database';
import { mutation, pairTestDevice, saleSnapshot } from './test-sync-fixtures';
import { withTestApp } from '../testing/test-app';
import { MANAGER_PASSWORD, OWNER_PASSWORD } from '../testing/test-business';

describe.each(TEST_ENGINES)('till roles and manager approvals on %s', (engine) => {
  const fx = withTestApp(engine);
  let owner: SignedIn;
  let manager: SignedIn;
  const managerId = newId('stf');

  beforeAll(async () => {
    await fx.db.query(
      `INSERT INTO staff (id, business_id, location_id, name, role, pin_hash) VALUES ($1, $2, $3, 'Mona Manager', 'manager', 'pbkdf2$sha256$1$AA==$AA==')`,
      [managerId, fx.business.businessId, fx.business.locationId],
    );
    owner = await signIn(fx.app, fx.business.owner.email, OWNER_PASSWORD);
    manager = await signIn(fx.app, fx.business.manager.email, MANAGER_PASSWORD);
  });

  const push = (token: string, mutations: unknown[]) =>
    fx.app.inject({ method: 'POST', url: '/sync/v1/push', headers: { authorization: `Bearer ${token}` }, payload: { mutations } });
  const backoffice = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: object, as: SignedIn = owner) =>
    fx.app.inject({ method, url: `/backoffice/api${url}`, headers: as.headers, ...(payload ? { payload } : {}) });

  it('stores approved_by on the sale, its void, a refund, a no-sale and the shift close; the back office shows who approved', async () => {
    const device = await pairTestDevice(fx.app, fx.business);
    const shiftId = newId('shf');
    const now = new Date().toISOString();
    const sale = { ...saleSnapshot(fx.business, { quantity: 2, shiftId }), approved_by: managerId };
    const voided = saleSnapshot(fx.business, { shiftId });
    const refundId = newId('ref');
    const noSaleId = newId('csh');
    const res = await push(device.device_token, [
      mutation(1, 'shift.opened', {
        shift: { id: shiftId, location_id: fx.business.locationId, staff_id: fx.business.staffId, opened_at: now, opening_float: 5_000 },
      }),
      mutation(2, 'order.completed', { order: sale }),
      mutation(3, 'order.refunded', {
        refund: {
          id: refundId,
          order_id: sale.id,
          payment_id: sale.payments[0]!.id,
          method: 'cash',
          amount: 350,
          lines: [],
          reason: 'cold',
          staff_id: fx.business.staffId,
          shift_id: shiftId,
          created_at: now,
          approved_by: managerId,
        },
      }),
      mutation(4, 'order.completed', { order: voided }),
      mutation(5, 'order.voided', {
        order_id: voided.id,
        reason: 'mistake',
        staff_id: fx.business.staffId,
        shift_id: shiftId,
        voided_at: now,
        reversals: [],
        approved_by: managerId,
      }),
      mutation(6, 'cash.movement', {
        movement: {
          id: noSaleId,
          shift_id: shiftId,
          staff_id: fx.business.staffId,
          kind: 'no_sale',
          amount: 0,
          reason: 'change for a note',
          created_at: now,
          approved_by: managerId,
        },
      }),
      mutation(7, 'shift.closed', {
        shift_id: shiftId,
        staff_id: fx.business.staffId,
        closed_at: now,
        counted_cash: 5_350,
        approved_by: managerId,
        report: {
          shift_id: shiftId,
          opened_at: now,
          closed_at: now,
          opening_float: 5_000,
          sales_count: 1,
          sales_total: 700,
          discount_total: 0,
          tax_total: 112,
          tax_breakdown: [],
          voids_count: 1,
          voids_total: 350,
          refunds_count: 1,
          refunds_total: 350,
          payments_by_method: [],
          refunds_by_method: [],
          cash_paid_in: 0,
          cash_paid_out: 0,
          cash_drops: 0,
          expected_cash: 5_350,
          counted_cash: 5_350,
          variance: 0,
        },
      }),
    ]);
    expect(res.statusCode).toBe(200);
    expect((res.json() as PushResponse).results.map((r) => r.error?.code ?? r.status)).toEqual(Array(7).fill('applied'));

    const orders = await fx.db.query<{ id: string; approved_by: string | null; void_approved_by: string | null }>(
      'SELECT id, approved_by, void_approved_by FROM orders WHERE id = ANY($1) ORDER BY id',
      [[sale.id, voided.id]],
    );
    expect(orders.rows).toEqual(
      [
        { id: sale.id, approved_by: managerId, void_approved_by: null },
        { id: voided.id, approved_by: null, void_approved_by: managerId },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect((await fx.db.query('SELECT approved_by FROM refunds WHERE id = $1', [refundId])).rows).toEqual([{ approved_by: managerId }]);
    expect((await fx.db.query('SELECT kind, amount, approved_by FROM cash_movements WHERE id = $1', [noSaleId])).rows).toEqual([
      { kind: 'no_sale', amount: 0, approved_by: managerId },
    ]);
    expect((await fx.db.query('SELECT close_approved_by FROM shifts WHERE id = $1', [shiftId])).rows).toEqual([{ close_approved_by: managerId }]);

    const order = (await backoffice('GET', `/orders/${sale.id}`)).json() as OrderView;
    expect(order.approvals).toEqual([
      { action: 'sale', staff_id: managerId, staff_name: 'Mona Manager', refund_id: null, line_id: null },
      { action: 'refund', staff_id: managerId, staff_name: 'Mona Manager', refund_id: refundId, line_id: null },
    ]);
    expect(((await backoffice('GET', `/orders/${voided.id}`)).json() as OrderView).approvals).toEqual([
      { action: 'void', staff_id: managerId, staff_name: 'Mona Manager', refund_id: null, line_id: null },
    ]);
    const shift = (await backoffice('GET', `/shifts/${shiftId}`)).json() as ShiftDetailView;
    expect(shift).toMatchObject({ close_approved_by: managerId, close_approved_by_name: 'Mona Manager' });
    expect(shift.cash_movements).toEqual([expect.objectContaining({ kind: 'no_sale', amount: 0, approved_by_name: 'Mona Manager' })]);
  });

  it('refuses a money movement of 0 unless it is a no-sale', async () => {
    const device = await pairTestDevice(fx.app, fx.business);
    const shiftId = newId('shf');
    const now = new Date().toISOString();
    const res = await push(device.device_token, [
      mutation(1, 'shift.opened', {
        shift: { id: shiftId, location_id: fx.business.locationId, staff_id: fx.business.staffId, opened_at: now, opening_float: 0 },
      }),
      mutation(2, 'cash.movement', {
        movement: { id: newId('csh'), shift_id: shiftId, staff_id: fx.business.staffId, kind: 'paid_out', amount: 0, reason: 'nothing', created_at: now },
      }),
    ]);
    expect((res.json() as PushResponse).results.map((r) => r.error?.code ?? r.status)).toEqual(['applied', 'zero_amount']);
  });

  it('stores cash given back from an unfinished sale as its own movement kind, with its approver', async () => {
    const device = await pairTestDevice(fx.app, fx.business);
    const shiftId = newId('shf');
    const givenBackId = newId('csh');
    const now = new Date().toISOString();
    const res = await push(device.device_token, [
      mutation(1, 'shift.opened', {
        shift: { id: shiftId, location_id: fx.business.locationId, staff_id: fx.business.staffId, opened_at: now, opening_float: 0 },
      }),
      mutation(2, 'cash.movement', {
        movement: {
          id: givenBackId,
          shift_id: shiftId,
          staff_id: fx.business.staffId,
          kind: 'given_back',
          amount: 1_000,
          reason: 'Cash taken on an unfinished sale given back',
          created_at: now,
          approved_by: managerId,
        },
      }),
      mutation(3, 'cash.movement', {
        movement: { id: newId('csh'), shift_id: shiftId, staff_id: fx.business.staffId, kind: 'given_back', amount: 0, reason: 'nothing', created_at: now },
      }),
    ]);
    expect((res.json() as PushResponse).results.map((r) => r.error?.code ?? r.status)).toEqual(['applied', 'applied', 'zero_amount']);
    expect((await fx.db.query('SELECT kind, amount, approved_by FROM cash_movements WHERE id = $1', [givenBackId])).rows).toEqual([
      { kind: 'given_back', amount: 1_000, approved_by: managerId },
    ]);
  });

  it('only an owner changes role permissions and discount limits; the limit reaches the tills with the location', async () => {
    const denied = await backoffice('PUT', '/role-permissions', { manager: [], cashier: ['refund'] }, manager);
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ error: { code: 'owner_required' } });
    expect((await backoffice('PUT', `/discount-limits/${fx.business.locationId}`, { basis_points: 5000 }, manager)).statusCode).toBe(403);

    const device = await pairTestDevice(fx.app, fx.business);
    const first = (
      await fx.app.inject({ method: 'GET', url: '/sync/v1/pull', headers: { authorization: `Bearer ${device.device_token}` } })
    ).json() as PullResponse;
    const limits = (await backoffice('GET', '/discount-limits', undefined, manager)).json() as { data: { location_id: string; basis_points: number }[] };
    expect(limits.data).toContainEqual(
      expect.objectContaining({ location_id: fx.business.locationId, basis_points: first.location.discount_approval_basis_points }),
    );
    expect((await backoffice('PUT', `/discount-limits/${fx.business.locationId}`, { basis_points: 10_001 })).statusCode).toBe(400);
    expect((await backoffice('PUT', '/discount-limits/loc_nowhere', { basis_points: 100 })).statusCode).toBe(404);
    const saved = await backoffice('PUT', `/discount-limits/${fx.business.locationId}`, { basis_points: 1500 });
    expect(saved.json()).toMatchObject({ location_id: fx.business.locationId, basis_points: 1500 });
    const next = (
      await fx.app.inject({
        method: 'GET',
        url: `/sync/v1/pull?cursor=${encodeURIComponent(first.next_cursor)}`,
        headers: { authorization: `Bearer ${device.device_token}` },
      })
    ).json() as PullResponse;
    expect(next.location.discount_approval_basis_points).toBe(1500);
  });

  it('role permissions are set in the back office and reach the tills with the location; owners are a staff role', async () => {
    expect((await backoffice('GET', '/role-permissions')).json()).toEqual(DEFAULT_ROLE_PERMISSIONS);
    const device = await pairTestDevice(fx.app, fx.business);
    const first = (
      await fx.app.inject({ method: 'GET', url: '/sync/v1/pull', headers: { authorization: `Bearer ${device.device_token}` } })
    ).json() as PullResponse;
    expect(first.location.role_permissions).toBeUndefined();

    const wanted = { manager: ['refund', 'void_paid_sale', 'close_shift', 'settings'], cashier: ['no_sale'] };
    expect((await backoffice('PUT', '/role-permissions', { ...wanted, cashier: ['fly'] })).statusCode).toBe(400);
    const saved = await backoffice('PUT', '/role-permissions', wanted);
    expect(saved.statusCode).toBe(200);
    expect((await backoffice('GET', '/role-permissions')).json()).toEqual(wanted);

    const next = (
      await fx.app.inject({
        method: 'GET',
        url: `/sync/v1/pull?cursor=${encodeURIComponent(first.next_cursor)}`,
        headers: { authorization: `Bearer ${device.device_token}` },
      })
    ).json() as PullResponse;
    expect(next.location.role_permissions).toEqual(wanted);

    const created = await backoffice('POST', '/staff', { name: 'Oskar Owner', role: 'owner', location_id: null, pin: '8642' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ role: 'owner' });
  });
});
