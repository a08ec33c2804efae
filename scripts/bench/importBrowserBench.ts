/** Import throughput in headless Chromium: the analysis worker streams a generated file, as a drop does. */
import { withBenchPage } from './browser.ts';
import { makeBenchFile } from './importFiles.ts';
import { round, type BenchContext } from './section.ts';

export async function importInChromium(ctx: BenchContext): Promise<Record<string, unknown>> {
  const sizes = ctx.quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  const files = sizes.map((rows) => ({ rows, ...makeBenchFile(rows) }));
  return withBenchPage(async (bench) => {
    const out: Record<string, unknown> = {};
    for (const f of files) {
      ctx.log(`chromium import ${f.rows} rows (${round(f.bytes / 1e6, 1)} MB)`);
      await bench.setFile(f.path);
      const r = await bench.run<{ rows: number; bytes: number; ms: number; longTasks: number[] }>(
        'importFile',
      );
      ctx.budget({
        name: `Chromium import of ${f.rows.toLocaleString('en-US')} rows: longest main-thread task`,
        value: Math.round(Math.max(0, ...r.longTasks)),
        unit: 'ms',
        max: 50,
      });
      out[`rows_${f.rows}`] = {
        rows: r.rows,
        mb: round(r.bytes / 1e6, 1),
        ms: r.ms,
        rowsPerSec: Math.round(r.rows / (r.ms / 1000)),
        mbPerSec: round(r.bytes / 1e6 / (r.ms / 1000), 1),
        mainThreadLongTasksOver50ms: r.longTasks.filter((t) => t > 50).length,
        longestMainThreadTaskMs: Math.max(0, ...r.longTasks),
        rendererPeakRssMb: await bench.rendererPeakRssMb(),
      };
    }
    return out;
  });
}
