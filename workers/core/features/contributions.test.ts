import { describe, expect, it } from 'vitest';
import { fitForest } from '../forest/forest.ts';
import { matrixFromRows, selectRows } from '../forest/matrix.ts';
import { predict, predictProba } from '../forest/predict.ts';
import { createRng } from '../random/rng.ts';
import { splitNodeMeans, treeContributions } from './contributions.ts';

describe('tree-path contributions', () => {
  it('credits a one-split tree by hand: the split feature moves the root mean to the leaf', () => {
    // no bootstrap, one tree, depth 1: x0 splits {0,0} from {10,10}; x1 is noise
    const X = matrixFromRows([
      [0, 5],
      [0, 6],
      [1, 5],
      [1, 6],
    ]);
    const fit = fitForest(
      X,
      { kind: 'regression', y: [0, 0, 10, 10] },
      { nEstimators: 1, maxDepth: 1, bootstrap: false },
    );
    if (!fit.ok) throw new Error(fit.error.message);
    const means = splitNodeMeans(fit.value, X, [0, 0, 10, 10]);
    expect(Array.from(means)).toEqual([5]);
    const c = treeContributions(fit.value, means, X, 2);
    expect(c.bias).toBe(5);
    expect(Array.from(c.values)).toEqual([5, 0]);
    expect(c.prediction).toBe(10);
  });

  it('adds up to the forest prediction for every row (regression and classification)', () => {
    const rng = createRng(4);
    const rows = Array.from({ length: 300 }, () => [rng.next(), rng.next(), rng.int(3)]);
    const y = rows.map((r) => 3 * r[0]! + (r[2] === 1 ? 2 : 0) + rng.normal() * 0.1);
    const X = matrixFromRows(rows);
    const train = selectRows(
      X,
      Array.from({ length: 250 }, (_, i) => i),
    );
    const test = selectRows(
      X,
      Array.from({ length: 50 }, (_, i) => 250 + i),
    );
    const reg = fitForest(
      train,
      { kind: 'regression', y: y.slice(0, 250) },
      { nEstimators: 30, seed: 1 },
    );
    if (!reg.ok) throw new Error(reg.error.message);
    const means = splitNodeMeans(reg.value, train, y.slice(0, 250));
    const pred = predict(reg.value, test);
    if (!pred.ok) throw new Error(pred.error.message);
    for (let r = 0; r < 50; r++)
      expect(treeContributions(reg.value, means, test, r).prediction).toBeCloseTo(
        pred.value[r]!,
        10,
      );
    // the feature that drives y gets the largest share of the credit on average
    const mean = [0, 1, 2].map(
      (f) =>
        Array.from({ length: 50 }, (_, r) =>
          Math.abs(treeContributions(reg.value, means, test, r).values[f]!),
        ).reduce((a, b) => a + b) / 50,
    );
    expect(mean[0]).toBeGreaterThan(mean[1]!);

    const labels = y.slice(0, 250).map((v) => (v > 2 ? 1 : 0));
    const clf = fitForest(train, { kind: 'classification', labels }, { nEstimators: 20, seed: 2 });
    if (!clf.ok) throw new Error(clf.error.message);
    const cmeans = splitNodeMeans(clf.value, train, labels);
    const proba = predictProba(clf.value, test);
    if (!proba.ok) throw new Error(proba.error.message);
    for (let r = 0; r < 50; r++)
      expect(treeContributions(clf.value, cmeans, test, r, 1).prediction).toBeCloseTo(
        proba.value.proba[r * 2 + 1]!,
        10,
      );
  });
});
