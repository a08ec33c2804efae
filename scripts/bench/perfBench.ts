/**
 * The perf journeys (e2e/perf/*.perf.ts): Playwright drives the built app as a user does (a 100k-row
 * import, the sample's sentiment, Topics on the sample and on 100k posts with 200k hashtags, the grid
 * search, the engine check) and measures main-thread long tasks and how fast Cancel stops work. Each
 * figure comes with its budget; `npm test` keeps to behaviour, these figures depend on the machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { withinBudget, type Budget } from './budgets.ts';
import { BENCH_OUT, ROOT, round, type BenchContext, type BenchSection } from './section.ts';

/** One figure a perf journey wrote (e2e/perf/fixtures.ts). */
interface Figure extends Budget {
  readonly journey: string;
  readonly detail?: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Runs the perf journeys against the build in `dist`; resolves with Playwright's exit code. */
function runJourneys(
  ctx: BenchContext,
  env: Record<string, string>,
): Promise<{ code: number | null; passed: number; failed: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(ROOT, 'node_modules', '.bin', 'playwright'),
      ['test', '-c', 'playwright.perf.config.ts', '--reporter', 'line'],
      { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let passed = 0;
    let failed = 0;
    let rest = '';
    const lines = (chunk: Buffer) => {
      rest += chunk.toString();
      const all = rest.split('\n');
      rest = all.pop() ?? '';
      for (const line of all) {
        // Playwright's own summary lines: "  5 passed (2.1m)", "  1 failed"
        const count = /^\s*(\d+) (passed|failed)\b/.exec(line);
        if (count?.[2] === 'passed') passed = Number(count[1]);
        if (count?.[2] === 'failed') failed = Number(count[1]);
        if (line.trim()) ctx.log(line.trimEnd());
      }
    };
    // the bench's stdout is its JSON report: Playwright's output goes to stderr
    child.stdout.on('data', lines);
    child.stderr.on('data', lines);
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, passed, failed }));
  });
}

export const bench: BenchSection = async (ctx) => {
  const dir = path.join(BENCH_OUT, `perf-${process.pid}`);
  const dist = path.join(dir, 'dist');
  const figuresFile = path.join(dir, 'figures.jsonl');
  mkdirSync(dir, { recursive: true });
  try {
    ctx.log('building the app');
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
    const port = process.env.E2E_PORT ?? String(await freePort());
    // long tasks depend on what else the machine is doing: the report says how busy it was
    const loadAtStart = loadavg()[0]!;
    const run = await runJourneys(ctx, {
      MURMUR_OUT_DIR: dist,
      E2E_PORT: port,
      MURMUR_PERF_FIGURES: figuresFile,
    });
    const figures: Figure[] = existsSync(figuresFile)
      ? readFileSync(figuresFile, 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l) as Figure)
      : [];
    const report: Record<string, Record<string, unknown>> = {};
    for (const { journey, detail, ...budget } of figures) {
      ctx.budget(budget);
      (report[journey] ??= {})[budget.name] = {
        value: budget.value,
        unit: budget.unit,
        ...(budget.max !== undefined ? { max: budget.max } : {}),
        ...(budget.min !== undefined ? { min: budget.min } : {}),
        ...(detail ? { detail } : {}),
      };
    }
    // A journey fails when it misses a budget (the figures say so) or when it breaks: the second
    // is a failure of the section (its figures so far stay in the budget table).
    const missing = new Set(figures.filter((f) => !withinBudget(f)).map((f) => f.journey));
    if (run.code !== 0 && (run.failed === 0 || run.failed > missing.size))
      throw new Error(
        `the perf journeys broke (Playwright exit code ${run.code}, ${run.failed} failed, ${missing.size} of them over a budget): see the log above`,
      );
    return {
      note: 'Playwright journeys against the production build in headless Chromium (e2e/perf/*.perf.ts); each long-task figure is the longest main-thread task in ms',
      loadAverage1m: { start: round(loadAtStart, 2), end: round(loadavg()[0]!, 2) },
      journeysPassed: run.passed,
      journeysFailed: run.failed,
      figures: report,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
