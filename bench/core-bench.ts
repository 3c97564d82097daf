// core: totals of a 5-line order with computeOrderTotals (integer minor units, BigInt tax per
// line, pro-rata order discount) against a naive floating-point sum of the same order.
import { computeOrderTotals, type OrderInput } from '../core/order-totals';
import type { RunBenchmark } from './benchmark';
import { comparison, machineInfo, measurePair, type BenchmarkResult } from './harness';

const ORDER: OrderInput = {
  currency: 'EUR',
  tax_mode: 'inclusive',
  discount: { kind: 'percent', basis_points: 500 },
  lines: [
    {
      id: 'l1',
      product_id: 'prd_1',
      name: 'Flat white',
      quantity: 2,
      unit_price: 350,
      tax_rate_id: 'tax_19',
      rate_ppm: 190_000,
      modifiers: [{ id: 'm1', name: 'Oat milk', price_delta: 40 }],
    },
    { id: 'l2', product_id: 'prd_2', name: 'Croissant', quantity: 3, unit_price: 220, tax_rate_id: 'tax_7', rate_ppm: 70_000 },
    {
      id: 'l3',
      product_id: 'prd_3',
      name: 'Club sandwich',
      quantity: 1,
      unit_price: 890,
      tax_rate_id: 'tax_7',
      rate_ppm: 70_000,
      discount: { kind: 'amount', amount: 100 },
    },
    { id: 'l4', product_id: 'prd_4', name: 'Sparkling water', quantity: 2, unit_price: 280, tax_rate_id: 'tax_19', rate_ppm: 190_000 },
    {
      id: 'l5',
      product_id: 'prd_5',
      name: 'Cheesecake',
      quantity: 1,
      unit_price: 450,
      tax_rate_id: 'tax_7',
      rate_ppm: 70_000,
      discount: { kind: 'percent', basis_points: 1000 },
    },
  ],
};

/** What a first attempt looks like: float money, no rounding rules, no per-rate breakdown. */
function naiveFloatTotals(order: OrderInput): { total: number; tax: number } {
  let total = 0;
  let tax = 0;
  for (const line of order.lines) {
    const unit = (line.unit_price + (line.modifiers ?? []).reduce((s, m) => s + m.price_delta, 0)) / 100;
    let amount = unit * line.quantity;
    if (line.discount?.kind === 'percent') amount *= 1 - line.discount.basis_points / 10_000;
    else if (line.discount?.kind === 'amount') amount -= line.discount.amount / 100;
    if (order.discount?.kind === 'percent') amount *= 1 - order.discount.basis_points / 10_000;
    const rate = line.rate_ppm / 1_000_000;
    tax += amount - amount / (1 + rate);
    total += amount;
  }
  return { total, tax };
}

export const runCoreBenchmark: RunBenchmark = async ({ progress, quick }) => {
  // Results are kept (in a small ring) so the engine cannot drop the work as dead code.
  const sink: unknown[] = [];
  const options = { warmup: quick ? 200 : 5_000, samples: quick ? 5 : 40, opsPerSample: 1_000, maxMs: quick ? 1_000 : 6_000 };
  progress.step('core: computeOrderTotals vs naive float sum, interleaved');
  const { ours, baseline } = await measurePair(
    (i) => (sink[i & 1023] = computeOrderTotals(ORDER)),
    (i) => (sink[i & 1023] = naiveFloatTotals(ORDER)),
    { ...options, onSample: (d, w) => progress.tick(d, w) },
  );
  sink.length = 0;
  const result: BenchmarkResult = {
    benchmark: 'core',
    title: 'Order totals (core)',
    environment: 'Node.js',
    database: null,
    machine: machineInfo(),
    node_version: process.version,
    date: new Date().toISOString(),
    cases: [
      comparison({
        name: 'totals of a 5-line order',
        headline: 'latency',
        unit: 'order',
        ours: { label: 'computeOrderTotals', ...ours },
        baseline: { label: 'naive float sum', ...baseline },
      }),
    ],
  };
  return [result];
};
