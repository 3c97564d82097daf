// Issue #11 must-fix 1: PostgreSQL restarted (pg_ctl restart -m fast and -m immediate) under a
// running `serve` (a real child process) while 4 API clients post orders, a till pushes sales and the
// dispatcher delivers webhooks. The process stays up, answers 503 in the error shape with Retry-After
// while the database is away, recovers by itself, and nothing is lost or done twice.
// The server is the test's own (private-cluster.ts), never the shared one at 127.0.0.1:5432.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../sync-server/auth/api-keys';
import { openDatabase, type Database } from '../../sync-server/storage/database';
import { migrate } from '../../sync-server/storage/migrate';
import { createPairingCode, mutation, saleSnapshot } from '../../sync-server/sync/test-sync-fixtures';
import type { Mutation } from '../../core/sync/mutations';
import type { PushResponse } from '../../core/sync/protocol';
import { privateClusterAvailable, startPrivateCluster, type PrivateCluster } from './private-cluster';
import { startServe, type ServeProcess } from './serve-process';
import { seedTestBusiness, type TestBusiness } from '../../sync-server/testing/test-business';

const available = privateClusterAvailable();
if (!available && (process.env.CI === 'true' || process.env.CI === '1')) {
  throw new Error('CI expects the PostgreSQL server binaries (Debian postgresql) for the restart tests; .ci/run installs them');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Seen {
  statuses: Map<number, number>;
  unavailable: { body: unknown; retryAfter: string | null }[];
  networkErrors: number;
}

describe.runIf(available)('PostgreSQL restarts under a running serve', () => {
  let cluster: PrivateCluster;
  let db: Database;
  let f: TestBusiness;
  let apiKey: string;
  let serve: ServeProcess;
  let receiver: Server;
  const received: string[] = [];

  beforeAll(async () => {
    cluster = await startPrivateCluster();
    db = await openDatabase({ databaseUrl: cluster.url, poolSize: 2 });
    await migrate(db);
    f = await seedTestBusiness(db);
    apiKey = (
      await createApiKey(db, {
        businessId: f.businessId,
        name: 'restart test',
        scopes: ['orders:read', 'orders:write', 'webhooks:write', 'webhooks:read'],
        locationIds: 'all',
      })
    ).key;
    receiver = createServer((request, response) => {
      const id = request.headers['x-pos-event-id'];
      request.resume();
      request.on('end', () => {
        if (typeof id === 'string') received.push(id);
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    serve = await startServe({
      DATABASE_URL: cluster.url,
      POS_WEBHOOK_ALLOW_PRIVATE: '1',
      POS_API_RATE_LIMIT: '100000/s',
      POS_WEBHOOK_RETRY_SCHEDULE: '200ms,500ms,1s,2s,2s,2s',
      LOG_LEVEL: 'error',
    });
  });

  afterAll(async () => {
    await serve?.stop();
    await db?.close().catch(() => undefined);
    await new Promise((resolve) => receiver?.close(resolve));
    await cluster?.destroy();
  });

  const api = (path: string, init: { method?: string; body?: unknown; key?: string } = {}) =>
    fetch(`${serve.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${apiKey}`,
        ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(init.key ? { 'Idempotency-Key': init.key } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(20_000),
    });

  /** Posts one order under `key` until the service answers 201 (retrying 503, 409 and dropped connections, as an integrator would). */
  async function placeOrder(key: string, seen: Seen): Promise<string> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (serve.exitCode() !== null) throw new Error(`serve exited (${serve.exitCode()}): ${serve.stderr().slice(-3000)}`);
      if (Date.now() > deadline)
        throw new Error(
          `no 201 for ${key} within 30 s: ${JSON.stringify({ statuses: [...seen.statuses], networkErrors: seen.networkErrors, stderr: serve.stderr().slice(-2000) })}`,
        );
      let status = 0;
      try {
        const res = await api('/api/v1/orders', {
          method: 'POST',
          key,
          body: { location_id: f.locationId, items: [{ product_id: f.productIds[0], quantity: 1 }], external_ref: key },
        });
        status = res.status;
        seen.statuses.set(status, (seen.statuses.get(status) ?? 0) + 1);
        const body = (await res.json()) as { id?: string };
        if (status === 201) return body.id!;
        if (status === 503) seen.unavailable.push({ body, retryAfter: res.headers.get('retry-after') });
        else if (status !== 409) throw new Error(`unexpected ${status}: ${JSON.stringify(body)}`);
      } catch (error) {
        if (status !== 0) throw error;
        seen.networkErrors++;
      }
      await sleep(100);
    }
  }

  /** A till: pushes its outbox in batches of 5, resending whatever is not acked (as the real till's outbox does). */
  async function runTill(token: string, sales: number, until: () => boolean): Promise<{ sent: Mutation[]; applied: Set<string> }> {
    const sent: Mutation[] = [];
    const applied = new Set<string>();
    let acked = 0;
    const deadline = Date.now() + 40_000;
    while (!until() || acked < sent.length) {
      if (serve.exitCode() !== null) throw new Error(`serve exited (${serve.exitCode()}): ${serve.stderr().slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`till stuck at acked_seq ${acked} of ${sent.length}`);
      if (sent.length < sales && !until()) {
        const sale = saleSnapshot(f);
        sent.push(mutation(sent.length + 1, 'order.completed', { order: sale }, sale.completed_at));
      }
      const batch = sent.filter((m) => m.seq > acked).slice(0, 5);
      if (batch.length === 0) {
        await sleep(50);
        continue;
      }
      try {
        const res = await fetch(`${serve.url}/sync/v1/push`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ mutations: batch }),
          signal: AbortSignal.timeout(20_000),
        });
        const body = (await res.json()) as PushResponse & { expected_seq?: number };
        if (res.status === 200) {
          for (const r of body.results) if (r.status === 'applied') applied.add(r.id);
          acked = body.acked_seq;
        } else if (res.status !== 503 && res.status !== 409) {
          throw new Error(`push answered ${res.status}: ${JSON.stringify(body)}`);
        }
      } catch (error) {
        if (!(error instanceof TypeError)) throw error; // fetch failed: the connection dropped
      }
      await sleep(50);
    }
    return { sent, applied };
  }

  it('stays up through restart -m fast and -m immediate under 4 API clients, a pushing till and webhook dispatch; nothing lost or doubled', async () => {
    const hook = await api('/api/v1/webhooks', {
      method: 'POST',
      key: randomUUID(),
      body: { name: 'restart receiver', url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, subscribed_events: ['order.created'] },
    });
    expect(hook.status).toBe(201);
    const code = await createPairingCode(db, f);
    const pair = await fetch(`${serve.url}/sync/v1/pair`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, device_name: 'Restart till' }),
    });
    const { device_token: token } = (await pair.json()) as { device_token: string };

    const seen: Seen = { statuses: new Map(), unavailable: [], networkErrors: 0 };
    const placed = new Map<string, string>();
    let loading = true;
    const client = async () => {
      while (loading) {
        const key = randomUUID();
        placed.set(key, await placeOrder(key, seen));
      }
    };
    const clients = [client(), client(), client(), client()];
    const till = runTill(token, 60, () => !loading);
    await sleep(1_000);
    await cluster.restart('fast');
    await sleep(1_500);
    await cluster.restart('immediate');
    await sleep(1_500);
    loading = false;
    await Promise.all(clients);
    const { sent, applied } = await till;

    expect(serve.exitCode(), serve.stderr()).toBeNull();
    expect(serve.stderr()).not.toMatch(/Unhandled|uncaught|EPIPE/i);
    // The restarts hit requests in flight: they were answered 503 in the error shape, with Retry-After.
    expect(seen.unavailable.length + seen.networkErrors).toBeGreaterThan(0);
    for (const answer of seen.unavailable) {
      expect(answer.retryAfter).toMatch(/^\d+$/);
      expect(answer.body).toMatchObject({ error: { type: 'internal', code: 'service_unavailable', request_id: expect.any(String) } });
    }
    expect(placed.size).toBeGreaterThan(8);
    // Every accepted API order exists exactly once (external_ref carries the Idempotency-Key).
    const { rows } = await db.query<{ external_ref: string; n: number; id: string }>(
      'SELECT external_ref, count(*)::int AS n, min(id) AS id FROM orders WHERE business_id = $1 AND external_ref IS NOT NULL GROUP BY external_ref',
      [f.businessId],
    );
    expect(rows.filter((r) => r.n !== 1)).toEqual([]);
    expect(new Map(rows.map((r) => [r.external_ref, r.id]))).toEqual(placed);
    // Every till sale exactly once, each applied (not rejected) on its first successful push.
    expect(applied.size).toBe(sent.length);
    const tillOrders = await db.query<{ id: string }>(`SELECT id FROM orders WHERE business_id = $1 AND source = 'till'`, [f.businessId]);
    expect(tillOrders.rows.map((r) => r.id).sort()).toEqual(sent.map((m) => (m.payload as { order: { id: string } }).order.id).sort());
    // Every order.created event reaches the receiver, and exactly once.
    const events = await db.query<{ id: string }>(`SELECT id FROM events WHERE business_id = $1 AND type = 'order.created'`, [f.businessId]);
    expect(events.rowCount).toBe(placed.size + sent.length);
    await expect.poll(() => new Set(received).size, { timeout: 20_000, interval: 200 }).toBe(events.rowCount);
    await sleep(500);
    expect(received.slice().sort()).toEqual(events.rows.map((r) => r.id).sort());
    expect(serve.exitCode()).toBeNull();
  }, 90_000);

  it('answers 503 in the error shape with Retry-After while the database is down, and recovers by itself', async () => {
    await cluster.stop('fast');
    try {
      const res = await api('/api/v1/orders', {
        method: 'POST',
        key: randomUUID(),
        body: { location_id: f.locationId, items: [{ product_id: f.productIds[0], quantity: 1 }] },
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await res.json()).toEqual({
        error: { type: 'internal', code: 'service_unavailable', message: expect.stringMatching(/database is unavailable/), request_id: expect.any(String) },
      });
      const health = await fetch(`${serve.url}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', database: { reachable: false } });
    } finally {
      await cluster.start();
    }
    await expect.poll(async () => (await fetch(`${serve.url}/health`)).status, { timeout: 20_000, interval: 200 }).toBe(200);
    const seen: Seen = { statuses: new Map(), unavailable: [], networkErrors: 0 };
    expect(await placeOrder(randomUUID(), seen)).toMatch(/^ord_/);
    expect(serve.exitCode()).toBeNull();
  });
});
