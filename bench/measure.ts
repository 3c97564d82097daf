// Timing and statistics shared by every benchmark, in Node and inside the Chromium bench page
// (no Node or DOM APIs here: only `performance.now()`, which both provide).

/** Summary of one set of samples; every figure is milliseconds per operation. */
export interface Summary {
  /** samples taken after warm-up */
  samples: number;
  /** operations timed per sample (a sample of a fast operation runs it many times) */
  ops_per_sample: number;
  median_ms: number;
  p95_ms: number;
  mean_ms: number;
  min_ms: number;
  max_ms: number;
  /** 1000 / median_ms: operations per second at the median */
  ops_per_s: number;
}

/**
 * The p-th percentile (0–100) of `values` by linear interpolation between closest ranks
 * (the "R-7" definition used by NumPy and spreadsheets), so the median of [1, 2, 3, 4] is 2.5.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile of no values');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be 0–100, got ${String(p)}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low]!;
  return lowValue + (sorted[high]! - lowValue) * (rank - low);
}

/** Summarises per-sample durations (ms per sample) as ms per operation. */
export function summarize(sampleMs: readonly number[], opsPerSample = 1): Summary {
  if (sampleMs.length === 0) throw new RangeError('summarize needs at least one sample');
  if (!Number.isInteger(opsPerSample) || opsPerSample < 1) throw new RangeError(`opsPerSample must be a positive integer, got ${String(opsPerSample)}`);
  for (const value of sampleMs) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`a sample must be a finite, non-negative duration, got ${String(value)}`);
  }
  const perOp = sampleMs.map((ms) => ms / opsPerSample);
  const median = percentile(perOp, 50);
  return {
    samples: perOp.length,
    ops_per_sample: opsPerSample,
    median_ms: median,
    p95_ms: percentile(perOp, 95),
    mean_ms: perOp.reduce((sum, v) => sum + v, 0) / perOp.length,
    min_ms: Math.min(...perOp),
    max_ms: Math.max(...perOp),
    ops_per_s: median > 0 ? 1000 / median : Number.POSITIVE_INFINITY,
  };
}

/**
 * How many times the baseline's cost ours is, from the medians: 2 means ours takes twice as long
 * per operation (half the throughput); 0.5 means ours is twice as fast.
 */
export function costRatio(ours: Pick<Summary, 'median_ms'>, baseline: Pick<Summary, 'median_ms'>): number {
  if (baseline.median_ms <= 0) return Number.POSITIVE_INFINITY;
  return ours.median_ms / baseline.median_ms;
}

export interface MeasureOptions {
  /** untimed runs first (JIT, caches, connection pools) */
  warmup?: number;
  /** timed samples wanted */
  samples?: number;
  /** operations per sample; for operations too fast to time one by one */
  opsPerSample?: number;
  /** stop taking samples after this long (at least `minSamples` are always taken) */
  maxMs?: number;
  minSamples?: number;
  /** called after each sample (progress lines) */
  onSample?: (done: number, wanted: number) => void;
}

/**
 * Times `op` (sync or async): warm-up runs, then up to `samples` samples of `opsPerSample`
 * sequential runs each, bounded by `maxMs`. `op` receives a running index so each call can use
 * fresh ids. Returns the raw sample durations (ms per sample).
 */
export async function measure(op: (index: number) => unknown, options: MeasureOptions = {}): Promise<{ sampleMs: number[]; opsPerSample: number }> {
  const warmup = options.warmup ?? 5;
  const wanted = options.samples ?? 30;
  const opsPerSample = options.opsPerSample ?? 1;
  const maxMs = options.maxMs ?? 5_000;
  const minSamples = Math.min(options.minSamples ?? 5, wanted);
  let index = 0;
  // Await only real promises: awaiting a sync op's result would add a microtask to every run.
  const run = (): PromiseLike<unknown> | undefined => {
    const result = op(index++);
    return result !== null && typeof result === 'object' && typeof (result as PromiseLike<unknown>).then === 'function'
      ? (result as PromiseLike<unknown>)
      : undefined;
  };
  for (let i = 0; i < warmup; i++) {
    const pending = run();
    if (pending) await pending;
  }
  const sampleMs: number[] = [];
  const started = performance.now();
  while (sampleMs.length < wanted) {
    const t0 = performance.now();
    for (let i = 0; i < opsPerSample; i++) {
      const pending = run();
      if (pending) await pending;
    }
    sampleMs.push(performance.now() - t0);
    options.onSample?.(sampleMs.length, wanted);
    if (sampleMs.length >= minSamples && performance.now() - started > maxMs) break;
  }
  return { sampleMs, opsPerSample };
}

/**
 * For benchmarks that time their own samples (untimed setup per sample, or latency measured
 * between two events): `sample(i)` returns one duration in ms. Same warm-up and bounds as `measure`.
 */
export async function collectSamples(sample: (index: number) => Promise<number>, options: Omit<MeasureOptions, 'opsPerSample'> = {}): Promise<number[]> {
  const warmup = options.warmup ?? 2;
  const wanted = options.samples ?? 20;
  const maxMs = options.maxMs ?? 10_000;
  const minSamples = Math.min(options.minSamples ?? 3, wanted);
  let index = 0;
  for (let i = 0; i < warmup; i++) await sample(index++);
  const sampleMs: number[] = [];
  const started = performance.now();
  while (sampleMs.length < wanted) {
    sampleMs.push(await sample(index++));
    options.onSample?.(sampleMs.length, wanted);
    if (sampleMs.length >= minSamples && performance.now() - started > maxMs) break;
  }
  return sampleMs;
}

export interface PairSamples {
  ours: number[];
  baseline: number[];
}

/**
 * Like `collectSamples` for two sides at once, interleaved: each round takes one sample of each,
 * alternating which goes first, so both sides see the same machine load (other work on a shared
 * machine comes and goes within a run). `maxMs` bounds the whole pair.
 */
export async function collectPairs(
  ours: (index: number) => Promise<number>,
  baseline: (index: number) => Promise<number>,
  options: Omit<MeasureOptions, 'opsPerSample'> = {},
): Promise<PairSamples> {
  const warmup = options.warmup ?? 2;
  const wanted = options.samples ?? 20;
  const maxMs = options.maxMs ?? 10_000;
  const minSamples = Math.min(options.minSamples ?? 3, wanted);
  for (let i = 0; i < warmup; i++) {
    await ours(i);
    await baseline(i);
  }
  const out: PairSamples = { ours: [], baseline: [] };
  const started = performance.now();
  for (let round = 0; round < wanted; round++) {
    const index = warmup + round;
    if (round % 2 === 0) {
      out.ours.push(await ours(index));
      out.baseline.push(await baseline(index));
    } else {
      out.baseline.push(await baseline(index));
      out.ours.push(await ours(index));
    }
    options.onSample?.(round + 1, wanted);
    if (round + 1 >= minSamples && performance.now() - started > maxMs) break;
  }
  return out;
}

/** Times `opsPerSample` sequential runs of `op` (sync ops are not awaited); returns ms. */
export function timedBatch(op: (index: number) => unknown, opsPerSample: number): (sample: number) => Promise<number> {
  return async (sample) => {
    const t0 = performance.now();
    for (let i = 0; i < opsPerSample; i++) {
      const result = op(sample * opsPerSample + i);
      if (result !== null && typeof result === 'object' && typeof (result as PromiseLike<unknown>).then === 'function') await result;
    }
    return performance.now() - t0;
  };
}

/** `measure` for two operations, interleaved sample by sample (see `collectPairs`). */
export async function measurePair(
  ours: (index: number) => unknown,
  baseline: (index: number) => unknown,
  options: MeasureOptions = {},
): Promise<{ ours: { sampleMs: number[]; opsPerSample: number }; baseline: { sampleMs: number[]; opsPerSample: number } }> {
  const opsPerSample = options.opsPerSample ?? 1;
  const pairs = await collectPairs(timedBatch(ours, opsPerSample), timedBatch(baseline, opsPerSample), {
    ...options,
    warmup: Math.ceil((options.warmup ?? 5) / opsPerSample),
  });
  return { ours: { sampleMs: pairs.ours, opsPerSample }, baseline: { sampleMs: pairs.baseline, opsPerSample } };
}
