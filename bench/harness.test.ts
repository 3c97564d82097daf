// The harness's statistics and formatting (never timings: benchmarks are not unit tests).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultFileName } from './benchmark';
import {
  collectPairs,
  collectSamples,
  comparison,
  costRatio,
  formatDuration,
  formatRate,
  formatRatio,
  formatTable,
  machineInfo,
  measure,
  measurePair,
  percentile,
  readResults,
  summarize,
  tableRows,
  timedBatch,
  writeResult,
  type BenchmarkResult,
} from './harness';
import { renderPerformanceDoc, resultsTable } from './performance-doc';

describe('percentile', () => {
  it('interpolates between closest ranks (R-7)', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3);
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 95)).toBeCloseTo(95.5, 10);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 100)).toBe(3);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it('rejects no values and percentiles outside 0–100', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('reports per-operation figures from per-sample durations', () => {
    const s = summarize([10, 20, 30, 40], 10);
    expect(s).toEqual({ samples: 4, ops_per_sample: 10, median_ms: 2.5, p95_ms: expect.closeTo(3.85, 10), mean_ms: 2.5, min_ms: 1, max_ms: 4, ops_per_s: 400 });
  });

  it('treats a zero median as unbounded throughput, not a division error', () => {
    expect(summarize([0, 0, 0]).ops_per_s).toBe(Number.POSITIVE_INFINITY);
  });

  it('rejects empty, negative or non-finite samples and bad batch sizes', () => {
    expect(() => summarize([])).toThrow(RangeError);
    expect(() => summarize([1, -1])).toThrow(RangeError);
    expect(() => summarize([1, Number.NaN])).toThrow(RangeError);
    expect(() => summarize([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
    expect(() => summarize([1], 0)).toThrow(RangeError);
    expect(() => summarize([1], 1.5)).toThrow(RangeError);
  });
});

describe('costRatio and comparison', () => {
  it('divides the medians: above 1 means ours costs more per operation', () => {
    expect(costRatio({ median_ms: 3 }, { median_ms: 1.5 })).toBe(2);
    expect(costRatio({ median_ms: 1 }, { median_ms: 4 })).toBe(0.25);
    expect(costRatio({ median_ms: 1 }, { median_ms: 0 })).toBe(Number.POSITIVE_INFINITY);
  });

  it('builds a case whose ratio matches its two summaries', () => {
    const c = comparison({
      name: 'x',
      headline: 'throughput',
      unit: 'sale',
      ours: { label: 'ours', sampleMs: [100, 100, 100], opsPerSample: 50 },
      baseline: { label: 'raw', sampleMs: [25, 25, 25], opsPerSample: 50 },
    });
    expect(c.ours.summary.median_ms).toBe(2);
    expect(c.baseline.summary.ops_per_s).toBe(2000);
    expect(c.ratio).toBe(4);
    expect(c.units).toBe('sales/s');
    expect(c.iterations).toEqual({ ours: 150, baseline: 150 });
    expect(c).not.toHaveProperty('notes');
  });
});

describe('measure and collectSamples', () => {
  it('runs warm-up plus samples × ops, with a fresh index per call', async () => {
    const seen: number[] = [];
    const { sampleMs, opsPerSample } = await measure((i) => seen.push(i), { warmup: 2, samples: 3, opsPerSample: 4, maxMs: 60_000 });
    expect(sampleMs).toHaveLength(3);
    expect(opsPerSample).toBe(4);
    expect(seen).toEqual(Array.from({ length: 14 }, (_, i) => i));
  });

  it('awaits async operations one after another', async () => {
    let running = 0;
    let overlapped = false;
    await measure(
      async () => {
        running++;
        if (running > 1) overlapped = true;
        await new Promise((r) => setImmediate(r));
        running--;
      },
      { warmup: 1, samples: 3, opsPerSample: 3 },
    );
    expect(overlapped).toBe(false);
  });

  it('stops at the time bound once the minimum samples are in', async () => {
    const { sampleMs } = await measure(() => undefined, { warmup: 0, samples: 1_000_000, minSamples: 2, maxMs: -1 });
    expect(sampleMs).toHaveLength(2);
  });

  it('collects durations a benchmark measured itself', async () => {
    const progress: string[] = [];
    const samples = await collectSamples(async (i) => i, { warmup: 1, samples: 3, onSample: (d, w) => progress.push(`${d}/${w}`) });
    expect(samples).toEqual([1, 2, 3]);
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
  });
});

describe('interleaved pairs', () => {
  it('alternates which side goes first, round by round, after warming both up', async () => {
    const calls: string[] = [];
    const pairs = await collectPairs(
      async (i) => (calls.push(`A${i}`), i),
      async (i) => (calls.push(`B${i}`), -i),
      { warmup: 1, samples: 4 },
    );
    expect(calls).toEqual(['A0', 'B0', 'A1', 'B1', 'B2', 'A2', 'A3', 'B3', 'B4', 'A4']);
    expect(pairs).toEqual({ ours: [1, 2, 3, 4], baseline: [-1, -2, -3, -4] });
  });

  it('stops both sides at the shared time bound once the minimum rounds are in', async () => {
    const pairs = await collectPairs(
      async () => 1,
      async () => 2,
      { warmup: 0, samples: 1_000, minSamples: 2, maxMs: -1 },
    );
    expect(pairs.ours).toHaveLength(2);
    expect(pairs.baseline).toHaveLength(2);
  });

  it('times batches of distinct operation indexes and measures pairs with batch-sized warm-up', async () => {
    const seen: number[] = [];
    const batch = timedBatch((i) => seen.push(i), 3);
    expect(await batch(2)).toBeGreaterThanOrEqual(0);
    expect(seen).toEqual([6, 7, 8]);

    const a: number[] = [];
    const b: number[] = [];
    const result = await measurePair(
      (i) => a.push(i),
      async (i) => void b.push(i),
      { warmup: 4, samples: 3, opsPerSample: 2, maxMs: 60_000 },
    );
    // warm-up of 4 operations = 2 batches of 2, then 3 timed batches
    expect(a).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(b).toEqual(a);
    expect(result.ours.sampleMs).toHaveLength(3);
    expect(result.baseline.opsPerSample).toBe(2);
  });
});

describe('formatting', () => {
  it('picks a readable unit for durations and rates', () => {
    expect(formatDuration(1234)).toBe('1.23 s');
    expect(formatDuration(12.34)).toBe('12.3 ms');
    expect(formatDuration(0.456)).toBe('456 µs');
    expect(formatDuration(0.0000781)).toBe('78.1 ns');
    expect(formatRate(12_345.6, 'sale')).toBe('12,300 sales/s');
    expect(formatRate(3.14159, 'page')).toBe('3.14 pages/s');
    expect(formatRate(40, 'delivery')).toBe('40 deliveries/s');
    expect(formatRate(40, 'day')).toBe('40 days/s');
    expect(formatRatio(2.5)).toBe('2.50×');
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('aligns the console table', () => {
    const text = formatTable(
      [
        ['a', 'bbb'],
        ['cc', 'd'],
      ],
      ['h1', 'h2'],
    );
    expect(text.split('\n')).toEqual(['h1  h2', '──  ───', 'a   bbb', 'cc  d']);
  });
});

function sampleResult(overrides: Partial<BenchmarkResult> = {}): BenchmarkResult {
  return {
    benchmark: 'server',
    title: 'Server',
    environment: 'Node.js',
    database: 'pglite',
    machine: machineInfo(),
    node_version: process.version,
    date: '2026-11-23T16:00:00.000Z',
    cases: [
      comparison({
        name: 'events | page',
        headline: 'latency',
        unit: 'page',
        ours: { label: 'GET /api/v1/events', sampleMs: [4, 6] },
        baseline: { label: 'SELECT', sampleMs: [1, 1] },
      }),
      { status: 'not_measured', name: 'push ingest', reason: 'sync push not written yet' },
    ],
    ...overrides,
  };
}

describe('results and docs', () => {
  it('names result files per benchmark and engine', () => {
    expect(resultFileName({ benchmark: 'server', database: 'postgres' })).toBe('server-postgres');
    expect(resultFileName({ benchmark: 'till', database: null })).toBe('till');
  });

  it('writes result JSON that reads back, skipping files that are not results', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bench-results-'));
    try {
      const path = await writeResult(sampleResult(), 'server-pglite', dir);
      expect(JSON.parse(await readFile(path, 'utf8')).cases[0].ratio).toBe(5);
      await writeFile(join(dir, 'other.json'), '{"hello":1}');
      const stderr = process.stderr.write;
      const warnings: string[] = [];
      process.stderr.write = ((chunk: string) => (warnings.push(chunk), true)) as typeof process.stderr.write;
      const read = await readResults(dir).finally(() => (process.stderr.write = stderr));
      expect(read.map((r) => r.file)).toEqual(['server-pglite.json']);
      expect(read[0]!.result).toEqual(JSON.parse(await readFile(path, 'utf8')));
      expect(warnings.join('')).toContain('other.json');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('returns no results for a missing directory', async () => {
    expect(await readResults(join(tmpdir(), `bench-missing-${process.pid}-${Date.now()}`))).toEqual([]);
  });

  it('puts each case in the table, escaping pipes, with unmeasured cases and their reason', () => {
    const result = sampleResult();
    const rows = tableRows(result);
    expect(rows[0]).toEqual([
      'server',
      'events | page',
      '5.00 ms (p95 5.90 ms) — GET /api/v1/events',
      '1.00 ms (p95 1.00 ms) — SELECT',
      '5.00×',
      '2/2 samples × 1/1 pages',
    ]);
    expect(rows[1]).toEqual(['server', 'push ingest', 'not yet measured', '', '', 'sync push not written yet']);
    const md = resultsTable([result]);
    expect(md).toContain('| server | events \\| page | Node.js, PGlite | 5.00 ms (p95 5.90 ms) — GET /api/v1/events |');
    expect(md).toContain('| server | push ingest | Node.js, PGlite | not yet measured | — | — | sync push not written yet |');
  });

  it('renders the page with results, what is not measured and descriptions', () => {
    const noted = (database: 'pglite' | 'postgres', notes: string) => {
      const result = sampleResult({ database });
      return { ...result, cases: result.cases.map((c) => (c.status === 'measured' ? { ...c, notes } : c)) };
    };
    const text = renderPerformanceDoc({
      benchmarks: [{ name: 'server', title: 'Server', description: 'Push ingest and more.', load: async () => async () => [] }],
      results: [
        { file: 'server-pglite.json', result: noted('pglite', '2 statements') },
        { file: 'server-postgres.json', result: noted('postgres', '3 statements') },
      ],
      notMeasured: [{ name: 'webhooks', reason: 'dispatcher missing' }],
      notes: ['ran on PGlite'],
      observations: 'Push is round-trip bound.\n',
    });
    expect(text).toContain('## What the figures say\n\nPush is round-trip bound.\n');
    expect(text).toContain('## Not yet measured\n\n- **webhooks**: dispatcher missing');
    expect(text).toContain('### server: Server\n\nPush ingest and more.');
    expect(text).toContain('- ran on PGlite');
    // The same case on each engine: each note says which one it is.
    expect(text).toContain('- server / events | page (PGlite): 2 statements');
    expect(text).toContain('- server / events | page (PostgreSQL): 3 statements');
    expect(text).toContain('| bench/results/server-pglite.json | 2026-11-23 16:00:00 |');
  });
});
