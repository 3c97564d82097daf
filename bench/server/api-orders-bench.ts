// server, API orders: POST /api/v1/orders with an API key and an Idempotency-Key from 1 and 10
// concurrent clients (and at 10 000 stored orders), beside a bare Fastify route with one INSERT.
import Fastify from 'fastify';
import { newId } from '../../core/ids';
import { createApiKey } from '../../sync-server/auth/api-keys';
import type { Database } from '../../sync-server/storage/database';
import type { TestBusiness } from '../../sync-server/testing/test-business';
import type { BenchContext } from '../benchmark';
import { collectPairs, comparison, percentile, type CaseResult } from '../harness';
import { fmt, type ServerSetup } from './server-setup';

/** Concurrent API clients in the orders benchmark, and the orders each sends per sample. */
export const ORDER_CLIENTS = [1, 10];
const ORDERS_PER_CLIENT = 5;

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
export function orderSizes(context: BenchContext): number[] {
  return context.quick ? [] : context.full ? [10_000, 100_000] : [10_000];
}

/**
 * POST /api/v1/orders with an API key and an Idempotency-Key per request vs a bare Fastify route with
 * one INSERT, with the orders stored so far (`stored` tops them up first).
 */
export async function benchApiOrders(s: ServerSetup, context: BenchContext, clients: number, stored?: number): Promise<CaseResult> {
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
  /** One sample: `perSample` requests from `clients` concurrent clients; returns the elapsed ms. Latencies: [warm-up, measured]. */
  const burst =
    (send: () => Promise<void>, latencies?: [number[], number[]]) =>
    async (index: number): Promise<number> => {
      let left = perSample;
      const client = async () => {
        while (left > 0) {
          left--;
          const t0 = performance.now();
          await send();
          latencies?.[index < options.warmup ? 0 : 1].push(performance.now() - t0);
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
  const latencies: [number[], number[]] = [[], []];
  let sent = 0;
  const statementsBefore = s.statements();
  progress.step(`server: POST /api/v1/orders vs bare route, ${clients} clients, interleaved`);
  const pairs = await collectPairs(
    burst(async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${key.key}`, 'idempotency-key': `bench-${++n}-${newId('key')}` },
        payload: body,
      });
      if (res.statusCode !== 201) throw new Error(`POST /api/v1/orders answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
      sent++;
    }, latencies),
    burst(async () => {
      const res = await bare.inject({ method: 'POST', url: '/orders', payload: body });
      if (res.statusCode !== 201) throw new Error(`bare route answered ${res.statusCode}`);
    }),
    { ...options, onSample: (d, w) => progress.tick(d, w) },
  );
  // Every statement the app sent during the case (the baseline uses the uncounted database), warm-up included.
  const statements = s.statements() - statementsBefore;
  await bare.close();
  const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;
  const measured = latencies[1];
  const tail = (v: number[]) => (percentile(v, 99) / percentile(v, 50)).toFixed(1);
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
      `request latency p50 ${ms(percentile(measured, 50))}, p99 ${ms(percentile(measured, 99))} (p99 ÷ p50 ${tail(measured)}; ${tail([...latencies[0], ...measured])} with the warm-up samples, whose requests prepare each pooled connection's statements); ` +
      `${(statements / sent).toFixed(2)} statements per order (one read for pricing that also reads the API key — looked up on its own only the first time this instance sees it — and takes the idempotency claim — committed without waiting for its WAL flush — and one write statement that stores the response too, shared by the orders of the location that waited for it: ${clients === 1 ? 'alone at 1 client' : 'fewer than one per order when they queue'}; no BEGIN/COMMIT); ` +
      `${fmt(storedNow)} orders stored at the start; ${clients} concurrent ${clients === 1 ? 'client' : 'clients'} through \`inject\` (no sockets on either side), ${perSample} orders per sample; a fresh Idempotency-Key per request; the rate limit is raised for the run so no request is refused. PGlite is one connection, so its requests queue for it; PostgreSQL uses a pool of 12.`,
  });
}
