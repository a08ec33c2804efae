/**
 * `murmur forest MATRIX.csv --target COL …`: fits one random forest on a numeric table exactly as
 * given (every numeric column except the target, the split column and --exclude is a feature; rows
 * with split = train fit, split = test score) and reports timings and test MSE/MAE/R².
 * `--json` prints `{ trainSeconds, predictSeconds, test: { mse, mae, r2 }, baseline, rows, params, topFeatures }`.
 */
import { readFileSync } from 'node:fs';
import { appError } from '../../workers/core/errors/index.ts';
import {
  fitForest,
  predict,
  rankedImportances,
  readFeatureTable,
  type ForestOptions,
  type MaxFeatures,
} from '../../workers/core/forest/index.ts';
import { meanBaseline, regressionScores } from '../../workers/core/metrics/index.ts';
import { parseCommandArgs, reportError, usageError, type CliCommand } from './command.ts';

const USAGE =
  'npm run cli -- forest MATRIX.csv --target COL [--split-column split] [--exclude a,b] [--trees N] [--max-depth D|none] [--max-features sqrt|log2|all|F] [--min-samples-leaf N] [--seed N] [--json]';

/** An option's value, or what is wrong with it. */
type Parsed<T> = { readonly value: T } | { readonly error: string };

/** An integer option ≥ min (`fallback` when absent). */
function intOption(
  name: string,
  text: string | undefined,
  fallback: number,
  min: number,
): Parsed<number> {
  if (text === undefined) return { value: fallback };
  const v = Number(text);
  return Number.isInteger(v) && v >= min
    ? { value: v }
    : { error: `--${name} must be an integer ≥ ${min}, got "${text}"` };
}

/** --max-depth: an integer ≥ 1, or none (the default). */
function depthOption(text: string | undefined): Parsed<number | null> {
  return text === undefined || text === 'none'
    ? { value: null }
    : intOption('max-depth', text, 0, 1);
}

/** --max-features: sqrt, log2, all or a number (range checked by the forest). */
function maxFeaturesOption(text: string | undefined): Parsed<MaxFeatures | undefined> {
  if (text === undefined) return { value: undefined };
  if (text === 'sqrt' || text === 'log2' || text === 'all') return { value: text };
  const v = Number(text);
  return text.trim() !== '' && Number.isFinite(v)
    ? { value: v }
    : { error: `--max-features must be sqrt, log2, all or a number, got "${text}"` };
}

export const command: CliCommand = async (args) => {
  const parsed = parseCommandArgs(
    args,
    {
      target: { type: 'string' },
      'split-column': { type: 'string', default: 'split' },
      exclude: { type: 'string', default: '' },
      trees: { type: 'string' },
      'max-depth': { type: 'string' },
      'max-features': { type: 'string' },
      'min-samples-leaf': { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0)
    return usageError(
      file === undefined ? 'forest needs a MATRIX.csv' : `unexpected arguments: ${extra.join(' ')}`,
      USAGE,
    );
  if (!values.target) return usageError('forest needs --target COLUMN', USAGE);
  const trees = intOption('trees', values.trees, 100, 1);
  if ('error' in trees) return usageError(trees.error, USAGE);
  const leaf = intOption('min-samples-leaf', values['min-samples-leaf'], 1, 1);
  if ('error' in leaf) return usageError(leaf.error, USAGE);
  const seed = intOption('seed', values.seed, 0, 0);
  if ('error' in seed) return usageError(seed.error, USAGE);
  const depth = depthOption(values['max-depth']);
  if ('error' in depth) return usageError(depth.error, USAGE);
  const maxFeatures = maxFeaturesOption(values['max-features']);
  if ('error' in maxFeatures) return usageError(maxFeatures.error, USAGE);

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return reportError(
      appError(
        'FILE_UNREADABLE',
        `Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}.`,
        'Check the path.',
      ),
    );
  }
  const table = readFeatureTable(text, {
    target: values.target,
    splitColumn: values['split-column'],
    exclude: values.exclude
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  });
  if (!table.ok) return reportError(table.error);
  const { train, test, featureNames } = table.value;
  const options: ForestOptions = {
    nEstimators: trees.value,
    maxDepth: depth.value,
    minSamplesLeaf: leaf.value,
    seed: seed.value,
    maxFeatures: maxFeatures.value,
  };
  let t0 = performance.now();
  const fit = fitForest(train.X, { kind: 'regression', y: train.y }, options);
  const trainSeconds = (performance.now() - t0) / 1000;
  if (!fit.ok) return reportError(fit.error);
  let scores = null;
  let baseline = null;
  let predictSeconds = 0;
  if (test.X.rows > 0) {
    t0 = performance.now();
    const pred = predict(fit.value, test.X);
    predictSeconds = (performance.now() - t0) / 1000;
    if (!pred.ok) return reportError(pred.error);
    scores = regressionScores(test.y, pred.value);
    baseline = meanBaseline(train.y, test.y);
  }
  const report = {
    trainSeconds,
    predictSeconds,
    test: scores,
    baseline,
    rows: { train: train.X.rows, test: test.X.rows },
    features: featureNames.length,
    params: fit.value.params,
    topFeatures: rankedImportances(fit.value).slice(0, 10),
  };
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  const p = fit.value.params;
  const lines = [
    `${file}: ${train.X.rows} training rows, ${test.X.rows} test rows, ${featureNames.length} features, target ${values.target}`,
    `forest: ${p.nEstimators} trees, max depth ${p.maxDepth ?? 'none'}, max features ${p.maxFeatures}, min samples leaf ${p.minSamplesLeaf}, seed ${p.seed}`,
    `trained in ${trainSeconds.toFixed(2)} s, predicted in ${predictSeconds.toFixed(3)} s`,
  ];
  if (scores && baseline) {
    lines.push(
      `test:     MSE ${scores.mse.toFixed(3)}   MAE ${scores.mae.toFixed(3)}   R² ${scores.r2.toFixed(4)}`,
      `baseline: MSE ${baseline.mse.toFixed(3)}   MAE ${baseline.mae.toFixed(3)}   R² ${baseline.r2.toFixed(4)}   (predicts the training mean ${baseline.trainMean.toFixed(3)})`,
    );
  } else lines.push(`no rows have ${values['split-column']} = test: nothing to score`);
  lines.push(
    'top features:',
    ...report.topFeatures.map((f) => `  ${f.importance.toFixed(4)}  ${f.name}`),
  );
  console.log(lines.join('\n'));
  return 0;
};
