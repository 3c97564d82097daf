// Taking deliveries off the database queue (SPEC §5.5): a claim round leases a batch per endpoint
// (FOR UPDATE SKIP LOCKED, so any number of workers and instances share the queue) and returns what
// each attempt needs — delivery, endpoint, envelope and the endpoint's signing secrets — from the
// same statement; manual attempts lease one delivery and load its context the same way.
import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '../../core/events/envelope';
import { envelopeFromRow, type EventRow } from '../events/outbox';
import type { Database, Queryable } from '../storage/database';
import type { SecretBox } from './secret-box';
import { openSecrets, type PayloadMode } from './webhook-store';

/** What the claim needs of the delivery policy. */
export interface LeasePolicy {
  concurrencyPerEndpoint: number;
  /** How long a claimed delivery belongs to its worker (longer than the attempt timeout). */
  leaseMs: number;
}

/** Everything one attempt needs, read in the claim (or, for a manual attempt, in one query). */
export interface AttemptContext {
  deliveryId: string;
  endpoint: { id: string; url: string; payload: PayloadMode; headers: Record<string, string> };
  envelope: EventEnvelope;
  /** The endpoint's sealed signing secrets, newest first (opened once per endpoint per round). */
  sealedSecrets: string[];
}

export interface Lease {
  id: string;
  lease_token: string;
  /** Null when the delivery's event or endpoint is gone (deleted meanwhile). */
  context: AttemptContext | null;
}

interface ContextRow {
  id: string;
  lease_token: string | null;
  endpoint_id: string;
  test_envelope: EventEnvelope | null;
  url: string | null;
  payload: PayloadMode | null;
  headers: Record<string, string> | null;
  sealed: string[] | null;
  ev_id: string | null;
  ev_seq: number;
  ev_business_id: string;
  ev_type: string;
  ev_location_id: string | null;
  ev_device_id: string | null;
  ev_api_version: string;
  ev_occurred_at: Date;
  ev_created_at: Date;
  ev_xact_id: string;
  ev_livemode: boolean;
  ev_data: Record<string, unknown>;
}

/**
 * The select list of a context: `d` is the (leased) delivery, `e` its endpoint, `ev` its event and
 * `s` the endpoint's live secrets aggregated once per endpoint.
 */
const CONTEXT_SELECT = `d.id, d.lease_token, d.endpoint_id, d.test_envelope, e.url, e.payload, e.headers, s.sealed,
  ev.id AS ev_id, ev.seq AS ev_seq, ev.business_id AS ev_business_id, ev.type AS ev_type, ev.location_id AS ev_location_id,
  ev.device_id AS ev_device_id, ev.api_version AS ev_api_version, ev.occurred_at AS ev_occurred_at, ev.created_at AS ev_created_at,
  ev.xact_id::text AS ev_xact_id, ev.livemode AS ev_livemode, ev.data AS ev_data`;

const CONTEXT_JOINS = `LEFT JOIN webhook_endpoints e ON e.id = d.endpoint_id
  LEFT JOIN events ev ON ev.id = d.event_id
  LEFT JOIN secrets s ON s.endpoint_id = d.endpoint_id`;

/** Live secrets of the endpoints in `$n`, one row per endpoint. */
const secretsCte = (param: string) =>
  `secrets AS (
     SELECT endpoint_id, array_agg(sealed ORDER BY id DESC) AS sealed FROM webhook_secrets
     WHERE endpoint_id = ANY (${param}) AND (expires_at IS NULL OR expires_at > now())
     GROUP BY endpoint_id
   )`;

function contextOf(row: ContextRow): AttemptContext | null {
  if (row.url === null || row.payload === null) return null;
  let envelope = row.test_envelope;
  if (!envelope) {
    if (row.ev_id === null) return null;
    const event: EventRow = {
      id: row.ev_id,
      seq: row.ev_seq,
      business_id: row.ev_business_id,
      type: row.ev_type,
      location_id: row.ev_location_id,
      device_id: row.ev_device_id,
      api_version: row.ev_api_version,
      occurred_at: row.ev_occurred_at,
      created_at: row.ev_created_at,
      xact_id: row.ev_xact_id,
      livemode: row.ev_livemode,
      data: row.ev_data,
    };
    envelope = envelopeFromRow(event);
  }
  return {
    deliveryId: row.id,
    endpoint: { id: row.endpoint_id, url: row.url, payload: row.payload, headers: row.headers ?? {} },
    envelope,
    sealedSecrets: row.sealed ?? [],
  };
}

/** Statement 1 of a claim round ($1 endpoints at most, $2 the per-endpoint cap). */
export const CLAIM_ENDPOINTS_SQL = `SELECT e.id FROM webhook_endpoints e
     CROSS JOIN LATERAL (
       SELECT d.next_attempt_at AS due FROM webhook_deliveries d
       WHERE d.endpoint_id = e.id AND d.status = 'pending' AND d.next_attempt_at <= now() AND (d.lease_until IS NULL OR d.lease_until <= now())
       ORDER BY d.next_attempt_at, d.id LIMIT 1
     ) waiting
     WHERE e.enabled
       AND (SELECT count(*) FROM webhook_deliveries f
            WHERE f.endpoint_id = e.id AND f.status = 'pending' AND f.lease_until IS NOT NULL AND f.lease_until > now()) < $2
     ORDER BY waiting.due, e.id
     LIMIT $1
     FOR NO KEY UPDATE OF e SKIP LOCKED`;

/** Statement 2 ($1 the locked endpoints, $2 the cap, $3 deliveries at most, $4 the lease in ms). */
export const CLAIM_LEASES_SQL = `WITH room AS (
       SELECT ep.id, $2 - (SELECT count(*) FROM webhook_deliveries f
                           WHERE f.endpoint_id = ep.id AND f.status = 'pending' AND f.lease_until IS NOT NULL AND f.lease_until > now()) AS room
       FROM unnest($1::text[]) AS ep(id)
     ), ranked AS (
       SELECT d.id, d.next_attempt_at, row_number() OVER (PARTITION BY room.id ORDER BY d.next_attempt_at, d.id) AS rn, room.room
       FROM room CROSS JOIN LATERAL (
         SELECT d.id, d.next_attempt_at FROM webhook_deliveries d
         WHERE d.endpoint_id = room.id AND d.status = 'pending' AND d.next_attempt_at <= now()
           AND (d.lease_until IS NULL OR d.lease_until <= now())
         ORDER BY d.next_attempt_at, d.id
         LIMIT $2
       ) d
     ), picked AS (
       SELECT id FROM ranked WHERE rn <= room ORDER BY next_attempt_at, id LIMIT $3
     ), leased AS (
       UPDATE webhook_deliveries d
       SET lease_until = clock_timestamp() + $4 * interval '1 millisecond', lease_token = gen_random_uuid()::text, updated_at = now()
       FROM picked
       WHERE d.id = picked.id AND d.status = 'pending' AND (d.lease_until IS NULL OR d.lease_until <= now())
       RETURNING d.id, d.lease_token, d.endpoint_id, d.event_id, d.test_envelope, d.next_attempt_at
     ), ${secretsCte('$1::text[]')}
     SELECT ${CONTEXT_SELECT} FROM leased d ${CONTEXT_JOINS}
     ORDER BY d.next_attempt_at, d.id`;

/**
 * Claims up to `max` due deliveries, a batch per endpoint within its cap across every worker, and
 * returns them with their contexts. Two statements in one transaction, whatever the backlog:
 *
 * 1. Lock the endpoints that have a due delivery and room under their cap (skipping ones another
 *    worker is claiming for; longest-waiting first, so endpoints that hang never crowd out the
 *    others). Each is two index probes: its earliest due delivery on webhook_deliveries_pending
 *    (endpoint_id, next_attempt_at, id) WHERE status = 'pending', its leases on
 *    webhook_deliveries_leased.
 * 2. In a fresh snapshot (which sees every lease already committed for the locked endpoints), lease
 *    each endpoint's first `room` due deliveries — a bounded range of the same index, never the whole
 *    pending set — and join the leased rows to their endpoint, event and secrets.
 */
export async function claimDueDeliveries(db: Database, policy: LeasePolicy, max: number): Promise<Lease[]> {
  if (max <= 0) return [];
  return db.transaction(async (tx) => {
    const endpoints = await tx.query<{ id: string }>(CLAIM_ENDPOINTS_SQL, [Math.max(max, 16), policy.concurrencyPerEndpoint]);
    if (endpoints.rows.length === 0) return [];
    // The UPDATE re-checks the lease on the row itself, so a manual attempt that leased it meanwhile wins.
    const { rows } = await tx.query<ContextRow>(CLAIM_LEASES_SQL, [endpoints.rows.map((r) => r.id), policy.concurrencyPerEndpoint, max, policy.leaseMs]);
    return rows.map((row) => ({ id: row.id, lease_token: row.lease_token!, context: contextOf(row) }));
  });
}

/** The context of one delivery for an attempt outside the schedule (manual retry, test send); null when gone. */
export async function loadAttemptContext(db: Queryable, deliveryId: string): Promise<AttemptContext | null> {
  const { rows } = await db.query<ContextRow>(
    `WITH ${secretsCte('ARRAY(SELECT endpoint_id FROM webhook_deliveries WHERE id = $1)')}
     SELECT ${CONTEXT_SELECT} FROM webhook_deliveries d ${CONTEXT_JOINS} WHERE d.id = $1`,
    [deliveryId],
  );
  return rows[0] ? contextOf(rows[0]) : null;
}

/** Leases one delivery for an attempt outside the schedule (manual retry, test send). Null when a worker holds it. */
export async function leaseForManualAttempt(db: Queryable, deliveryId: string, policy: Pick<LeasePolicy, 'leaseMs'>): Promise<string | null> {
  const token = randomUUID();
  const { rowCount } = await db.query(
    `UPDATE webhook_deliveries SET lease_until = clock_timestamp() + $2 * interval '1 millisecond', lease_token = $3, updated_at = now()
     WHERE id = $1 AND (lease_until IS NULL OR lease_until <= now())`,
    [deliveryId, policy.leaseMs, token],
  );
  return rowCount > 0 ? token : null;
}

/** Gives a leased delivery back before its lease runs out (its attempt could not even be prepared). */
export async function releaseLease(db: Queryable, deliveryId: string, leaseToken: string): Promise<void> {
  await db.query('UPDATE webhook_deliveries SET lease_until = NULL, lease_token = NULL, updated_at = now() WHERE id = $1 AND lease_token = $2', [
    deliveryId,
    leaseToken,
  ]);
}

/** Opens each endpoint's secrets once (a claim round leases several deliveries per endpoint). */
export function secretsOpener(box: SecretBox): (context: AttemptContext) => string[] {
  const opened = new Map<string, string[]>();
  return (context) => {
    let secrets = opened.get(context.endpoint.id);
    if (!secrets) {
      secrets = openSecrets(box, context.sealedSecrets, context.endpoint.id);
      opened.set(context.endpoint.id, secrets);
    }
    return secrets;
  };
}
