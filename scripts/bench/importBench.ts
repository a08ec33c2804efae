/**
 * Import benchmark (Node): throughput (rows/s, MB/s) and peak memory of importCsv on generated messy
 * exports of 10k, 100k and 1M rows (`--quick`: 10k and 100k), then schema inference and column
 * summaries on the same table, and pandas `read_csv` on the same file when Debian's python3 has it.
 * The files come from `importFiles.ts`, which the Chromium measurement shares.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { importCsv } from '../../workers/core/csv/index.ts';
import { inferSchema } from '../../workers/core/schema/index.ts';
import { summarizeTable } from '../../workers/core/stats/index.ts';
import { nodeByteSource } from '../cli/readTable.ts';
import { makeBenchFile } from './importFiles.ts';
import { BENCH_OUT, peakRssMb, round, type BenchSection } from './section.ts';

// A full collection before and after the import, so tableHeapMb is the heap the table holds.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function measure(file: string, bytes: number): Promise<Record<string, unknown>> {
  const source = nodeByteSource(file);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const result = await importCsv(source);
  const importMs = performance.now() - t0;
  source.close();
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  const table = result.value;
  collectGarbage();
  const heapAfterImport = process.memoryUsage().heapUsed;
  const t1 = performance.now();
  const schema = inferSchema(table);
  const schemaMs = performance.now() - t1;
  const t2 = performance.now();
  summarizeTable(table, schema);
  const summaryMs = performance.now() - t2;
  return {
    rows: table.rowCount,
    mb: round(bytes / 1e6, 1),
    encoding: table.encoding,
    delimiter: table.delimiter,
    importMs: Math.round(importMs),
    rowsPerSec: Math.round(table.rowCount / (importMs / 1000)),
    mbPerSec: round(bytes / 1e6 / (importMs / 1000), 1),
    inferSchemaMs: Math.round(schemaMs),
    summarizeMs: Math.round(summaryMs),
    tableHeapMb: Math.round((heapAfterImport - heapBefore) / 1e6),
    peakRssMb: peakRssMb(),
  };
}

/** Seconds pandas `read_csv` takes on `file`, or null without python3 + pandas. */
function pandasSeconds(file: string): number | null {
  const script =
    'import sys, time, pandas as pd\nt = time.perf_counter(); pd.read_csv(sys.argv[1]); print(time.perf_counter() - t)';
  const run = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
  return run.status === 0 ? round(Number(run.stdout), 3) : null;
}

export const bench: BenchSection = async (ctx) => {
  const sizes = ctx.quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  const report: Record<string, unknown> = {
    note: 'peakRssMb is the process peak so far (sizes run smallest first); tableHeapMb is the heap the imported table holds.',
  };
  const dir = path.join(BENCH_OUT, 'import');
  // Warm the JIT so the 10k figure measures parsing, not compilation.
  const warm = makeBenchFile(2000, { dir });
  await measure(warm.path, warm.bytes);
  for (const rows of sizes) {
    const file = makeBenchFile(rows, { dir });
    ctx.log(`${rows} rows, ${round(file.bytes / 1e6, 1)} MB`);
    const node = await measure(file.path, file.bytes);
    const pandas = pandasSeconds(file.path);
    report[`rows_${rows}`] = { ...node, pandasReadCsvSec: pandas };
    rmSync(file.path);
    ctx.log(JSON.stringify(report[`rows_${rows}`]));
  }
  for (const [delimiter, encoding] of [
    [';', 'windows-1252'],
    ['\t', 'utf-16le'],
  ] as const) {
    // Windows-1252 includes the failed UTF-8 pass and the restart.
    const file = makeBenchFile(100_000, { dir, delimiter, encoding });
    report[`rows_100000_${encoding}`] = await measure(file.path, file.bytes);
    rmSync(file.path);
  }
  rmSync(warm.path);
  // The same files through the app's analysis worker in headless Chromium (includes saving to IndexedDB).
  const { importInChromium } = await import('./importBrowserBench.ts');
  report.chromium = await importInChromium(ctx);
  return report;
};
