/**
 * Checks against scikit-learn 1.2's stored outputs in ../shared/reference/sklearn (or $MURMUR_SHARED):
 * the exact feature matrices, their train/test split and CV folds, the grid order and the test MSE
 * of RandomForestRegressor with the grid search's best parameters. Skipped when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { mse } from '../metrics/regression.ts';
import { readFeatureTable } from './featureTable.ts';
import { fitForest } from './forest.ts';
import { rankedImportances } from './importance.ts';
import { DEFAULT_PARAM_GRID, expandGrid } from './paramGrid.ts';
import { predict } from './predict.ts';
import { kFold } from './splits.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sklearnDir = path.join(
  process.env.MURMUR_SHARED ?? path.resolve(root, '../shared'),
  'reference',
  'sklearn',
);
const available = existsSync(path.join(sklearnDir, 'features_vaccination.csv'));
if (!available)
  console.warn(
    `referenceParity.test: ${sklearnDir} not found; skipping the scikit-learn reference comparisons`,
  );

const NOT_FEATURES = ['row_id', 'target_retweets', 'cv_fold', 'train_order'];
const read = (file: string) => readFileSync(path.join(sklearnDir, file), 'utf8');
interface RfReference {
  best_params: { max_depth: number | null; max_features: 'sqrt' | number; n_estimators: number };
  rf_test: { mse: number };
  top_feature_importances: [string, number][];
}

describe.skipIf(!available)('scikit-learn reference (vaccination, likes)', () => {
  const csv = available ? read('features_vaccination.csv') : '';
  const ref = (available ? JSON.parse(read('rf_vaccination_likes.json')) : {}) as RfReference;

  it('splits the training rows into the reference CV folds', () => {
    const records = Papa.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: true,
    }).data.filter((r) => r['split'] === 'train');
    records.sort((a, b) => Number(a['train_order']) - Number(b['train_order']));
    const folds = kFold(records.length, 5);
    if (!folds.ok) throw new Error(folds.error.message);
    expect(records.length).toBe(7597);
    folds.value.forEach((fold, f) => {
      expect(fold.test.length).toBe(f < 2 ? 1520 : 1519); // 7597 = 5·1519 + 2
      for (const i of fold.test) expect(records[i]!['cv_fold']).toBe(String(f));
    });
  });

  it('lists the grid in the order of the reference cv_results', () => {
    const rows = Papa.parse<Record<string, string>>(read('rf_vaccination_likes_cv_results.csv'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const ours = expandGrid(DEFAULT_PARAM_GRID).map((p) =>
      [p.nEstimators, p.maxDepth ?? '', p.maxFeatures === 1 ? '1.0' : p.maxFeatures].join('|'),
    );
    const theirs = rows.map((r) =>
      [
        Number(r['param_n_estimators']),
        r['param_max_depth'] === '' ? '' : Number(r['param_max_depth']),
        r['param_max_features'],
      ].join('|'),
    );
    expect(ours).toEqual(theirs);
  });

  it('gets within 5% of the reference test MSE with the best parameters (one seed, 50 trees)', () => {
    const table = readFeatureTable(csv, { target: 'target_likes', exclude: NOT_FEATURES });
    if (!table.ok) throw new Error(table.error.message);
    const { train, test } = table.value;
    const best = ref.best_params;
    const fit = fitForest(
      train.X,
      { kind: 'regression', y: train.y },
      { nEstimators: 50, maxDepth: best.max_depth, maxFeatures: best.max_features, seed: 0 },
    );
    if (!fit.ok) throw new Error(fit.error.message);
    const p = predict(fit.value, test.X);
    if (!p.ok) throw new Error(p.error.message);
    const ours = mse(test.y, p.value);
    console.log(
      `vaccination likes: test MSE ${ours.toFixed(1)} vs sklearn ${ref.rf_test.mse.toFixed(1)}`,
    );
    expect(Math.abs(ours / ref.rf_test.mse - 1)).toBeLessThan(0.05);
    // the reference's most important feature leads ours too
    expect(rankedImportances(fit.value)[0]!.name).toBe(ref.top_feature_importances[0]![0]);
  });
});
