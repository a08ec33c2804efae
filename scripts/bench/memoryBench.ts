/**
 * Memory benchmark: each CLI job (profile, sentiment, topics, train) on generated exports of 300 MB
 * and 1 GB (`--quick`: 25 MB and 1 GB), each in its own Node process with the default heap. Per run:
 * how it ended (done, refused up front with FILE_TOO_LARGE, crashed, or stopped at the time limit)
 * and its peak resident memory, read from /proc while it runs. Budgets: no run crashes, and no run
 * that works peaks above the heap limit its budget was computed from. The files are generated here,
 * into bench-out/memory, and never committed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { maxInputBytes, type MemoryJob } from '../../workers/core/csv/memoryBudget.ts';
import { writeMessyCsv } from './gen/messyCsv.ts';
import { BENCH_OUT, ROOT, round, type BenchSection } from './section.ts';

/** Bytes per generated row, about (measured on the messy generator). */
const BYTES_PER_ROW = 233.7;
/** A run longer than this is stopped: training on 300 MB needs about 34 CPU minutes, 72 under load. */
const RUN_LIMIT_MS = 90 * 60 * 1000;

const JOBS: readonly { job: MemoryJob; args: readonly string[] }[] = [
  { job: 'profile', args: ['--json'] },
  { job: 'sentiment', args: ['--json'] },
  { job: 'topics', args: ['--json'] },
  { job: 'train', args: ['--target', 'favorites', '--grid', 'quick', '--folds', '2', '--json'] },
];

type Ending = 'done' | 'refused' | 'crashed' | 'stopped';

/** The generated export of about `megabytes` MB in bench-out/memory, made once and reused. */
function exportOf(megabytes: number): { file: string; bytes: number } {
  const dir = path.join(BENCH_OUT, 'memory');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `posts-${megabytes}MB.csv`);
  if (!existsSync(file))
    writeMessyCsv(file, { rows: Math.round((megabytes * 1e6) / BYTES_PER_ROW), seed: 11 });
  return { file, bytes: statSync(file).size };
}

/** Peak resident memory of `pid` so far (VmHWM), in MB; null off Linux or once it has ended. */
function peakRss(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Runs one CLI job on `file` in a fresh Node process and reports how it ended and its peak memory. */
function runJob(
  job: MemoryJob,
  args: readonly string[],
  file: string,
): Promise<{ ending: Ending; peakRssMb: number | null; seconds: number; message: string }> {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts/cli.ts'), job, file, ...args],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let peak: number | null = null;
  const poll = setInterval(() => {
    const now = peakRss(child.pid!);
    if (now !== null) peak = Math.max(peak ?? 0, now);
  }, 200);
  let stopped = false;
  const timer = setTimeout(() => {
    stopped = true;
    child.kill('SIGKILL');
  }, RUN_LIMIT_MS);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      const refused = code === 1 && stderr.includes('[FILE_TOO_LARGE]');
      const ending: Ending = stopped
        ? 'stopped'
        : code === 0
          ? 'done'
          : refused
            ? 'refused'
            : 'crashed';
      resolve({
        ending,
        peakRssMb: peak === null ? null : Math.round(peak),
        seconds: round((performance.now() - t0) / 1000, 1),
        message: ending === 'done' ? '' : stderr.trim().split('\n')[0]!.slice(0, 300),
      });
    });
  });
}

export const bench: BenchSection = async ({ quick, log, budget }) => {
  const heap = getHeapStatistics().heap_size_limit;
  const sizes = quick ? [25, 1000] : [300, 1000];
  const runs: Record<string, unknown>[] = [];
  let crashes = 0;
  let overHeap = 0;
  for (const megabytes of sizes) {
    log(`generating about ${megabytes} MB of posts …`);
    const { file, bytes } = exportOf(megabytes);
    for (const { job, args } of JOBS) {
      const limit = maxInputBytes(job, heap);
      log(`${job} on ${round(bytes / 1e6, 1)} MB (its limit: ${round(limit / 1e6, 1)} MB) …`);
      const run = await runJob(job, args, file);
      log(`  ${run.ending}, peak ${run.peakRssMb} MB, ${run.seconds} s`);
      if (run.ending === 'crashed') crashes++;
      if (run.ending === 'done' && run.peakRssMb !== null && run.peakRssMb * 2 ** 20 > heap)
        overHeap++;
      runs.push({ job, mb: round(bytes / 1e6, 1), limitMb: round(limit / 1e6, 1), ...run });
    }
  }
  budget({ name: 'memory: runs that crashed', value: crashes, unit: 'runs', max: 0 });
  budget({
    name: 'memory: finished runs peaking above the heap limit',
    value: overHeap,
    unit: 'runs',
    max: 0,
  });
  return { heapLimitMb: Math.round(heap / 2 ** 20), runs };
};
