// Shared pieces of the webhook tests: a real HTTP receiver on 127.0.0.1 (port 0) that records raw
// requests, a dispatcher wired with a short retry policy, and the dispatcher tests' kit (a test
// database with a business, endpoints, events and what the queue holds for an endpoint).
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { recordEvent } from '../events/outbox';
import type { Database } from '../storage/database';
import { openTestDatabase, type Engine, type TestDatabase } from '../storage/test-database';
import { seedTestBusiness, type TestBusiness } from '../testing/test-business';
import { createSecretBox, type SecretBox } from './secret-box';
import { WebhookDispatcher, type DeliveryPolicy } from './webhook-dispatcher';
import { createSender, type SenderOptions, type WebhookSender } from './webhook-sender';
import { createEndpoint, type EndpointRow, type PayloadMode } from './webhook-store';
import type { EventEnvelope } from '../../core/events/envelope';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  receivedAt: number;
}

/** What the receiver answers: a status (+ headers/body), or 'hang' to never answer. */
export type Reply = { status: number; headers?: Record<string, string>; body?: string; delayMs?: number } | 'hang';

export interface Receiver {
  url: string;
  requests: ReceivedRequest[];
  reply: (request: ReceivedRequest, index: number) => Reply;
  /** Resolves once `count` requests have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

export async function startReceiver(reply: Receiver['reply'] = () => ({ status: 200, body: 'ok' })): Promise<Receiver> {
  const hanging = new Set<ServerResponse>();
  const waiters: { count: number; resolve: () => void }[] = [];
  const receiver: Receiver = {
    url: '',
    requests: [],
    reply,
    async waitFor(count, timeoutMs = 10_000) {
      if (receiver.requests.length >= count) return receiver.requests;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`receiver got ${receiver.requests.length} of ${count} requests`)), timeoutMs);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      });
      return receiver.requests;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: ReceivedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        rawBody: Buffer.concat(chunks),
        receivedAt: Date.now(),
      };
      const index = receiver.requests.push(request) - 1;
      for (const waiter of waiters.filter((w) => receiver.requests.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      const answer = receiver.reply(request, index);
      if (answer === 'hang') {
        hanging.add(res);
        return;
      }
      const send = () => res.writeHead(answer.status, answer.headers ?? {}).end(answer.body ?? '');
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return receiver;
}

export const testBox: SecretBox = createSecretBox(Buffer.alloc(32, 7));

export function testPolicy(overrides: Partial<DeliveryPolicy> = {}): DeliveryPolicy {
  return {
    retrySchedule: [200, 400],
    retryAfterCapMs: 12 * 3_600_000,
    disableAfterMs: 3 * 86_400_000,
    concurrencyPerEndpoint: 4,
    leaseMs: 5_000,
    ...overrides,
  };
}

export interface TestDispatcher {
  dispatcher: WebhookDispatcher;
  sender: WebhookSender;
  stop(): Promise<void>;
}

export async function startDispatcher(
  db: Database,
  policy: DeliveryPolicy,
  senderOptions: Partial<SenderOptions> = {},
  extra: { maxInFlight?: number; box?: SecretBox; pollIntervalMs?: number } = {},
): Promise<TestDispatcher> {
  const sender = createSender({ timeoutMs: 2_000, allowPrivate: true, ...senderOptions });
  const dispatcher = new WebhookDispatcher({
    db,
    box: extra.box ?? testBox,
    sender,
    policy,
    pollIntervalMs: extra.pollIntervalMs ?? 50,
    ...(extra.maxInFlight ? { maxInFlight: extra.maxInFlight } : {}),
  });
  await dispatcher.start();
  let stopped: Promise<void> | undefined;
  return {
    dispatcher,
    sender,
    /** Idempotent: a test may stop it early, the kit's clean-up stops it again. */
    stop() {
      stopped ??= dispatcher.stop().then(() => sender.close());
      return stopped;
    },
  };
}

/** Polls `check` until it returns a truthy value (rejects after `timeoutMs`). */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export interface DeliveryState {
  id: string;
  event_id: string;
  status: string;
  attempt_count: number;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: Date;
}

export interface AttemptState {
  number: number;
  status_code: number | null;
  error_class: string | null;
  error_message: string | null;
  response_body: string | null;
}

/**
 * The dispatcher tests' kit, for one engine: call it in a describe body. Opens a test database with a
 * seeded business (beforeAll); after each test closes the receivers and dispatchers it started and
 * deletes every endpoint (with their deliveries).
 */
export interface DispatcherTestKit {
  handle: TestDatabase;
  biz: TestBusiness;
  readonly db: Database;
  /** Run (in order) after each test. */
  cleanups: (() => Promise<void>)[];
  receiver(reply?: Receiver['reply']): Promise<Receiver>;
  dispatcher(...args: Parameters<typeof startDispatcher> extends [unknown, ...infer R] ? R : never): Promise<TestDispatcher>;
  endpoint(url: string, options?: { events?: string[]; payload?: PayloadMode; locationIds?: string[] | null; enabled?: boolean }): Promise<EndpointRow>;
  emit(type?: string, locationId?: string | null): Promise<EventEnvelope>;
  deliveries(endpointId: string): Promise<DeliveryState[]>;
  attempts(endpointId: string): Promise<AttemptState[]>;
  /** The endpoint's first delivery once it has `status`. */
  settled(endpointId: string, status: string): Promise<DeliveryState>;
}

export function dispatcherTestKit(engine: Engine): DispatcherTestKit {
  const kit: DispatcherTestKit = {
    handle: null as unknown as TestDatabase,
    biz: null as unknown as TestBusiness,
    get db(): Database {
      return kit.handle.db;
    },
    cleanups: [] as (() => Promise<void>)[],
    async receiver(reply?: Receiver['reply']): Promise<Receiver> {
      const r = await startReceiver(reply);
      kit.cleanups.push(() => r.close());
      return r;
    },
    async dispatcher(...args: Parameters<typeof startDispatcher> extends [unknown, ...infer R] ? R : never): Promise<TestDispatcher> {
      const d = await startDispatcher(kit.db, ...args);
      kit.cleanups.push(() => d.stop());
      return d;
    },
    async endpoint(url: string, options: { events?: string[]; payload?: PayloadMode; locationIds?: string[] | null; enabled?: boolean } = {}) {
      const { endpoint } = await kit.db.transaction((tx) =>
        createEndpoint(tx, testBox, {
          businessId: kit.biz.businessId,
          name: 'receiver',
          url,
          subscribedEvents: options.events ?? ['order.paid'],
          payload: options.payload ?? 'full',
          enabled: options.enabled ?? true,
          locationIds: options.locationIds ?? null,
        }),
      );
      return endpoint;
    },
    emit(type = 'order.paid', locationId: string | null = kit.biz.locationIds[0]!) {
      return kit.db.transaction((tx) =>
        recordEvent(tx, {
          businessId: kit.biz.businessId,
          type,
          locationId,
          data: { object: { id: 'ord_1', order_id: 'ord_1', product_id: 'prd_1', total: 980 } },
        }),
      );
    },
    async deliveries(endpointId: string): Promise<DeliveryState[]> {
      return (await kit.db.query<DeliveryState>('SELECT * FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY id', [endpointId])).rows;
    },
    async attempts(endpointId: string): Promise<AttemptState[]> {
      const { rows } = await kit.db.query<AttemptState>(
        'SELECT a.* FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id WHERE d.endpoint_id = $1 ORDER BY a.number, a.started_at',
        [endpointId],
      );
      return rows;
    },
    /** The endpoint's first delivery once it has `status`. */
    settled(endpointId: string, status: string): Promise<DeliveryState> {
      return eventually(
        async () => {
          const [d] = await kit.deliveries(endpointId);
          return d && d.status === status ? d : null;
        },
        15_000,
        `delivery ${status}`,
      );
    },
  };
  beforeAll(async () => {
    kit.handle = await openTestDatabase(engine);
    kit.biz = await seedTestBusiness(kit.db);
  });
  afterEach(async () => {
    // Receivers close first: that ends hanging attempts at once, so stopping the dispatchers is quick.
    for (const cleanup of kit.cleanups.splice(0)) await cleanup();
    await kit.db.query('DELETE FROM webhook_endpoints');
  });
  afterAll(async () => {
    await kit.handle.close();
  });
  return kit;
}
