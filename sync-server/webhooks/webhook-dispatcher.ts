// The webhook dispatcher (SPEC §5.5): takes endpoints no other instance holds and leases a window of
// their due deliveries (webhook-claim.ts), runs at most the per-endpoint cap of attempts at once from
// each window — a finished attempt starts the next one at once — signs and sends each, and hands the
// outcome to the batching recorder (webhook-recorder.ts), which records it in the background.
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { EventEnvelope } from '../../core/events/envelope';
import { EVENTS_CHANNEL } from '../events/outbox';
import { DEFAULT_PUBLIC_URL } from '../http/public-url';
import type { Database } from '../storage/database';
import { retryTransient } from '../storage/retry-transient';
import type { SecretBox } from './secret-box';
import { claimDueDeliveries, loadAttemptContext, releaseEndpoints, releaseLeases, secretsOpener, type AttemptContext, type Lease } from './webhook-claim';
import { AttemptRecorder, recordAttempts, type AttemptMode, type AttemptOutcome, type AttemptRecord, type DeliveryPolicy } from './webhook-recorder';
import { deliveryHeaders } from './webhook-signing';
import type { WebhookSender } from './webhook-sender';
import { deliveryBody } from './webhook-store';

export { claimDueDeliveries, leaseForManualAttempt, releaseLeases } from './webhook-claim';
export { retryDelay, type AttemptMode, type AttemptOutcome, type DeliveryPolicy } from './webhook-recorder';

/** Recording an attempt stops being retried this long before its lease runs out. */
const RECORD_MARGIN_MS = 2_000;
/** How long a worker keeps trying to give back leases it could not use (they expire anyway). */
const RELEASE_RETRY_MS = 30_000;
/** Deliveries leased per endpoint ahead of its cap, and over all endpoints (leased, not yet started). */
const DEFAULT_WINDOW = 128;
const DEFAULT_MAX_LEASED = 2_048;

export interface DispatcherOptions {
  db: Database;
  box: SecretBox;
  sender: WebhookSender;
  policy: DeliveryPolicy;
  /** Fallback poll for due retries and missed notifications. */
  pollIntervalMs?: number;
  /** Attempts this worker runs at once, over all endpoints. */
  maxInFlight?: number;
  /** Deliveries leased per endpoint ahead of its cap (claimed again once half of them are started). */
  window?: number;
  /** Leased deliveries not yet started, over all endpoints. */
  maxLeased?: number;
  log?: (message: string, details?: Record<string, unknown>) => void;
  /** The service's public base URL, for thin payloads' links (asked per attempt: the port may be known only once listening). */
  publicUrl?: () => string;
}

/** Signs and sends one attempt; returns what the recorder needs (the receiver has it once this resolves). */
async function sendAttempt(
  deps: { sender: WebhookSender; publicUrl?: (() => string) | undefined },
  context: AttemptContext,
  secrets: string[],
  leaseToken: string,
  mode: AttemptMode,
): Promise<AttemptRecord> {
  const { endpoint } = context;
  // A full payload is the envelope's text as the database wrote it (the feed's bytes); a thin one is built from it.
  const body =
    endpoint.payload === 'full'
      ? context.envelopeJson
      : deliveryBody(JSON.parse(context.envelopeJson) as EventEnvelope, endpoint.payload, deps.publicUrl?.() ?? DEFAULT_PUBLIC_URL);
  const startedAt = new Date();
  // The endpoint's custom headers first: ours can never be overridden (customHeadersProblem refuses them anyway).
  const headers = {
    ...endpoint.headers,
    ...deliveryHeaders({
      eventId: context.eventId,
      eventType: context.eventType,
      deliveryId: context.deliveryId,
      secrets,
      timestamp: Math.floor(startedAt.getTime() / 1000),
      body,
    }),
  };
  const result = await deps.sender.send(endpoint.url, headers, body);
  return { deliveryId: context.deliveryId, leaseToken, mode, startedAt, signature: headers['x-pos-signature']!, result };
}

/** When recording an attempt that started at `startedAt` stops being retried (its lease was claimed before the send). */
const recordDeadline = (policy: DeliveryPolicy, startedAt: Date) => startedAt.getTime() + policy.leaseMs - RECORD_MARGIN_MS;

/** One attempt of a leased delivery outside the schedule (manual retry, test send): load, sign, send, record. */
export async function performAttempt(
  deps: { db: Database; box: SecretBox; sender: WebhookSender; policy: DeliveryPolicy; publicUrl?: (() => string) | undefined },
  deliveryId: string,
  leaseToken: string,
  mode: AttemptMode,
): Promise<AttemptOutcome | null> {
  const context = await loadAttemptContext(deps.db, deliveryId);
  if (!context) return null;
  const record = await sendAttempt(deps, context, secretsOpener(deps.box)(context), leaseToken, mode);
  // The receiver has it now: recording that must survive a database restart, or the lease would run
  // out and the delivery be sent again. Retried while the lease (claimed before the send) still holds.
  const [outcome] = await retryTransient(() => deps.db.transaction((tx) => recordAttempts(tx, deps.policy, [record])), {
    forMs: Math.max(0, recordDeadline(deps.policy, record.startedAt) - Date.now()),
  });
  return outcome ?? null;
}

/** A leased delivery waiting in its endpoint's window. */
interface Waiting {
  lease: Lease;
  secrets: (context: AttemptContext) => string[];
  /** Its lease (and this dispatcher's hold on the endpoint) ends here, by the local clock (ms). */
  leaseUntil: number;
  /** Started after this, its attempt could outlive the lease: it is given back instead. */
  startBy: number;
}

/** One endpoint this dispatcher holds: its leased window and the attempts running from it. */
interface Lane {
  waiting: Waiting[];
  running: number;
  /** The last claim filled the window: more may be due. */
  full: boolean;
  /** 410 or disabled: nothing more is sent, and it is not claimed for until its record says so. */
  closed: boolean;
}

/**
 * One dispatcher per process; several processes (instances) share the queue safely. Each endpoint is
 * held by one dispatcher at a time (webhook_endpoints.dispatcher_id), which keeps its cap in memory.
 */
export class WebhookDispatcher {
  /** This dispatcher's id in webhook_endpoints.dispatcher_id. */
  readonly id = randomUUID();
  private inFlight = 0;
  private leased = 0;
  /** The window of the last claim round (it ramps up from idle). */
  private ramp = 0;
  private claiming = false;
  private again = false;
  private stopped = true;
  private timer: NodeJS.Timeout | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private readonly lanes = new Map<string, Lane>();
  /** Lanes with waiting deliveries that the all-endpoint limit held back. */
  private readonly blocked = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  private readonly pollIntervalMs: number;
  private readonly maxInFlight: number;
  private readonly window: number;
  private readonly maxLeased: number;
  /** A delivery is started only within this long after it was leased (its attempt and record then fit the lease). */
  private readonly startWithinMs: number;
  private readonly recorder: AttemptRecorder;

  constructor(private readonly options: DispatcherOptions) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.maxInFlight = options.maxInFlight ?? 64;
    this.window = Math.max(options.policy.concurrencyPerEndpoint, options.window ?? DEFAULT_WINDOW);
    this.maxLeased = Math.max(this.window, options.maxLeased ?? DEFAULT_MAX_LEASED);
    const { leaseMs, attemptTimeoutMs = leaseMs / 2 } = options.policy;
    this.startWithinMs = Math.max(0, (leaseMs - attemptTimeoutMs) / 2);
    this.recorder = new AttemptRecorder(options.db, options.policy);
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.unlisten = await this.options.db.listen(EVENTS_CHANNEL, () => this.wake());
    this.timer = setInterval(() => this.wake(), this.pollIntervalMs);
    this.timer.unref();
    this.wake();
  }

  /** Stops claiming, waits for the attempts in flight to be recorded, gives back what it leased and did not start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.unlisten) await this.unlisten().catch(() => undefined);
    this.unlisten = null;
    while (this.claiming) await new Promise((r) => setTimeout(r, 10));
    const unstarted = [...this.lanes.values()].flatMap((lane) => lane.waiting.splice(0));
    this.leased = 0;
    while (this.running.size > 0) await Promise.allSettled([...this.running, new Promise((r) => setTimeout(r, 10))]);
    // Not retried: whatever is not given back expires with its lease.
    await releaseLeases(
      this.options.db,
      unstarted.map((w) => w.lease),
    ).catch(() => undefined);
    await releaseEndpoints(this.options.db, this.id).catch(() => undefined);
    this.lanes.clear();
  }

  /** Asks for a claim round now (new event committed, window half started, poll tick). */
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
        // Let I/O and timers run first: on PGlite a statement never yields to the event loop, so
        // back-to-back database work would starve the HTTP attempts in flight (the ten-endpoint stall, docs/webhooks.md).
        await yieldToEventLoop();
        if (this.stopped) break;
        this.giveBackStale();
        const max = this.maxLeased - this.leased;
        if (max <= 0) break;
        const skip = [...this.lanes].filter(([, lane]) => lane.closed || lane.waiting.length > this.window / 2).map(([id]) => id);
        // Ramp up from idle: a small first window starts the first attempts sooner (a claim's time grows with
        // its rows), and the next rounds, run while those are sent, lease four times more each up to the window.
        const idle = this.inFlight === 0 && this.leased === 0;
        const window = idle ? Math.min(this.window, 2 * this.options.policy.concurrencyPerEndpoint) : Math.min(this.window, this.ramp * 4);
        this.ramp = window;
        const claimedAt = Date.now();
        const leases = await claimDueDeliveries(this.options.db, this.options.policy, max, { dispatcherId: this.id, window, skip });
        if (this.stopped) {
          await releaseLeases(this.options.db, leases).catch(() => undefined);
          break;
        }
        const secrets = secretsOpener(this.options.box);
        const perEndpoint = new Map<string, number>();
        for (const lease of leases) {
          const lane = this.lane(lease.endpoint_id);
          lane.waiting.push({ lease, secrets, leaseUntil: claimedAt + this.options.policy.leaseMs, startBy: claimedAt + this.startWithinMs });
          perEndpoint.set(lease.endpoint_id, (perEndpoint.get(lease.endpoint_id) ?? 0) + 1);
        }
        this.leased += leases.length;
        for (const [endpointId, count] of perEndpoint) {
          const lane = this.lanes.get(endpointId)!;
          lane.full = count >= window;
          this.pump(endpointId, lane);
        }
        // More may be due: the limits, not the queue, ended this round.
        if (leases.length >= max || perEndpoint.size >= Math.max(16, Math.ceil(max / window))) this.again = true;
        // A lane this round filled leases its next window at once, while this one is still being sent (a
        // claim then never waits for the window to run low): the claim is off the send path in a burst too.
        // A lane with more than half the full window waiting is skipped, so at most that much more is leased.
        for (const [endpointId, lane] of this.lanes) {
          if (lane.full && !lane.closed && lane.waiting.length <= this.window / 2 && perEndpoint.has(endpointId)) this.again = true;
        }
      } while (this.again && !this.stopped);
    } catch (error) {
      this.options.log?.('webhook claim failed', { error: (error as Error).message });
    } finally {
      this.claiming = false;
    }
  }

  private lane(endpointId: string): Lane {
    let lane = this.lanes.get(endpointId);
    if (!lane) this.lanes.set(endpointId, (lane = { waiting: [], running: 0, full: false, closed: false }));
    return lane;
  }

  /** Starts waiting deliveries while the endpoint's cap and the all-endpoint limit allow. */
  private pump(endpointId: string, lane: Lane): void {
    const cap = this.options.policy.concurrencyPerEndpoint;
    while (lane.waiting.length > 0 && lane.running < cap && !lane.closed && !this.stopped) {
      if (this.inFlight >= this.maxInFlight) {
        this.blocked.add(endpointId);
        return;
      }
      const next = lane.waiting.shift()!;
      this.leased--;
      if (Date.now() > next.startBy) {
        // Too late to start within its lease: given back, and leased again by a later round.
        this.leased++;
        lane.waiting.unshift(next);
        this.giveBackStale();
        return;
      }
      this.launch(endpointId, lane, next);
    }
    this.blocked.delete(endpointId);
    if (lane.full && lane.waiting.length <= Math.max(this.ramp, this.options.policy.concurrencyPerEndpoint) / 2 && !lane.closed) this.wake();
  }

  /** Gives back the waiting deliveries that can no longer start within their lease. */
  private giveBackStale(): void {
    const stale: Lease[] = [];
    const now = Date.now();
    for (const lane of this.lanes.values()) {
      while (lane.waiting.length > 0 && now > lane.waiting[0]!.startBy) stale.push(lane.waiting.shift()!.lease);
    }
    this.leased -= stale.length;
    this.giveBack(stale);
  }

  private giveBack(leases: Lease[]): void {
    if (leases.length === 0) return;
    retryTransient(() => releaseLeases(this.options.db, leases), { forMs: RELEASE_RETRY_MS }).then(
      () => this.wake(),
      () => undefined,
    );
  }

  /** Sends nothing more to the endpoint (410, disabled): its waiting deliveries are given back (failed if it is disabled). */
  private close(lane: Lane): void {
    lane.closed = true;
    const dropped = lane.waiting.splice(0);
    this.leased -= dropped.length;
    this.giveBack(dropped.map((w) => w.lease));
  }

  private launch(endpointId: string, lane: Lane, waiting: Waiting): void {
    this.inFlight++;
    lane.running++;
    const task = this.attempt(endpointId, lane, waiting)
      .catch((error: unknown) => {
        // Nothing is lost: the lease is given back (or expires) and another round retries it.
        this.options.log?.('webhook attempt failed to run', { deliveryId: waiting.lease.id, error: (error as Error).message });
        this.giveBack([waiting.lease]);
      })
      .finally(() => this.running.delete(task));
    this.running.add(task);
  }

  /** Sends one leased delivery; the slot is free once the receiver answered, and the record follows in the background. */
  private async attempt(endpointId: string, lane: Lane, { lease, secrets, leaseUntil }: Waiting): Promise<void> {
    let record: AttemptRecord | null = null;
    try {
      // A delivery whose endpoint or event was deleted meanwhile has no context: nothing to send.
      if (lease.context) record = await sendAttempt(this.options, lease.context, secrets(lease.context), lease.lease_token, 'scheduled');
    } finally {
      this.inFlight--;
      lane.running--;
      if (record?.result.statusCode === 410) this.close(lane); // its record disables the endpoint
      this.pump(endpointId, lane);
      // Lanes the all-endpoint limit held back; one closed meanwhile has nothing waiting any more.
      for (const id of [...this.blocked]) {
        const other = this.lanes.get(id);
        if (!other) this.blocked.delete(id);
        else if (this.inFlight < this.maxInFlight) this.pump(id, other);
      }
    }
    if (!record) return;
    const gone = record.result.statusCode === 410;
    const outcome = await this.recorder.record(record, leaseUntil - RECORD_MARGIN_MS).finally(() => {
      // The 410 is recorded (or could not be): claims for the endpoint follow the database again.
      if (gone && this.lanes.get(endpointId) === lane) this.lanes.delete(endpointId);
    });
    // Disabled meanwhile (by a person, or by this flush): what is still waiting is not sent.
    if (outcome && !outcome.endpoint_enabled && this.lanes.get(endpointId) === lane) {
      this.close(lane);
      this.lanes.delete(endpointId);
    }
    if (outcome?.next_attempt_at) {
      const wait = outcome.next_attempt_at.getTime() - Date.now();
      if (wait < this.pollIntervalMs) setTimeout(() => this.wake(), Math.max(0, wait)).unref();
    }
  }
}
