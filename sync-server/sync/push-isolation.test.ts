// Poison mutations (issue #11 item 2): whatever PostgreSQL would refuse in one mutation (NUL bytes,
// year-0 timestamps, over-long text, absurd nesting) is answered `rejected` with a reason, kept for
// the back office and the till, and never holds back the valid sales behind it.
import { describe, expect, it } from 'vitest';
import { newId } from '../../core/ids';
import type { PushResponse } from '../../core/sync/protocol';
import { TEST_ENGINES } from '../storage/test-database';
import { listRejectedMutations } from './mutation-log';
import { mutation, pairTestDevice, saleSnapshot } from './test-sync-fixtures';
import { withTestApp } from '../testing/test-app';

function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe.each(TEST_ENGINES)('push isolation on %s', (engine) => {
  const fx = withTestApp(engine);

  const push = (token: string, mutations: unknown[]) =>
    fx.app.inject({ method: 'POST', url: '/sync/v1/push', headers: { authorization: `Bearer ${token}` }, payload: { mutations } });

  it('rejects each poison mutation with a reason and applies every valid sale behind it', async () => {
    const device = await pairTestDevice(fx.app, fx.business);
    const nulNote = saleSnapshot(fx.business);
    nulNote.customer_note = 'table 4\u0000';
    const nulLine = saleSnapshot(fx.business);
    nulLine.lines[0]!.name = 'Flat\u0000white';
    const nulStaff = saleSnapshot(fx.business);
    nulStaff.staff_id = 'stf_\u0000';
    const yearZero = saleSnapshot(fx.business);
    yearZero.completed_at = '0000-01-01T00:00:00Z';
    const longNote = saleSnapshot(fx.business);
    longNote.customer_note = 'x'.repeat(5000);
    const valid = [saleSnapshot(fx.business), saleSnapshot(fx.business), saleSnapshot(fx.business)];
    const batch = [
      mutation(1, 'order.completed', { order: nulNote }),
      mutation(2, 'order.completed', { order: nulLine }),
      mutation(3, 'order.completed', { order: valid[0]! }),
      mutation(4, 'order.completed', { order: nulStaff }),
      mutation(5, 'order.completed', { order: saleSnapshot(fx.business) }, '0000-01-01T00:00:00Z'),
      mutation(6, 'order.completed', { order: yearZero }),
      mutation(7, 'order.completed', { order: longNote }),
      { ...mutation(8, 'order.completed', { order: saleSnapshot(fx.business) }), type: 'order.completed\u0000' },
      { ...mutation(9, 'order.completed', { order: saleSnapshot(fx.business) }), payload: { order: nested(3000) } },
      { ...mutation(10, 'order.completed', { order: saleSnapshot(fx.business) }), occurred_at: 'yesterday' },
      mutation(11, 'order.completed', { order: valid[1]! }),
      mutation(12, 'order.completed', { order: valid[2]! }),
    ];
    const res = await push(device.device_token, batch);
    expect(res.statusCode).toBe(200);
    const body = res.json() as PushResponse;
    expect(body.acked_seq).toBe(12);
    expect(body.results.map((r) => [r.seq, r.status])).toEqual([
      [1, 'rejected'],
      [2, 'rejected'],
      [3, 'applied'],
      [4, 'rejected'],
      [5, 'rejected'],
      [6, 'rejected'],
      [7, 'rejected'],
      [8, 'rejected'],
      [9, 'rejected'],
      [10, 'rejected'],
      [11, 'applied'],
      [12, 'applied'],
    ]);
    for (const r of body.results.filter((x) => x.status === 'rejected')) {
      expect(r.error?.message.length, `seq ${r.seq} has a reason`).toBeGreaterThan(10);
      expect(r.error?.code).not.toBe('apply_failed');
    }
    expect(body.results[0]!.error!.message).toMatch(/customer_note/);
    expect(body.results[4]!.error!.message).toMatch(/occurred_at/);
    expect(body.results[5]!.error!.message).toMatch(/completed_at/);

    const stored = await fx.db.query<{ id: string }>('SELECT id FROM orders WHERE device_id = $1 ORDER BY id', [device.device_id]);
    expect(stored.rows.map((r) => r.id).sort()).toEqual(valid.map((s) => s.id).sort());

    // Kept for the back office (with the reason) and for the till's own list.
    const rejected = await listRejectedMutations(fx.db, { businessId: fx.business.businessId, deviceId: device.device_id });
    expect(rejected.map((r) => r.seq).sort((a, b) => a - b)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10]);
    expect(rejected.every((r) => r.error_message.length > 10)).toBe(true);
    const listed = await fx.app.inject({ method: 'GET', url: '/sync/v1/rejected', headers: { authorization: `Bearer ${device.device_token}` } });
    expect(listed.statusCode).toBe(200);
    expect((listed.json() as { data: unknown[] }).data).toHaveLength(9);

    // The till resends the same batch (it never saw the answer): all duplicates, nothing blocked.
    const again = await push(device.device_token, batch);
    expect(again.statusCode).toBe(200);
    expect((again.json() as PushResponse).results.every((r) => r.status === 'duplicate')).toBe(true);
  });

  it('a database error while applying rejects only that mutation (apply_failed), the seq advances', async () => {
    const device = await pairTestDevice(fx.app, fx.business);
    // A schema-valid sale that reuses another sale's payment id: only the database's primary key
    // notices, in the middle of the apply (after the order row was written).
    const first = saleSnapshot(fx.business);
    const reused = saleSnapshot(fx.business);
    reused.payments = [{ ...reused.payments[0]!, id: first.payments[0]!.id }];
    const after = saleSnapshot(fx.business);
    const res = await push(device.device_token, [
      mutation(1, 'order.completed', { order: first }),
      mutation(2, 'order.completed', { order: reused }),
      mutation(3, 'order.completed', { order: after }),
    ]);
    expect(res.statusCode).toBe(200);
    const body = res.json() as PushResponse;
    expect(body.results.map((r) => [r.status, r.error?.code])).toEqual([
      ['applied', undefined],
      ['rejected', 'apply_failed'],
      ['applied', undefined],
    ]);
    expect(body.acked_seq).toBe(3);
    // Nothing of the rejected sale was kept (its order row rolled back with the failed payment).
    expect((await fx.db.query('SELECT 1 FROM orders WHERE id = $1', [reused.id])).rowCount).toBe(0);
  });

  it("a till cannot move cash in or close another till's shift (issue #11 item 3)", async () => {
    const owner = await pairTestDevice(fx.app, fx.business, 'Till A');
    const intruder = await pairTestDevice(fx.app, fx.business, 'Till B');
    const shiftId = newId('shf');
    const now = new Date().toISOString();
    const opened = await push(owner.device_token, [
      mutation(1, 'shift.opened', {
        shift: { id: shiftId, location_id: fx.business.locationId, staff_id: fx.business.staffId, opened_at: now, opening_float: 10_000 },
      }),
    ]);
    expect((opened.json() as PushResponse).results[0]!.status).toBe('applied');
    const movement = (id: string) => ({
      movement: { id, shift_id: shiftId, staff_id: fx.business.staffId, kind: 'paid_out' as const, amount: 500, reason: 'milk', created_at: now },
    });
    const report = {
      shift_id: shiftId,
      opened_at: now,
      closed_at: now,
      opening_float: 10_000,
      sales_count: 0,
      sales_total: 0,
      discount_total: 0,
      tax_total: 0,
      tax_breakdown: [],
      voids_count: 0,
      voids_total: 0,
      refunds_count: 0,
      refunds_total: 0,
      payments_by_method: [],
      refunds_by_method: [],
      cash_paid_in: 0,
      cash_paid_out: 500,
      cash_drops: 0,
      expected_cash: 9_500,
      counted_cash: 9_500,
      variance: 0,
    };
    const close = { shift_id: shiftId, staff_id: fx.business.staffId, closed_at: now, counted_cash: 9_500, report };
    const foreign = await push(intruder.device_token, [mutation(1, 'cash.movement', movement(newId('csh'))), mutation(2, 'shift.closed', close)]);
    expect((foreign.json() as PushResponse).results.map((r) => r.error?.code)).toEqual(['shift_of_another_till', 'shift_of_another_till']);
    const shift = await fx.db.query<{ closed_at: Date | null }>('SELECT closed_at FROM shifts WHERE id = $1', [shiftId]);
    expect(shift.rows[0]!.closed_at).toBeNull();
    expect((await fx.db.query('SELECT 1 FROM cash_movements WHERE shift_id = $1', [shiftId])).rowCount).toBe(0);
    // Its own till still can.
    const own = await push(owner.device_token, [mutation(2, 'cash.movement', movement(newId('csh'))), mutation(3, 'shift.closed', close)]);
    expect((own.json() as PushResponse).results.map((r) => r.status)).toEqual(['applied', 'applied']);
  });
});
