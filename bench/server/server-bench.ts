// server: the cloud service's real paths (Fastify app via inject, on PGlite and, when configured,
// PostgreSQL) beside the plainest SQL or HTTP that moves the same data.
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { newId } from '../../core/ids';
import type { Mutation } from '../../core/sync/mutations';
import type { OrderSnapshot } from '../../core/sync/order-snapshot';
import type { PushResponse } from '../../core/sync/protocol';
import { buildApp } from '../../sync-server/app';
import { createApiKey } from '../../sync-server/auth/api-keys';
import { loadConfig } from '../../sync-server/config';
import { EVENT_COLUMNS } from '../../sync-server/events/outbox';
import type { Database } from '../../sync-server/storage/database';
import { openTestDatabase, type Engine } from '../../sync-server/storage/test-database';
import { mutation, pairTestDevice, saleSnapshot, seedSyncBusiness, type SyncFixture } from '../../sync-server/sync/test-sync-fixtures';
import { onEveryEngine, type BenchContext, type RunBenchmark } from '../benchmark';
import { collectPairs, collectSamples, comparison, machineInfo, measurePair, type BenchmarkResult, type CaseResult } from '../harness';

/** Concurrent API clients and the orders they send per sample in the orders benchmark. */
const CLIENTS = 4;
const ORDERS_PER_SAMPLE = 20;

/** The till's push batch size (renderer/sync/sync-engine.ts DEFAULT_BATCH_SIZE). */
const PUSH_BATCH = 100;

/** A 5-line cash sale as a till records it (totals from core, so the server accepts it). */
function fiveLineSale(f: SyncFixture, deviceShift: string | null): OrderSnapshot {
  const lines = Array.from({ length: 5 }, (_, i) => ({
    id: newId('lin'),
    product_id: f.productIds[i % 2]!,
    name: i % 2 === 0 ? 'Flat white' : 'Croissant',
    quantity: 1 + (i % 3),
    unit_price: i % 2 === 0 ? 350 : 280,
    modifiers: [],
    tax_rate_id: f.taxRateId,
    rate_ppm: 190_000,
    discount: null,
    note: null,
  }));
  return saleSnapshot(f, { lines, shiftId: deviceShift, change: 500 });
}

async function tableCounts(db: Database): Promise<Map<string, number>> {
  const { rows } = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts = new Map<string, number>();
  for (const { table_name } of rows) {
    const { rows: c } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}"`);
    counts.set(table_name, c[0]!.n);
  }
  return counts;
}

async function rowsAsJson(db: Database, table: string): Promise<string[]> {
  const { rows } = await db.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM "${table}" t`);
  return rows.map((r) => r.j);
}

interface ServerSetup {
  app: FastifyInstance;
  db: Database;
  f: SyncFixture;
}

/**
 * Push ingest: up to `target` sales in the till's batches of 100 through POST /sync/v1/push, stopping
 * early at `budgetMs` (PGlite on a loaded 2-core machine cannot push 10 000 in a bounded run).
 */
async function benchPush(s: ServerSetup, context: BenchContext, target: number, budgetMs: number): Promise<CaseResult> {
  const { app, db, f } = s;
  const { progress } = context;
  const device = await pairTestDevice(app, f, 'Bench till');
  const before = await tableCounts(db);
  const existing = new Map<string, Set<string>>();
  for (const table of before.keys()) existing.set(table, new Set(await rowsAsJson(db, table)));

  let seq = 0;
  progress.step(`server: push ingest of up to ${target} sales`);
  const pushMs = await collectSamples(
    async () => {
      const mutations: Mutation[] = [];
      for (let i = 0; i < PUSH_BATCH; i++) mutations.push(mutation(++seq, 'order.completed', { order: fiveLineSale(f, null) }));
      const payload = { mutations };
      const t0 = performance.now();
      const res = await app.inject({ method: 'POST', url: '/sync/v1/push', headers: { authorization: `Bearer ${device.device_token}` }, payload });
      const ms = performance.now() - t0;
      if (res.statusCode !== 200) throw new Error(`push answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
      const body = res.json() as PushResponse;
      const bad = body.results.find((r) => r.status !== 'applied');
      if (bad) throw new Error(`push did not apply a sale: ${JSON.stringify(bad).slice(0, 300)}`);
      return ms;
    },
    { warmup: 0, samples: Math.ceil(target / PUSH_BATCH), minSamples: 3, maxMs: budgetMs, onSample: (d, w) => progress.tick(d, w) },
  );
  const batches = pushMs.length;
  const sales = batches * PUSH_BATCH;

  // The rows the push wrote, per table, inserted again as one multi-row INSERT per table per batch.
  progress.step('server: raw multi-row INSERT of the same rows');
  const after = await tableCounts(db);
  const grown = [...after].filter(([table, n]) => n > before.get(table)!).map(([table]) => table);
  const perTable = new Map<string, string[]>();
  for (const table of grown) {
    const fresh = (await rowsAsJson(db, table)).filter((j) => !existing.get(table)!.has(j));
    if (fresh.length !== after.get(table)! - before.get(table)!) throw new Error(`could not tell the new rows of ${table} apart`);
    perTable.set(table, fresh);
    await db.query(`CREATE TABLE "bench_raw_${table}" (LIKE "${table}" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)`);
  }
  const rowsWritten = [...perTable.values()].reduce((n, rows) => n + rows.length, 0);
  const chunk = (rows: string[], i: number) => {
    const size = rows.length / batches;
    return `[${rows.slice(Math.round(i * size), Math.round((i + 1) * size)).join(',')}]`;
  };
  const payloads = Array.from({ length: batches }, (_, i) => [...perTable].map(([table, rows]) => [table, chunk(rows, i)] as const));
  const rawMs = await collectSamples(
    async (i) => {
      const batch = payloads[i]!;
      const t0 = performance.now();
      await db.transaction(async (tx) => {
        for (const [table, json] of batch) {
          await tx.query(`INSERT INTO "bench_raw_${table}" SELECT * FROM json_populate_recordset(NULL::"bench_raw_${table}", $1::json)`, [json]);
        }
      });
      return performance.now() - t0;
    },
    { warmup: 0, samples: batches, minSamples: batches, maxMs: Number.POSITIVE_INFINITY, onSample: (d, w) => progress.tick(d, w) },
  );
  for (const table of grown) await db.query(`DROP TABLE "bench_raw_${table}"`);

  const fmt = (n: number) => n.toLocaleString('en-US');
  return comparison({
    name: sales >= target ? `push ingest of ${fmt(sales)} till sales` : `push ingest of till sales (${fmt(sales)} of ${fmt(target)} within the ${budgetMs / 1000} s budget; --full pushes all)`,
    headline: 'throughput',
    unit: 'sale',
    ours: { label: `POST /sync/v1/push, batches of ${PUSH_BATCH} 5-line sales`, sampleMs: pushMs, opsPerSample: PUSH_BATCH },
    baseline: { label: `multi-row INSERT of the same ${Math.round(rowsWritten / sales)} rows per sale, one transaction per batch`, sampleMs: rawMs, opsPerSample: PUSH_BATCH },
    notes: `the push wrote rows to ${grown.join(', ')} (${rowsWritten.toLocaleString('en-US')} rows); the baseline inserts exactly those rows into copies of those tables (same indexes) with one INSERT … SELECT FROM json_populate_recordset per table per batch, and skips what the push also does: the per-device seq gate and lock, one transaction per sale, validation, totals check, stock updates.`,
  });
}

/** POST /api/v1/orders with an API key and an Idempotency-Key per request vs a bare Fastify route with one INSERT. */
async function benchApiOrders(s: ServerSetup, context: BenchContext): Promise<CaseResult> {
  const { app, db, f } = s;
  const { progress, quick } = context;
  const key = await createApiKey(db, { businessId: f.businessId, name: 'bench', scopes: ['orders:write', 'events:read'], locationIds: 'all' });
  const body = {
    location_id: f.locationId,
    items: [
      { product_id: f.productIds[0], quantity: 2 },
      { product_id: f.productIds[1], quantity: 1 },
    ],
    customer_note: 'bench',
  };
  const options = { warmup: quick ? 1 : 3, samples: quick ? 5 : 30, maxMs: quick ? 3_000 : 10_000 };
  /** One sample: ORDERS_PER_SAMPLE requests from CLIENTS concurrent clients; returns the elapsed ms. */
  const burst = (send: () => Promise<void>) => async (): Promise<number> => {
    let left = ORDERS_PER_SAMPLE;
    const client = async () => {
      while (left > 0) {
        left--;
        await send();
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, client));
    return performance.now() - t0;
  };
  let n = 0;
  await db.query('CREATE TABLE bench_bare_orders (id text PRIMARY KEY, location_id text NOT NULL, body jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())');
  const bare = Fastify({ logger: false });
  bare.post('/orders', async (request, reply) => {
    const b = request.body as { location_id: string };
    const id = newId('ord');
    await db.query('INSERT INTO bench_bare_orders (id, location_id, body) VALUES ($1, $2, $3)', [id, b.location_id, JSON.stringify(b)]);
    return reply.code(201).send({ id });
  });
  await bare.ready();
  progress.step('server: POST /api/v1/orders vs bare route, interleaved');
  const pairs = await collectPairs(
    burst(async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${key.key}`, 'idempotency-key': `bench-${++n}-${newId('key')}` },
        payload: body,
      });
      if (res.statusCode !== 201) throw new Error(`POST /api/v1/orders answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
    }),
    burst(async () => {
      const res = await bare.inject({ method: 'POST', url: '/orders', payload: body });
      if (res.statusCode !== 201) throw new Error(`bare route answered ${res.statusCode}`);
    }),
    { ...options, onSample: (d, w) => progress.tick(d, w) },
  );
  await bare.close();
  await db.query('DROP TABLE bench_bare_orders');
  return comparison({
    name: 'POST /api/v1/orders (2 items)',
    headline: 'throughput',
    unit: 'order',
    ours: { label: `API v1 (key auth, rate limit, idempotency, pricing, order + lines + event), ${CLIENTS} clients`, sampleMs: pairs.ours, opsPerSample: ORDERS_PER_SAMPLE },
    baseline: { label: `bare Fastify route, one INSERT, ${CLIENTS} clients`, sampleMs: pairs.baseline, opsPerSample: ORDERS_PER_SAMPLE },
    notes: `${CLIENTS} concurrent clients through \`inject\` (no sockets on either side), ${ORDERS_PER_SAMPLE} orders per sample; a fresh Idempotency-Key per request; the rate limit is raised for the run so no request is refused. PGlite is one connection, so its requests queue for it; PostgreSQL uses a pool of 8.`,
  });
}

/** One page of 1 000 events from GET /api/v1/events vs the raw SELECT of the same rows. */
async function benchEventsFeed(s: ServerSetup, context: BenchContext): Promise<CaseResult> {
  const { app, db, f } = s;
  const { progress, quick } = context;
  const key = await createApiKey(db, { businessId: f.businessId, name: 'bench feed', scopes: ['events:read'], locationIds: 'all' });
  // Cursors of every full page, found by walking the feed once.
  const cursors: string[] = [];
  let since = '';
  for (;;) {
    const res = await app.inject({ method: 'GET', url: `/api/v1/events?limit=1000${since ? `&since=${encodeURIComponent(since)}` : ''}`, headers: { authorization: `Bearer ${key.key}` } });
    if (res.statusCode !== 200) throw new Error(`GET /api/v1/events answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
    const page = res.json() as { data: unknown[]; next_cursor: string; has_more: boolean };
    if (page.data.length === 1000) cursors.push(since);
    if (!page.has_more) break;
    since = page.next_cursor;
  }
  if (cursors.length === 0) throw new Error('fewer than 1 000 events in the feed');
  const options = { warmup: quick ? 2 : 4, samples: quick ? 5 : 30, maxMs: quick ? 3_000 : 8_000 };
  const positions = cursors.map((c) => (c ? c.split('-') : ['0', '0']) as [string, string]);
  progress.step('server: GET /api/v1/events?limit=1000 vs raw SELECT, interleaved');
  const { ours, baseline } = await measurePair(
    async (i) => {
      const cursor = cursors[i % cursors.length]!;
      const res = await app.inject({ method: 'GET', url: `/api/v1/events?limit=1000${cursor ? `&since=${encodeURIComponent(cursor)}` : ''}`, headers: { authorization: `Bearer ${key.key}` } });
      if (res.statusCode !== 200) throw new Error(`GET /api/v1/events answered ${res.statusCode}`);
    },
    async (i) => {
      const [xact, seq] = positions[i % positions.length]!;
      const { rows } = await db.query(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE business_id = $1 AND (xact_id, seq) > ($2::text::xid8, $3::bigint) ORDER BY xact_id, seq LIMIT 1000`,
        [f.businessId, xact, Number(seq)],
      );
      if (rows.length !== 1000) throw new Error(`raw SELECT returned ${rows.length} rows`);
    },
    { ...options, onSample: (d, w) => progress.tick(d, w) },
  );
  return comparison({
    name: 'events feed page of 1 000',
    headline: 'latency',
    unit: 'page',
    ours: { label: 'GET /api/v1/events?limit=1000 (key auth, commit horizon, envelopes, JSON)', ...ours },
    baseline: { label: 'raw SELECT of the same 1 000 rows', ...baseline },
    notes: `pages taken in turn from ${cursors.length} full pages of the feed the other cases filled.`,
  });
}

async function runOn(engine: Engine, context: BenchContext): Promise<BenchmarkResult> {
  const t = await openTestDatabase(engine);
  let app: FastifyInstance | null = null;
  try {
    app = await buildApp({ db: t.db, config: loadConfig({}, { apiRateLimitPerSecond: 1_000_000 }), workers: false });
    await app.ready();
    const f = await seedSyncBusiness(t.db);
    // Enough stock that 10 000 sales never raise low-stock events (they would add work to one side only).
    await t.db.query('UPDATE products SET stock_on_hand = 100000000 WHERE business_id = $1', [f.businessId]);
    const setup = { app, db: t.db, f };
    const cases: CaseResult[] = [];
    cases.push(await benchPush(setup, context, context.quick ? 500 : 10_000, context.full ? Number.POSITIVE_INFINITY : context.quick ? 3_000 : 20_000));
    cases.push(await benchApiOrders(setup, context));
    cases.push(await benchEventsFeed(setup, context));
    return {
      benchmark: 'server',
      title: 'Cloud service',
      environment: 'Node.js (Fastify inject)',
      database: engine,
      machine: machineInfo(),
      node_version: process.version,
      date: new Date().toISOString(),
      cases,
    };
  } finally {
    await app?.close().catch(() => undefined);
    await t.close();
  }
}

export const runServerBenchmark: RunBenchmark = onEveryEngine(runOn);
