// Signatures on every delivery (SPEC §5.5): X-Pos-Signature as the integrator guide describes
// (HMAC-SHA256 keyed by the whole `whsec_…` string over "<t>.<body>", hex) and the Standard Webhooks
// headers (keyed by the secret's decoded bytes over "<id>.<t>.<body>", base64).
import { createHmac, randomBytes } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';
export const USER_AGENT = 'AnywherePOS-Webhooks/1';

/** `whsec_` + base64 of 32 random bytes. */
export function generateSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

export function isSecret(value: string): boolean {
  return value.startsWith(SECRET_PREFIX) && Buffer.from(value.slice(SECRET_PREFIX.length), 'base64').length === 32;
}

/** `t=<unix>,v1=<hex>[,v1=<hex>…]`: one v1 per secret, in the order given (newest first). */
export function posSignature(secrets: readonly string[], timestamp: number, body: string): string {
  const parts = secrets.map((secret) => `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`);
  return [`t=${timestamp}`, ...parts].join(',');
}

/** Standard Webhooks `webhook-signature`: space-separated `v1,<base64>` per secret. */
export function standardSignature(secrets: readonly string[], messageId: string, timestamp: number, body: string): string {
  return secrets
    .map((secret) => {
      const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
      return `v1,${createHmac('sha256', key).update(`${messageId}.${timestamp}.${body}`).digest('base64')}`;
    })
    .join(' ');
}

export interface SignedHeaders {
  [name: string]: string;
}

export interface DeliveryHeaderInput {
  eventId: string;
  eventType: string;
  deliveryId: string;
  /** Valid secrets, newest first. */
  secrets: readonly string[];
  timestamp: number;
  body: string;
}

/** Every header a delivery carries; the body signed is exactly the body sent. */
export function deliveryHeaders(input: DeliveryHeaderInput): SignedHeaders {
  return {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    'x-pos-event-id': input.eventId,
    'x-pos-event-type': input.eventType,
    'x-pos-delivery-id': input.deliveryId,
    'x-pos-signature': posSignature(input.secrets, input.timestamp, input.body),
    'webhook-id': input.eventId,
    'webhook-timestamp': String(input.timestamp),
    'webhook-signature': standardSignature(input.secrets, input.eventId, input.timestamp, input.body),
  };
}
