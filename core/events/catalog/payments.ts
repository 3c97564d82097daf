// Payment events: the API v1 payment object; its sample card payment is also the one inside the sample orders.
import { Type } from 'typebox';
import { PaymentSchema } from '../../api/orders';
import { AT, DEV, ORD, define, objectData, str, type EventDefinition, type ThinData } from './define';
import type { EventType } from './event-types';

const paymentThin = (o: Record<string, unknown>): ThinData => ({ id: str(o.id), url: `/api/v1/orders/${str(o.order_id)}` });

export const SAMPLE_TIP = 150;

export /** A card payment; a succeeded one carries a 1.50 tip (the terminal charged amount + tip). */
const samplePayment = (status: 'succeeded' | 'failed', amount = 980) => ({
  id: 'pay_01KAQ3C2D4F6H8K0M2P4R6T8V0',
  object: 'payment' as const,
  order_id: ORD,
  method: 'card' as const,
  status,
  amount,
  tip: status === 'succeeded' ? SAMPLE_TIP : 0,
  tendered: null,
  change: null,
  reference: 'ZVT-000123',
  card: { brand: 'visa', last4: '4242' },
  device_id: DEV,
  livemode: true,
  occurred_at: AT,
  created_at: AT,
});

export const PAYMENT_EVENTS = {
  'payment.succeeded': define('payment.succeeded', 'A payment was taken.', objectData(PaymentSchema), samplePayment('succeeded'), paymentThin),
  'payment.failed': define(
    'payment.failed',
    'A payment attempt took no money: a card declined, aborted or timed out at a till, or a failed external payment reported through the API; `failure_code` and `failure_message` say why. The order is unchanged.',
    objectData(PaymentSchema),
    { ...samplePayment('failed'), reference: null, card: null, failure_code: 'declined', failure_message: 'Card declined: Declined' },
    paymentThin,
  ),
  'payment.updated': define(
    'payment.updated',
    'A payment changed after it was taken (money refunded to it); data.previous_attributes holds the old values of what changed.',
    Type.Object({ object: PaymentSchema, previous_attributes: Type.Object({}, { additionalProperties: true }) }),
    { ...samplePayment('succeeded'), amount_refunded: 980 },
    paymentThin,
    false,
    { previous_attributes: { amount_refunded: 0 } },
  ),
} satisfies Partial<Record<EventType, EventDefinition>>;
