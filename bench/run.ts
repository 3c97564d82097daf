// `npm run bench [-- NAME…]`: runs benchmarks, prints each figure beside its baseline, writes
// bench/results/<name>.json and regenerates docs/performance.md from every result file.
import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { resultFileName } from './benchmark';
import { BENCHMARKS, NOT_YET_MEASURED, findBenchmark } from './benchmarks';
import { formatTable, Progress, readResults, tableRows, writeResult, type BenchmarkResult } from './harness';
import { OBSERVATIONS, renderPerformanceDoc, writePerformanceDoc, PERFORMANCE_DOC } from './performance-doc';

const program = new Command()
  .name('npm run bench --')
  .description(
    "Benchmarks of Anywhere POS (SPEC §9). Each prints the project's figure beside a baseline measured in the same run,\n" +
      'writes bench/results/<name>.json and regenerates docs/performance.md.',
  )
  .argument('[names...]', `benchmarks to run (default: all): ${BENCHMARKS.map((b) => b.name).join(', ')}`)
  .option('--list', 'list the benchmarks and exit')
  .option('--quick', 'smoke run: few samples and small data; prints figures but writes no results or docs')
  .option('--full', 'no time budgets: e.g. push all 10 000 sales even on a slow machine (minutes)')
  .option('--write-docs', 'only regenerate docs/performance.md from bench/results/*.json')
  .option('--no-docs', 'do not regenerate docs/performance.md after running')
  .addHelpText(
    'after',
    '\nPostgreSQL: server benchmarks also run there when DATABASE_URL or POS_TEST_DATABASE_URL is set\n' +
      '(a fresh schema, dropped afterwards). Everything else runs on loopback and in-process.',
  )
  .showHelpAfterError();

program.parse();
const opts = program.opts<{ list?: boolean; quick?: boolean; full?: boolean; writeDocs?: boolean; docs: boolean }>();
const names = program.args;

async function writeDocs(): Promise<void> {
  // In the order `npm run bench` runs them, then by file (engine).
  const order = (name: string) => {
    const i = BENCHMARKS.findIndex((b) => b.name === name);
    return i === -1 ? BENCHMARKS.length : i;
  };
  const results = (await readResults()).sort((a, b) => order(a.result.benchmark) - order(b.result.benchmark) || a.file.localeCompare(b.file));
  const present = new Set(results.map((r) => r.result.benchmark));
  const notMeasured = [
    ...NOT_YET_MEASURED,
    ...BENCHMARKS.filter((b) => !present.has(b.name)).map((b) => ({ name: b.name, reason: `no result file yet: run \`npm run bench -- ${b.name}\`.` })),
  ];
  const benchmarks = BENCHMARKS;
  const observations = await readFile(OBSERVATIONS, 'utf8').catch(() => '');
  const text = renderPerformanceDoc({ benchmarks, results, notMeasured, notes: [], observations });
  await writePerformanceDoc(text);
  process.stderr.write(`bench: wrote ${PERFORMANCE_DOC}\n`);
}

async function main(): Promise<number> {
  if (opts.list) {
    for (const b of BENCHMARKS) process.stdout.write(`${b.name.padEnd(10)} ${b.title}\n`);
    for (const b of NOT_YET_MEASURED) process.stdout.write(`${b.name.padEnd(10)} (not yet measured: ${b.reason})\n`);
    return 0;
  }
  if (opts.writeDocs) {
    await writeDocs();
    return 0;
  }
  const unknown = names.filter((n) => !findBenchmark(n));
  if (unknown.length > 0) {
    const pending = unknown.filter((n) => NOT_YET_MEASURED.some((b) => b.name === n));
    for (const n of pending) process.stderr.write(`bench: ${n} is not measured yet: ${NOT_YET_MEASURED.find((b) => b.name === n)!.reason}\n`);
    const wrong = unknown.filter((n) => !pending.includes(n));
    if (wrong.length > 0) process.stderr.write(`bench: unknown benchmark ${wrong.join(', ')} (known: ${BENCHMARKS.map((b) => b.name).join(', ')})\n`);
    return 1;
  }
  const selected = names.length > 0 ? names.map((n) => findBenchmark(n)!) : BENCHMARKS;
  const progress = new Progress();
  const results: BenchmarkResult[] = [];
  let failed = false;
  for (const benchmark of selected) {
    progress.step(`${benchmark.name}: starting`);
    try {
      const run = await benchmark.load();
      const produced = await run({ progress, quick: Boolean(opts.quick), full: Boolean(opts.full) });
      progress.done();
      for (const result of produced) {
        results.push(result);
        process.stdout.write(`${formatTable(tableRows(result))}\n`);
        for (const c of result.cases) if (c.status === 'measured' && c.notes) process.stdout.write(`  ${c.name}: ${c.notes}\n`);
        process.stdout.write('\n');
        if (!opts.quick) process.stderr.write(`bench: wrote ${await writeResult(result, resultFileName(result))}\n`);
      }
    } catch (error) {
      progress.done();
      failed = true;
      process.stderr.write(`bench: ${benchmark.name} failed: ${(error as Error).stack ?? String(error)}\n`);
    }
  }
  if (!opts.quick && opts.docs && results.length > 0) await writeDocs();
  return failed ? 1 : 0;
}

process.exitCode = await main();
