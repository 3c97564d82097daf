// The shift mutations of a till: opening a shift, closing it with its Z report (shift.closed event)
// and the cash moved in its drawer, written in the push's transaction (apply-mutation.ts).
import { err, ok } from '../../core/result';
import type { TypedMutation } from '../../core/sync/mutations';
import { recordEvent } from '../events/outbox';
import type { Queryable } from '../storage/database';
import type { Applied } from './apply-mutation';
import type { DevicePrincipal } from './devices';

export async function applyShiftOpened(tx: Queryable, device: DevicePrincipal, shift: TypedMutation<'shift.opened'>['payload']['shift']): Promise<Applied> {
  if (shift.location_id !== device.locationId) return err('wrong_location', `Shift ${shift.id} is for another location.`);
  const { rowCount } = await tx.query(
    `INSERT INTO shifts (id, business_id, location_id, device_id, staff_id, opened_at, opening_float)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
    [shift.id, device.businessId, device.locationId, device.id, shift.staff_id, shift.opened_at, shift.opening_float],
  );
  return rowCount === 1 ? ok(null) : err('shift_exists', `A shift ${shift.id} already exists.`);
}

/**
 * A shift is its till's drawer: only the till that opened it may move cash in it or close it (a
 * till acting on another's shift would change a drawer it cannot count).
 */
const otherTillsShift = (shiftId: string): Applied =>
  err('shift_of_another_till', `Shift ${shiftId} was opened on another till; only that till can record cash movements in it or close it.`);

export async function applyShiftClosed(tx: Queryable, device: DevicePrincipal, payload: TypedMutation<'shift.closed'>['payload']): Promise<Applied> {
  const { rows } = await tx.query<{ opened_at: Date; closed_at: Date | null; device_id: string | null }>(
    'SELECT opened_at, closed_at, device_id FROM shifts WHERE id = $1 AND business_id = $2 AND location_id = $3 FOR UPDATE',
    [payload.shift_id, device.businessId, device.locationId],
  );
  const shift = rows[0];
  if (!shift) return err('unknown_shift', `No shift ${payload.shift_id} at this till's location.`);
  if (shift.device_id !== device.id) return otherTillsShift(payload.shift_id);
  if (shift.closed_at) return err('shift_closed', `Shift ${payload.shift_id} is already closed.`);
  const report = payload.report;
  await tx.query(
    `UPDATE shifts SET closed_at = $2, closed_by = $3, counted_cash = $4, expected_cash = $5, variance = $6, report = $7, updated_at = now()
     WHERE id = $1`,
    [
      payload.shift_id,
      payload.closed_at,
      payload.staff_id,
      payload.counted_cash,
      report.expected_cash,
      payload.counted_cash - report.expected_cash,
      JSON.stringify(report),
    ],
  );
  await recordEvent(tx, {
    businessId: device.businessId,
    type: 'shift.closed',
    locationId: device.locationId,
    deviceId: device.id,
    occurredAt: payload.closed_at,
    data: {
      object: {
        id: payload.shift_id,
        object: 'shift',
        location_id: device.locationId,
        device_id: device.id,
        opened_at: new Date(shift.opened_at).toISOString(),
        closed_at: payload.closed_at,
        closed_by: payload.staff_id,
        z_report: { ...report, gross_sales: report.sales_total, refunds: report.refunds_total, counted_cash: payload.counted_cash },
      },
    },
  });
  return ok(null);
}

export async function applyCashMovement(
  tx: Queryable,
  device: DevicePrincipal,
  movement: TypedMutation<'cash.movement'>['payload']['movement'],
): Promise<Applied> {
  const { rows: shifts } = await tx.query<{ device_id: string | null }>(
    'SELECT device_id FROM shifts WHERE id = $1 AND business_id = $2 AND location_id = $3',
    [movement.shift_id, device.businessId, device.locationId],
  );
  if (!shifts[0]) return err('unknown_shift', `No shift ${movement.shift_id} at this till's location.`);
  if (shifts[0].device_id !== device.id) return otherTillsShift(movement.shift_id);
  if ((movement.kind === 'no_sale') !== (movement.amount === 0)) {
    return err('zero_amount', 'A no-sale moves no money (amount 0); every other cash movement needs an amount above 0.');
  }
  const { rowCount } = await tx.query(
    `INSERT INTO cash_movements (id, business_id, location_id, device_id, shift_id, staff_id, kind, amount, reason, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
    [
      movement.id,
      device.businessId,
      device.locationId,
      device.id,
      movement.shift_id,
      movement.staff_id,
      movement.kind,
      movement.amount,
      movement.reason,
      movement.created_at,
    ],
  );
  return rowCount === 1 ? ok(null) : err('cash_movement_exists', `A cash movement ${movement.id} already exists.`);
}
