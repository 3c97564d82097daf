// What every benchmark module provides, and the context the runner hands it.
import type { Engine } from '../sync-server/storage/test-database';
import type { BenchmarkResult, Progress } from './harness';

export interface BenchContext {
  progress: Progress;
  /** fewer samples and smaller data: a smoke run that checks the benchmark works, not a figure to publish */
  quick: boolean;
  /** no time budgets: every benchmark runs its full size even when that takes minutes */
  full: boolean;
}

/** Runs one benchmark: one result per database engine (server benchmarks) or a single one. */
export type RunBenchmark = (context: BenchContext) => Promise<BenchmarkResult[]>;

/**
 * A database benchmark on every engine: PGlite always, PostgreSQL when POS_TEST_DATABASE_URL or
 * DATABASE_URL is set (openTestDatabase reads POS_TEST_DATABASE_URL, so DATABASE_URL is copied there).
 */
export function onEveryEngine(runOn: (engine: Engine, context: BenchContext) => Promise<BenchmarkResult>): RunBenchmark {
  return async (context) => {
    const url = process.env.POS_TEST_DATABASE_URL || process.env.DATABASE_URL;
    const results = [await runOn('pglite', context)];
    if (url) {
      process.env.POS_TEST_DATABASE_URL = url;
      results.push(await runOn('postgres', context));
    }
    return results;
  };
}

export interface Benchmark {
  name: string;
  title: string;
  /** Markdown for docs/performance.md: exactly what is timed on each side and why that baseline. */
  description: string;
  /** Loaded only when the benchmark runs, so `--help` and `--write-docs` import none of the code under test. */
  load(): Promise<RunBenchmark>;
}

/** Results are stored per benchmark and engine: bench/results/server-postgres.json, till.json, … */
export function resultFileName(result: Pick<BenchmarkResult, 'benchmark' | 'database'>): string {
  return result.database ? `${result.benchmark}-${result.database}` : result.benchmark;
}
