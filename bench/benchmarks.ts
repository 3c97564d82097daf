// Every benchmark `npm run bench` knows, in the order they run. Code under test is imported only
// when its benchmark runs.
import type { Benchmark } from './benchmark';

export const BENCHMARKS: Benchmark[] = [
  {
    name: 'core',
    title: 'Order totals (core)',
    description:
      '`computeOrderTotals` (core/order-totals.ts) on a 5-line inclusive-VAT order with a modifier, two line discounts, ' +
      'an order discount and two tax rates, against a naive floating-point sum of the same order (what it replaces: ' +
      'no rounding per line, no discount allocation, no breakdown by rate). An extra, not in SPEC §9: it shows what exact ' +
      'integer money costs on every cart change.',
    load: async () => (await import('./core-bench')).runCoreBenchmark,
  },
  {
    name: 'till',
    title: 'Till (Chromium, real IndexedDB)',
    description:
      'Runs in headless Debian Chromium (playwright-core, `/usr/bin/chromium`) on a page that Vite bundles from ' +
      '`bench/till/till-bench-page.tsx` into a temp dir and a loopback server serves, so the till code writes to real IndexedDB.\n\n' +
      "- **record a 5-line cash sale**: the till's own `recordSale` (renderer/db/sales.ts) on a paired till with an open " +
      'shift, 5 sales per sample after the first: it computes totals and writes the order, its payment and the `order.completed` ' +
      'outbox mutation with the next gapless `seq` in one IndexedDB transaction that first checks the remembered counters, ' +
      'location and pairing with one settings read (renderer/db/sale-context.ts). Baseline: the same rows (order, payment, ' +
      'outbox entry, the two counters) put with the raw IndexedDB API in one transaction into a database of the same schema.\n' +
      "- **search 50 000 products per keystroke**: the sell screen's `searchProducts` (renderer/till/screens/product-search.ts: " +
      'barcode/SKU match, every word in the name, best matches first) over 50 000 generated products, one call per keystroke ' +
      'while typing four searches. Baseline: `Array.filter` with `toLowerCase().includes`.',
    load: async () => (await import('./till/till-bench')).runTillBenchmark,
  },
  {
    name: 'server',
    title: 'Cloud service (PGlite; PostgreSQL when configured)',
    description:
      'The real Fastify app (`buildApp` from sync-server/app.ts, background workers off) through `inject`, on embedded PGlite ' +
      'and, when `DATABASE_URL` or `POS_TEST_DATABASE_URL` is set, on PostgreSQL in a fresh schema that is dropped afterwards.\n\n' +
      '- **push ingest of 10 000 till sales**: a paired device pushes 5-line cash sales (`order.completed`) through ' +
      "`POST /sync/v1/push` in the till's batches of 100. Baseline: the rows that push wrote (mutation log, order, lines, payment, " +
      'events) inserted again into copies of the same tables, one multi-row `INSERT` per table per batch in one transaction.\n' +
      '- **POST /api/v1/orders**: orders of 2 items with an API key and a fresh `Idempotency-Key` each, from 1 and from 10 concurrent clients ' +
      '(notes: request p50/p99). Baseline: a bare Fastify route on the same database that does one `INSERT`.\n' +
      '- **events feed page of 1 000**: `GET /api/v1/events?limit=1000` from positions across a feed of 1 000 and 10 000 stored events ' +
      '(100 000 with `--full`). Baseline: the raw keyset `SELECT` of the same 1 000 rows in feed order (index walk on (business_id, xact_id, seq)).\n\n' +
      "Each case's notes give the SQL statements per operation the app sent (bench/statement-counter.ts, BEGIN and COMMIT included).",
    load: async () => (await import('./server/server-bench')).runServerBenchmark,
  },
  {
    name: 'webhooks',
    title: 'Webhook delivery (PGlite; PostgreSQL when configured)',
    description:
      'The real `WebhookDispatcher` (sync-server/webhooks/webhook-dispatcher.ts) with the real undici sender, signing and ' +
      'database queue, delivering `order.created` events written by `recordEvent` (the transactional outbox) to a node:http ' +
      'receiver on 127.0.0.1 in the same process, with the default policy (4 in flight per endpoint).\n\n' +
      '- **signed deliveries to one endpoint**: bursts of 100 events committed in one transaction, timed from commit until the ' +
      'receiver has all 100. Baseline: raw undici POSTs of the same body to the same receiver, 4 in flight.\n' +
      '- **commit → first delivery attempt**: one event committed with the dispatcher idle, timed until its signed POST reaches ' +
      "the receiver's handler (woken by LISTEN/NOTIFY, not the 1 s poll). Baseline: the receiver's floor, a raw POST from send " +
      'until it reaches the same handler.\n' +
      '- **drain rate with N deliveries pending** (1 000 and 10 000; 100 000 with `--full`): the backlog is queued with the ' +
      'dispatcher stopped, then timed over windows of 200 arrivals. Baseline: the same dispatcher delivering a fresh burst of ' +
      '200 with nothing else pending (the issue #12 target: the backlog within 1.5× of it).\n\n' +
      "The throughput case's notes give the SQL statements per delivery the dispatcher sent (bench/statement-counter.ts).",
    load: async () => (await import('./webhooks/webhooks-bench')).runWebhooksBenchmark,
  },
];

export function findBenchmark(name: string): Benchmark | undefined {
  return BENCHMARKS.find((b) => b.name === name);
}

/** SPEC §9 benchmarks that cannot run yet, with the reason docs/performance.md shows. */
export const NOT_YET_MEASURED: { name: string; reason: string }[] = [];
