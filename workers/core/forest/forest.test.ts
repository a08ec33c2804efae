import { RandomForestRegression } from 'ml-random-forest';
import { describe, expect, it } from 'vitest';
import { mse } from '../metrics/regression.ts';
import { createRng } from '../random/rng.ts';
import { fitForest, fitForestAsync } from './forest.ts';
import { matrixFromColumns, matrixFromRows } from './matrix.ts';
import { predict, predictLabels, predictProba } from './predict.ts';

/** y = 3·x0 + 5·[x1 = 2] + sin(x2) + noise, with a useless x3. */
function friedmanLike(n: number, seed: number): { rows: number[][]; y: number[] } {
  const rng = createRng(seed);
  const rows = Array.from({ length: n }, () => [
    rng.next(),
    rng.int(5),
    rng.next() * 10,
    rng.next(),
  ]);
  return {
    rows,
    y: rows.map((r) => r[0]! * 3 + (r[1] === 2 ? 5 : 0) + Math.sin(r[2]!) + rng.normal() * 0.3),
  };
}

describe('fitForest (regression)', () => {
  it('splits a step function halfway between the steps', () => {
    // one tree on all rows: the best split of y = 1, 1, 5, 5 is x ≤ 2.5, leaves predict 1 and 5
    const X = matrixFromColumns([[1, 2, 3, 4]], ['x']);
    const fit = fitForest(
      X,
      { kind: 'regression', y: [1, 1, 5, 5] },
      { nEstimators: 1, bootstrap: false },
    );
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    const m = fit.value;
    expect([...m.treeRoot]).toEqual([0]);
    expect([...m.feature]).toEqual([0]);
    expect([...m.threshold]).toEqual([2.5]);
    expect([m.left[0], m.right[0]]).toEqual([~0, ~1]);
    expect([...m.leafValue]).toEqual([1, 5]);
    expect([...m.featureImportances]).toEqual([1]);
    expect(m.featureNames).toEqual(['x']);
    const p = predict(m, matrixFromColumns([[2.5, 2.6, -10, 10]]));
    expect(p.ok && [...p.value]).toEqual([1, 5, 1, 5]);
  });

  it('honours maxDepth and minSamplesLeaf', () => {
    const { rows, y } = friedmanLike(300, 1);
    const stump = fitForest(
      matrixFromRows(rows),
      { kind: 'regression', y },
      { nEstimators: 3, maxDepth: 1 },
    );
    expect(stump.ok && stump.value.feature.length).toBe(3); // one split per tree
    const big = fitForest(
      matrixFromRows(rows),
      { kind: 'regression', y },
      { nEstimators: 1, bootstrap: false, minSamplesLeaf: 100 },
    );
    // 300 rows with ≥ 100 per leaf: at most 3 leaves
    expect(big.ok && big.value.leafValue.length).toBeLessThanOrEqual(3);
  });

  it('is reproducible for a seed and varies with it', () => {
    const { rows, y } = friedmanLike(200, 2);
    const X = matrixFromRows(rows);
    const a = fitForest(X, { kind: 'regression', y }, { nEstimators: 5, seed: 7 });
    const b = fitForest(X, { kind: 'regression', y }, { nEstimators: 5, seed: 7 });
    const c = fitForest(X, { kind: 'regression', y }, { nEstimators: 5, seed: 8 });
    if (!a.ok || !b.ok || !c.ok) throw new Error('fit failed');
    expect(b.value.threshold).toEqual(a.value.threshold);
    expect(c.value.threshold).not.toEqual(a.value.threshold);
  });

  it('learns a nonlinear signal as well as ml-random-forest does (mean of 3 seeds)', () => {
    const train = friedmanLike(400, 3);
    const test = friedmanLike(300, 4);
    let ourMse = 0;
    let theirMse = 0;
    let importances: number[] = [];
    for (const seed of [1, 2, 3]) {
      const ours = fitForest(
        matrixFromRows(train.rows),
        { kind: 'regression', y: train.y },
        { nEstimators: 30, maxFeatures: 'all', seed },
      );
      if (!ours.ok) throw new Error(ours.error.message);
      const p = predict(ours.value, matrixFromRows(test.rows));
      if (!p.ok) throw new Error(p.error.message);
      ourMse += mse(test.y, p.value) / 3;
      importances = [...ours.value.featureImportances];
      // all 4 features per tree, drawn without replacement: the same model family as ours
      const theirs = new RandomForestRegression({
        nEstimators: 30,
        maxFeatures: 4,
        replacement: false,
        seed,
        useSampleBagging: true,
        noOOB: true,
      });
      theirs.train(train.rows, train.y);
      theirMse += mse(test.y, theirs.predict(test.rows)) / 3;
    }
    const mean = train.y.reduce((a, b) => a + b) / train.y.length;
    const baseline = mse(
      test.y,
      test.y.map(() => mean),
    );
    expect(ourMse).toBeLessThan(baseline / 10);
    expect(ourMse).toBeLessThan(theirMse * 1.2);
    // the noise column x3 matters least
    expect(Math.min(...importances)).toBe(importances[3]);
    expect(importances.reduce((s, v) => s + v)).toBeCloseTo(1, 12);
  });
});

describe('fitForest (classification)', () => {
  it('separates two blobs and gives probabilities summing to 1', () => {
    const rng = createRng(5);
    const rows = Array.from({ length: 200 }, (_, i) => [
      (i < 100 ? 0 : 3) + rng.normal() * 0.5,
      rng.normal(),
    ]);
    const labels = rows.map((_, i) => (i < 100 ? 'neg' : 'pos'));
    const fit = fitForest(
      matrixFromRows(rows),
      { kind: 'classification', labels },
      { nEstimators: 20 },
    );
    if (!fit.ok) throw new Error(fit.error.message);
    expect(fit.value.classes).toEqual(['neg', 'pos']);
    const probe = matrixFromRows([
      [-1, 0],
      [4, 0],
    ]);
    const proba = predictProba(fit.value, probe);
    expect(proba.ok && [...proba.value.proba]).toEqual([1, 0, 0, 1]);
    expect(predictLabels(fit.value, probe)).toEqual({ ok: true, value: ['neg', 'pos'] });
  });
});

describe('fitForest input checks', () => {
  it('refuses NaN and infinite features with NON_FINITE_VALUES naming the column and row', () => {
    const X = matrixFromColumns(
      [
        [1, 2, 3],
        [4, Number.NaN, 6],
      ],
      ['a', 'b'],
    );
    const r = fitForest(X, { kind: 'regression', y: [1, 2, 3] });
    expect(r.ok ? null : [r.error.code, r.error.message]).toEqual([
      'NON_FINITE_VALUES',
      'Training features: b is NaN in row 2.',
    ]);
    const r2 = fitForest(matrixFromColumns([[1, 2, 3]]), {
      kind: 'regression',
      y: [1, Infinity, 3],
    });
    expect(r2.ok ? null : r2.error.code).toBe('NON_FINITE_VALUES');
  });
  it('refuses a target of the wrong length and too few rows', () => {
    const r = fitForest(matrixFromColumns([[1, 2, 3]]), { kind: 'regression', y: [1, 2] });
    expect(r.ok ? null : r.error.code).toBe('INVALID_OPTIONS');
    const one = fitForest(matrixFromColumns([[1]]), { kind: 'regression', y: [1] });
    expect(one.ok ? null : one.error.code).toBe('TOO_FEW_ROWS');
  });
});

describe('cancellation', () => {
  const { rows, y } = friedmanLike(500, 6);
  const X = matrixFromRows(rows);
  it('returns ABORTED when the signal is already aborted', () => {
    const c = new AbortController();
    c.abort();
    const r = fitForest(X, { kind: 'regression', y }, { nEstimators: 10 }, { signal: c.signal });
    expect(r.ok ? null : r.error.code).toBe('ABORTED');
  });
  it('stops an async fit between trees once aborted', async () => {
    const c = new AbortController();
    let grown = 0;
    const pending = fitForestAsync(
      X,
      { kind: 'regression', y },
      { nEstimators: 100000 },
      { signal: c.signal, onProgress: (done) => (grown = done) },
    );
    setTimeout(() => c.abort(), 30);
    const r = await pending;
    expect(r.ok ? null : r.error.code).toBe('ABORTED');
    expect(grown).toBeGreaterThan(0);
    expect(grown).toBeLessThan(100000);
  });
});
