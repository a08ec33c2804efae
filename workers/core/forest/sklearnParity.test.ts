/**
 * With bootstrap off and every feature tried at each split, a tree is deterministic up to ties, and
 * on features with ≤ 256 distinct values our bins are exact, so trees, grid search and learning
 * curves must reproduce scikit-learn's numbers. sklearn runs here through /usr/bin/python3.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { fitForest } from './forest.ts';
import { gridSearch } from './gridSearch.ts';
import { learningCurve } from './learningCurve.ts';
import { matrixFromRows } from './matrix.ts';
import { predict, predictProba } from './predict.ts';

const python = (code: string, input: unknown): unknown => {
  const run = spawnSync('/usr/bin/python3', ['-c', code], {
    input: JSON.stringify(input),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as unknown;
};
const available =
  spawnSync('/usr/bin/python3', ['-c', 'import sklearn'], { encoding: 'utf8' }).status === 0;
if (!available)
  console.warn(
    'sklearnParity.test: /usr/bin/python3 with scikit-learn not found; skipping the exact comparisons with sklearn',
  );

const rng = createRng(3);
const draw = (n: number) =>
  Array.from({ length: n }, () => [rng.next(), rng.int(5), rng.next() * 10, rng.int(2)]);
const rows = draw(200);
const y = rows.map((r) => r[0]! * 3 + (r[1] === 2 ? 5 : 0) + Math.sin(r[2]!) + rng.normal() * 0.3);
const labels = y.map((v) => (v > 2 ? 'hi' : v > 1 ? 'mid' : 'lo'));
const probe = draw(100);
const deterministic = { nEstimators: 1, bootstrap: false, maxFeatures: 'all' } as const;
const SK_FIXED = 'n_estimators=1, bootstrap=False, max_features=1.0, random_state=0';

describe.skipIf(!available)('deterministic trees against scikit-learn', () => {
  const cases = [
    { maxDepth: 3, minSamplesLeaf: 5 },
    { maxDepth: 8, minSamplesLeaf: 10 },
  ];
  const sk = (
    available
      ? python(
          `
import json, sys
from sklearn.ensemble import RandomForestRegressor as R, RandomForestClassifier as C
d = json.load(sys.stdin)
out = []
for depth, leaf in d['cases']:
    r = R(${SK_FIXED}, max_depth=depth, min_samples_leaf=leaf).fit(d['X'], d['y'])
    c = C(${SK_FIXED}, max_depth=depth, min_samples_leaf=leaf).fit(d['X'], d['l'])
    out.append({'pred': r.predict(d['T']).tolist(), 'imp': r.feature_importances_.tolist(), 'nodes': int(r.estimators_[0].tree_.node_count),
                'proba': c.predict_proba(d['T']).tolist(), 'cimp': c.feature_importances_.tolist(), 'cnodes': int(c.estimators_[0].tree_.node_count)})
print(json.dumps(out))`,
          {
            cases: cases.map((c) => [c.maxDepth, c.minSamplesLeaf]),
            X: rows,
            y,
            l: labels,
            T: probe,
          },
        )
      : []
  ) as {
    pred: number[];
    imp: number[];
    nodes: number;
    proba: number[][];
    cimp: number[];
    cnodes: number;
  }[];

  cases.forEach((c, i) => {
    it(`grows the same regression tree (depth ${c.maxDepth}, leaf ${c.minSamplesLeaf})`, () => {
      const fit = fitForest(
        matrixFromRows(rows),
        { kind: 'regression', y },
        { ...deterministic, ...c },
      );
      if (!fit.ok) throw new Error(fit.error.message);
      expect(fit.value.feature.length + fit.value.leafValue.length).toBe(sk[i]!.nodes);
      const p = predict(fit.value, matrixFromRows(probe));
      if (!p.ok) throw new Error(p.error.message);
      p.value.forEach((v, r) => expect(v).toBeCloseTo(sk[i]!.pred[r]!, 12));
      fit.value.featureImportances.forEach((v, f) => expect(v).toBeCloseTo(sk[i]!.imp[f]!, 12));
    });
    it(`grows the same gini tree (depth ${c.maxDepth}, leaf ${c.minSamplesLeaf})`, () => {
      const fit = fitForest(
        matrixFromRows(rows),
        { kind: 'classification', labels },
        { ...deterministic, ...c },
      );
      if (!fit.ok) throw new Error(fit.error.message);
      expect(fit.value.feature.length + fit.value.leafValue.length / 3).toBe(sk[i]!.cnodes);
      const p = predictProba(fit.value, matrixFromRows(probe));
      if (!p.ok) throw new Error(p.error.message);
      p.value.proba.forEach((v, j) =>
        expect(v).toBeCloseTo(sk[i]!.proba[Math.floor(j / 3)]![j % 3]!, 12),
      );
      fit.value.featureImportances.forEach((v, f) => expect(v).toBeCloseTo(sk[i]!.cimp[f]!, 12));
    });
  });

  it('reproduces GridSearchCV cv_results_ (mean, std, rank) and best_index_', async () => {
    const ref = python(
      `
import json, sys
from sklearn.ensemble import RandomForestRegressor as R
from sklearn.model_selection import GridSearchCV
d = json.load(sys.stdin)
g = GridSearchCV(R(${SK_FIXED}), {'max_depth': [2, 4, None], 'min_samples_leaf': [5, 10]}, cv=3, scoring='neg_mean_squared_error').fit(d['X'], d['y'])
r = g.cv_results_
print(json.dumps({'mean': r['mean_test_score'].tolist(), 'std': r['std_test_score'].tolist(), 'rank': r['rank_test_score'].tolist(), 'best': int(g.best_index_)}))`,
      { X: rows, y },
    ) as { mean: number[]; std: number[]; rank: number[]; best: number };
    const r = await gridSearch(
      matrixFromRows(rows),
      { kind: 'regression', y },
      { grid: { maxDepth: [2, 4, null], minSamplesLeaf: [5, 10] }, base: deterministic, folds: 3 },
    );
    if (!r.ok) throw new Error(r.error.message);
    r.value.points.forEach((p, i) => {
      expect(p.meanScore).toBeCloseTo(ref.mean[i]!, 9);
      expect(p.stdScore).toBeCloseTo(ref.std[i]!, 9);
      expect(p.rank).toBe(ref.rank[i]);
    });
    expect(r.value.bestIndex).toBe(ref.best);
  });

  it('reproduces learning_curve sizes and scores', async () => {
    const ref = python(
      `
import json, sys
from sklearn.ensemble import RandomForestRegressor as R
from sklearn.model_selection import learning_curve
d = json.load(sys.stdin)
n, tr, te = learning_curve(R(${SK_FIXED}, max_depth=4, min_samples_leaf=5), d['X'], d['y'], train_sizes=[0.3, 0.6, 1.0], cv=3, scoring='neg_mean_squared_error')
print(json.dumps({'n': n.tolist(), 'train': tr.tolist(), 'test': te.tolist()}))`,
      { X: rows, y },
    ) as { n: number[]; train: number[][]; test: number[][] };
    const r = await learningCurve(
      matrixFromRows(rows),
      { kind: 'regression', y },
      { ...deterministic, maxDepth: 4, minSamplesLeaf: 5 },
      { trainSizes: [0.3, 0.6, 1], folds: 3 },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((p) => p.trainSize)).toEqual(ref.n);
    r.value.forEach((p, i) => {
      p.trainScores.forEach((s, f) => expect(s).toBeCloseTo(ref.train[i]![f]!, 9));
      p.testScores.forEach((s, f) => expect(s).toBeCloseTo(ref.test[i]![f]!, 9));
    });
  });
});
