/**
 * Forest: test-MSE parity with scikit-learn's RandomForestRegressor at the reference's best
 * parameters (mean over 5 seeds), one fit timed beside sklearn's single-thread fit in the same run
 * (scripts/bench/py/forest_fit_time.py; the stored figure when sklearn is missing), the 27-point ×
 * 5-fold grid search single-threaded, 100k rows × 100 trees, and the memory of a 200-tree model on
 * 10k rows; then the same 27 × 5 grid in headless Chromium across the app's worker pool (the
 * Engagement view's engine). Ends with the targets and pass/fail per target.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import {
  DEFAULT_PARAM_GRID,
  expandGrid,
  fitForest,
  gridSearch,
  predict,
  readFeatureTable,
  selectRows,
  serializeForest,
  type FeatureTable,
  type ForestModel,
  type ForestOptions,
  type Matrix,
} from '../../workers/core/forest/index.ts';
import { mse } from '../../workers/core/metrics/index.ts';
import type { GridBenchArg, GridBenchReport } from '../../src/bench/gridReport.ts';
import { withBenchPage } from './browser.ts';
import { ROOT, round, sharedPath, type BenchContext, type BenchSection } from './section.ts';

const PYTHON = '/usr/bin/python3';
const FIT_SCRIPT = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'py',
  'forest_fit_time.py',
);
/** Columns of features_<ds>.csv that are not features (besides the target and `split`). */
const META = ['row_id', 'target_likes', 'target_retweets', 'cv_fold', 'train_order'];

interface SkParams {
  readonly n_estimators: number;
  readonly max_depth: number | null;
  readonly max_features: 'sqrt' | number;
}
interface RfReference {
  readonly best_params: SkParams;
  readonly best_cv_mse: number;
  readonly rf_test: { readonly mse: number; readonly mae: number; readonly r2: number };
  readonly timings: Readonly<Record<string, number>> & {
    readonly single_fit_best_params_n_jobs1_seconds: number;
    readonly predict_test_seconds: number;
  };
}
interface ScalingRow {
  readonly n_rows: number;
  readonly task: string;
  readonly n_jobs: number | string;
  readonly wall_seconds: number;
}
interface Target {
  readonly name: string;
  readonly value: number;
  readonly limit: number;
  readonly unit: string;
  readonly pass: boolean;
}

const toOptions = (p: SkParams): ForestOptions => ({
  nEstimators: p.n_estimators,
  maxDepth: p.max_depth,
  maxFeatures: p.max_features,
});
const seconds = (t0: number): number => (performance.now() - t0) / 1000;

function readTable(dir: string, ds: string, target: string): FeatureTable {
  const table = readFeatureTable(readFileSync(path.join(dir, `features_${ds}.csv`), 'utf8'), {
    target,
    exclude: META.filter((c) => c !== target),
    trainOrderColumn: 'train_order', // training rows in sklearn's order, so KFold folds match GridSearchCV's
  });
  if (!table.ok) throw new Error(table.error.message);
  return table.value;
}

function fitOrThrow(table: FeatureTable['train'], options: ForestOptions): ForestModel {
  const fit = fitForest(table.X, { kind: 'regression', y: table.y }, options);
  if (!fit.ok) throw new Error(fit.error.message);
  return fit.value;
}

function testMse(model: ForestModel, table: FeatureTable): number {
  const p = predict(model, table.test.X);
  if (!p.ok) throw new Error(p.error.message);
  return mse(table.test.y, p.value);
}

/** sklearn's single-thread fit time (median of `repeats`) in this run, or null without sklearn. */
function sklearnFitSeconds(
  csv: string,
  target: string,
  params: SkParams,
  repeats: number,
): { median: number; test_mse: number } | null {
  if (spawnSync(PYTHON, ['-c', 'import sklearn'], { encoding: 'utf8' }).status !== 0) return null;
  const run = spawnSync(
    PYTHON,
    [FIT_SCRIPT, csv, target, JSON.stringify(params), String(repeats)],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`forest_fit_time.py failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { median: number; test_mse: number };
}

/** Set to a file of rows, it makes this file (run as a child with --expose-gc) print a MemoryReport. */
const MEMORY_PROBE = 'MURMUR_FOREST_MEMORY_PROBE';

interface MemoryReport {
  readonly rows: number;
  readonly trees: number;
  readonly splits: number;
  readonly leaves: number;
  readonly typedArrayMb: number;
  readonly reservedBufferMb: number;
  readonly rssDeltaMb: number;
  readonly arrayBuffersDeltaMb: number;
  readonly serializedJsonMb: number;
}

function readSynthetic(dir: string): FeatureTable {
  const text = gunzipSync(
    readFileSync(path.join(dir, 'SYNTHETIC_vaccination_100k_features.csv.gz')),
  ).toString('utf8');
  const table = readFeatureTable(text, {
    target: 'target_likes',
    splitColumn: null,
    exclude: ['SYNTHETIC', 'source_row'],
  });
  if (!table.ok) throw new Error(table.error.message);
  return table.value;
}

/** Collects garbage until the heap settles (sweeping and freeing array buffers finish asynchronously). */
async function settle(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Fits 200 trees (sqrt, unlimited depth: the largest trees) on the rows stored at `file` by
 * writeProbeRows and measures memory after gc. The rows come as raw bytes, not CSV, so no freed
 * parse garbage sits in the baseline RSS to be reused by the fit.
 */
async function memoryProbe(file: string): Promise<MemoryReport> {
  const bytes = readFileSync(file);
  const all = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
  const rows = all[0]!;
  const cols = all[1]!;
  const X = { rows, cols, data: all.slice(2, 2 + rows * cols) };
  const y = all.slice(2 + rows * cols);
  await settle();
  const before = process.memoryUsage();
  const model = fitOrThrow({ X, y }, { nEstimators: 200, maxFeatures: 'sqrt', maxDepth: null });
  await settle();
  const after = process.memoryUsage();
  return {
    rows,
    trees: 200,
    splits: model.feature.length,
    leaves: model.leafValue.length,
    typedArrayMb: round(modelBytes(model) / 1e6, 2),
    reservedBufferMb: round(reservedBytes(model) / 1e6, 2),
    rssDeltaMb: round((after.rss - before.rss) / 1e6, 2),
    arrayBuffersDeltaMb: round((after.arrayBuffers - before.arrayBuffers) / 1e6, 2),
    serializedJsonMb: round(JSON.stringify(serializeForest(model)).length / 1e6, 2),
  };
}

/** Writes rows, cols, the column-major data and y as float64 bytes for memoryProbe. */
function writeProbeRows(file: string, X: Matrix, y: ArrayLike<number>): void {
  const all = new Float64Array(2 + X.data.length + y.length);
  all[0] = X.rows;
  all[1] = X.cols;
  all.set(X.data, 2);
  all.set(y, 2 + X.data.length);
  writeFileSync(file, all);
}

/** The model's arrays are views on buffers reserved for the whole fit; their unwritten tails are never resident. */
const reservedBytes = (m: ForestModel): number =>
  [
    ...new Set(
      [m.treeRoot, m.feature, m.threshold, m.left, m.right, m.leafValue, m.featureImportances].map(
        (a) => a.buffer,
      ),
    ),
  ].reduce((sum, b) => sum + b.byteLength, 0);

const modelBytes = (m: ForestModel): number =>
  m.treeRoot.byteLength +
  m.feature.byteLength +
  m.threshold.byteLength +
  m.left.byteLength +
  m.right.byteLength +
  m.leafValue.byteLength +
  m.featureImportances.byteLength;

/**
 * The 27 × 5 grid on the vaccination training rows (in sklearn's order, so the folds are
 * GridSearchCV's) in headless Chromium, every fit a job on the app's compute pool. Quick mode
 * runs 4 points.
 */
export async function chromiumGrid(
  ctx: BenchContext,
  table: FeatureTable,
  reference: RfReference,
): Promise<Record<string, unknown>> {
  const grid = ctx.quick
    ? { nEstimators: [50], maxDepth: [null, 10], maxFeatures: ['sqrt' as const, 0.5] }
    : DEFAULT_PARAM_GRID;
  const { X, y } = table.train;
  const b64 = (a: Float64Array | Float32Array) =>
    Buffer.from(Float64Array.from(a).buffer).toString('base64');
  const arg: GridBenchArg = {
    rows: X.rows,
    cols: X.cols,
    X: b64(X.data),
    y: b64(y),
    names: [...(X.names ?? [])],
    points: expandGrid(grid),
    folds: 5,
    seed: 0,
  };
  ctx.log(`chromium grid: ${arg.points.length} points × 5 folds across the pool …`);
  const r = await withBenchPage((bench) => bench.run<GridBenchReport>('engagementGrid', arg));
  const sklearnAll = reference.timings['gridsearch_n_jobs=-1_min_seconds']!;
  ctx.log(
    `chromium grid: ${r.seconds.toFixed(1)} s on ${r.poolSize} workers (sklearn n_jobs=-1: ${sklearnAll.toFixed(1)} s); ${r.longTasks.length} long tasks`,
  );
  ctx.budget({
    name: 'Chromium grid across the pool: longest main-thread task',
    value: Math.round(Math.max(0, ...r.longTasks)),
    unit: 'ms',
    max: 50,
  });
  return {
    points: arg.points.length,
    fits: r.fits,
    poolSize: r.poolSize,
    chromiumSeconds: round(r.seconds, 1),
    sklearnNJobs1Seconds: round(reference.timings['gridsearch_n_jobs=1_min_seconds']!, 1),
    sklearnNJobsAllSeconds: round(sklearnAll, 1),
    sklearnNote: ctx.quick
      ? `quick mode: ours is ${r.fits} CV fits of a 4-point grid, not comparable with sklearn's 27-point search (run without --quick for that)`
      : `sklearn wall times include the refit of the best point (one more fit); ours is the ${r.fits} CV fits`,
    matrixSends: r.matrixSends,
    bestParams: r.bestParams,
    bestCvMse: round(r.bestCvMse, 1),
    sklearnBestParams: reference.best_params,
    sklearnBestCvMse: round(reference.best_cv_mse, 1),
    mainThreadLongTasks: r.longTasks.length,
    longestMainThreadTaskMs: Math.max(0, ...r.longTasks),
    cvMsePerPoint: r.points.map((p) => ({ ...p.params, cvMse: round(p.cvMse, 1), rank: p.rank })),
  };
}

export const bench: BenchSection = async (ctx) => {
  const dir = sharedPath('reference', 'sklearn');
  if (!dir) {
    ctx.log('skipped: no shared/reference/sklearn (set MURMUR_SHARED)');
    return { skipped: 'no shared/reference/sklearn; set MURMUR_SHARED' };
  }
  const loadAtStart = os.loadavg()[0]!;
  const targets: Target[] = [];
  const target = (name: string, value: number, limit: number, unit: string) => {
    targets.push({ name, value: round(value, 3), limit, unit, pass: value <= limit });
    ctx.budget({ name, value: round(value, 3), unit, max: limit });
  };
  const ref = (ds: string, t: string) =>
    JSON.parse(readFileSync(path.join(dir, `rf_${ds}_${t}.json`), 'utf8')) as RfReference;

  // 1. parity of test MSE at the reference's best parameters
  const seeds = ctx.quick ? [0, 1] : [0, 1, 2, 3, 4];
  const parity: Record<string, unknown> = {};
  for (const ds of ['vaccination', 'sentimentdataset']) {
    for (const t of ['likes', 'retweets']) {
      const reference = ref(ds, t);
      const table = readTable(dir, ds, `target_${t}`);
      const mses = seeds.map((seed) =>
        testMse(fitOrThrow(table.train, { ...toOptions(reference.best_params), seed }), table),
      );
      const mean = mses.reduce((a, b) => a + b, 0) / mses.length;
      const deviation = Math.abs(mean / reference.rf_test.mse - 1);
      parity[`${ds}_${t}`] = {
        bestParams: reference.best_params,
        seeds,
        testMse: mses.map((m) => round(m, 2)),
        meanTestMse: round(mean, 2),
        sklearnTestMse: round(reference.rf_test.mse, 2),
        deviation: round(deviation, 4),
      };
      ctx.log(
        `parity ${ds} ${t}: mean test MSE ${mean.toFixed(1)} vs sklearn ${reference.rf_test.mse.toFixed(1)} (${(deviation * 100).toFixed(2)} %)`,
      );
      if (t === 'likes')
        target(`${ds} likes: |mean test MSE / sklearn − 1|`, deviation, 0.05, 'ratio');
    }
  }

  // 2. one fit at the best parameters, beside sklearn's in this run
  const vacc = ref('vaccination', 'likes');
  const vaccTable = readTable(dir, 'vaccination', 'target_likes');
  const bestOptions = toOptions(vacc.best_params);
  fitOrThrow(vaccTable.train, { ...bestOptions, nEstimators: 20 }); // JIT warm-up, as Python's fit code is compiled ahead
  const fitTimes: number[] = [];
  let model: ForestModel | null = null;
  for (let i = 0; i < (ctx.quick ? 1 : 3); i++) {
    const t0 = performance.now();
    model = fitOrThrow(vaccTable.train, bestOptions);
    fitTimes.push(seconds(t0));
  }
  const oursFit = [...fitTimes].sort((a, b) => a - b)[Math.floor(fitTimes.length / 2)]!;
  let t0 = performance.now();
  predict(model!, vaccTable.test.X);
  const oursPredict = seconds(t0);
  const live = sklearnFitSeconds(
    path.join(dir, 'features_vaccination.csv'),
    'target_likes',
    vacc.best_params,
    ctx.quick ? 1 : 3,
  );
  const sklearnFit = live?.median ?? vacc.timings.single_fit_best_params_n_jobs1_seconds;
  const singleFit = {
    rows: vaccTable.train.X.rows,
    features: vaccTable.train.X.cols,
    params: vacc.best_params,
    nodeSeconds: fitTimes.map((s) => round(s, 3)),
    nodeMedianSeconds: round(oursFit, 3),
    sklearnSeconds: round(sklearnFit, 3),
    sklearnSource: live
      ? 'measured in this run (n_jobs=1, median)'
      : 'stored reference rf_vaccination_likes.json (sklearn not importable here)',
    ratio: round(oursFit / sklearnFit, 3),
    nodePredictTestSeconds: round(oursPredict, 4),
    sklearnPredictTestSeconds: round(vacc.timings.predict_test_seconds, 4),
  };
  ctx.log(
    `single fit: ${oursFit.toFixed(2)} s vs sklearn ${sklearnFit.toFixed(2)} s (${singleFit.sklearnSource})`,
  );
  target('vaccination 200-tree fit / sklearn n_jobs=1 fit', oursFit / sklearnFit, 1.5, 'ratio');

  // 3. the 27-point × 5-fold grid, single-threaded
  let grid: Record<string, unknown> = { skipped: 'quick mode' };
  if (!ctx.quick) {
    t0 = performance.now();
    let lastLogged = -1;
    const result = await gridSearch(
      vaccTable.train.X,
      { kind: 'regression', y: vaccTable.train.y },
      {
        onProgress: (p) => {
          if (p.fitsDone % 27 === 0 && p.fitsDone !== lastLogged) {
            lastLogged = p.fitsDone;
            ctx.log(`grid: ${p.fitsDone}/${p.fitsTotal} fits, ${seconds(t0).toFixed(0)} s`);
          }
        },
      },
    );
    if (!result.ok) throw new Error(result.error.message);
    const gridSeconds = seconds(t0);
    const sklearnGrid = vacc.timings['gridsearch_n_jobs=1_min_seconds']!;
    grid = {
      fits: 27 * 5 + 1,
      nodeSeconds: round(gridSeconds, 1),
      sklearnNJobs1Seconds: round(sklearnGrid, 1),
      sklearnNJobsAllSeconds: round(vacc.timings['gridsearch_n_jobs=-1_min_seconds']!, 1),
      sklearnSource: 'stored reference rf_vaccination_likes.json',
      ratio: round(gridSeconds / sklearnGrid, 3),
      bestParams: result.value.bestParams,
      bestCvMse: round(-result.value.bestScore, 1),
      sklearnBestParams: vacc.best_params,
      sklearnBestCvMse: round(vacc.best_cv_mse, 1),
      meanCvMsePerPoint: result.value.points.map((p) => ({
        ...p.params,
        cvMse: round(-p.meanScore, 1),
        rank: p.rank,
      })),
    };
    ctx.log(`grid: ${gridSeconds.toFixed(1)} s vs sklearn n_jobs=1 ${sklearnGrid.toFixed(1)} s`);
    target(
      '27×5 grid seconds / sklearn n_jobs=1 grid seconds',
      gridSeconds / sklearnGrid,
      1,
      'ratio',
    );
  }

  // 4. synthetic 100k rows × 100 trees (sqrt, unlimited depth), as synthetic_scaling_vaccination.json
  const synthetic = readSynthetic(dir);
  const scaling = JSON.parse(
    readFileSync(path.join(dir, 'synthetic_scaling_vaccination.json'), 'utf8'),
  ) as { rows: ScalingRow[] };
  const nRows = ctx.quick ? 25000 : 100000;
  const bigX = selectRows(
    synthetic.train.X,
    Array.from({ length: nRows }, (_, i) => i),
  );
  const bigY = synthetic.train.y.subarray(0, nRows);
  t0 = performance.now();
  const big = fitForest(
    bigX,
    { kind: 'regression', y: bigY },
    { nEstimators: 100, maxFeatures: 'sqrt', maxDepth: null },
  );
  if (!big.ok) throw new Error(big.error.message);
  const bigSeconds = seconds(t0);
  const sklearnBig =
    scaling.rows.find(
      (r) => r.n_rows === nRows && r.task === 'rf_fit:rf100_sqrt_depthNone' && r.n_jobs === 1,
    )?.wall_seconds ?? Number.NaN;
  const scale = {
    rows: nRows,
    features: bigX.cols,
    trees: 100,
    splits: big.value.feature.length,
    leaves: big.value.leafValue.length,
    nodeSeconds: round(bigSeconds, 2),
    sklearnNJobs1Seconds: round(sklearnBig, 2),
    sklearnSource: 'stored reference synthetic_scaling_vaccination.json',
    ratio: round(bigSeconds / sklearnBig, 3),
  };
  ctx.log(
    `${nRows} rows × 100 trees: ${bigSeconds.toFixed(1)} s vs sklearn ${sklearnBig.toFixed(1)} s`,
  );
  if (!ctx.quick) target('100k rows × 100 trees fit seconds', bigSeconds, 40, 's');

  // 5. memory of a 200-tree model on 10k rows, in a fresh process so the RSS delta is the model's
  const probeFile = path.join(os.tmpdir(), `murmur-forest-memory-${process.pid}.bin`);
  writeProbeRows(
    probeFile,
    selectRows(
      bigX,
      Array.from({ length: 10000 }, (_, i) => i),
    ),
    bigY.subarray(0, 10000),
  );
  const probe = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url)],
    {
      cwd: ROOT, // where tsx resolves
      env: { ...process.env, [MEMORY_PROBE]: probeFile },
      encoding: 'utf8',
    },
  );
  rmSync(probeFile, { force: true });
  if (probe.status !== 0) throw new Error(`memory probe failed: ${probe.stderr}`);
  const memory = JSON.parse(probe.stdout) as MemoryReport;
  ctx.log(`memory: ${memory.typedArrayMb} MB of typed arrays, RSS +${memory.rssDeltaMb} MB`);
  target('200-tree model on 10k rows: typed arrays', memory.typedArrayMb, 50, 'MB');
  target('200-tree model on 10k rows: RSS delta after gc', memory.rssDeltaMb, 50, 'MB');

  // 6. the grid in Chromium across the worker pool, as the Engagement view runs it
  const browserGrid = await chromiumGrid(ctx, vaccTable, vacc);
  if (!ctx.quick)
    target(
      '27×5 grid in Chromium across the pool: seconds',
      browserGrid['chromiumSeconds'] as number,
      120,
      's',
    );

  return {
    loadAverage1m: { start: round(loadAtStart, 2), end: round(os.loadavg()[0]!, 2) },
    parity,
    singleFit,
    grid,
    scaling: scale,
    memory,
    chromiumGrid: browserGrid,
    targets,
    allPass: targets.every((t) => t.pass),
  };
};

// the child process started by the memory step
if (process.env[MEMORY_PROBE])
  void memoryProbe(process.env[MEMORY_PROBE]).then((report) => console.log(JSON.stringify(report)));
