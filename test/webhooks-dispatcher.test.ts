// The dispatcher against real HTTP receivers: fan-out in the event's transaction, the commit
// wake-up, thin payloads, per-endpoint isolation and restart safety (expired leases are re-claimed);
// on PostgreSQL also two dispatchers at once and a worker process killed mid-delivery. Retry paths:
// webhooks-dispatcher-retries.test.ts; batched claims and recording: webhooks-dispatcher-batching.test.ts.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFeedJson } from '../sync-server/events/events-feed';
import { recordEvent } from '../sync-server/events/outbox';
import { TEST_ENGINES } from '../sync-server/storage/test-database';
import { claimDueDeliveries, performAttempt } from '../sync-server/webhooks/webhook-dispatcher';
import { createSender } from '../sync-server/webhooks/webhook-sender';
import { dispatcherTestKit, eventually, startDispatcher, startReceiver, testBox, testPolicy } from '../sync-server/webhooks/webhooks-test-support';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe.each(TEST_ENGINES)('webhook dispatcher (%s)', (engine) => {
  const kit = dispatcherTestKit(engine);

  it('queues deliveries in the event transaction: by type, by location, never for disabled endpoints or rolled-back changes', async () => {
    const all = await kit.endpoint('https://a.example.com/hook', { events: ['order.paid', 'product.updated'] });
    const shop2 = await kit.endpoint('https://b.example.com/hook', { events: ['order.paid', 'product.updated'], locationIds: [kit.biz.locationIds[1]] });
    const off = await kit.endpoint('https://c.example.com/hook', { enabled: false });
    await kit.emit('order.paid', kit.biz.locationIds[0]);
    await kit.emit('order.created', kit.biz.locationIds[0]);
    await kit.emit('product.updated', null);
    await expect(
      kit.db.transaction(async (tx) => {
        await recordEvent(tx, { businessId: kit.biz.businessId, type: 'order.paid', locationId: kit.biz.locationIds[1], data: { object: { id: 'ord_2' } } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const types = async (id: string) =>
      (await kit.db.query<{ event_type: string }>('SELECT event_type FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY id', [id])).rows.map(
        (r) => r.event_type,
      );
    expect(await types(all.id)).toEqual(['order.paid', 'product.updated']);
    expect(await types(shop2.id)).toEqual(['product.updated']); // business-wide event, not shop 1's order
    expect(await types(off.id)).toEqual([]);
    await expect(kit.db.transaction((tx) => recordEvent(tx, { businessId: kit.biz.businessId, type: 'order.exploded', data: {} }))).rejects.toThrow(
      /unknown event type/,
    );
  });

  it('wakes on the commit notification, without waiting for a poll', async () => {
    const r = await kit.receiver();
    await kit.endpoint(r.url);
    // A 10-minute poll: only the NOTIFY sent at commit can bring this delivery within the wait below.
    await kit.dispatcher(testPolicy(), {}, { pollIntervalMs: 600_000 });
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the start-up claim round finish empty
    const event = await kit.emit();
    const [request] = await r.waitFor(1, 5_000);
    expect(request!.headers['x-pos-event-id']).toBe(event.id);
  });

  it("sends thin payloads to thin endpoints and full ones (the feed's envelope bytes) to the others", async () => {
    const thin = await kit.receiver();
    const full = await kit.receiver();
    const a = await kit.endpoint(thin.url, { payload: 'thin' });
    await kit.endpoint(full.url, { payload: 'full' });
    await kit.dispatcher(testPolicy());
    const event = await kit.emit();
    const [t] = await thin.waitFor(1);
    const [f] = await full.waitFor(1);
    const thinBody = JSON.parse(t!.rawBody.toString('utf8'));
    // Without a configured public URL the dispatcher links under the service's default address.
    expect(thinBody).toEqual({ ...event, data: { id: 'ord_1', url: 'http://127.0.0.1:8080/api/v1/orders/ord_1' } });
    expect(JSON.parse(f!.rawBody.toString('utf8'))).toEqual(event);
    // A full body is the envelope as the events feed writes it, byte for byte (the database writes both).
    const feed = await readFeedJson(kit.db, { businessId: kit.biz.businessId, locationIds: null });
    expect(feed.toString('utf8')).toContain(f!.rawBody.toString('utf8'));
    expect(a.payload).toBe('thin');
  });

  it('keeps at most the cap in flight per endpoint, and a hanging endpoint never delays another', async () => {
    const slow = await kit.receiver(() => 'hang');
    const fast = await kit.receiver();
    const slowEp = await kit.endpoint(slow.url);
    await kit.endpoint(fast.url, { events: ['order.created'] });
    for (let i = 0; i < 6; i++) await kit.emit('order.paid');
    const d = await kit.dispatcher(testPolicy({ concurrencyPerEndpoint: 4 }), { timeoutMs: 8_000 });
    await slow.waitFor(4);
    await kit.emit('order.created');
    await fast.waitFor(1);
    // The fast receiver was served while all four slow attempts were still open, and no fifth started
    // (all six are leased, by the one dispatcher that holds the endpoint: the cap is kept in its memory).
    expect(slow.requests).toHaveLength(4);
    const held = await kit.db.query<{ dispatcher_id: string | null; leased: number }>(
      `SELECT e.dispatcher_id, (SELECT count(*)::int FROM webhook_deliveries d WHERE d.endpoint_id = e.id AND d.lease_until > now()) AS leased
       FROM webhook_endpoints e WHERE e.id = $1`,
      [slowEp.id],
    );
    expect(held.rows[0]).toEqual({ dispatcher_id: d.dispatcher.id, leased: 6 });
  });

  it('many endpoints stuck at their cap never starve a healthy one', async () => {
    const slow = await kit.receiver((req) => (req.path.includes('slow') ? 'hang' : { status: 200 }));
    for (let i = 0; i < 20; i++) await kit.endpoint(`${slow.url}?slow=${i}`);
    const fastEp = await kit.endpoint(`${slow.url}?fast`, { events: ['order.created'] });
    await kit.emit('order.paid');
    await kit.emit('order.paid');
    // 24 slots: 20 held by hanging attempts, so a claim round looks at few endpoints at a time.
    await kit.dispatcher(testPolicy({ concurrencyPerEndpoint: 1 }), { timeoutMs: 8_000 }, { maxInFlight: 24 });
    await slow.waitFor(20);
    await kit.emit('order.created');
    await kit.settled(fastEp.id, 'succeeded');
    expect(slow.requests.filter((q) => q.path.includes('slow'))).toHaveLength(20); // one each: the cap, never the second event
  });

  it('re-claims a delivery whose worker died mid-attempt once its lease expires; a late report from the dead worker changes nothing', async () => {
    const r = await kit.receiver();
    const ep = await kit.endpoint(r.url);
    await kit.emit();
    const policy = testPolicy({ leaseMs: 300 });
    // A worker claims and "dies" before sending anything.
    const [lease] = await claimDueDeliveries(kit.db, policy, 10);
    expect(lease).toBeDefined();
    expect(await claimDueDeliveries(kit.db, policy, 10)).toEqual([]); // leased: nobody else takes it
    await kit.dispatcher(policy);
    const done = await kit.settled(ep.id, 'succeeded');
    expect(done.attempt_count).toBe(1);
    expect(r.requests).toHaveLength(1);
    // The dead worker wakes up and reports with its stale lease: recorded as an attempt, state unchanged.
    const sender = createSender({ timeoutMs: 2000, allowPrivate: true });
    kit.cleanups.push(() => sender.close());
    const outcome = await performAttempt({ db: kit.db, box: testBox, sender, policy }, lease!.id, lease!.lease_token, 'scheduled');
    expect(outcome?.status).toBe('succeeded');
    const [after] = await kit.deliveries(ep.id);
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
      const endpoints = await Promise.all(receivers.map((r) => kit.endpoint(r.url)));
      const policy = testPolicy({ concurrencyPerEndpoint: 2 });
      const a = await startDispatcher(kit.db, policy);
      const b = await startDispatcher(await kit.handle.reopen(), policy);
      try {
        const events: string[] = [];
        for (let i = 0; i < 40; i++) events.push((await kit.emit()).id);
        for (const r of receivers) await r.waitFor(40, 30_000);
        await new Promise((resolve) => setTimeout(resolve, 300)); // a double send would show up now
        for (const r of receivers) {
          const ids = r.requests.map((q) => q.headers['x-pos-event-id']);
          expect(ids).toHaveLength(40);
          expect(new Set(ids)).toEqual(new Set(events));
        }
        for (const n of maxOpen) expect(n).toBeLessThanOrEqual(2);
        const attempts = await kit.db.query<{ n: number }>(
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
      const ep = await kit.endpoint(receiver.url);
      const child = spawn(process.execPath, ['bin/run-ts.js', 'test/fixtures/webhook-worker.ts'], {
        cwd: ROOT,
        env: { ...process.env, DB_URL: kit.handle.databaseUrl, DB_SCHEMA: kit.handle.schema, LEASE_MS: '1500' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      let survivor: Awaited<ReturnType<typeof startDispatcher>> | null = null;
      try {
        await new Promise<void>((resolve, reject) => {
          child.stdout!.on('data', (chunk: Buffer) => (chunk.toString().includes('ready') ? resolve() : undefined));
          child.on('exit', (code) => reject(new Error(`worker exited early (${code})`)));
        });
        const event = await kit.emit();
        await receiver.waitFor(1, 20_000);
        child.kill('SIGKILL');
        await exited;
        survivor = await startDispatcher(kit.db, testPolicy({ leaseMs: 1500 }));
        const done = await eventually(
          async () => {
            const { rows } = await kit.db.query<{ status: string; attempt_count: number }>(
              'SELECT status, attempt_count FROM webhook_deliveries WHERE endpoint_id = $1',
              [ep.id],
            );
            return rows[0]?.status === 'succeeded' ? rows[0] : null;
          },
          20_000,
          'the re-sent delivery',
        );
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
