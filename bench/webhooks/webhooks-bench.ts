// webhooks: the real dispatcher (sync-server/webhooks/) delivering signed events to a local
// node:http receiver, beside raw undici POSTs to the same receiver.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';
import { EVENT_CATALOG } from '../../core/events/catalog';
import { loadConfig } from '../../sync-server/config';
import { recordEvent, recordEvents } from '../../sync-server/events/outbox';
import type { Database } from '../../sync-server/storage/database';
import { openTestDatabase, type Engine } from '../../sync-server/storage/test-database';
import { createSecretBox } from '../../sync-server/webhooks/secret-box';
import { WebhookDispatcher } from '../../sync-server/webhooks/webhook-dispatcher';
import { createSender } from '../../sync-server/webhooks/webhook-sender';
import { policyFromConfig } from '../../sync-server/webhooks/webhook-service';
import { createEndpoint } from '../../sync-server/webhooks/webhook-store';
import { onEveryEngine, type BenchContext, type RunBenchmark } from '../benchmark';
import { countStatements } from '../statement-counter';
import { collectPairs, comparison, machineInfo, type BenchmarkResult, type CaseResult } from '../harness';
import { seedTestBusiness } from '../../sync-server/testing/test-business';

/** Events committed per throughput sample. */
const BURST = 100;
/** Deliveries timed per backlog-drain sample (the backlog stays within this of its size). */
const DRAIN_WINDOW = 200;
/** Endpoints of the many-endpoint case, and the events per burst there (each goes to every endpoint). */
const ENDPOINTS = 10;
const TEN_BURST = 40;
const fmt = (n: number) => n.toLocaleString('en-US');

/** Pending deliveries the backlog-drain case is timed at; 100 000 only with --full (filling takes minutes). */
function backlogSizes(context: BenchContext): number[] {
  return context.quick ? [1_000] : context.full ? [1_000, 10_000, 100_000] : [1_000, 10_000];
}

/** A loopback receiver that notes when each request reaches its handler (before reading the body). */
class Receiver {
  readonly server: Server;
  private readonly waiters = new Map<string, (arrivedAt: number) => void>();
  /** Requests that arrived before anyone waited for them (a delivery can beat its commit's reply to the committer). */
  private readonly early = new Map<string, number>();
  received = 0;
  lastBody = '';
  private burstWaiter: { count: number; resolve: (at: number) => void } | null = null;

  constructor() {
    this.server = createServer((req, res) => {
      const arrivedAt = performance.now();
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.lastBody = Buffer.concat(chunks).toString('utf8');
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      });
      this.received++;
      const id = req.headers['x-pos-event-id'] ?? req.headers['x-bench-id'];
      if (typeof id === 'string') {
        const waiter = this.waiters.get(id);
        if (waiter) waiter(arrivedAt);
        else if (id.startsWith('evt_') || id.startsWith('floor-')) this.early.set(id, arrivedAt);
        this.waiters.delete(id);
      }
      if (this.burstWaiter && this.received >= this.burstWaiter.count) {
        this.burstWaiter.resolve(arrivedAt);
        this.burstWaiter = null;
      }
    });
    this.server.keepAliveTimeout = 10_000;
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** Resolves with the arrival time of the request carrying `id`. */
  arrival(id: string, timeoutMs = 30_000): Promise<number> {
    const early = this.early.get(id);
    this.early.clear();
    if (early !== undefined) return Promise.resolve(early);
    return withTimeout(new Promise<number>((resolve) => this.waiters.set(id, resolve)), timeoutMs, `no request for ${id}`);
  }

  /** Resolves with the arrival time of the request that brings the total to `count`. */
  total(count: number, timeoutMs = 60_000): Promise<number> {
    if (this.received >= count) return Promise.resolve(performance.now());
    return withTimeout(
      new Promise<number>((resolve) => (this.burstWaiter = { count, resolve })),
      timeoutMs,
      `only ${this.received} of ${count} requests arrived`,
    );
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

/** Waits until every delivery is recorded (slow on a loaded machine). */
async function waitUntilIdle(db: Database, budgetMs = 120_000): Promise<void> {
  const end = Date.now() + budgetMs;
  while (Date.now() < end) {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'pending'`);
    if (rows[0]!.n === 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`deliveries still pending after ${budgetMs / 1000} s`);
}

async function runOn(engine: Engine, context: BenchContext): Promise<BenchmarkResult> {
  const { progress, quick } = context;
  const t = await openTestDatabase(engine);
  const receiver = new Receiver();
  const config = loadConfig({ POS_WEBHOOK_ALLOW_PRIVATE: '1' });
  const sender = createSender({ timeoutMs: config.webhookTimeoutMs, allowPrivate: true });
  const agent = new Agent({ connections: 64, keepAliveTimeout: 4_000 });
  let dispatcher: WebhookDispatcher | null = null;
  try {
    const url = await receiver.listen();
    const f = await seedTestBusiness(t.db);
    const box = createSecretBox(randomBytes(32));
    await createEndpoint(t.db, box, {
      businessId: f.businessId,
      name: 'bench',
      url,
      subscribedEvents: ['order.created'],
      payload: 'full',
      enabled: true,
      locationIds: null,
    });
    const policy = policyFromConfig(config);
    const counting = countStatements(t.db);
    const newDispatcher = () =>
      new WebhookDispatcher({
        db: counting.db,
        box,
        sender,
        policy,
        log: (message, details) => process.stderr.write(`bench: ${message} ${JSON.stringify(details ?? {})}\n`),
      });
    dispatcher = newDispatcher();
    await dispatcher.start();
    const sample = EVENT_CATALOG['order.created'].sample;
    const commit = (count: number) =>
      t.db.transaction(async (tx) => {
        let last = '';
        for (let i = 0; i < count; i++)
          last = (await recordEvent(tx, { businessId: f.businessId, type: 'order.created', locationId: f.locationId, data: sample.data })).id;
        return last;
      });

    // The raw side posts the body the dispatcher sent, so take one delivery first.
    await commit(1);
    await receiver.total(1);
    await waitUntilIdle(t.db);
    const body = receiver.lastBody;
    const rawPost = async (id: string) => {
      const res = await request(url, { method: 'POST', dispatcher: agent, headers: { 'content-type': 'application/json', 'x-bench-id': id }, body });
      await res.body.text();
      if (res.statusCode !== 200) throw new Error(`receiver answered ${res.statusCode}`);
    };
    let rawId = 0;

    // Throughput: a burst of events committed at once, timed until the receiver has them all;
    // the raw side sends as many POSTs with the same number in flight.
    const bursts = quick ? 2 : 8;
    progress.step(`webhooks: ${bursts} bursts of ${BURST} deliveries vs raw POSTs, interleaved`);
    let burstStatements = 0;
    let burstDeliveries = 0;
    const throughput = await collectPairs(
      async () => {
        const start = receiver.received;
        const statementsBefore = counting.count();
        await commit(BURST);
        const t0 = performance.now();
        const t1 = await receiver.total(start + BURST);
        await waitUntilIdle(t.db);
        burstStatements += counting.count() - statementsBefore;
        burstDeliveries += BURST;
        return t1 - t0;
      },
      async () => {
        let left = BURST;
        const t0 = performance.now();
        const worker = async () => {
          while (left > 0) {
            left--;
            await rawPost(`raw-${++rawId}`);
          }
        };
        await Promise.all(Array.from({ length: policy.concurrencyPerEndpoint }, worker));
        return performance.now() - t0;
      },
      { warmup: 1, samples: bursts, minSamples: bursts, maxMs: Number.POSITIVE_INFINITY, onSample: (d, w) => progress.tick(d, w) },
    );

    // Latency: one event committed while the dispatcher is idle, until its first attempt arrives,
    // beside the receiver's floor: a raw POST from send until it reaches the same handler.
    const events = quick ? 5 : 30;
    progress.step(`webhooks: commit → first attempt vs receiver floor, ${events} each, interleaved`);
    const latency = await collectPairs(
      async () => {
        const id = await commit(1);
        const t0 = performance.now();
        const t1 = await receiver.arrival(id).catch(async (error: Error) => {
          // Say where the delivery is (a failed first attempt waits for the retry schedule).
          const { rows } = await t.db.query(
            `SELECT d.status, d.attempt_count, d.lease_until, d.next_attempt_at, d.last_error, (SELECT count(*)::int FROM webhook_deliveries p WHERE p.status = 'pending') AS pending
             FROM webhook_deliveries d WHERE d.event_id = $1`,
            [id],
          );
          throw new Error(`${error.message}: ${JSON.stringify(rows)}`);
        });
        await waitUntilIdle(t.db);
        return Math.max(0, t1 - t0); // it may reach the receiver before COMMIT returns to the committer
      },
      async (i) => {
        const id = `floor-${i}`;
        const arrived = receiver.arrival(id);
        const t0 = performance.now();
        await rawPost(id);
        return (await arrived) - t0;
      },
      { warmup: 2, samples: events, minSamples: events, maxMs: Number.POSITIVE_INFINITY, onSample: (d, w) => progress.tick(d, w) },
    );

    const cases: CaseResult[] = [
      comparison({
        name: 'signed deliveries to one endpoint',
        headline: 'throughput',
        unit: 'delivery',
        ours: {
          label: `dispatcher: claim, sign (2 schemes), POST, record attempt; ${policy.concurrencyPerEndpoint} in flight per endpoint`,
          sampleMs: throughput.ours,
          opsPerSample: BURST,
        },
        baseline: {
          label: `raw undici POSTs of the same body, ${policy.concurrencyPerEndpoint} in flight`,
          sampleMs: throughput.baseline,
          opsPerSample: BURST,
        },
        notes: `bursts of ${BURST} order.created events (${body.length} B bodies) committed in one transaction, timed from commit until the receiver has all of them; the per-endpoint cap (SPEC §5.5, default 4) applies to both sides; ${(burstStatements / burstDeliveries).toFixed(1)} statements per delivery (one claim statement per leased window, ramping 8 → 32 → 128 per endpoint; attempts recorded in batches, BEGIN and COMMIT included).`,
      }),
      comparison({
        name: 'commit → first delivery attempt',
        headline: 'latency',
        unit: 'event',
        ours: { label: 'event committed → its signed POST reaches the receiver (NOTIFY wake-up)', sampleMs: latency.ours },
        baseline: { label: 'receiver floor: raw POST sent → reaches the receiver', sampleMs: latency.baseline },
        notes: "one event at a time with the dispatcher idle; both sides stop the clock when the request reaches the receiver's handler.",
      }),
    ];
    // Backlog drain: the same dispatcher with `size` deliveries pending, timed over windows of
    // DRAIN_WINDOW arrivals, beside fresh bursts of DRAIN_WINDOW with nothing else pending.
    for (const size of backlogSizes(context)) {
      const samples = quick ? 2 : 4;
      progress.step(`webhooks: drain rate with ${fmt(size)} pending vs a fresh burst`);
      const fresh: number[] = [];
      for (let i = 0; i < samples; i++) {
        const start = receiver.received;
        await commit(DRAIN_WINDOW);
        const t0 = performance.now();
        fresh.push((await receiver.total(start + DRAIN_WINDOW)) - t0);
        await waitUntilIdle(t.db);
        progress.tick(i + 1, samples);
      }
      await dispatcher.stop();
      for (let queued = 0; queued < size; queued += 1_000) {
        const n = Math.min(1_000, size - queued);
        await t.db.transaction((tx) =>
          recordEvents(
            tx,
            Array.from({ length: n }, () => ({ businessId: f.businessId, type: 'order.created', locationId: f.locationId, data: sample.data })),
          ),
        );
      }
      const backlog: number[] = [];
      let start = receiver.received;
      const drainStatementsBefore = counting.count();
      dispatcher = newDispatcher();
      let t0 = performance.now();
      await dispatcher.start();
      for (let i = 0; i < samples; i++) {
        const t1 = await receiver.total(start + DRAIN_WINDOW, 120_000);
        backlog.push(t1 - t0);
        start += DRAIN_WINDOW;
        t0 = t1;
        progress.tick(i + 1, samples);
      }
      await dispatcher.stop();
      const drainStatements = (counting.count() - drainStatementsBefore) / (receiver.received - (start - samples * DRAIN_WINDOW));
      // What is left of the backlog is not delivered: the next case starts from an empty queue.
      await t.db.query(
        `UPDATE webhook_deliveries SET status = 'failed', last_error = 'bench: backlog cleared', completed_at = now() WHERE status = 'pending' AND lease_until IS NULL`,
      );
      dispatcher = newDispatcher();
      await dispatcher.start();
      await waitUntilIdle(t.db);
      cases.push(
        comparison({
          name: `drain rate with ${fmt(size)} deliveries pending`,
          headline: 'throughput',
          unit: 'delivery',
          ours: { label: `dispatcher, one endpoint, ${fmt(size)} pending`, sampleMs: backlog, opsPerSample: DRAIN_WINDOW },
          baseline: { label: `the same dispatcher, a fresh burst of ${DRAIN_WINDOW} (nothing else pending)`, sampleMs: fresh, opsPerSample: DRAIN_WINDOW },
          notes: `the backlog is queued with the dispatcher stopped, then timed over windows of ${DRAIN_WINDOW} arrivals (it stays within ${fmt(samples * DRAIN_WINDOW)} of its size); not interleaved with the fresh bursts, which run first. The target is the backlog within 1.5× of a fresh burst; ${drainStatements.toFixed(1)} statements per delivery while draining.`,
        }),
      );
    }

    // Ten endpoints: nine more on the same receiver (each event now goes to all ten), bursts of
    // TEN_BURST events beside raw POSTs with ten times the per-endpoint cap in flight.
    for (let i = 1; i < ENDPOINTS; i++) {
      await createEndpoint(t.db, box, {
        businessId: f.businessId,
        name: `bench ${i}`,
        url: `${url}?endpoint=${i}`,
        subscribedEvents: ['order.created'],
        payload: 'full',
        enabled: true,
        locationIds: null,
      });
    }
    const tenBursts = quick ? 2 : 6;
    const perBurst = TEN_BURST * ENDPOINTS;
    progress.step(`webhooks: ${tenBursts} bursts of ${perBurst} deliveries to ${ENDPOINTS} endpoints vs raw POSTs, interleaved`);
    let tenStatements = 0;
    let tenDeliveries = 0;
    const ten = await collectPairs(
      async () => {
        const start = receiver.received;
        const statementsBefore = counting.count();
        await commit(TEN_BURST);
        const t0 = performance.now();
        const t1 = await receiver.total(start + perBurst, 120_000);
        await waitUntilIdle(t.db);
        tenStatements += counting.count() - statementsBefore;
        tenDeliveries += perBurst;
        return t1 - t0;
      },
      async () => {
        let left = perBurst;
        const t0 = performance.now();
        const worker = async () => {
          while (left > 0) {
            left--;
            await rawPost(`raw-${++rawId}`);
          }
        };
        await Promise.all(Array.from({ length: policy.concurrencyPerEndpoint * ENDPOINTS }, worker));
        return performance.now() - t0;
      },
      { warmup: 1, samples: tenBursts, minSamples: tenBursts, maxMs: Number.POSITIVE_INFINITY, onSample: (d, w) => progress.tick(d, w) },
    );
    cases.push(
      comparison({
        name: `signed deliveries to ${ENDPOINTS} endpoints`,
        headline: 'throughput',
        unit: 'delivery',
        ours: { label: `dispatcher: ${ENDPOINTS} endpoints, ${policy.concurrencyPerEndpoint} in flight each`, sampleMs: ten.ours, opsPerSample: perBurst },
        baseline: {
          label: `raw undici POSTs of the same body, ${policy.concurrencyPerEndpoint * ENDPOINTS} in flight`,
          sampleMs: ten.baseline,
          opsPerSample: perBurst,
        },
        notes: `bursts of ${TEN_BURST} order.created events, each delivered to all ${ENDPOINTS} endpoints (one receiver), timed from commit until the receiver has all of them; ${(tenStatements / tenDeliveries).toFixed(1)} statements per delivery (one claim statement per leased window; attempts recorded in batches, BEGIN and COMMIT included).`,
      }),
    );

    return {
      benchmark: 'webhooks',
      title: 'Webhook delivery',
      environment: 'Node.js (dispatcher and receiver in one process, loopback)',
      database: engine,
      machine: machineInfo(),
      node_version: process.version,
      date: new Date().toISOString(),
      cases,
    };
  } finally {
    await dispatcher?.stop().catch(() => undefined);
    await sender.close().catch(() => undefined);
    await agent.close().catch(() => undefined);
    await receiver.close();
    await t.close();
  }
}

export const runWebhooksBenchmark: RunBenchmark = onEveryEngine(runOn);
