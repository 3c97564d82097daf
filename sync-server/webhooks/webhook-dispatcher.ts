// The webhook dispatcher (SPEC §5.5): claims due deliveries in batches per endpoint from the database
// queue (webhook-claim.ts; any number of workers and instances), keeps at most N attempts in flight
// per endpoint, signs and sends each attempt, and hands the outcome to the batching recorder
// (webhook-recorder.ts), which records it and decides the next retry.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { EVENTS_CHANNEL } from '../events/outbox';
import { DEFAULT_PUBLIC_URL } from '../http/public-url';
import type { Database } from '../storage/database';
import { retryTransient } from '../storage/retry-transient';
import type { SecretBox } from './secret-box';
import { claimDueDeliveries, loadAttemptContext, releaseLease, secretsOpener, type AttemptContext, type Lease } from './webhook-claim';
import { AttemptRecorder, recordAttempts, type AttemptMode, type AttemptOutcome, type AttemptRecord, type DeliveryPolicy } from './webhook-recorder';
import { deliveryHeaders } from './webhook-signing';
import type { WebhookSender } from './webhook-sender';
import { deliveryBody } from './webhook-store';

export { claimDueDeliveries, leaseForManualAttempt, releaseLease } from './webhook-claim';
export { retryDelay, type AttemptMode, type AttemptOutcome, type DeliveryPolicy } from './webhook-recorder';

/** Recording an attempt stops being retried this long before its lease runs out. */
const RECORD_MARGIN_MS = 2_000;
/** How long a worker keeps trying to give back a lease it could not use (it expires anyway). */
const RELEASE_RETRY_MS = 30_000;

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

/** Signs and sends one attempt; returns what the recorder needs (the receiver has it once this resolves). */
async function sendAttempt(
  deps: { sender: WebhookSender; publicUrl?: (() => string) | undefined },
  context: AttemptContext,
  secrets: string[],
  leaseToken: string,
  mode: AttemptMode,
): Promise<AttemptRecord> {
  const { endpoint, envelope } = context;
  const body = deliveryBody(envelope, endpoint.payload, deps.publicUrl?.() ?? DEFAULT_PUBLIC_URL);
  const startedAt = new Date();
  // The endpoint's custom headers first: ours can never be overridden (customHeadersProblem refuses them anyway).
  const headers = {
    ...endpoint.headers,
    ...deliveryHeaders({
      eventId: envelope.id,
      eventType: envelope.type,
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
  private readonly recorder: AttemptRecorder;

  constructor(private readonly options: DispatcherOptions) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.maxInFlight = options.maxInFlight ?? 64;
    this.recorder = new AttemptRecorder(options.db, options.policy);
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
        // Let I/O and timers run first: on PGlite a statement never yields to the event loop, so
        // back-to-back database work would starve the HTTP attempts in flight (the ten-endpoint stall, docs/webhooks.md).
        await yieldToEventLoop();
        const free = this.maxInFlight - this.inFlight;
        if (free <= 0 || this.stopped) break;
        const claimed = await claimDueDeliveries(this.options.db, this.options.policy, free);
        const secrets = secretsOpener(this.options.box);
        for (const lease of claimed) this.launch(lease, secrets);
        if (claimed.length === free) this.again = true;
      } while (this.again && !this.stopped);
    } catch (error) {
      this.options.log?.('webhook claim failed', { error: (error as Error).message });
    } finally {
      this.claiming = false;
    }
  }

  /** Sends one claimed delivery and queues its outcome for the recorder; the slot is free once it is recorded. */
  private async attempt(lease: Lease, secrets: (context: AttemptContext) => string[]): Promise<AttemptOutcome | null> {
    if (!lease.context) return null; // its endpoint or event was deleted meanwhile
    const record = await sendAttempt(this.options, lease.context, secrets(lease.context), lease.lease_token, 'scheduled');
    return this.recorder.record(record, recordDeadline(this.options.policy, record.startedAt));
  }

  private launch(lease: Lease, secrets: (context: AttemptContext) => string[]): void {
    const { id: deliveryId, lease_token: leaseToken } = lease;
    this.inFlight++;
    const task = this.attempt(lease, secrets)
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
