// Two `serve` processes on one PostgreSQL database and one Redis, as behind a load balancer, each
// with its own pool and its own webhook dispatcher: a till pushes through one and pulls through the
// other, its resend through the other is a duplicate, one Idempotency-Key sent to both at once makes
// one order, one API key spends from one rate-limit bucket across both, and every event reaches the
// endpoint exactly once although both dispatchers run. PostgreSQL only: PGlite is one process.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PairResponse } from '../../core/sync/protocol';
import { createApiKey } from '../../sync-server/auth/api-keys';
import { openDatabase, type Database } from '../../sync-server/storage/database';
import { migrate } from '../../sync-server/storage/migrate';
import { TEST_ENGINES } from '../../sync-server/storage/test-database';
import { createPairingCode, mutation, saleSnapshot } from '../../sync-server/sync/test-sync-fixtures';
import { startServe, type ServeProcess } from './serve-process';
import { seedTestBusiness, type TestBusiness } from '../../sync-server/testing/test-business';

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.runIf(TEST_ENGINES.includes('postgres'))('two serve processes on one PostgreSQL', () => {
  const adminUrl = process.env.POS_TEST_DATABASE_URL ?? '';
  const database = `pos_two_${randomBytes(5).toString('hex')}`;
  let db: Database;
  let a: ServeProcess;
  let b: ServeProcess;
  let f: TestBusiness;
  let key: string;
  let burstKey: string;
  let receiver: Server;
  let redis: ChildProcess;
  let redisDir: string;
  /** webhook-id (the event id) → how many times it arrived */
  const received = new Map<string, number>();

  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const id = String(request.headers['webhook-id']);
      received.set(id, (received.get(id) ?? 0) + 1);
      request.resume();
      request.on('end', () => response.writeHead(204).end());
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    // A private redis-server on a unix socket: nothing shared with other tests.
    redisDir = await mkdtemp(join(tmpdir(), 'pos-two-redis-'));
    const socket = join(redisDir, 'redis.sock');
    redis = spawn('redis-server', ['--port', '0', '--unixsocket', socket, '--save', '', '--appendonly', 'no', '--dir', redisDir], { stdio: 'ignore' });
    await waitFor('redis-server', async () => existsSync(socket));

    await admin(`CREATE DATABASE ${database}`);
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    db = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
    await migrate(db);
    f = await seedTestBusiness(db);
    const scopes = ['orders:read', 'orders:write', 'webhooks:write', 'events:read'] as const;
    ({ key } = await createApiKey(db, { businessId: f.businessId, name: 'two', scopes: [...scopes], locationIds: 'all' }));
    ({ key: burstKey } = await createApiKey(db, { businessId: f.businessId, name: 'burst', scopes: ['orders:read'], locationIds: 'all' }));
    const env = {
      DATABASE_URL: url.toString(),
      REDIS_URL: `unix://${socket}`,
      POS_WEBHOOK_ALLOW_PRIVATE: '1',
      POS_API_RATE_LIMIT: '600/m',
      LOG_LEVEL: 'error',
    };
    [a, b] = await Promise.all([startServe(env), startServe(env)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.close().catch(() => undefined);
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    await new Promise((resolve) => receiver?.close(resolve));
    redis?.kill('SIGKILL');
    if (redisDir) await rm(redisDir, { recursive: true, force: true });
  });

  const call = (instance: ServeProcess, method: 'GET' | 'POST', path: string, options: { body?: unknown; auth?: string; idempotencyKey?: string } = {}) =>
    fetch(`${instance.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${options.auth ?? key}`,
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(method === 'POST' && path.startsWith('/api/') ? { 'idempotency-key': options.idempotencyKey ?? randomUUID() } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(20_000),
    });

  it('serves one till through both, makes one order per key, shares rate limits and delivers each event once', async () => {
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    expect((await call(a, 'POST', '/api/v1/webhooks', { body: { name: 'both instances', url: hookUrl, subscribed_events: ['*'] } })).status).toBe(201);

    // The till pairs and pushes through A, pulls through B with the same token; a resend through B is a duplicate.
    const code = await createPairingCode(db, f);
    const pairing = await fetch(`${a.url}/sync/v1/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, device_name: 'Till 1' }),
    });
    const device = (await pairing.json()) as PairResponse;
    const sale = saleSnapshot(f, { quantity: 2 });
    const batch = { mutations: [mutation(1, 'order.completed', { order: sale }, sale.completed_at)] };
    const pushed = await call(a, 'POST', '/sync/v1/push', { auth: device.device_token, body: batch });
    expect(await pushed.json()).toMatchObject({ results: [{ seq: 1, status: 'applied' }], acked_seq: 1 });
    expect((await call(b, 'GET', '/sync/v1/pull?cursor=', { auth: device.device_token })).status).toBe(200);
    const resent = await call(b, 'POST', '/sync/v1/push', { auth: device.device_token, body: batch });
    expect(await resent.json()).toMatchObject({ results: [{ seq: 1, status: 'duplicate' }], acked_seq: 1 });
    expect((await call(b, 'GET', `/api/v1/orders/${sale.id}`)).status).toBe(200);

    // The same Idempotency-Key at both processes at once: one order; every success names it.
    const idem = randomUUID();
    const order = { location_id: f.locationId, items: [{ product_id: f.productIds[0], quantity: 1 }] };
    const answers = await Promise.all([a, b, a, b].map((instance) => call(instance, 'POST', '/api/v1/orders', { body: order, idempotencyKey: idem })));
    const statuses = answers.map((r) => r.status);
    for (const status of statuses) expect([201, 409]).toContain(status);
    const ids = new Set(await Promise.all(answers.filter((r) => r.status === 201).map(async (r) => ((await r.json()) as { id: string }).id)));
    expect(ids.size).toBe(1);
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM orders WHERE business_id = $1 AND source = 'api'`, [f.businessId]);
    expect(rows[0]!.n).toBe(1);

    // One key, one bucket (20 requests, refilled at 10/s) across both processes: a burst of 40
    // alternating between them is cut near 20; two private buckets would have let all 40 through.
    let allowed = 0;
    for (let i = 0; i < 40; i++) if ((await call(i % 2 ? a : b, 'GET', '/api/v1/orders', { auth: burstKey })).status === 200) allowed++;
    expect(allowed).toBeGreaterThanOrEqual(20);
    expect(allowed).toBeLessThan(38);

    // Both dispatchers run: every event of the business arrives, and none twice.
    const events = (await db.query<{ id: string }>('SELECT id FROM events WHERE business_id = $1', [f.businessId])).rows.map((r) => r.id);
    expect(events.length).toBeGreaterThan(2);
    await waitFor('every event delivered', async () => events.every((id) => received.has(id)));
    await new Promise((resolve) => setTimeout(resolve, 1500)); // time for a wrong second delivery to arrive
    expect([...received.entries()].filter(([, count]) => count !== 1)).toEqual([]);
    expect(a.exitCode()).toBeNull();
    expect(b.exitCode()).toBeNull();
  });
});
