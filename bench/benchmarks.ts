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
];

export function findBenchmark(name: string): Benchmark | undefined {
  return BENCHMARKS.find((b) => b.name === name);
}

/** SPEC §9 benchmarks that cannot run yet, with the reason docs/performance.md shows. */
export const NOT_YET_MEASURED: { name: string; reason: string }[] = [
  { name: 'till', reason: 'pending: recordSale and the till search are being benchmarked next.' },
  { name: 'server', reason: 'pending: the sync push path (sync-server/sync/) and POST /api/v1/orders are still being written.' },
  { name: 'webhooks', reason: 'pending: the dispatcher landed; its benchmark is being written.' },
];
