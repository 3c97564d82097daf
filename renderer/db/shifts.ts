// Shifts and the cash drawer: open with a float, cash paid in/out, X report (any time) and
// Z report (close with a cash count and its variance). Each write queues its mutation atomically;
// every write to `shifts` must: recordSale trusts its remembered shift while `outbox_seq` is unchanged.
import { newId } from '../../core/ids';
import { err, ok, type Result } from '../../core/result';
import type { CashMovementRecord } from '../../core/sync/mutations';
import { computeShiftReport, type ShiftReport } from '../../core/sync/shift-report';
import { appendMutation } from './outbox';
import { storageGuard } from './storage-guard';
import type { CashMovementRow, SettingRow, ShiftRow, TillDb } from './till-db';

function checkAmount(amount: number, what: string, allowZero: boolean): Result<null> {
  if (!Number.isSafeInteger(amount) || amount < 0 || (!allowZero && amount === 0)) {
    return err('invalid_amount', `${what} must be a ${allowZero ? 'non-negative' : 'positive'} whole number of minor units.`);
  }
  return ok(null);
}

/** The shift that is open on this till, if any (one at a time). */
export function currentShift(db: TillDb): Promise<ShiftRow | undefined> {
  return db.shifts.where('status').equals('open').first();
}

export async function openShift(db: TillDb, input: { staffId: string; openingFloat: number; now?: Date }): Promise<Result<ShiftRow>> {
  const amount = checkAmount(input.openingFloat, 'The opening float', true);
  if (!amount.ok) return amount;
  const now = (input.now ?? new Date()).toISOString();
  return storageGuard('shift', () =>
    db.transaction('rw', [db.settings, db.shifts, db.outbox], async () => {
      const location = (await db.settings.get('location')) as SettingRow<'location'> | undefined;
      if (!location) return err('not_paired', 'This till is not paired with a location yet.');
      if (await currentShift(db)) return err('shift_already_open', 'A shift is already open on this till.');
      const shift: ShiftRow = {
        id: newId('shf'),
        location_id: location.value.id,
        staff_id: input.staffId,
        opened_at: now,
        opening_float: input.openingFloat,
        status: 'open',
        closed_at: null,
        closed_by: null,
        counted_cash: null,
        report: null,
      };
      await db.shifts.add(shift);
      await appendMutation(
        db,
        'shift.opened',
        { shift: { id: shift.id, location_id: shift.location_id, staff_id: shift.staff_id, opened_at: now, opening_float: shift.opening_float } },
        now,
      );
      return ok(shift);
    }),
  );
}

export async function recordCashMovement(
  db: TillDb,
  input: { kind: CashMovementRecord['kind']; amount: number; reason: string; staffId: string; approvedBy?: string | null; now?: Date },
): Promise<Result<CashMovementRow>> {
  if (!['paid_in', 'paid_out', 'drop', 'no_sale'].includes(input.kind)) return err('invalid_kind', `Unknown cash movement "${String(input.kind)}".`);
  // A no-sale opens the drawer and moves no money; every other movement moves some.
  if (input.kind === 'no_sale' && input.amount !== 0) return err('invalid_amount', 'A no-sale moves no money: its amount is 0.');
  const amount = checkAmount(input.amount, 'The amount', input.kind === 'no_sale');
  if (!amount.ok) return amount;
  const now = (input.now ?? new Date()).toISOString();
  return storageGuard('cash movement', () =>
    db.transaction('rw', [db.settings, db.shifts, db.cashMovements, db.outbox], async () => {
      const shift = await currentShift(db);
      if (!shift) return err('no_open_shift', 'Open a shift first.');
      const movement: CashMovementRecord = {
        id: newId('csh'),
        shift_id: shift.id,
        staff_id: input.staffId,
        kind: input.kind,
        amount: input.amount,
        reason: input.reason,
        created_at: now,
        ...(input.approvedBy ? { approved_by: input.approvedBy } : {}),
      };
      await db.cashMovements.add(movement);
      await appendMutation(db, 'cash.movement', { movement }, now);
      return ok(movement);
    }),
  );
}

/** The X report of a shift (or, with `countedCash`, the figures a Z report would show). Read-only. */
export async function shiftReport(db: TillDb, shiftId: string, countedCash: number | null = null): Promise<Result<ShiftReport>> {
  return storageGuard('shift report', () =>
    db.transaction('r', [db.shifts, db.orders, db.payments, db.refunds, db.cashMovements], async () => {
      const shift = await db.shifts.get(shiftId);
      if (!shift) return err('unknown_shift', `No shift ${shiftId} on this till.`);
      if (shift.report && countedCash === null) return ok(shift.report);
      const orders = await db.orders.where('shift_id').equals(shiftId).toArray();
      const payments = await db.payments.where('shift_id').equals(shiftId).toArray();
      const refunds = await db.refunds.where('shift_id').equals(shiftId).toArray();
      const movements = await db.cashMovements.where('shift_id').equals(shiftId).toArray();
      return ok(
        computeShiftReport({
          shift: { id: shift.id, opened_at: shift.opened_at, closed_at: shift.closed_at, opening_float: shift.opening_float },
          orders: orders.map((order) => ({
            order: { id: order.id, totals: order.totals, payments: payments.filter((p) => p.order_id === order.id) },
            voided: order.status === 'voided',
          })),
          refunds: refunds.map((r) => ({ amount: r.amount, method: r.method })),
          // A no-sale opens the drawer and moves no money, and cash given back went in and out again:
          // both are audit, not figures of the report.
          cashMovements: movements.flatMap((m) => (m.kind === 'no_sale' || m.kind === 'given_back' ? [] : [{ kind: m.kind, amount: m.amount }])),
          countedCash,
        }),
      );
    }),
  );
}

/** Closes the open shift with the counted cash: stores the Z report and queues `shift.closed`. */
export async function closeShift(
  db: TillDb,
  input: { staffId: string; countedCash: number; approvedBy?: string | null; now?: Date },
): Promise<Result<ShiftRow>> {
  const amount = checkAmount(input.countedCash, 'The counted cash', true);
  if (!amount.ok) return amount;
  const now = (input.now ?? new Date()).toISOString();
  return storageGuard('shift close', () =>
    db.transaction('rw', [db.settings, db.shifts, db.orders, db.payments, db.refunds, db.cashMovements, db.outbox, db.takenTenders], async () => {
      const shift = await currentShift(db);
      if (!shift) return err('no_open_shift', 'No shift is open.');
      // Money taken on a sale not yet recorded is in the drawer but in no report: finish or give it back first.
      const held = (await db.takenTenders.toArray()).filter((t) => t.returned_at === null);
      if (held.length > 0) {
        const total = held.reduce((sum, t) => sum + t.amount, 0);
        return err(
          'tenders_held',
          `A sale holds ${held.length} tender(s) taken but not yet recorded (${total} in minor units): finish that sale or give them back before closing the shift.`,
        );
      }
      const report = await shiftReport(db, shift.id, input.countedCash);
      if (!report.ok) return report;
      const z: ShiftReport = { ...report.value, closed_at: now };
      const closed: ShiftRow = { ...shift, status: 'closed', closed_at: now, closed_by: input.staffId, counted_cash: input.countedCash, report: z };
      await db.shifts.put(closed);
      await appendMutation(
        db,
        'shift.closed',
        {
          shift_id: shift.id,
          staff_id: input.staffId,
          closed_at: now,
          counted_cash: input.countedCash,
          report: z,
          ...(input.approvedBy ? { approved_by: input.approvedBy } : {}),
        },
        now,
      );
      return ok(closed);
    }),
  );
}
