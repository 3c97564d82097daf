// The dispatcher against real HTTP receivers: fan-out in the event's transaction, every retry path
// (5xx, timeout, connection refused, 429 + Retry-After, 410), exhaustion and auto-disable, thin
// payloads, per-endpoint isolation and restart safety (expired leases are re-claimed); on PostgreSQL
// also two dispatchers at once and a worker process killed mid-delivery.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordEvent } from '../sync-server/events/outbox';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../sync-server/storage/test-database';
import { claimDueDeliveries, performAttempt } from '../sync-server/webhooks/webhook-dispatcher';
import { createSender } from '../sync-server/webhooks/webhook-sender';
import { createEndpoint, updateEndpoint, type PayloadMode } from '../sync-server/webhooks/webhook-store';
import { eventually, startDispatcher, startReceiver, testBox, testPolicy, type Receiver, type TestDispatcher } from '../sync-server/webhooks/webhooks-test-support';
import { seedTestBusiness, type TestBusiness } from '../sync-server/testing/test-business';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface DeliveryState {
  status: string;
  attempt_count: number;
  last_status_code: number | null;
  next_attempt_at: Date;
}
interface AttemptState {
  number: number;
  status_code: number | null;
  error_class: string | null;
  response_body: string | null;
}

describe.each(TEST_ENGINES)('webhook dispatcher (%s)', (engine) => {
  let handle: TestDatabase;
  let biz: TestBusiness;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    biz = await seedTestBusiness(handle.db);
  });
  afterEach(async () => {
    // Receivers close first: that ends hanging attempts at once, so stopping the dispatchers is quick.
    for (const cleanup of cleanups.splice(0)) await cleanup();
    await handle.db.query('DELETE FROM webhook_endpoints');
  });
  afterAll(async () => {
    await handle.close();
  });

  async function receiver(reply?: Receiver['reply']): Promise<Receiver> {
    const r = await startReceiver(reply);
    cleanups.push(() => r.close());
    return r;
  }
  async function dispatcher(...args: Parameters<typeof startDispatcher> extends [unknown, ...infer R] ? R : never): Promise<TestDispatcher> {
    const d = await startDispatcher(handle.db, ...args);
    cleanups.push(() => d.stop());
    return d;
  }
  async function endpoint(url: string, options: { events?: string[]; payload?: PayloadMode; locationIds?: string[] | null; enabled?: boolean } = {}) {
    const { endpoint } = await handle.db.transaction((tx) =>
      createEndpoint(tx, testBox, {
        businessId: biz.businessId,
        name: 'receiver',
        url,
        subscribedEvents: options.events ?? ['order.paid'],
        payload: options.payload ?? 'full',
        enabled: options.enabled ?? true,
        locationIds: options.locationIds ?? null,
      }),
    );
    return endpoint;
  }
  const emit = (type = 'order.paid', locationId: string | null = biz.locationIds[0]) =>
    handle.db.transaction((tx) => recordEvent(tx, { businessId: biz.businessId, type, locationId, data: { object: { id: 'ord_1', order_id: 'ord_1', product_id: 'prd_1', total: 980 } } }));
  const deliveries = async (endpointId: string) =>
    (await handle.db.query<DeliveryState & { id: string; event_id: string; last_error: string | null }>('SELECT * FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY id', [endpointId])).rows;
  const attempts = async (endpointId: string) =>
    (
      await handle.db.query<AttemptState>(
        'SELECT a.* FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id WHERE d.endpoint_id = $1 ORDER BY a.number',
        [endpointId],
      )
    ).rows;
  const settled = (endpointId: string, status: string) =>
    eventually(async () => {
      const [d] = await deliveries(endpointId);
      return d && d.status === status ? d : null;
    }, 15_000, `delivery ${status}`);

  it('queues deliveries in the event transaction: by type, by location, never for disabled endpoints or rolled-back changes', async () => {
    const all = await endpoint('https://a.example.com/hook', { events: ['order.paid', 'product.updated'] });
    const shop2 = await endpoint('https://b.example.com/hook', { events: ['order.paid', 'product.updated'], locationIds: [biz.locationIds[1]] });
    const off = await endpoint('https://c.example.com/hook', { enabled: false });
    await emit('order.paid', biz.locationIds[0]);
    await emit('order.created', biz.locationIds[0]);
    await emit('product.updated', null);
    await expect(
      handle.db.transaction(async (tx) => {
        await recordEvent(tx, { businessId: biz.businessId, type: 'order.paid', locationId: biz.locationIds[1], data: { object: { id: 'ord_2' } } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const types = async (id: string) => (await handle.db.query<{ event_type: string }>('SELECT event_type FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY id', [id])).rows.map((r) => r.event_type);
    expect(await types(all.id)).toEqual(['order.paid', 'product.updated']);
    expect(await types(shop2.id)).toEqual(['product.updated']); // business-wide event, not shop 1's order
    expect(await types(off.id)).toEqual([]);
    await expect(handle.db.transaction((tx) => recordEvent(tx, { businessId: biz.businessId, type: 'order.exploded', data: {} }))).rejects.toThrow(/unknown event type/);
  });

  it('wakes on the commit notification, without waiting for a poll', async () => {
    const r = await receiver();
    await endpoint(r.url);
    // A 10-minute poll: only the NOTIFY sent at commit can bring this delivery within the wait below.
    await dispatcher(testPolicy(), {}, { pollIntervalMs: 600_000 });
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the start-up claim round finish empty
    const event = await emit();
    const [request] = await r.waitFor(1, 5_000);
    expect(request!.headers['x-pos-event-id']).toBe(event.id);
  });

  it('retries 5xx answers on the schedule with the same event id, then succeeds; stores the first 2 KB of each response', async () => {
    const r = await receiver((_req, i) => (i < 2 ? { status: i === 0 ? 500 : 502, body: 'x'.repeat(5000) } : { status: 204 }));
    const ep = await endpoint(r.url);
    await dispatcher(testPolicy({ retrySchedule: [200, 400] }));
    const event = await emit();
    const delivery = await settled(ep.id, 'succeeded');
    expect(r.requests).toHaveLength(3);
    expect(new Set(r.requests.map((q) => q.headers['x-pos-event-id']))).toEqual(new Set([event.id]));
    expect(new Set(r.requests.map((q) => q.headers['x-pos-delivery-id'])).size).toBe(1);
    expect(r.requests[1]!.receivedAt - r.requests[0]!.receivedAt).toBeGreaterThanOrEqual(170); // 200 ms − 10 % jitter
    expect(r.requests[2]!.receivedAt - r.requests[1]!.receivedAt).toBeGreaterThanOrEqual(350);
    expect(delivery.attempt_count).toBe(3);
    const log = await attempts(ep.id);
    expect(log.map((a) => [a.number, a.status_code, a.error_class])).toEqual([
      [1, 500, 'http_status'],
      [2, 502, 'http_status'],
      [3, 204, null],
    ]);
    expect(log[0]!.response_body).toHaveLength(2048);
  });

  it('says the receiver rejects the signature or credentials on 401 and 403, and keeps the retry schedule', async () => {
    const r = await receiver((_req, i) => (i === 0 ? { status: 401 } : i === 1 ? { status: 403 } : { status: 200 }));
    const ep = await endpoint(r.url);
    await dispatcher(testPolicy({ retrySchedule: [200, 400] }));
    await emit();
    const delivery = await settled(ep.id, 'succeeded');
    expect(r.requests).toHaveLength(3);
    expect(r.requests[1]!.receivedAt - r.requests[0]!.receivedAt).toBeGreaterThanOrEqual(170);
    expect(r.requests[2]!.receivedAt - r.requests[1]!.receivedAt).toBeGreaterThanOrEqual(350);
    expect(delivery.attempt_count).toBe(3);
    const log = (await handle.db.query<AttemptState & { error_message: string | null }>(
      'SELECT a.* FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id WHERE d.endpoint_id = $1 ORDER BY a.number',
      [ep.id],
    )).rows;
    expect(log.map((a) => [a.status_code, a.error_class])).toEqual([
      [401, 'http_status'],
      [403, 'http_status'],
      [200, null],
    ]);
    for (const a of log.slice(0, 2)) expect(a.error_message).toMatch(/^receiver answered 40[13]: the receiver rejects the signature or credentials/);
  });

  it('keeps the 401 wording in last_error while the delivery waits for its retry', async () => {
    const r = await receiver(() => ({ status: 403 }));
    const ep = await endpoint(r.url);
    await dispatcher(testPolicy({ retrySchedule: [60_000] }));
    await emit();
    const waiting = await eventually(async () => {
      const [d] = await deliveries(ep.id);
      return d && d.attempt_count === 1 ? d : null;
    }, 15_000, 'the first attempt');
    expect(waiting.status).toBe('pending');
    expect(waiting.last_error).toMatch(/^http_status: receiver answered 403: the receiver rejects the signature or credentials/);
    // Retried on the ordinary schedule (60 s ± 10 %), not given up and not hurried.
    expect(new Date(waiting.next_attempt_at).getTime() - Date.now()).toBeGreaterThan(40_000);
  });

  it('gives up after the last retry, keeps the endpoint while failures are younger than the disable window', async () => {
    const r = await receiver(() => ({ status: 500 }));
    const ep = await endpoint(r.url);
    await dispatcher(testPolicy({ retrySchedule: [100, 100] }));
    await emit();
    await settled(ep.id, 'failed');
    expect(r.requests).toHaveLength(3);
    const { rows } = await handle.db.query<{ enabled: boolean; failing_since: Date | null }>('SELECT enabled, failing_since FROM webhook_endpoints WHERE id = $1', [ep.id]);
    expect(rows[0]!.enabled).toBe(true);
    expect(rows[0]!.failing_since).toBeInstanceOf(Date);
  });

  it('disables an endpoint whose deliveries keep exhausting their retries for the disable window, with the reason', async () => {
    const r = await receiver(() => ({ status: 503 }));
    const ep = await endpoint(r.url);
    await dispatcher(testPolicy({ retrySchedule: [50], disableAfterMs: 0 }));
    await emit();
    await settled(ep.id, 'failed');
    const { rows } = await handle.db.query<{ enabled: boolean; disabled_reason: string }>('SELECT enabled, disabled_reason FROM webhook_endpoints WHERE id = $1', [ep.id]);
    expect(rows[0]!.enabled).toBe(false);
    expect(rows[0]!.disabled_reason).toMatch(/failed after all retries.*http_status/);
    // Disabled: the next event queues nothing for it (it stays in the feed for replay).
    await emit();
    expect(await deliveries(ep.id)).toHaveLength(1);
  });

  it('a success clears the failure streak', async () => {
    const r = await receiver((_q, i) => (i < 2 ? { status: 500 } : { status: 200 }));
    const ep = await endpoint(r.url);
    await dispatcher(testPolicy({ retrySchedule: [50] }));
    await emit();
    await settled(ep.id, 'failed');
    await handle.db.query('DELETE FROM webhook_deliveries WHERE endpoint_id = $1', [ep.id]);
    await emit();
    await settled(ep.id, 'succeeded');
    const { rows } = await handle.db.query<{ failing_since: Date | null }>('SELECT failing_since FROM webhook_endpoints WHERE id = $1', [ep.id]);
    expect(rows[0]!.failing_since).toBeNull();
  });

  it('classifies a receiver that does not answer in time as a timeout and retries', async () => {
    const r = await receiver((_q, i) => (i === 0 ? 'hang' : { status: 200 }));
    const ep = await endpoint(r.url);
    await dispatcher(testPolicy({ retrySchedule: [100] }), { timeoutMs: 400 });
    await emit();
    await settled(ep.id, 'succeeded');
    expect((await attempts(ep.id)).map((a) => a.error_class)).toEqual(['timeout', null]);
  });

  it('classifies a closed port as connection_refused and retries it until exhausted', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const ep = await endpoint(`http://127.0.0.1:${port}/hook`);
    await dispatcher(testPolicy({ retrySchedule: [50, 50] }));
    await emit();
    await settled(ep.id, 'failed');
    expect((await attempts(ep.id)).map((a) => a.error_class)).toEqual(['connection_refused', 'connection_refused', 'connection_refused']);
  });

  it('honours Retry-After on 429 when it is longer than the schedule', async () => {
    const r = await receiver((_q, i) => (i === 0 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 200 }));
    const ep = await endpoint(r.url);
    await dispatcher(testPolicy({ retrySchedule: [100] }));
    await emit();
    await settled(ep.id, 'succeeded');
    expect(r.requests[1]!.receivedAt - r.requests[0]!.receivedAt).toBeGreaterThanOrEqual(950);
  });

  it('caps a huge Retry-After on 503', async () => {
    const r = await receiver(() => ({ status: 503, headers: { 'retry-after': '86400' } }));
    const ep = await endpoint(r.url);
    await dispatcher(testPolicy({ retrySchedule: [100], retryAfterCapMs: 60_000 }));
    const before = Date.now();
    await emit();
    const d = await eventually(async () => {
      const [row] = await deliveries(ep.id);
      return row && row.attempt_count === 1 ? row : null;
    });
    const wait = new Date(d.next_attempt_at).getTime() - before;
    expect(wait).toBeGreaterThan(50_000);
    expect(wait).toBeLessThanOrEqual(61_000);
  });

  it('disables the endpoint at once on 410 and fails what was still queued for it', async () => {
    const r = await receiver(() => ({ status: 410, body: 'gone' }));
    const ep = await endpoint(r.url);
    await emit();
    await emit();
    await dispatcher(testPolicy({ concurrencyPerEndpoint: 1 }));
    await eventually(async () => (await deliveries(ep.id)).every((d) => d.status === 'failed'));
    expect(r.requests).toHaveLength(1);
    const { rows } = await handle.db.query<{ enabled: boolean; disabled_reason: string }>('SELECT enabled, disabled_reason FROM webhook_endpoints WHERE id = $1', [ep.id]);
    expect(rows[0]).toEqual({ enabled: false, disabled_reason: expect.stringMatching(/410 Gone/) });
  });

  it('an endpoint disabled while an attempt runs gets no retry queued: nothing stays pending', async () => {
    const r = await receiver(() => ({ status: 500, delayMs: 400 }));
    const ep = await endpoint(r.url);
    await dispatcher(testPolicy({ retrySchedule: [100, 100] }));
    await emit();
    await r.waitFor(1);
    await handle.db.transaction((tx) => updateEndpoint(tx, biz.businessId, ep.id, { enabled: false }));
    const failed = await settled(ep.id, 'failed');
    expect(failed.attempt_count).toBe(1);
    expect((await deliveries(ep.id))[0]).toMatchObject({ last_error: expect.stringMatching(/^endpoint disabled/) });
    expect(r.requests).toHaveLength(1);
  });

  it('sends thin payloads to thin endpoints and full ones to the others', async () => {
    const thin = await receiver();
    const full = await receiver();
    const a = await endpoint(thin.url, { payload: 'thin' });
    await endpoint(full.url, { payload: 'full' });
    await dispatcher(testPolicy());
    const event = await emit();
    const [t] = await thin.waitFor(1);
    const [f] = await full.waitFor(1);
    const thinBody = JSON.parse(t!.rawBody.toString('utf8'));
    // Without a configured public URL the dispatcher links under the service's default address.
    expect(thinBody).toEqual({ ...event, data: { id: 'ord_1', url: 'http://127.0.0.1:8080/api/v1/orders/ord_1' } });
    expect(JSON.parse(f!.rawBody.toString('utf8'))).toEqual(event);
    expect(a.payload).toBe('thin');
  });

  it('keeps at most the cap in flight per endpoint, and a hanging endpoint never delays another', async () => {
    const slow = await receiver(() => 'hang');
    const fast = await receiver();
    const slowEp = await endpoint(slow.url);
    await endpoint(fast.url, { events: ['order.created'] });
    for (let i = 0; i < 6; i++) await emit('order.paid');
    await dispatcher(testPolicy({ concurrencyPerEndpoint: 4 }), { timeoutMs: 8_000 });
    await slow.waitFor(4);
    await emit('order.created');
    await fast.waitFor(1);
    // The fast receiver was served while all four slow attempts were still open, and no fifth started.
    expect(slow.requests).toHaveLength(4);
    const open = await handle.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1 AND lease_until > now()`, [slowEp.id]);
    expect(open.rows[0]!.n).toBe(4);
  });

  it('many endpoints stuck at their cap never starve a healthy one', async () => {
    const slow = await receiver((req) => (req.path.includes('slow') ? 'hang' : { status: 200 }));
    for (let i = 0; i < 20; i++) await endpoint(`${slow.url}?slow=${i}`);
    const fastEp = await endpoint(`${slow.url}?fast`, { events: ['order.created'] });
    await emit('order.paid');
    await emit('order.paid');
    // 24 slots: 20 held by hanging attempts, so a claim round looks at few endpoints at a time.
    await dispatcher(testPolicy({ concurrencyPerEndpoint: 1 }), { timeoutMs: 8_000 }, { maxInFlight: 24 });
    await slow.waitFor(20);
    await emit('order.created');
    await settled(fastEp.id, 'succeeded');
    expect(slow.requests.filter((q) => q.path.includes('slow'))).toHaveLength(20); // one each: the cap, never the second event
  });

  it('re-claims a delivery whose worker died mid-attempt once its lease expires; a late report from the dead worker changes nothing', async () => {
    const r = await receiver();
    const ep = await endpoint(r.url);
    await emit();
    const policy = testPolicy({ leaseMs: 300 });
    // A worker claims and "dies" before sending anything.
    const [lease] = await claimDueDeliveries(handle.db, policy, 10);
    expect(lease).toBeDefined();
    expect(await claimDueDeliveries(handle.db, policy, 10)).toEqual([]); // leased: nobody else takes it
    await dispatcher(policy);
    const done = await settled(ep.id, 'succeeded');
    expect(done.attempt_count).toBe(1);
    expect(r.requests).toHaveLength(1);
    // The dead worker wakes up and reports with its stale lease: recorded as an attempt, state unchanged.
    const sender = createSender({ timeoutMs: 2000, allowPrivate: true });
    cleanups.push(() => sender.close());
    const outcome = await performAttempt({ db: handle.db, box: testBox, sender, policy }, lease!.id, lease!.lease_token, 'scheduled');
    expect(outcome?.status).toBe('succeeded');
    const [after] = await deliveries(ep.id);
    expect(after!.status).toBe('succeeded');
  });

  // PostgreSQL only: PGlite is one connection, so SKIP LOCKED never skips there and there is no second process.
  describe.runIf(engine === 'postgres')('on PostgreSQL only', () => {
    it('two dispatchers on separate pools deliver every event to every endpoint exactly once, within the per-endpoint cap', async () => {
      // Concurrent requests per receiver: each answers after 30 ms, so overlapping requests are in flight together.
      const maxOpen = [0, 0, 0];
      const receivers = await Promise.all(
        [0, 1, 2].map((i) => {
          let open = 0;
          return startReceiver(() => {
            open++;
            maxOpen[i] = Math.max(maxOpen[i]!, open);
            setTimeout(() => open--, 30);
            return { status: 200, delayMs: 30 };
          });
        }),
      );
      const endpoints = await Promise.all(receivers.map((r) => endpoint(r.url)));
      const policy = testPolicy({ concurrencyPerEndpoint: 2 });
      const a = await startDispatcher(handle.db, policy);
      const b = await startDispatcher(await handle.reopen(), policy);
      try {
        const events: string[] = [];
        for (let i = 0; i < 40; i++) events.push((await emit()).id);
        for (const r of receivers) await r.waitFor(40, 30_000);
        await new Promise((resolve) => setTimeout(resolve, 300)); // a double send would show up now
        for (const r of receivers) {
          const ids = r.requests.map((q) => q.headers['x-pos-event-id']);
          expect(ids).toHaveLength(40);
          expect(new Set(ids)).toEqual(new Set(events));
        }
        for (const n of maxOpen) expect(n).toBeLessThanOrEqual(2);
        const attempts = await handle.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id WHERE d.endpoint_id = ANY ($1)',
          [endpoints.map((e) => e.id)],
        );
        expect(attempts.rows[0]!.n).toBe(120);
      } finally {
        await a.stop();
        await b.stop();
        for (const r of receivers) await r.close();
      }
    });

    it('a worker process killed mid-delivery: the delivery is re-sent after its lease expires and completes once', async () => {
      let first = true;
      const receiver = await startReceiver(() => {
        if (first) {
          first = false;
          return 'hang';
        }
        return { status: 200 };
      });
      const ep = await endpoint(receiver.url);
      const child = spawn(process.execPath, ['bin/run-ts.js', 'test/fixtures/webhook-worker.ts'], {
        cwd: ROOT,
        env: { ...process.env, DB_URL: handle.databaseUrl, DB_SCHEMA: handle.schema, LEASE_MS: '1500' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      let survivor: Awaited<ReturnType<typeof startDispatcher>> | null = null;
      try {
        await new Promise<void>((resolve, reject) => {
          child.stdout!.on('data', (chunk: Buffer) => (chunk.toString().includes('ready') ? resolve() : undefined));
          child.on('exit', (code) => reject(new Error(`worker exited early (${code})`)));
        });
        const event = await emit();
        await receiver.waitFor(1, 20_000);
        child.kill('SIGKILL');
        await exited;
        survivor = await startDispatcher(handle.db, testPolicy({ leaseMs: 1500 }));
        const done = await eventually(async () => {
          const { rows } = await handle.db.query<{ status: string; attempt_count: number }>('SELECT status, attempt_count FROM webhook_deliveries WHERE endpoint_id = $1', [ep.id]);
          return rows[0]?.status === 'succeeded' ? rows[0] : null;
        }, 20_000, 'the re-sent delivery');
        expect(done.attempt_count).toBe(1);
        expect(receiver.requests.map((q) => q.headers['x-pos-event-id'])).toEqual([event.id, event.id]);
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        await survivor?.stop();
        await receiver.close();
      }
    });
  });
});
