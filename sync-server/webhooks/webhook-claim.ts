// Taking deliveries off the database queue (SPEC §5.5): a claim round takes endpoints no other
// dispatcher holds (FOR UPDATE SKIP LOCKED, so any number of workers and instances share the queue),
// leases a window of each one's due deliveries and returns what each attempt needs — delivery,
// endpoint, envelope and the endpoint's signing secrets — from the same statement; manual attempts
// lease one delivery and load its context the same way.
import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '../../core/events/envelope';
import { ENVELOPE_SQL } from '../events/events-feed';
import type { Queryable } from '../storage/database';
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
  eventId: string;
  eventType: string;
  /** Shared by the contexts of one endpoint in a claim (its columns come once per endpoint). */
  endpoint: { id: string; url: string; payload: PayloadMode; headers: Record<string, string> };
  /** The envelope as JSON text: written by the database (the feed's ENVELOPE_SQL), or a test send's sample. */
  envelopeJson: string;
  /** The endpoint's sealed signing secrets, newest first (opened once per endpoint per round). */
  sealedSecrets: string[];
}

export interface Lease {
  id: string;
  endpoint_id: string;
  lease_token: string;
  /** Null when the delivery's event or endpoint is gone (deleted meanwhile). */
  context: AttemptContext | null;
}

interface ContextRow {
  id: string;
  lease_token: string | null;
  endpoint_id: string;
  event_id: string | null;
  event_type: string;
  test_envelope: EventEnvelope | null;
  /** The event's envelope as JSON text; null for a test send, or when the event is gone. */
  body: string | null;
  /** url, payload, headers, sealed secrets: on one row per endpoint only (null on the others). */
  endpoint: [string | null, PayloadMode | null, Record<string, string> | null, string[] | null] | null;
}

/**
 * The select list of a context: `d` is the (leased) delivery, `e` its endpoint, `ev` its event and
 * `s` the endpoint's live secrets aggregated once per endpoint. Per row only a few text columns and
 * the body as the database writes it — pg then parses neither times, arrays nor the event's data per
 * row (that was most of a 128-row claim's time in Node); the endpoint's columns come on one row of it.
 */
const CONTEXT_SELECT = `d.id, d.lease_token, d.endpoint_id, d.event_id, d.event_type, d.test_envelope, ${ENVELOPE_SQL} AS body,
  CASE WHEN row_number() OVER (PARTITION BY d.endpoint_id) = 1 THEN json_build_array(e.url, e.payload, e.headers, s.sealed) END AS endpoint`;

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

/** The contexts of a claim's rows, in order: each endpoint's columns are read once, from the row that has them. */
function contextsOf(rows: readonly ContextRow[]): (AttemptContext | null)[] {
  const endpoints = new Map<string, { endpoint: AttemptContext['endpoint']; sealedSecrets: string[] } | null>();
  for (const row of rows) {
    if (!row.endpoint) continue;
    const [url, payload, headers, sealed] = row.endpoint;
    endpoints.set(
      row.endpoint_id,
      url === null || payload === null ? null : { endpoint: { id: row.endpoint_id, url, payload, headers: headers ?? {} }, sealedSecrets: sealed ?? [] },
    );
  }
  return rows.map((row) => {
    const endpoint = endpoints.get(row.endpoint_id);
    if (!endpoint) return null;
    const test = row.test_envelope;
    if (test) return { deliveryId: row.id, eventId: test.id, eventType: test.type, envelopeJson: JSON.stringify(test), ...endpoint };
    if (row.body === null || row.event_id === null) return null;
    return { deliveryId: row.id, eventId: row.event_id, eventType: row.event_type, envelopeJson: row.body, ...endpoint };
  });
}

/**
 * The claim round, one statement ($1 this dispatcher, $2 endpoints to skip, $3 endpoints at most,
 * $4 the window per endpoint, $5 the lease in ms, $6 deliveries at most). `taken` locks and takes the
 * endpoints with a due delivery that nobody else holds (FOR NO KEY UPDATE SKIP LOCKED; a row another
 * dispatcher took since this statement's snapshot is re-checked on its newest version, so two
 * dispatchers never both take one), longest-waiting first; `leased` leases each one's first `$4` due
 * deliveries — a bounded range of webhook_deliveries_pending, never the whole pending set — until the
 * same moment the endpoint is held; the result joins them to endpoint, event and secrets.
 */
export const CLAIM_SQL = `WITH taken AS (
       UPDATE webhook_endpoints e SET dispatcher_id = $1, dispatcher_until = now() + $5 * interval '1 millisecond'
       FROM (
         SELECT e.id, waiting.due FROM webhook_endpoints e
         CROSS JOIN LATERAL (
           SELECT d.next_attempt_at AS due FROM webhook_deliveries d
           WHERE d.endpoint_id = e.id AND d.status = 'pending' AND d.next_attempt_at <= now() AND (d.lease_until IS NULL OR d.lease_until <= now())
           ORDER BY d.next_attempt_at, d.id LIMIT 1
         ) waiting
         WHERE e.enabled
           AND (e.dispatcher_id IS NULL OR e.dispatcher_id = $1 OR e.dispatcher_until <= now()) AND e.id <> ALL ($2::text[])
         ORDER BY waiting.due, e.id
         LIMIT $3
         FOR NO KEY UPDATE OF e SKIP LOCKED
       ) pick
       WHERE e.id = pick.id
       RETURNING e.id
     ), picked AS (
       SELECT d.id, d.next_attempt_at FROM taken CROSS JOIN LATERAL (
         SELECT d.id, d.next_attempt_at FROM webhook_deliveries d
         WHERE d.endpoint_id = taken.id AND d.status = 'pending' AND d.next_attempt_at <= now() AND (d.lease_until IS NULL OR d.lease_until <= now())
         ORDER BY d.next_attempt_at, d.id
         LIMIT $4
       ) d
       ORDER BY d.next_attempt_at, d.id
       LIMIT $6
     ), leased AS (
       UPDATE webhook_deliveries d
       SET lease_until = now() + $5 * interval '1 millisecond', lease_token = gen_random_uuid()::text, updated_at = now()
       -- By primary key: written as "= 'pending'", the pending index's predicate would let a planner without
       -- statistics (a fresh or just-filled table) scan every pending row for the ids instead.
       WHERE d.id = ANY (ARRAY(SELECT id FROM picked)) AND d.status NOT IN ('succeeded', 'failed') AND (d.lease_until IS NULL OR d.lease_until <= now())
       RETURNING d.id, d.lease_token, d.endpoint_id, d.event_id, d.event_type, d.test_envelope, d.next_attempt_at
     ), ${secretsCte('ARRAY(SELECT id FROM taken)')}
     SELECT ${CONTEXT_SELECT} FROM leased d ${CONTEXT_JOINS}
     ORDER BY d.next_attempt_at, d.id`;

export interface ClaimOptions {
  /** The claiming dispatcher: the endpoints it takes are its own until its leases run out. */
  dispatcherId?: string;
  /** Deliveries leased per endpoint (the window ahead of the cap); default the cap. */
  window?: number;
  /** Endpoints not to claim for (this dispatcher's window for them is still full, or closing). */
  skip?: readonly string[];
}

/**
 * Claims up to `max` due deliveries, a window per endpoint, for endpoints no other dispatcher holds,
 * and returns them with their contexts — one statement, whatever the backlog. The endpoints it leased
 * for are this dispatcher's until its leases run out: it alone keeps their cap (in memory), so the
 * claim counts no leases. A fresh `dispatcherId` (the default) is a dispatcher of its own.
 */
export async function claimDueDeliveries(db: Queryable, policy: LeasePolicy, max: number, options: ClaimOptions = {}): Promise<Lease[]> {
  if (max <= 0) return [];
  const window = Math.max(1, options.window ?? policy.concurrencyPerEndpoint);
  const endpoints = Math.max(16, Math.ceil(max / window));
  // The UPDATE re-checks the lease on the row itself, so a manual attempt that leased it meanwhile wins.
  const { rows } = await db.query<ContextRow>(CLAIM_SQL, [options.dispatcherId ?? randomUUID(), options.skip ?? [], endpoints, window, policy.leaseMs, max]);
  const contexts = contextsOf(rows);
  return rows.map((row, i) => ({ id: row.id, endpoint_id: row.endpoint_id, lease_token: row.lease_token!, context: contexts[i]! }));
}

/** The context of one delivery for an attempt outside the schedule (manual retry, test send); null when gone. */
export async function loadAttemptContext(db: Queryable, deliveryId: string): Promise<AttemptContext | null> {
  const { rows } = await db.query<ContextRow>(
    `WITH ${secretsCte('ARRAY(SELECT endpoint_id FROM webhook_deliveries WHERE id = $1)')}
     SELECT ${CONTEXT_SELECT} FROM webhook_deliveries d ${CONTEXT_JOINS} WHERE d.id = $1`,
    [deliveryId],
  );
  return contextsOf(rows)[0] ?? null;
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

/**
 * Gives leased deliveries back before their leases run out (not sent: the window outlived its time, the
 * endpoint answered 410 or was disabled, the dispatcher stops, or an attempt could not be prepared).
 * Those of a disabled endpoint end as failed, as disabling fails what is pending (replay recovers them).
 */
export async function releaseLeases(db: Queryable, leases: readonly Pick<Lease, 'id' | 'lease_token'>[]): Promise<void> {
  if (leases.length === 0) return;
  await db.query(
    `UPDATE webhook_deliveries d SET lease_until = NULL, lease_token = NULL, updated_at = now(),
       status = CASE WHEN e.enabled THEN d.status ELSE 'failed' END,
       completed_at = CASE WHEN e.enabled THEN d.completed_at ELSE now() END,
       last_error = CASE WHEN e.enabled THEN d.last_error ELSE 'endpoint disabled: ' || COALESCE(e.disabled_reason, 'disabled') END
     FROM unnest($1::text[], $2::text[]) AS r(id, token), webhook_endpoints e
     WHERE d.id = r.id AND d.lease_token = r.token AND d.status = 'pending' AND e.id = d.endpoint_id`,
    [leases.map((l) => l.id), leases.map((l) => l.lease_token)],
  );
}

/** Lets go of every endpoint this dispatcher holds (it stops; its leases were given back or recorded). */
export async function releaseEndpoints(db: Queryable, dispatcherId: string): Promise<void> {
  await db.query('UPDATE webhook_endpoints SET dispatcher_id = NULL, dispatcher_until = NULL WHERE dispatcher_id = $1', [dispatcherId]);
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
