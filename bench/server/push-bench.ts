// server, push ingest: POST /sync/v1/push of the till's batches of 5-line sales with 1 000 to 100 000
// sales stored, beside a multi-row INSERT of the same rows into copies of the same tables.
import { newId } from '../../core/ids';
import type { Mutation } from '../../core/sync/mutations';
import type { OrderSnapshot } from '../../core/sync/order-snapshot';
import type { PushResponse } from '../../core/sync/protocol';
import type { Database } from '../../sync-server/storage/database';
import { mutation, pairTestDevice, saleSnapshot } from '../../sync-server/sync/test-sync-fixtures';
import type { TestBusiness } from '../../sync-server/testing/test-business';
import type { BenchContext } from '../benchmark';
import { collectSamples, comparison, type CaseResult } from '../harness';
import { fmt, type ServerSetup } from './server-setup';

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

/** Stored sales the push is timed at (1 000 / 10 000, and 100 000 with --full), and sales pushed at each. */
export function pushSizes(context: BenchContext): { stored: number; target: number; budgetMs: number }[] {
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
export async function benchPush(s: ServerSetup, context: BenchContext, size: { stored: number; target: number; budgetMs: number }): Promise<CaseResult> {
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
    `${perSale.toFixed(2)} statements per sale (BEGIN and COMMIT included; per push of ${PUSH_BATCH}: the device lookup, then one transaction — BEGIN, seq lock, id guard + stock locks, SAVEPOINT, one write of orders + lines + payments + stock + mutation log, one events INSERT, seq advance, COMMIT; payloads checked by compiled typebox validators); ` +
    `${share.toPrecision(3)}× the raw INSERT's rows/s — target ≥ ${PUSH_TARGET}× (stretch ${PUSH_STRETCH}×): ${verdict}; ` +
    `the push wrote rows to ${grown.join(', ')} (${rowsWritten.toLocaleString('en-US')} rows) with ${fmt(stored[0]!.n)} sales already stored; the baseline inserts exactly those rows into copies of those tables (same indexes, the stored rows copied in first) with one INSERT … SELECT FROM json_populate_recordset per table per batch, and skips what the push also does: the per-device seq gate and lock, validation, totals check, the stock UPDATE, event payloads built from the order.`;
  return result;
}
