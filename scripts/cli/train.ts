/**
 * `murmur train FILE --target COL …`: the Engagement view's model from the command line. Reads the
 * file with the app's importer, builds the features known before posting (never an engagement
 * count), searches the forest grid with k-fold cross-validation (as GridSearchCV, one process),
 * refits the best point on the training posts and scores it on the held-out ones beside the
 * predict-the-mean baseline. `--save` writes the model bundle (all or nothing).
 * `--split` chooses the held-out posts: `grouped` (default: posts sharing a normalised text are
 * held out together, and the CV folds keep them together too), `time` (the latest posts, copies
 * with their first post) or `random` (copies may sit on both sides). `--reference` builds the
 * vader_* features from the raw text (vaderSentiment 3.3.2) instead of the social reading.
 * `--json` prints `{ target, task, features, rows, split: { kind, overlap }, bestParams, grid:
 * [{ params, meanScore, stdScore, rank }], scoring, test, baseline, raw?, notes, seconds }`, where
 * `overlap` counts test posts whose normalised text also appears among the training posts.
 */
import packageJson from '../../package.json' with { type: 'json' };
import { createBundle, targetRangeOf } from '../../workers/core/bundle/bundle.ts';
import { fingerprintTable } from '../../workers/core/bundle/fingerprint.ts';
import { bundleFileText } from '../../workers/core/bundle/integrity.ts';
import { floatsToBase64 } from '../../workers/core/bundle/typedBase64.ts';
import { appError } from '../../workers/core/errors/index.ts';
import { splitNodeMeans } from '../../workers/core/features/contributions.ts';
import {
  prepareEngagementData,
  type EngagementSplit,
  type EngagementTask,
} from '../../workers/core/features/engagementData.ts';
import { classificationReport, regressionReport } from '../../workers/core/features/evaluation.ts';
import { featureCandidates, type FeatureChoices } from '../../workers/core/features/fromSchema.ts';
import { defaultPreprocessSpec } from '../../workers/core/preprocess/fromSchema.ts';
import {
  DEFAULT_PARAM_GRID,
  gridSearch,
  predict,
  predictProba,
  serializeForest,
  type ParamGrid,
} from '../../workers/core/forest/index.ts';
import {
  parseCommandArgs,
  writeFileWhole,
  reportError,
  usageError,
  type CliCommand,
} from './command.ts';
import { readTableFile } from './readTable.ts';

const USAGE =
  'npm run cli -- train FILE --target COL|EXPRESSION [--log1p] [--task regression|classification] [--features a,b] [--split grouped|time|random] [--reference] [--grid quick|default] [--folds 5] [--test-size 0.2] [--seed N] [--save bundle.json] [--json]';

/** Four points for a first look; the default is the reference's 27. */
export const QUICK_GRID: ParamGrid = {
  nEstimators: [50],
  maxDepth: [null, 10],
  maxFeatures: ['sqrt', 0.5],
};

/** The split in words: how test posts were chosen and how many have a copy in training. */
function splitText(s: EngagementSplit): string {
  const how =
    s.kind === 'grouped'
      ? `posts sharing a text held out together (${s.groups.toLocaleString('en-US')} distinct texts)`
      : s.kind === 'time'
        ? `the latest posts held out${s.testFrom !== null ? ` (from ${new Date(s.testFrom).toISOString()})` : ''}`
        : 'random';
  return `${how}; ${s.overlap.toLocaleString('en-US')} test posts have a copy among the training posts${s.overlap > 0 ? ': the test scores are too good to trust' : ''}`;
}

function appVersion(): string {
  return (packageJson as { version?: string }).version ?? '0.0.0';
}

export const command: CliCommand = async (args) => {
  const parsed = parseCommandArgs(
    args,
    {
      target: { type: 'string' },
      log1p: { type: 'boolean', default: false },
      task: { type: 'string', default: 'regression' },
      features: { type: 'string' },
      split: { type: 'string', default: 'grouped' },
      reference: { type: 'boolean', default: false },
      grid: { type: 'string', default: 'default' },
      folds: { type: 'string', default: '5' },
      'test-size': { type: 'string', default: '0.2' },
      seed: { type: 'string', default: '0' },
      save: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0)
    return usageError(
      file === undefined ? 'train needs a FILE' : `unexpected arguments: ${extra.join(' ')}`,
      USAGE,
    );
  if (!values.target)
    return usageError(
      'train needs --target COLUMN (or an expression such as "likes + 2 * shares")',
      USAGE,
    );
  if (values.task !== 'regression' && values.task !== 'classification')
    return usageError(`--task must be regression or classification, got "${values.task}"`, USAGE);
  if (values.split !== 'grouped' && values.split !== 'time' && values.split !== 'random')
    return usageError(`--split must be grouped, time or random, got "${values.split}"`, USAGE);
  if (values.grid !== 'quick' && values.grid !== 'default')
    return usageError(`--grid must be quick or default, got "${values.grid}"`, USAGE);
  const folds = Number(values.folds);
  if (!Number.isInteger(folds) || folds < 2)
    return usageError(`--folds must be a whole number ≥ 2, got "${values.folds}"`, USAGE);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0)
    return usageError(`--seed must be a whole number ≥ 0, got "${values.seed}"`, USAGE);
  const testSize = Number(values['test-size']);
  if (!(testSize > 0 && testSize < 1))
    return usageError(`--test-size must lie between 0 and 1, got "${values['test-size']}"`, USAGE);
  const task = values.task as EngagementTask;
  const started = performance.now();

  const read = await readTableFile(file, 'train');
  if (!read.ok) return reportError(read.error);
  const { table, schema } = read.value;
  let features: FeatureChoices = {};
  if (values.features !== undefined) {
    // --features names extra columns: numbers become numeric features, anything else categorical
    const names = values.features
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const numeric = new Set(featureCandidates(schema).numeric);
    const missing = names.find((n) => !schema.some((c) => c.name === n));
    if (missing)
      return reportError(
        appError(
          'COLUMN_NOT_FOUND',
          `The file has no column "${missing}".`,
          `Columns are: ${schema.map((c) => c.name).join(', ')}.`,
        ),
      );
    features = {
      numeric: names.filter((n) => numeric.has(n)),
      categorical: names.filter((n) => !numeric.has(n)),
    };
  }
  if (values.reference) features = { ...features, sentimentMode: 'reference' };
  // the dataset's default preprocessing, as the app starts with it
  const preprocessing = defaultPreprocessSpec(schema);
  const prepared = prepareEngagementData(table, schema, {
    target: { expression: values.target, log1p: values.log1p },
    task,
    features,
    preprocessing,
    testSize,
    seed,
    folds,
    split: values.split,
  });
  if (!prepared.ok) return reportError(prepared.error);
  const d = prepared.value;
  const grid = values.grid === 'quick' ? QUICK_GRID : DEFAULT_PARAM_GRID;
  let lastShown = -1;
  const searched = await gridSearch(
    d.train.X,
    task === 'regression'
      ? { kind: 'regression', y: d.train.y }
      : { kind: 'classification', labels: Array.from(d.train.y) },
    {
      grid,
      folds,
      seed,
      groups: d.split.trainGroups,
      onProgress: (p) => {
        const pct = Math.floor((100 * p.fitsDone) / p.fitsTotal / 10) * 10;
        if (!values.json && pct !== lastShown) {
          lastShown = pct;
          console.error(`murmur train: ${p.fitsDone}/${p.fitsTotal} fits`);
        }
      },
    },
  );
  if (!searched.ok) return reportError(searched.error);
  const s = searched.value;
  const model = s.model!;
  let test: Record<string, number | null>;
  let baseline: Record<string, number | null>;
  let raw: { test: Record<string, number>; baseline: Record<string, number> } | null = null;
  let report;
  if (task === 'regression') {
    const pred = predict(model, d.test.X);
    if (!pred.ok) return reportError(pred.error);
    const r = regressionReport(
      d.train.y,
      d.test.y,
      pred.value,
      d.target.log1p,
      d.train.raw,
      d.test.raw,
    );
    report = r;
    test = { ...r.fitted.model };
    baseline = { mse: r.fitted.baseline.mse, mae: r.fitted.baseline.mae, r2: r.fitted.baseline.r2 };
    if (r.raw)
      raw = {
        test: { ...r.raw.model },
        baseline: { mse: r.raw.baseline.mse, mae: r.raw.baseline.mae, r2: r.raw.baseline.r2 },
      };
  } else {
    const proba = predictProba(model, d.test.X);
    if (!proba.ok) return reportError(proba.error);
    const r = classificationReport(
      d.train.y,
      d.test.y,
      Float64Array.from({ length: d.test.X.rows }, (_, i) => proba.value.proba[i * 2 + 1]!),
    );
    if (!r.ok) return reportError(r.error);
    report = r.value;
    test = { accuracy: r.value.accuracy, f1: r.value.f1, rocAuc: r.value.rocAuc };
    baseline = { accuracy: r.value.baseline.accuracy, f1: r.value.baseline.f1 };
  }
  const seconds = (performance.now() - started) / 1000;
  const out = {
    target: d.target.label,
    task,
    features: d.features.names,
    rows: { train: d.train.X.rows, test: d.test.X.rows },
    split: { kind: d.split.kind, overlap: d.split.overlap },
    bestParams: s.bestParams,
    grid: s.points.map((p) => ({
      params: p.params,
      meanScore: p.meanScore,
      stdScore: p.stdScore,
      rank: p.rank,
    })),
    scoring: s.scoring,
    test,
    baseline,
    ...(raw ? { raw } : {}),
    notes: d.notes,
    seconds,
  };

  if (values.save) {
    const bundle = createBundle({
      appVersion: appVersion(),
      fingerprint: fingerprintTable(table),
      features: d.features,
      preprocessing,
      engagement: {
        task,
        target: d.target,
        targetRange: targetRangeOf(d.train.y, d.train.raw),
        threshold: d.threshold,
        forest: serializeForest(model),
        nodeMeans: floatsToBase64(Float32Array.from(splitNodeMeans(model, d.train.X, d.train.y))),
        cv: {
          scoring: s.scoring,
          folds,
          bestParams: s.bestParams,
          bestScore: s.bestScore,
          points: s.points.length,
        },
        metrics: report,
      },
    });
    try {
      writeFileWhole(values.save, await bundleFileText(bundle));
    } catch (e) {
      return reportError(
        appError(
          'FILE_UNREADABLE',
          `Cannot write ${values.save}: ${e instanceof Error ? e.message : String(e)}.`,
          'Check the folder exists and is writable.',
        ),
      );
    }
  }

  if (values.json) {
    console.log(JSON.stringify(out, null, 2));
    return 0;
  }
  const f = (x: number | null | undefined) =>
    x === null || x === undefined ? '—' : Number(x.toPrecision(5)).toString();
  const best = s.bestParams;
  const lines = [
    `${file}: ${d.train.X.rows} training and ${d.test.X.rows} test posts, ${d.features.names.length} features, target ${d.target.label}${task === 'classification' ? ' (above the training median)' : ''}`,
    `split: ${splitText(d.split)}`,
    ...d.notes.map((n) => `note: ${n}`),
    `grid: ${s.points.length} points × ${folds} folds; best ${best.nEstimators ?? 100} trees, max depth ${best.maxDepth ?? 'none'}, max features ${best.maxFeatures ?? 'all'} (${s.scoring === 'neg_mse' ? `CV MSE ${f(-s.bestScore)}` : `CV ${s.scoring} ${f(s.bestScore)}`})`,
    `test:     ${Object.entries(test)
      .map(([k, v]) => `${k} ${f(v)}`)
      .join('   ')}`,
    `baseline: ${Object.entries(baseline)
      .map(([k, v]) => `${k} ${f(v)}`)
      .join('   ')}`,
    ...(raw
      ? [
          `raw scale: test ${Object.entries(raw.test)
            .map(([k, v]) => `${k} ${f(v)}`)
            .join('   ')}; baseline ${Object.entries(raw.baseline)
            .map(([k, v]) => `${k} ${f(v)}`)
            .join('   ')}`,
        ]
      : []),
    ...(values.save ? [`saved the model bundle to ${values.save}`] : []),
    `${seconds.toFixed(1)} s`,
  ];
  console.log(lines.join('\n'));
  return 0;
};
