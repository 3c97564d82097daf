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

/** Bounds on an integrator-supplied secret's decoded key (Svix: 24–64 bytes; ours are 32). */
export const SUPPLIED_SECRET_MIN_BYTES = 24;
export const SUPPLIED_SECRET_MAX_BYTES = 64;
/** Different byte values a supplied key must contain: random keys of 24+ bytes have ~23 or more. */
export const SUPPLIED_SECRET_MIN_DISTINCT = 16;

/**
 * Why an integrator-supplied secret cannot sign (null when it can): it must be `whsec_` + standard
 * base64 (Standard Webhooks verifiers decode it), of 24–64 bytes, and look random.
 */
export function suppliedSecretProblem(value: string): { code: string; message: string } | null {
  const encoded = value.startsWith(SECRET_PREFIX) ? value.slice(SECRET_PREFIX.length) : null;
  if (encoded === null || !/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(encoded) || encoded === '') {
    return {
      code: 'secret_format',
      message: 'secret must be "whsec_" followed by standard base64 (A–Z, a–z, 0–9, +, /, = padding) of random bytes, e.g. whsec_ + `openssl rand -base64 32`.',
    };
  }
  const key = Buffer.from(encoded, 'base64');
  if (key.length < SUPPLIED_SECRET_MIN_BYTES) {
    return {
      code: 'secret_too_short',
      message: `secret must encode at least ${SUPPLIED_SECRET_MIN_BYTES} random bytes (this one encodes ${key.length}); generate one with \`openssl rand -base64 32\`.`,
    };
  }
  if (key.length > SUPPLIED_SECRET_MAX_BYTES) {
    return { code: 'secret_too_long', message: `secret must encode at most ${SUPPLIED_SECRET_MAX_BYTES} bytes (this one encodes ${key.length}).` };
  }
  if (new Set(key).size < SUPPLIED_SECRET_MIN_DISTINCT) {
    return {
      code: 'secret_too_weak',
      message: `secret is not random enough: its bytes must take at least ${SUPPLIED_SECRET_MIN_DISTINCT} different values (this one has ${new Set(key).size}); generate one with \`openssl rand -base64 32\`.`,
    };
  }
  return null;
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
