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
import { mutation, pairTestDevice, saleSnapshot } from '../../sync-server/sync/test-sync-fixtures';
import { onEveryEngine, type BenchContext, type RunBenchmark } from '../benchmark';
import { countStatements } from '../statement-counter';
import { collectPairs, collectSamples, comparison, machineInfo, measurePair, percentile, type BenchmarkResult, type CaseResult } from '../harness';
import { seedTestBusiness, type TestBusiness } from '../../sync-server/testing/test-business';

/** Concurrent API clients in the orders benchmark, and the orders each sends per sample. */
const ORDER_CLIENTS = [1, 10];
const ORDERS_PER_CLIENT = 5;

/** The till's push batch size (renderer/sync/sync-engine.ts DEFAULT_BATCH_SIZE). */
const PUSH_BATCH = 100;

/** A 5-line cash sale as a till records it (totals from core, so the server accepts it). */
function fiveLineSale(f: TestBusiness, deviceShift: string | null): OrderSnapshot {
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

interface ServerSetup {
  app: FastifyInstance;
  /** the database the app uses, counting its statements */
  db: Database;
  /** the same database, uncounted: for the baselines */
  rawDb: Database;
  f: TestBusiness;
  /** statements the app has sent so far */
  statements(): number;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Stored sales the push is timed at (1 000 / 10 000, and 100 000 with --full), and sales pushed at each. */
function pushSizes(context: BenchContext): { stored: number; target: number; budgetMs: number }[] {
  if (context.quick) return [{ stored: 1_000, target: 500, budgetMs: 3_000 }];
  const budgetMs = context.full ? Number.POSITIVE_INFINITY : 20_000;
  return (context.full ? [1_000, 10_000, 100_000] : [1_000, 10_000]).map((stored) => ({ stored, target: 5_000, budgetMs }));
}

/** The target of issue #12 for push ingest: at least this share of the raw multi-row INSERT's rows/s (stretch 0.7). */
const PUSH_TARGET = 0.5;
const PUSH_STRETCH = 0.7;

/**
 * Copies of one pushed sale (its order, lines, payments, events and mutation log row), until `size`
 * sales are stored in the business, in statements of 10 000 sales: the push is then timed against
 * tables and indexes of that size. Ids are made up (`…_fill_<n>`); the mutation log rows belong to a
 * device of their own (`fillDevice`, seqs from 1 000 000), so no till's seq is touched.
 */
async function fillSales(s: ServerSetup, fillDevice: { device_id: string; device_token: string }, size: number): Promise<void> {
  const { app, rawDb: db, f } = s;
  const template = async () =>
    (
      await db.query<{ id: string }>(`SELECT id FROM orders WHERE business_id = $1 AND source = 'till' AND id NOT LIKE 'ord_fill_%' ORDER BY id LIMIT 1`, [
        f.businessId,
      ])
    ).rows[0]?.id;
  if (!(await template())) {
    // Nothing pushed yet: one batch through the real push, to copy from.
    const mutations = Array.from({ length: PUSH_BATCH }, (_, i) => mutation(i + 1, 'order.completed', { order: fiveLineSale(f, null) }));
    const res = await app.inject({
      method: 'POST',
      url: '/sync/v1/push',
      headers: { authorization: `Bearer ${fillDevice.device_token}` },
      payload: { mutations },
    });
    if (res.statusCode !== 200) throw new Error(`seed push answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
  }
  const copied = (await template())!;
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM orders WHERE business_id = $1`, [f.businessId]);
  const have = rows[0]!.n;
  if (have >= size) return;
  const { rows: mutations } = await db.query<{ id: string }>(`SELECT id FROM sync_mutations WHERE payload->'order'->>'id' = $1`, [copied]);
  for (let from = have; from < size; from += 10_000) {
    const to = Math.min(from + 10_000, size) - 1;
    await db.transaction(async (tx) => {
      const range = [copied, from, to];
      await tx.query(
        `INSERT INTO orders SELECT (jsonb_populate_record(NULL::orders, to_jsonb(o) || jsonb_build_object('id', 'ord_fill_' || g, 'number', 'FILL-' || g))).*
         FROM orders o CROSS JOIN generate_series($2::int, $3::int) g WHERE o.id = $1`,
        range,
      );
      await tx.query(
        `INSERT INTO order_lines SELECT (jsonb_populate_record(NULL::order_lines, to_jsonb(l) || jsonb_build_object('id', 'lin_fill_' || g || '_' || l.position, 'order_id', 'ord_fill_' || g))).*
         FROM order_lines l CROSS JOIN generate_series($2::int, $3::int) g WHERE l.order_id = $1`,
        range,
      );
      await tx.query(
        `INSERT INTO payments SELECT (jsonb_populate_record(NULL::payments, to_jsonb(p) || jsonb_build_object('id', 'pay_fill_' || g || '_' || p.id, 'order_id', 'ord_fill_' || g))).*
         FROM payments p CROSS JOIN generate_series($2::int, $3::int) g WHERE p.order_id = $1`,
        range,
      );
      // The sale's events: the template is the first sale of its push, so its events are the first of
      // that transaction (2 × inventory.updated, order.created, payment.succeeded, order.paid).
      await tx.query(
        `INSERT INTO events (id, business_id, type, location_id, device_id, api_version, occurred_at, data)
         SELECT 'evt_fill_' || g || '_' || e.seq, e.business_id, e.type, e.location_id, e.device_id, e.api_version, e.occurred_at, e.data
         FROM (SELECT * FROM events WHERE xact_id = (SELECT xact_id FROM events WHERE data->'object'->>'id' = $1 AND type = 'order.created' AND business_id = $4 ORDER BY seq LIMIT 1)
               ORDER BY seq LIMIT 5) e CROSS JOIN generate_series($2::int, $3::int) g ORDER BY g, e.seq`,
        [...range, f.businessId],
      );
      if (mutations[0]) {
        await tx.query(
          `INSERT INTO sync_mutations SELECT (jsonb_populate_record(NULL::sync_mutations, to_jsonb(m) || jsonb_build_object('id', 'mut_fill_' || g, 'device_id', $4::text, 'seq', g + 1000000))).*
           FROM sync_mutations m CROSS JOIN generate_series($2::int, $3::int) g WHERE m.id = $1`,
          [mutations[0].id, from, to, fillDevice.device_id],
        );
      }
    });
  }
  await db.query('ANALYZE orders; ANALYZE order_lines; ANALYZE payments; ANALYZE events; ANALYZE sync_mutations').catch(() => undefined);
}

/**
 * Push ingest with `stored` sales already in the business: up to `target` sales in the till's
 * batches of 100 through POST /sync/v1/push, stopping early at `budgetMs`; then the same rows
 * inserted again by plain multi-row INSERTs.
 */
async function benchPush(s: ServerSetup, context: BenchContext, size: { stored: number; target: number; budgetMs: number }): Promise<CaseResult> {
  const { app, rawDb: db, f } = s;
  const { progress } = context;
  const { target, budgetMs } = size;
  const device = await pairTestDevice(app, f, `Bench till ${size.stored}`);
  const fill = await pairTestDevice(app, f, `Bench fill ${size.stored}`);
  progress.step(`server: storing ${fmt(size.stored)} sales before the push`);
  await fillSales(s, fill, size.stored);
  const { rows: stored } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM orders WHERE business_id = $1', [f.businessId]);
  const before = await tableCounts(db);
  // Rows written from here on carry a newer xmin: that tells the push's rows apart without reading every stored row.
  const { rows: xid } = await db.query<{ xid: string }>(`SELECT (txid_current() % 4294967296)::text AS xid`);
  const startXid = Number(xid[0]!.xid);

  let seq = 0;
  const statementsBefore = s.statements();
  progress.step(`server: push ingest of up to ${target} sales (${fmt(stored[0]!.n)} stored)`);
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
  // Warm-up is 0, so every pushed sale is in the count (plus the device lookup of each push request).
  const perSale = (s.statements() - statementsBefore) / sales;

  // The rows the push wrote, per table, inserted again as one multi-row INSERT per table per batch.
  progress.step('server: raw multi-row INSERT of the same rows');
  const after = await tableCounts(db);
  const grown = [...after].filter(([table, n]) => n > before.get(table)!).map(([table]) => table);
  const perTable = new Map<string, string[]>();
  for (const table of grown) {
    const { rows: fresh } = await db.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM "${table}" t WHERE xmin::text::bigint >= $1`, [startXid]);
    if (fresh.length !== after.get(table)! - before.get(table)!) throw new Error(`could not tell the new rows of ${table} apart`);
    perTable.set(
      table,
      fresh.map((r) => r.j),
    );
    await db.query(`CREATE TABLE "bench_raw_${table}" (LIKE "${table}" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)`);
    // The copy starts as large as the original (same number of stored rows), so its indexes are too.
    await db.query(`INSERT INTO "bench_raw_${table}" SELECT * FROM "${table}" t WHERE xmin::text::bigint < $1`, [startXid]);
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

  const result = comparison({
    name:
      `push ingest, ${fmt(stored[0]!.n)} sales stored` +
      (sales >= target ? ` (${fmt(sales)} pushed)` : ` (${fmt(sales)} of ${fmt(target)} pushed within the ${budgetMs / 1000} s budget; --full pushes all)`),
    headline: 'throughput',
    unit: 'sale',
    ours: { label: `POST /sync/v1/push, batches of ${PUSH_BATCH} 5-line sales`, sampleMs: pushMs, opsPerSample: PUSH_BATCH },
    baseline: {
      label: `multi-row INSERT of the same ${Math.round(rowsWritten / sales)} rows per sale, one transaction per batch`,
      sampleMs: rawMs,
      opsPerSample: PUSH_BATCH,
    },
  });
  const share = 1 / result.ratio;
  const verdict = share >= PUSH_STRETCH ? 'met, stretch too' : share >= PUSH_TARGET ? `met (stretch ${PUSH_STRETCH}× missed)` : 'missed';
  result.notes =
    `${perSale.toFixed(2)} statements per sale (BEGIN and COMMIT included; per push of ${PUSH_BATCH}: the device lookup, then per group of ≤ 64 sales BEGIN, seq lock, id guard + stock locks, SAVEPOINT, one write of orders + lines + payments + stock + mutation log, one events INSERT, seq advance, COMMIT); ` +
    `${share.toPrecision(3)}× the raw INSERT's rows/s — target ≥ ${PUSH_TARGET}× (stretch ${PUSH_STRETCH}×): ${verdict}; ` +
    `the push wrote rows to ${grown.join(', ')} (${rowsWritten.toLocaleString('en-US')} rows) with ${fmt(stored[0]!.n)} sales already stored; the baseline inserts exactly those rows into copies of those tables (same indexes, the stored rows copied in first) with one INSERT … SELECT FROM json_populate_recordset per table per batch, and skips what the push also does: the per-device seq gate and lock, validation, totals check, the stock UPDATE, event payloads built from the order.`;
  return result;
}

/**
 * Tops the business's orders up to `size` stored orders (copies of its newest API order with 2 lines,
 * in statements of 10 000), so the orders case can be timed at a known table size.
 */
async function fillOrders(db: Database, f: TestBusiness, size: number): Promise<void> {
  const { rows } = await db.query<{ n: number; template: string | null }>(
    `SELECT count(*)::int AS n, (SELECT id FROM orders WHERE business_id = $1 AND source = 'api' ORDER BY id DESC LIMIT 1) AS template FROM orders WHERE business_id = $1`,
    [f.businessId],
  );
  const { n, template } = rows[0]!;
  if (!template) throw new Error('fillOrders copies an API order: place one first');
  for (let from = n; from < size; from += 10_000) {
    const to = Math.min(from + 10_000, size) - 1;
    await db.query(
      `WITH copies AS (
         INSERT INTO orders (id, business_id, location_id, source, number, status, currency, tax_mode, cash_rounding, subtotal, discount_total, tax_total, net_total, total, tax_breakdown, customer_note, occurred_at)
         SELECT 'ord_fill_' || g, o.business_id, o.location_id, o.source, 'FILL-' || g, o.status, o.currency, o.tax_mode, o.cash_rounding, o.subtotal, o.discount_total, o.tax_total, o.net_total, o.total, o.tax_breakdown, o.customer_note, o.occurred_at
         FROM orders o, generate_series($2::int, $3::int) g WHERE o.id = $1
         RETURNING id
       )
       INSERT INTO order_lines (id, order_id, business_id, position, product_id, name, quantity, base_price, unit_price, modifiers, gross_before_discount, line_discount, order_discount_share, subtotal, net, tax, total, tax_rate_id, rate_ppm)
       SELECT 'lin_fill_' || c.id || '_' || l.position, c.id, l.business_id, l.position, l.product_id, l.name, l.quantity, l.base_price, l.unit_price, l.modifiers, l.gross_before_discount, l.line_discount, l.order_discount_share, l.subtotal, l.net, l.tax, l.total, l.tax_rate_id, l.rate_ppm
       FROM copies c, order_lines l WHERE l.order_id = $1`,
      [template, from, to],
    );
  }
}

/** Stored orders the 1-client orders case is also timed at; 100 000 only with --full. */
function orderSizes(context: BenchContext): number[] {
  return context.quick ? [] : context.full ? [10_000, 100_000] : [10_000];
}

/**
 * POST /api/v1/orders with an API key and an Idempotency-Key per request vs a bare Fastify route with
 * one INSERT, with the orders stored so far (`stored` tops them up first).
 */
async function benchApiOrders(s: ServerSetup, context: BenchContext, clients: number, stored?: number): Promise<CaseResult> {
  const { app, rawDb: db, f } = s;
  const { progress, quick } = context;
  if (stored !== undefined) {
    progress.step(`server: filling the orders table to ${fmt(stored)}`);
    await fillOrders(db, f, stored);
  }
  const storedNow = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM orders WHERE business_id = $1', [f.businessId])).rows[0]!.n;
  const key = await createApiKey(db, { businessId: f.businessId, name: 'bench', scopes: ['orders:write', 'events:read'], locationIds: 'all' });
  const body = {
    location_id: f.locationId,
    items: [
      { product_id: f.productIds[0], quantity: 2 },
      { product_id: f.productIds[1], quantity: 1 },
    ],
    customer_note: 'bench',
  };
  const perSample = ORDERS_PER_CLIENT * clients;
  const options = { warmup: quick ? 1 : 3, samples: quick ? 5 : 30, maxMs: quick ? 3_000 : 10_000 };
  /** One sample: `perSample` requests from `clients` concurrent clients; returns the elapsed ms. */
  const burst = (send: () => Promise<void>, latencies?: number[]) => async (): Promise<number> => {
    let left = perSample;
    const client = async () => {
      while (left > 0) {
        left--;
        const t0 = performance.now();
        await send();
        latencies?.push(performance.now() - t0);
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: clients }, client));
    return performance.now() - t0;
  };
  let n = 0;
  await db.query(
    'CREATE TABLE IF NOT EXISTS bench_bare_orders (id text PRIMARY KEY, location_id text NOT NULL, body jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())',
  );
  const bare = Fastify({ logger: false });
  bare.post('/orders', async (request, reply) => {
    const b = request.body as { location_id: string };
    const id = newId('ord');
    await db.query('INSERT INTO bench_bare_orders (id, location_id, body) VALUES ($1, $2, $3)', [id, b.location_id, JSON.stringify(b)]);
    return reply.code(201).send({ id });
  });
  await bare.ready();
  const latencies: number[] = [];
  let sent = 0;
  let statements = 0;
  progress.step(`server: POST /api/v1/orders vs bare route, ${clients} clients, interleaved`);
  const pairs = await collectPairs(
    burst(async () => {
      const before = s.statements();
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${key.key}`, 'idempotency-key': `bench-${++n}-${newId('key')}` },
        payload: body,
      });
      if (res.statusCode !== 201) throw new Error(`POST /api/v1/orders answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
      if (clients === 1) {
        statements += s.statements() - before;
        sent++;
      }
    }, latencies),
    burst(async () => {
      const res = await bare.inject({ method: 'POST', url: '/orders', payload: body });
      if (res.statusCode !== 201) throw new Error(`bare route answered ${res.statusCode}`);
    }),
    { ...options, onSample: (d, w) => progress.tick(d, w) },
  );
  await bare.close();
  const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;
  return comparison({
    name: `POST /api/v1/orders (2 items), ${clients} ${clients === 1 ? 'client' : 'clients'}${stored !== undefined ? ` (${fmt(stored)} stored)` : ''}`,
    headline: 'throughput',
    unit: 'order',
    ours: {
      label: `API v1 (key auth, rate limit, idempotency, pricing, order + lines + event), ${clients} ${clients === 1 ? 'client' : 'clients'}`,
      sampleMs: pairs.ours,
      opsPerSample: perSample,
    },
    baseline: {
      label: `bare Fastify route, one INSERT, ${clients} ${clients === 1 ? 'client' : 'clients'}`,
      sampleMs: pairs.baseline,
      opsPerSample: perSample,
    },
    notes:
      `request latency p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))} (p99 ÷ p50 ${(percentile(latencies, 99) / percentile(latencies, 50)).toFixed(1)}, warm-up included); ` +
      (sent > 0
        ? `${(statements / sent).toFixed(1)} statements per order (key lookup, idempotency claim, one read for pricing, one write statement, stored response; no BEGIN/COMMIT); `
        : '') +
      `${fmt(storedNow)} orders stored at the start; ${clients} concurrent ${clients === 1 ? 'client' : 'clients'} through \`inject\` (no sockets on either side), ${perSample} orders per sample; a fresh Idempotency-Key per request; the rate limit is raised for the run so no request is refused. PGlite is one connection, so its requests queue for it; PostgreSQL uses a pool of 12.`,
  });
}

/**
 * Copies of the events the push wrote, `size` of them, into a business of their own (in
 * transactions of 10 000), so the feed can be timed at a known number of stored events.
 */
async function fillFeed(db: Database, source: string, size: number): Promise<string> {
  const businessId = newId('biz');
  await db.query(`INSERT INTO businesses (id, name) VALUES ($1, 'Feed bench')`, [businessId]);
  for (let from = 0; from < size; from += 10_000) {
    await db.query(
      `WITH tpl AS (SELECT (row_number() OVER (ORDER BY seq)) - 1 AS i, type, location_id, device_id, api_version, occurred_at, data
                    FROM (SELECT * FROM events WHERE business_id = $1 ORDER BY seq LIMIT 5000) e),
            n AS (SELECT count(*) AS n FROM tpl)
       INSERT INTO events (id, business_id, type, location_id, device_id, api_version, occurred_at, data)
       SELECT 'evt_feed_' || $2 || '_' || g, $2, tpl.type, tpl.location_id, tpl.device_id, tpl.api_version, tpl.occurred_at, tpl.data
       FROM generate_series($3::int, $4::int) g CROSS JOIN n JOIN tpl ON tpl.i = g % n.n`,
      [source, businessId, from, Math.min(from + 10_000, size) - 1],
    );
  }
  return businessId;
}

/** One page of 1 000 events from GET /api/v1/events vs the raw keyset SELECT of the same rows, with `size` events stored. */
async function benchEventsFeed(s: ServerSetup, context: BenchContext, size: number): Promise<CaseResult> {
  const { app, rawDb: db, f } = s;
  const { progress, quick } = context;
  const businessId = await fillFeed(db, f.businessId, size);
  const key = await createApiKey(db, { businessId, name: 'bench feed', scopes: ['events:read'], locationIds: 'all' });
  // Cursors of every full page, found by walking the feed once.
  const cursors: string[] = [];
  let since = '';
  for (;;) {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/events?limit=1000${since ? `&since=${encodeURIComponent(since)}` : ''}`,
      headers: { authorization: `Bearer ${key.key}` },
    });
    if (res.statusCode !== 200) throw new Error(`GET /api/v1/events answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
    const page = res.json() as { data: unknown[]; next_cursor: string; has_more: boolean };
    if (page.data.length === 1000) cursors.push(since);
    if (!page.has_more) break;
    since = page.next_cursor;
  }
  if (cursors.length === 0) throw new Error('fewer than 1 000 events in the feed');
  const options = { warmup: quick ? 2 : 4, samples: quick ? 5 : 30, maxMs: quick ? 3_000 : 8_000 };
  const positions = cursors.map((c) => (c ? c.split('-') : ['0', '0']) as [string, string]);
  const before = s.statements();
  let pages = 0;
  progress.step(`server: GET /api/v1/events?limit=1000 vs raw SELECT (${size} stored), interleaved`);
  const { ours, baseline } = await measurePair(
    async (i) => {
      const cursor = cursors[i % cursors.length]!;
      pages++;
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/events?limit=1000${cursor ? `&since=${encodeURIComponent(cursor)}` : ''}`,
        headers: { authorization: `Bearer ${key.key}` },
      });
      if (res.statusCode !== 200) throw new Error(`GET /api/v1/events answered ${res.statusCode}`);
    },
    async (i) => {
      const [xact, seq] = positions[i % positions.length]!;
      // Qualified ORDER BY: EVENT_COLUMNS renames xact_id to its text form, and a bare `xact_id`
      // would sort that text (a sequential scan and a sort instead of the keyset index walk).
      const { rows } = await db.query(
        `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.business_id = $1 AND (e.xact_id, e.seq) > ($2::text::xid8, $3::bigint) ORDER BY e.xact_id, e.seq LIMIT 1000`,
        [businessId, xact, Number(seq)],
      );
      if (rows.length !== 1000) throw new Error(`raw SELECT returned ${rows.length} rows`);
    },
    { ...options, onSample: (d, w) => progress.tick(d, w) },
  );
  const perPage = (s.statements() - before) / pages;
  return comparison({
    name: `events feed page of 1 000 (${fmt(size)} stored)`,
    headline: 'latency',
    unit: 'page',
    ours: { label: 'GET /api/v1/events?limit=1000 (key auth, commit horizon, envelopes, JSON)', ...ours },
    baseline: { label: 'raw keyset SELECT of the same 1 000 rows', ...baseline },
    notes: `${perPage.toFixed(1)} statements per page (key lookup and the page with its horizon, each envelope's JSON written by the database); pages taken in turn from ${cursors.length} full pages of a feed of ${fmt(size)} events (copies of the pushed sales' events, in a business of their own).`,
  });
}

/** Stored events the feed is timed at; 100 000 only with --full (filling them takes a while). */
function feedSizes(context: BenchContext): number[] {
  return context.quick ? [1_000] : context.full ? [1_000, 10_000, 100_000] : [1_000, 10_000];
}

async function runOn(engine: Engine, context: BenchContext): Promise<BenchmarkResult> {
  const t = await openTestDatabase(engine, { poolSize: 12 });
  let app: FastifyInstance | null = null;
  try {
    const counting = countStatements(t.db);
    app = await buildApp({ db: counting.db, config: loadConfig({}, { apiRateLimitPerSecond: 1_000_000 }), workers: false });
    await app.ready();
    const f = await seedTestBusiness(t.db);
    // Enough stock that 10 000 sales never raise low-stock events (they would add work to one side only).
    await t.db.query('UPDATE products SET stock_on_hand = 100000000 WHERE business_id = $1', [f.businessId]);
    const setup: ServerSetup = { app, db: counting.db, rawDb: t.db, f, statements: counting.count };
    const cases: CaseResult[] = [];
    // The smallest store first: the API orders and the feed (which copies the push's events) then
    // run at the stored size they always had; the larger stores after them, listed with the first.
    const [first, ...larger] = pushSizes(context);
    cases.push(await benchPush(setup, context, first!));
    for (const clients of ORDER_CLIENTS) cases.push(await benchApiOrders(setup, context, clients));
    for (const stored of orderSizes(context)) cases.push(await benchApiOrders(setup, context, 1, stored));
    for (const size of feedSizes(context)) cases.push(await benchEventsFeed(setup, context, size));
    const pushCases: CaseResult[] = [];
    for (const size of larger) pushCases.push(await benchPush(setup, context, size));
    cases.splice(1, 0, ...pushCases);
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
