// Recording finished webhook attempts (SPEC §5.5): each attempt row, the delivery's next state (done,
// retry at, failed) and the endpoint's failure streak, 410 and auto-disable. Attempts are recorded in
// batches — the recorder queues what finishes while a flush runs and writes the next flush in one
// transaction — so a busy dispatcher spends a handful of statements per flush, not per attempt.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { newId } from '../../core/ids';
import type { Database, Queryable } from '../storage/database';
import { isTransientDatabaseError } from '../storage/database-errors';
import { retryTransient } from '../storage/retry-transient';
import type { AttemptResult } from './webhook-sender';
import { disableEndpoint, type DeliveryStatus } from './webhook-store';

/** Largest flush: bounds the statement's parameters and the time the batch's rows stay locked. */
const MAX_FLUSH = 256;

export interface DeliveryPolicy {
  /** Delays after the first attempt (ms); attempts = 1 + its length. */
  retrySchedule: readonly number[];
  retryAfterCapMs: number;
  /** An endpoint whose deliveries keep exhausting every retry for this long is disabled. */
  disableAfterMs: number;
  concurrencyPerEndpoint: number;
  /** How long a claimed delivery belongs to its worker (longer than the attempt timeout). */
  leaseMs: number;
  /** The sender's timeout: a leased delivery is started only while its lease outlasts it (default leaseMs / 2). */
  attemptTimeoutMs?: number;
}

export type AttemptMode = 'scheduled' | 'manual' | 'test';

export interface AttemptRecord {
  deliveryId: string;
  leaseToken: string;
  mode: AttemptMode;
  startedAt: Date;
  signature: string;
  result: AttemptResult;
}

export interface AttemptOutcome {
  attempt: { id: string; number: number; started_at: Date } & AttemptResult;
  status: DeliveryStatus;
  next_attempt_at: Date | null;
  /** false once the endpoint is disabled (before or by this flush): its dispatcher sends it nothing more. */
  endpoint_enabled: boolean;
}

/** The delay before retry number `retry` (1-based) with ±10 % jitter, stretched to a receiver's Retry-After (capped). */
export function retryDelay(
  policy: Pick<DeliveryPolicy, 'retrySchedule' | 'retryAfterCapMs'>,
  retry: number,
  retryAfterMs: number | null,
  random = Math.random,
): number {
  const base = policy.retrySchedule[retry - 1]!;
  const jittered = Math.round(base * (0.9 + 0.2 * random()));
  return Math.min(Math.max(jittered, retryAfterMs ?? 0), Math.max(policy.retryAfterCapMs, jittered));
}

interface LockedDelivery {
  attempt_count: number;
  status: DeliveryStatus;
  lease_token: string | null;
  endpoint_id: string;
  created_at: Date;
  next_attempt_at: Date;
  enabled: boolean;
  failing: boolean;
}

/** What one endpoint's attempts in a flush mean for it, in the order they finished. */
interface EndpointEffect {
  gone: AttemptRecord | null;
  /** A success came after every exhausted delivery seen so far. */
  cleared: boolean;
  /** The first delivery of the streak that exhausted its retries (its created_at starts the streak). */
  exhausted: { createdAt: Date; record: AttemptRecord } | null;
  failing: boolean;
}

/**
 * Records a batch of finished attempts in the caller's transaction. Statements: the deliveries locked
 * in id order (one SELECT … FOR UPDATE), one multi-row INSERT of the attempts, one UPDATE … FROM
 * unnest of the deliveries, and per endpoint only when its state changes (failure streak, 410,
 * auto-disable). The result is per record, in order; null for a delivery deleted meanwhile.
 * The same rules as one attempt at a time: records are applied in order, as if one after another.
 */
export async function recordAttempts(tx: Queryable, policy: DeliveryPolicy, records: readonly AttemptRecord[]): Promise<(AttemptOutcome | null)[]> {
  const ids = [...new Set(records.map((r) => r.deliveryId))].sort();
  const { rows } = await tx.query<LockedDelivery & { id: string }>(
    `SELECT d.id, d.attempt_count, d.status, d.lease_token, d.endpoint_id, d.created_at, d.next_attempt_at, e.enabled, e.failing_since IS NOT NULL AS failing
     FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE d.id = ANY ($1) ORDER BY d.id FOR UPDATE OF d`,
    [ids],
  );
  const deliveries = new Map(rows.map(({ id, ...row }) => [id, row]));
  const outcomes: (AttemptOutcome | null)[] = [];
  const attempts: { id: string; record: AttemptRecord; number: number }[] = [];
  const decided = new Map<string, { status: DeliveryStatus; number: number; next: Date | null; code: number | null; error: string | null }>();
  const effects = new Map<string, EndpointEffect>();

  for (const record of records) {
    const { result } = record;
    const delivery = deliveries.get(record.deliveryId);
    if (!delivery) {
      outcomes.push(null); // endpoint deleted meanwhile
      continue;
    }
    const number = delivery.attempt_count + 1;
    const attemptId = newId('att');
    attempts.push({ id: attemptId, record, number });
    const attempt = { id: attemptId, number, started_at: record.startedAt, ...result };
    // A worker whose lease expired (and was re-claimed) records what it did but decides nothing.
    if (delivery.lease_token !== record.leaseToken) {
      outcomes.push({ attempt, status: delivery.status, next_attempt_at: delivery.next_attempt_at, endpoint_enabled: delivery.enabled });
      continue;
    }

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
    decided.set(record.deliveryId, { status, number, next: nextAttemptAt, code: result.statusCode, error: lastError });
    Object.assign(delivery, { attempt_count: number, status, lease_token: null, next_attempt_at: nextAttemptAt ?? delivery.next_attempt_at });

    const effect = effects.get(delivery.endpoint_id) ?? { gone: null, cleared: false, exhausted: null, failing: delivery.failing };
    effects.set(delivery.endpoint_id, effect);
    if (result.ok) {
      effect.cleared = true;
      effect.exhausted = null;
    } else if (result.statusCode === 410) {
      effect.gone ??= record;
    } else if (exhausted) {
      effect.exhausted ??= { createdAt: delivery.created_at, record };
    }
    outcomes.push({ attempt, status, next_attempt_at: status === 'pending' ? nextAttemptAt : null, endpoint_enabled: delivery.enabled });
  }

  if (attempts.length > 0) {
    const r = attempts.map((a) => a.record.result);
    await tx.query(
      `INSERT INTO webhook_attempts (id, delivery_id, number, started_at, duration_ms, status_code, error_class, error_message, response_body, signature)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::timestamptz[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[])`,
      [
        attempts.map((a) => a.id),
        attempts.map((a) => a.record.deliveryId),
        attempts.map((a) => a.number),
        attempts.map((a) => a.record.startedAt.toISOString()),
        r.map((x) => x.durationMs),
        r.map((x) => x.statusCode),
        r.map((x) => x.errorClass),
        r.map((x) => x.errorMessage),
        r.map((x) => x.responseBody),
        attempts.map((a) => a.record.signature),
      ],
    );
  }
  if (decided.size > 0) {
    const list = [...decided.entries()];
    await tx.query(
      `UPDATE webhook_deliveries d SET status = u.status, attempt_count = u.attempt_count, next_attempt_at = COALESCE(u.next_attempt_at, d.next_attempt_at),
         lease_until = NULL, lease_token = NULL, last_status_code = u.status_code, last_error = u.last_error, updated_at = now(),
         completed_at = CASE WHEN u.status = 'pending' THEN NULL ELSE now() END
       FROM unnest($1::text[], $2::text[], $3::int[], $4::timestamptz[], $5::int[], $6::text[]) AS u(id, status, attempt_count, next_attempt_at, status_code, last_error)
       WHERE d.id = u.id`,
      [
        list.map(([id]) => id),
        list.map(([, d]) => d.status),
        list.map(([, d]) => d.number),
        list.map(([, d]) => d.next?.toISOString() ?? null),
        list.map(([, d]) => d.code),
        list.map(([, d]) => d.error),
      ],
    );
  }

  // Endpoints, in id order (two instances recording for the same endpoints lock them alike).
  const disabled = new Set<string>();
  const clear: string[] = [];
  const disable = async (endpointId: string, reason: string) => {
    await disableEndpoint(tx, endpointId, reason);
    disabled.add(endpointId);
  };

  for (const [endpointId, effect] of [...effects.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (effect.gone) {
      await disable(endpointId, `The receiver answered 410 Gone at ${effect.gone.startedAt.toISOString()} (delivery ${effect.gone.deliveryId}).`);
    } else if (effect.exhausted) {
      const { createdAt, record } = effect.exhausted;
      // A success earlier in this flush ended the previous streak: this one starts at its delivery.
      const { rows: updated } = await tx.query<{ failing_since: Date }>(
        `UPDATE webhook_endpoints SET failing_since = CASE WHEN $3 THEN $2 ELSE COALESCE(failing_since, $2) END WHERE id = $1 RETURNING failing_since`,
        [endpointId, createdAt, effect.cleared],
      );
      const since = updated[0]?.failing_since;
      if (since && Date.now() - new Date(since).getTime() >= policy.disableAfterMs) {
        await disable(
          endpointId,
          `Every delivery since ${new Date(since).toISOString()} failed after all retries (last error: ${record.result.errorClass}: ${record.result.errorMessage}).`,
        );
      }
    } else if (effect.cleared && effect.failing) {
      clear.push(endpointId);
    }
  }
  if (clear.length > 0) await tx.query('UPDATE webhook_endpoints SET failing_since = NULL WHERE id = ANY ($1) AND failing_since IS NOT NULL', [clear]);
  // disableEndpoint failed what was still pending for the endpoint, retries just queued included.
  if (disabled.size > 0) {
    records.forEach((record, i) => {
      const outcome = outcomes[i];
      if (outcome && disabled.has(deliveries.get(record.deliveryId)!.endpoint_id)) {
        outcomes[i] =
          outcome.status === 'pending'
            ? { ...outcome, status: 'failed', next_attempt_at: null, endpoint_enabled: false }
            : { ...outcome, endpoint_enabled: false };
      }
    });
  }
  return outcomes;
}

interface Queued {
  record: AttemptRecord;
  /** Recording stops being retried at this time (before the attempt's lease runs out). */
  deadline: number;
  resolve: (outcome: AttemptOutcome | null) => void;
  reject: (error: unknown) => void;
}

/** While attempts keep finishing, the next flush waits this long after the last one ended (ms)… */
export const FLUSH_GAP_MS = 8;
/** …unless this many records are queued: a busy dispatcher writes fewer, larger transactions. */
export const FLUSH_MIN_BATCH = 64;

export interface RecorderPacing {
  gapMs: number;
  minBatch: number;
}

/**
 * Queues finished attempts and records them in batches: one flush at a time, and whatever finishes
 * meanwhile goes into the next one (group commit). Right after a flush, the next waits until
 * `gapMs` after it ended or `minBatch` records are queued, whichever comes first — so a busy
 * dispatcher's flushes do not run back to back against its sends for the two cores — while an
 * attempt that finishes on an idle recorder is flushed at once (a record waits at most `gapMs` more).
 * A flush that fails transiently (database restart) is retried until the earliest lease in it is
 * about to run out — the receiver has those attempts, and a lease that ran out would send them
 * again. A flush that fails otherwise is split: each attempt is recorded alone, so one that cannot be
 * recorded loses no other.
 */
export class AttemptRecorder {
  private readonly queue: Queued[] = [];
  private flushing: Promise<void> | null = null;
  /** When the last flush ended (performance.now()). */
  private lastFlushEnd = -Infinity;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database,
    private readonly policy: DeliveryPolicy,
    private readonly onFlush?: (size: number) => void,
    private readonly pacing: RecorderPacing = { gapMs: FLUSH_GAP_MS, minBatch: FLUSH_MIN_BATCH },
  ) {}

  record(record: AttemptRecord, deadline: number): Promise<AttemptOutcome | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ record, deadline, resolve, reject });
      this.kick();
    });
  }

  /** Resolves once everything queued so far is recorded (or failed); what waits for the gap is flushed now. */
  async drain(): Promise<void> {
    while (this.flushing || this.queue.length > 0) {
      this.kick(true);
      await this.flushing;
    }
  }

  private kick(now = false): void {
    if (this.flushing || this.queue.length === 0) return;
    const wait = this.lastFlushEnd + this.pacing.gapMs - performance.now();
    if (!now && wait > 0 && this.queue.length < this.pacing.minBatch) {
      this.timer ??= setTimeout(() => {
        this.timer = null;
        this.kick(true);
      }, wait);
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.flushing = this.flush().finally(() => {
      this.flushing = null;
      this.lastFlushEnd = performance.now();
      this.kick();
    });
  }

  private async flush(): Promise<void> {
    // One event-loop turn before each flush: attempts that finished meanwhile join it, and on PGlite
    // (whose statements never yield) the HTTP attempts in flight get their I/O and timers handled.
    await yieldToEventLoop();
    const batch = this.queue.splice(0, MAX_FLUSH);
    this.onFlush?.(batch.length);
    try {
      const outcomes = await this.write(batch);
      batch.forEach((queued, i) => queued.resolve(outcomes[i] ?? null));
    } catch (error) {
      if (batch.length === 1 || isTransientDatabaseError(error)) {
        for (const queued of batch) queued.reject(error);
        return;
      }
      for (const queued of batch) {
        await this.write([queued]).then(
          ([outcome]) => queued.resolve(outcome ?? null),
          (alone: unknown) => queued.reject(alone),
        );
      }
    }
  }

  private write(batch: readonly Queued[]): Promise<(AttemptOutcome | null)[]> {
    const deadline = Math.min(...batch.map((q) => q.deadline));
    return retryTransient(
      () =>
        this.db.transaction((tx) =>
          recordAttempts(
            tx,
            this.policy,
            batch.map((q) => q.record),
          ),
        ),
      { forMs: Math.max(0, deadline - Date.now()) },
    );
  }
}
