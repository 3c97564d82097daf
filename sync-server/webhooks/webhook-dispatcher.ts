// The webhook dispatcher (SPEC §5.5): leases due deliveries from the database queue with
// FOR UPDATE SKIP LOCKED (any number of workers and instances), keeps at most N attempts in flight
// per endpoint, signs and sends each attempt, and records the outcome and the next retry.
import { randomUUID } from 'node:crypto';
import { newId } from '../../core/ids';
import { EVENTS_CHANNEL } from '../events/outbox';
import { DEFAULT_PUBLIC_URL } from '../http/public-url';
import type { Database, Queryable } from '../storage/database';
import { retryTransient } from '../storage/retry-transient';
import type { SecretBox } from './secret-box';
import { deliveryHeaders } from './webhook-signing';
import type { AttemptResult, WebhookSender } from './webhook-sender';
import { deliveryBody, disableEndpoint, loadDeliveryContext, signingSecrets, type DeliveryStatus } from './webhook-store';

/** Recording an attempt stops being retried this long before its lease runs out. */
const RECORD_MARGIN_MS = 2_000;
/** How long a worker keeps trying to give back a lease it could not use (it expires anyway). */
const RELEASE_RETRY_MS = 30_000;

export interface DeliveryPolicy {
  /** Delays after the first attempt (ms); attempts = 1 + its length. */
  retrySchedule: readonly number[];
  retryAfterCapMs: number;
  /** An endpoint whose deliveries keep exhausting every retry for this long is disabled. */
  disableAfterMs: number;
  concurrencyPerEndpoint: number;
  /** How long a claimed delivery belongs to its worker (longer than the attempt timeout). */
  leaseMs: number;
}

export type AttemptMode = 'scheduled' | 'manual' | 'test';

export interface AttemptOutcome {
  attempt: { id: string; number: number; started_at: Date } & AttemptResult;
  status: DeliveryStatus;
  next_attempt_at: Date | null;
}

export interface DispatcherOptions {
  db: Database;
  box: SecretBox;
  sender: WebhookSender;
  policy: DeliveryPolicy;
  /** Fallback poll for due retries and missed notifications. */
  pollIntervalMs?: number;
  /** Attempts this worker runs at once, over all endpoints. */
  maxInFlight?: number;
  log?: (message: string, details?: Record<string, unknown>) => void;
  /** The service's public base URL, for thin payloads' links (asked per attempt: the port may be known only once listening). */
  publicUrl?: () => string;
}

/** The delay before retry number `retry` (1-based) with ±10 % jitter, stretched to a receiver's Retry-After (capped). */
export function retryDelay(policy: Pick<DeliveryPolicy, 'retrySchedule' | 'retryAfterCapMs'>, retry: number, retryAfterMs: number | null, random = Math.random): number {
  const base = policy.retrySchedule[retry - 1]!;
  const jittered = Math.round(base * (0.9 + 0.2 * random()));
  return Math.min(Math.max(jittered, retryAfterMs ?? 0), Math.max(policy.retryAfterCapMs, jittered));
}

/** Claims up to `max` due deliveries, honouring the per-endpoint cap across every worker. */
export async function claimDueDeliveries(db: Database, policy: DeliveryPolicy, max: number): Promise<{ id: string; lease_token: string }[]> {
  if (max <= 0) return [];
  return db.transaction(async (tx) => {
    // Lock the endpoints first (skipping ones another worker is claiming for): the cap count below then
    // runs in a fresh snapshot that sees every lease already committed for them.
    // Endpoints already at their cap are skipped here, and the longest-waiting come first, so endpoints
    // that hang can never crowd out the others.
    // Every lookup is an index probe per enabled endpoint (its earliest due delivery on
    // webhook_deliveries_due, its leases on webhook_deliveries_leased): a backlog of pending
    // deliveries is never scanned (it was: a GROUP BY over every pending row, and a count over them).
    const endpoints = await tx.query<{ id: string }>(
      `SELECT e.id FROM webhook_endpoints e
       CROSS JOIN LATERAL (
         SELECT d.next_attempt_at AS due FROM webhook_deliveries d
         WHERE d.endpoint_id = e.id AND d.status = 'pending' AND d.next_attempt_at <= now() AND (d.lease_until IS NULL OR d.lease_until <= now())
         ORDER BY d.next_attempt_at LIMIT 1
       ) waiting
       WHERE e.enabled
         AND (SELECT count(*) FROM webhook_deliveries f
              WHERE f.endpoint_id = e.id AND f.status = 'pending' AND f.lease_until IS NOT NULL AND f.lease_until > now()) < $2
       ORDER BY waiting.due, e.id
       LIMIT $1
       FOR NO KEY UPDATE OF e SKIP LOCKED`,
      [Math.max(max, 16), policy.concurrencyPerEndpoint],
    );
    if (endpoints.rows.length === 0) return [];
    // The UPDATE re-checks the lease on the row itself, so a manual attempt that leased it meanwhile wins.
    const { rows } = await tx.query<{ id: string; lease_token: string }>(
      `WITH room AS (
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
       )
       UPDATE webhook_deliveries d
       SET lease_until = clock_timestamp() + $4 * interval '1 millisecond', lease_token = gen_random_uuid()::text, updated_at = now()
       FROM picked
       WHERE d.id = picked.id AND d.status = 'pending' AND (d.lease_until IS NULL OR d.lease_until <= now())
       RETURNING d.id, d.lease_token`,
      [endpoints.rows.map((r) => r.id), policy.concurrencyPerEndpoint, max, policy.leaseMs],
    );
    return rows;
  });
}

/** Leases one delivery for an attempt outside the schedule (manual retry, test send). Null when a worker holds it. */
export async function leaseForManualAttempt(db: Queryable, deliveryId: string, policy: DeliveryPolicy): Promise<string | null> {
  const token = randomUUID();
  const { rowCount } = await db.query(
    `UPDATE webhook_deliveries SET lease_until = clock_timestamp() + $2 * interval '1 millisecond', lease_token = $3, updated_at = now()
     WHERE id = $1 AND (lease_until IS NULL OR lease_until <= now())`,
    [deliveryId, policy.leaseMs, token],
  );
  return rowCount > 0 ? token : null;
}

/** Signs and sends one attempt of a leased delivery, then records it and decides what comes next. */
export async function performAttempt(
  deps: { db: Database; box: SecretBox; sender: WebhookSender; policy: DeliveryPolicy; publicUrl?: (() => string) | undefined },
  deliveryId: string,
  leaseToken: string,
  mode: AttemptMode,
): Promise<AttemptOutcome | null> {
  const context = await loadDeliveryContext(deps.db, deliveryId);
  if (!context) return null;
  const { delivery, endpoint, envelope } = context;
  const secrets = await signingSecrets(deps.db, deps.box, endpoint.id);
  const body = deliveryBody(envelope, endpoint.payload, deps.publicUrl?.() ?? DEFAULT_PUBLIC_URL);
  const startedAt = new Date();
  // The endpoint's custom headers first: ours can never be overridden (customHeadersProblem refuses them anyway).
  const headers = { ...endpoint.headers, ...deliveryHeaders({
    eventId: envelope.id,
    eventType: envelope.type,
    deliveryId: delivery.id,
    secrets,
    timestamp: Math.floor(startedAt.getTime() / 1000),
    body,
  }) };
  const result = await deps.sender.send(endpoint.url, headers, body);
  // The receiver has it now: recording that must survive a database restart, or the lease would run
  // out and the delivery be sent again. Retried while the lease (claimed before the send) still holds.
  const record = () => recordAttempt(deps, { deliveryId, leaseToken, mode, startedAt, signature: headers['x-pos-signature']!, result });
  return retryTransient(record, { forMs: Math.max(0, deps.policy.leaseMs - (Date.now() - startedAt.getTime()) - RECORD_MARGIN_MS) });
}

/** Gives a leased delivery back before its lease runs out (its attempt could not even be prepared). */
export async function releaseLease(db: Queryable, deliveryId: string, leaseToken: string): Promise<void> {
  await db.query('UPDATE webhook_deliveries SET lease_until = NULL, lease_token = NULL, updated_at = now() WHERE id = $1 AND lease_token = $2', [deliveryId, leaseToken]);
}

interface AttemptRecord {
  deliveryId: string;
  leaseToken: string;
  mode: AttemptMode;
  startedAt: Date;
  signature: string;
  result: AttemptResult;
}

async function recordAttempt(deps: { db: Database; policy: DeliveryPolicy }, record: AttemptRecord): Promise<AttemptOutcome | null> {
  const { policy } = deps;
  const { result } = record;
  return deps.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ attempt_count: number; status: DeliveryStatus; lease_token: string | null; endpoint_id: string; created_at: Date; next_attempt_at: Date; enabled: boolean }>(
      `SELECT d.attempt_count, d.status, d.lease_token, d.endpoint_id, d.created_at, d.next_attempt_at, e.enabled
       FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE d.id = $1 FOR UPDATE OF d`,
      [record.deliveryId],
    );
    const delivery = rows[0];
    if (!delivery) return null; // endpoint deleted meanwhile
    const number = delivery.attempt_count + 1;
    const attemptId = newId('att');
    await tx.query(
      `INSERT INTO webhook_attempts (id, delivery_id, number, started_at, duration_ms, status_code, error_class, error_message, response_body, signature)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [attemptId, record.deliveryId, number, record.startedAt, result.durationMs, result.statusCode, result.errorClass, result.errorMessage, result.responseBody, record.signature],
    );
    const attempt = { id: attemptId, number, started_at: record.startedAt, ...result };
    // A worker whose lease expired (and was re-claimed) records what it did but decides nothing.
    if (delivery.lease_token !== record.leaseToken) return { attempt, status: delivery.status, next_attempt_at: delivery.next_attempt_at };

    let status: DeliveryStatus = delivery.status;
    let nextAttemptAt: Date | null = status === 'pending' ? delivery.next_attempt_at : null;
    let exhausted = false;
    if (result.ok) {
      status = 'succeeded';
      nextAttemptAt = null;
    } else if (result.statusCode === 410 || record.mode === 'test') {
      status = 'failed';
      nextAttemptAt = null;
    } else if (record.mode === 'scheduled') {
      if (number <= policy.retrySchedule.length) {
        status = 'pending';
        nextAttemptAt = new Date(Date.now() + retryDelay(policy, number, result.retryAfterMs));
      } else {
        status = 'failed';
        nextAttemptAt = null;
        exhausted = true;
      }
    }
    // The endpoint was disabled while this attempt ran: no retry is queued for it (replay recovers).
    let lastError = result.ok ? null : `${result.errorClass}: ${result.errorMessage}`;
    if (status === 'pending' && !delivery.enabled) {
      status = 'failed';
      nextAttemptAt = null;
      lastError = `endpoint disabled (${lastError})`;
    }
    await tx.query(
      `UPDATE webhook_deliveries SET status = $2, attempt_count = $3, next_attempt_at = COALESCE($4, next_attempt_at),
         lease_until = NULL, lease_token = NULL, last_status_code = $5, last_error = $6, updated_at = now(),
         completed_at = CASE WHEN $2 = 'pending' THEN NULL ELSE now() END
       WHERE id = $1`,
      [record.deliveryId, status, number, nextAttemptAt, result.statusCode, lastError],
    );

    if (result.ok) {
      await tx.query('UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL', [delivery.endpoint_id]);
    } else if (result.statusCode === 410) {
      await disableEndpoint(tx, delivery.endpoint_id, `The receiver answered 410 Gone at ${record.startedAt.toISOString()} (delivery ${record.deliveryId}).`);
    } else if (exhausted) {
      const { rows: endpoints } = await tx.query<{ failing_since: Date }>(
        `UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, $2) WHERE id = $1 RETURNING failing_since`,
        [delivery.endpoint_id, delivery.created_at],
      );
      const since = endpoints[0]?.failing_since;
      if (since && Date.now() - new Date(since).getTime() >= policy.disableAfterMs) {
        await disableEndpoint(
          tx,
          delivery.endpoint_id,
          `Every delivery since ${new Date(since).toISOString()} failed after all retries (last error: ${result.errorClass}: ${result.errorMessage}).`,
        );
      }
    }
    return { attempt, status, next_attempt_at: status === 'pending' ? nextAttemptAt : null };
  });
}

/** One dispatcher per process; several processes (instances) share the queue safely. */
export class WebhookDispatcher {
  private inFlight = 0;
  private claiming = false;
  private again = false;
  private stopped = true;
  private timer: NodeJS.Timeout | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private readonly running = new Set<Promise<void>>();
  private readonly pollIntervalMs: number;
  private readonly maxInFlight: number;

  constructor(private readonly options: DispatcherOptions) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.maxInFlight = options.maxInFlight ?? 64;
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.unlisten = await this.options.db.listen(EVENTS_CHANNEL, () => this.wake());
    this.timer = setInterval(() => this.wake(), this.pollIntervalMs);
    this.timer.unref();
    this.wake();
  }

  /** Stops claiming and waits for the attempts in flight to be recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.unlisten) await this.unlisten().catch(() => undefined);
    this.unlisten = null;
    while (this.claiming || this.running.size > 0) await Promise.allSettled([...this.running, new Promise((r) => setTimeout(r, 10))]);
  }

  /** Asks for a claim round now (new event committed, attempt finished, poll tick). */
  wake(): void {
    if (this.stopped) return;
    if (this.claiming) {
      this.again = true;
      return;
    }
    void this.claimRound();
  }

  private async claimRound(): Promise<void> {
    this.claiming = true;
    try {
      do {
        this.again = false;
        const free = this.maxInFlight - this.inFlight;
        if (free <= 0 || this.stopped) break;
        const claimed = await claimDueDeliveries(this.options.db, this.options.policy, free);
        for (const lease of claimed) this.launch(lease.id, lease.lease_token);
        if (claimed.length === free) this.again = true;
      } while (this.again && !this.stopped);
    } catch (error) {
      this.options.log?.('webhook claim failed', { error: (error as Error).message });
    } finally {
      this.claiming = false;
    }
  }

  private launch(deliveryId: string, leaseToken: string): void {
    this.inFlight++;
    const task = performAttempt(this.options, deliveryId, leaseToken, 'scheduled')
      .then((outcome) => {
        if (outcome?.next_attempt_at) {
          const wait = outcome.next_attempt_at.getTime() - Date.now();
          if (wait < this.pollIntervalMs) setTimeout(() => this.wake(), Math.max(0, wait)).unref();
        }
      })
      .catch((error: unknown) => {
        // Nothing is lost: the lease is given back (or expires) and another round retries it.
        this.options.log?.('webhook attempt failed to run', { deliveryId, error: (error as Error).message });
        retryTransient(() => releaseLease(this.options.db, deliveryId, leaseToken), { forMs: RELEASE_RETRY_MS }).then(
          () => this.wake(),
          () => undefined,
        );
      })
      .finally(() => {
        this.inFlight--;
        this.running.delete(task);
        this.wake();
      });
    this.running.add(task);
  }
}
