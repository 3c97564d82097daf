// The benchmark harness (Node side): result records beside their baseline, the machine they ran
// on, JSON files in bench/results/, the console table and progress lines on stderr.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, platform, release, arch, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { costRatio, summarize, type Summary } from './measure';

export {
  collectPairs,
  collectSamples,
  costRatio,
  measure,
  measurePair,
  percentile,
  summarize,
  timedBatch,
  type MeasureOptions,
  type PairSamples,
  type Summary,
} from './measure';

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

/** Which figure a case is judged by: time per operation, or operations per second. */
export type Headline = 'latency' | 'throughput';

export interface Side {
  /** what was run, e.g. "recordSale (Dexie transaction)" */
  label: string;
  summary: Summary;
}

export interface MeasuredCase {
  status: 'measured';
  name: string;
  headline: Headline;
  /** what one operation is, e.g. "sale", "keystroke", "delivery" */
  unit: string;
  /** units of the headline figure: "ms per sale" (latency) or "sales/s" (throughput) */
  units: string;
  /** operations timed on each side (samples × operations per sample), warm-up excluded */
  iterations: { ours: number; baseline: number };
  ours: Side;
  baseline: Side;
  /** ours' median cost per operation ÷ the baseline's (see costRatio) */
  ratio: number;
  notes?: string;
}

export interface UnmeasuredCase {
  status: 'not_measured';
  name: string;
  reason: string;
}

export type CaseResult = MeasuredCase | UnmeasuredCase;

export interface Machine {
  cpu_model: string;
  cpus: number;
  memory_gb: number;
  os: string;
  /** 1-minute load average when the benchmark started: other work on the machine skews figures */
  load_average_1m: number;
}

export interface BenchmarkResult {
  benchmark: string;
  title: string;
  /** where the project's code ran, e.g. "Node.js", "Chromium 131 (headless)" */
  environment: string;
  /** the database engine for server benchmarks */
  database: string | null;
  machine: Machine;
  node_version: string;
  date: string;
  cases: CaseResult[];
}

export function machineInfo(): Machine {
  const list = cpus();
  return {
    cpu_model: list[0]?.model.trim() ?? 'unknown',
    cpus: list.length,
    memory_gb: Math.round(totalmem() / 1024 ** 3),
    os: `${platform()} ${release()} ${arch()}`,
    load_average_1m: Math.round(loadavg()[0]! * 100) / 100,
  };
}

/** Builds a measured case from raw sample durations of both sides. */
export function comparison(input: {
  name: string;
  headline: Headline;
  unit: string;
  ours: { label: string; sampleMs: readonly number[]; opsPerSample?: number };
  baseline: { label: string; sampleMs: readonly number[]; opsPerSample?: number };
  notes?: string;
}): MeasuredCase {
  const ours = summarize(input.ours.sampleMs, input.ours.opsPerSample ?? 1);
  const baseline = summarize(input.baseline.sampleMs, input.baseline.opsPerSample ?? 1);
  return {
    status: 'measured',
    name: input.name,
    headline: input.headline,
    unit: input.unit,
    units: input.headline === 'latency' ? `ms per ${input.unit}` : `${plural(input.unit)}/s`,
    iterations: { ours: ours.samples * ours.ops_per_sample, baseline: baseline.samples * baseline.ops_per_sample },
    ours: { label: input.ours.label, summary: ours },
    baseline: { label: input.baseline.label, summary: baseline },
    ratio: costRatio(ours, baseline),
    ...(input.notes ? { notes: input.notes } : {}),
  };
}

/** Writes bench/results/<file>.json (pretty, stable key order as built). */
export async function writeResult(result: BenchmarkResult, file: string = result.benchmark, dir = RESULTS_DIR): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${file}.json`);
  await writeFile(path, `${JSON.stringify(result, roundFigures, 2)}\n`);
  return path;
}

/** Keeps 6 significant digits of measured figures: the rest is timer noise that churns diffs. */
function roundFigures(_key: string, value: unknown): unknown {
  return typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value) ? Number(value.toPrecision(6)) : value;
}

/** Every result file in `dir`, sorted by file name; files that are not results are skipped with a warning. */
export async function readResults(dir = RESULTS_DIR): Promise<{ file: string; result: BenchmarkResult }[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const out: { file: string; result: BenchmarkResult }[] = [];
  for (const name of names) {
    const parsed: unknown = JSON.parse(await readFile(join(dir, name), 'utf8'));
    if (isBenchmarkResult(parsed)) out.push({ file: name, result: parsed });
    else process.stderr.write(`bench: ${name} is not a benchmark result, skipped\n`);
  }
  return out;
}

function isBenchmarkResult(value: unknown): value is BenchmarkResult {
  const v = value as Partial<BenchmarkResult> | null;
  return typeof v === 'object' && v !== null && typeof v.benchmark === 'string' && Array.isArray(v.cases) && typeof v.date === 'string';
}

/** A duration in ms as people read it: 1.23 s, 12.3 ms, 456 µs, 78 ns. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  if (ms >= 1000) return `${sig(ms / 1000)} s`;
  if (ms >= 1) return `${sig(ms)} ms`;
  if (ms >= 0.001) return `${sig(ms * 1000)} µs`;
  return `${sig(ms * 1e6)} ns`;
}

/** English plural of a unit noun: sale → sales, delivery → deliveries. */
export function plural(unit: string): string {
  return /[^aeiou]y$/.test(unit) ? `${unit.slice(0, -1)}ies` : `${unit}s`;
}

/** Operations per second with thousands separators and 3 significant digits. */
export function formatRate(opsPerS: number, unit: string): string {
  if (!Number.isFinite(opsPerS)) return `∞ ${plural(unit)}/s`;
  const rounded = opsPerS >= 1000 ? Math.round(opsPerS) : Number(sig(opsPerS));
  return `${rounded.toLocaleString('en-US', { maximumSignificantDigits: 3 })} ${plural(unit)}/s`;
}

export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '—';
  return `${sig(ratio)}×`;
}

function sig(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** The headline figure of one side: "1.23 ms (p95 2.10 ms)" or "812 sales/s (p95 1.54 ms/sale)". */
export function headlineFigure(side: Side, headline: Headline, unit: string): string {
  const s = side.summary;
  if (headline === 'throughput') return `${formatRate(s.ops_per_s, unit)}`;
  return `${formatDuration(s.median_ms)} (p95 ${formatDuration(s.p95_ms)})`;
}

/** Rows of the results table, one per case (shared by the console table and docs/performance.md). */
export function tableRows(result: BenchmarkResult): string[][] {
  return result.cases.map((c) => {
    if (c.status === 'not_measured') return [result.benchmark, c.name, 'not yet measured', '', '', c.reason];
    return [
      result.benchmark,
      c.name,
      `${headlineFigure(c.ours, c.headline, c.unit)} — ${c.ours.label}`,
      `${headlineFigure(c.baseline, c.headline, c.unit)} — ${c.baseline.label}`,
      formatRatio(c.ratio),
      `${c.ours.summary.samples}/${c.baseline.summary.samples} samples × ${c.ours.summary.ops_per_sample}/${c.baseline.summary.ops_per_sample} ${plural(c.unit)}`,
    ];
  });
}

export const TABLE_HEADER = ['benchmark', 'case', 'ours', 'baseline', 'ours ÷ baseline (cost)', 'samples'];

/** A plain-text table for the terminal. */
export function formatTable(rows: readonly string[][], header: readonly string[] = TABLE_HEADER): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * Progress on stderr: one rewritten line on a terminal, otherwise a line per step (so CI logs
 * stay short). Never writes to stdout, which carries the results table.
 */
export class Progress {
  private lastLength = 0;
  private lastStep = '';
  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly live = Boolean(process.stderr.isTTY),
  ) {}

  /** A new step ("till: record a 5-line sale — ours"). */
  step(text: string): void {
    this.lastStep = text;
    if (this.live) this.rewrite(`… ${text}`);
    else this.stream.write(`bench: ${text}\n`);
  }

  /** Samples done within the current step (only shown on a terminal). */
  tick(done: number, wanted: number): void {
    if (this.live) this.rewrite(`… ${this.lastStep} ${done}/${wanted}`);
  }

  /** Clears the live line before other output. */
  done(): void {
    if (this.live && this.lastLength > 0) this.stream.write(`\r${' '.repeat(this.lastLength)}\r`);
    this.lastLength = 0;
  }

  private rewrite(text: string): void {
    const width = Math.max(20, (this.stream.columns || 100) - 1);
    const clipped = text.length > width ? `${text.slice(0, width - 1)}…` : text;
    this.stream.write(`\r${clipped.padEnd(this.lastLength)}`);
    this.lastLength = clipped.length;
  }
}
