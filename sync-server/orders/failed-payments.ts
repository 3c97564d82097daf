// Payment attempts that took no money (SPEC §12 `payment.failed`): a declined, aborted or timed-out card
// payment on a till, or a failed external payment reported through the API. Each is stored and its
// `payment.failed` event recorded in the caller's transaction; the order's money is untouched.
import type { Payment } from '../../core/api/orders';
import { recordEvent } from '../events/outbox';
import type { Queryable } from '../storage/database';

export interface NewFailedPayment {
  id: string;
  businessId: string;
  locationId: string;
  orderId: string;
  source: 'till' | 'api';
  method: Payment['method'];
  amount: number;
  /** the tip that was asked for on top of amount (0 when none) */
  tip?: number;
  currency: string;
  failureCode: string;
  failureMessage: string;
  reference?: string | null;
  card?: Record<string, unknown> | null;
  deviceId?: string | null;
  staffId?: string | null;
  shiftId?: string | null;
  occurredAt: Date | string;
}

/** A failed attempt as API v1 shows it: a Payment with status "failed" and why. */
export type FailedPayment = Payment & { failure_code: string; failure_message: string; location_id: string; currency: string };

/** Stores the attempt and records `payment.failed`; null when an attempt with this id exists (a resend). */
export async function recordFailedPayment(tx: Queryable, attempt: NewFailedPayment): Promise<FailedPayment | null> {
  const { rows } = await tx.query<{ created_at: Date; livemode: boolean }>(
    `INSERT INTO failed_payments (id, business_id, location_id, order_id, source, method, amount, currency, failure_code, failure_message,
       reference, card, device_id, staff_id, shift_id, occurred_at, tip)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     ON CONFLICT (id) DO NOTHING
     RETURNING created_at, livemode`,
    [
      attempt.id,
      attempt.businessId,
      attempt.locationId,
      attempt.orderId,
      attempt.source,
      attempt.method,
      attempt.amount,
      attempt.currency,
      attempt.failureCode,
      attempt.failureMessage,
      attempt.reference ?? null,
      attempt.card ? JSON.stringify(attempt.card) : null,
      attempt.deviceId ?? null,
      attempt.staffId ?? null,
      attempt.shiftId ?? null,
      new Date(attempt.occurredAt),
      attempt.tip ?? 0,
    ],
  );
  if (!rows[0]) return null;
  const payment: FailedPayment = {
    id: attempt.id,
    object: 'payment',
    order_id: attempt.orderId,
    location_id: attempt.locationId,
    method: attempt.method,
    status: 'failed',
    amount: attempt.amount,
    tip: attempt.tip ?? 0,
    currency: attempt.currency,
    tendered: null,
    change: null,
    reference: attempt.reference ?? null,
    card: attempt.card ?? null,
    device_id: attempt.deviceId ?? null,
    failure_code: attempt.failureCode,
    failure_message: attempt.failureMessage,
    livemode: rows[0].livemode,
    occurred_at: new Date(attempt.occurredAt).toISOString(),
    created_at: new Date(rows[0].created_at).toISOString(),
  };
  await recordEvent(tx, {
    businessId: attempt.businessId,
    type: 'payment.failed',
    locationId: attempt.locationId,
    deviceId: attempt.deviceId ?? null,
    occurredAt: attempt.occurredAt,
    data: { object: payment },
  });
  return payment;
}
