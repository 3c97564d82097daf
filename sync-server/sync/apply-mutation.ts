// Applies one till mutation inside its savepoint of the push's transaction: writes the orders,
// payments, refunds, shifts or cash movements and records their events in that same transaction.
// A business rule that fails returns an error (the mutation is recorded as rejected), never throws.
// A price changed at the till travels on its line (price_override) and is checked with the sale (till-sale-checks.ts, price-overrides.ts).
// A part of a sale the server leaves out (an unknown customer) is returned as a note: the sale is kept.
//
// Events a till emits (docs/sync.md): a sale → order.created, payment.succeeded per tender,
// order.paid (plus inventory.* from stock); paying an API order → payment.succeeded…, order.paid;
// a void → order.voided; a refund → order.refunded; a Z report → shift.closed; a declined or aborted
// card payment → payment.failed. A settings change (settings.changed) is audit only: no event.
//
// Each kind is applied in its own file: orders and payments in apply-order-mutations.ts (a till sale's
// rules in till-sale-checks.ts), shifts and cash in apply-shift-mutations.ts, settings in settings-changes.ts.
import { err, type Result } from '../../core/result';
import type { TypedMutation } from '../../core/sync/mutations';
import type { Queryable } from '../storage/database';
import { applyOrderCompleted, applyPaymentFailed, applyRefund, applyVoid } from './apply-order-mutations';
import { applyCashMovement, applyShiftClosed, applyShiftOpened } from './apply-shift-mutations';
import type { DevicePrincipal } from './devices';
import { applySettingsChange } from './settings-changes';

/** What the server left out of an applied mutation, with why (the push result carries it as `error`). */
export interface AppliedNote {
  code: string;
  message: string;
}
export type Applied = Result<AppliedNote | null>;

export async function applyMutation(tx: Queryable, device: DevicePrincipal, mutation: TypedMutation): Promise<Applied> {
  switch (mutation.type) {
    case 'order.completed': {
      const order = (mutation as TypedMutation<'order.completed'>).payload.order;
      if (order.location_id !== device.locationId) return err('wrong_location', `Order ${order.id} is for another location.`);
      return applyOrderCompleted(tx, device, order);
    }
    case 'order.voided':
      return applyVoid(tx, device, (mutation as TypedMutation<'order.voided'>).payload);
    case 'order.refunded':
      return applyRefund(tx, device, (mutation as TypedMutation<'order.refunded'>).payload.refund);
    case 'shift.opened':
      return applyShiftOpened(tx, device, (mutation as TypedMutation<'shift.opened'>).payload.shift);
    case 'shift.closed':
      return applyShiftClosed(tx, device, (mutation as TypedMutation<'shift.closed'>).payload);
    case 'cash.movement':
      return applyCashMovement(tx, device, (mutation as TypedMutation<'cash.movement'>).payload.movement);
    case 'payment.failed':
      return applyPaymentFailed(tx, device, (mutation as TypedMutation<'payment.failed'>).payload.payment);
    case 'settings.changed':
      return applySettingsChange(tx, device, (mutation as TypedMutation<'settings.changed'>).payload.change);
  }
}
