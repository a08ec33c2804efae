import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { fitForest } from './forest.ts';
import { permutationImportance } from './importance.ts';
import { matrixFromRows } from './matrix.ts';

const rng = createRng(31);
const rows = Array.from({ length: 300 }, () => [rng.next(), rng.next(), rng.next()]);
// only x0 matters; x1 and x2 are noise
const y = rows.map((r) => (r[0]! > 0.5 ? 10 : 0));
const X = matrixFromRows(rows);
const fit = fitForest(
  X,
  { kind: 'regression', y },
  { nEstimators: 10, maxDepth: 1, maxFeatures: 'all' },
);
if (!fit.ok) throw new Error(fit.error.message);
const model = fit.value;

describe('permutationImportance', () => {
  it('charges the whole loss to the feature the model uses and none to the others', () => {
    const r = permutationImportance(model, X, { kind: 'regression', y }, { nRepeats: 4, seed: 1 });
    if (!r.ok) throw new Error(r.error.message);
    // every stump splits x0 at ~0.5, so the fit is perfect and shuffling x1 or x2 changes nothing
    expect(r.value.baselineScore).toBeCloseTo(0, 12);
    expect([r.value.mean[1], r.value.std[1], r.value.mean[2], r.value.std[2]]).toEqual([
      0, 0, 0, 0,
    ]);
    // shuffling x0 misroutes about half the rows: MSE ≈ 0.5 · 10²
    expect(r.value.mean[0]).toBeGreaterThan(35);
    expect(r.value.mean[0]).toBeLessThan(65);
    expect(r.value.importances[0]).toHaveLength(4);
  });
  it('repeats for a seed and scores classifiers by accuracy', () => {
    const a = permutationImportance(model, X, { kind: 'regression', y }, { seed: 2 });
    const b = permutationImportance(model, X, { kind: 'regression', y }, { seed: 2 });
    expect(a.ok && b.ok && a.value.mean[0] === b.value.mean[0]).toBe(true);
    const labels = y.map((v) => (v > 0 ? 'hi' : 'lo'));
    const clf = fitForest(
      X,
      { kind: 'classification', labels },
      { nEstimators: 10, maxDepth: 1, maxFeatures: 'all' },
    );
    if (!clf.ok) throw new Error(clf.error.message);
    const r = permutationImportance(clf.value, X, { kind: 'classification', labels });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.scoring).toBe('accuracy');
    expect(r.value.baselineScore).toBe(1);
    expect(r.value.mean[0]).toBeGreaterThan(0.3);
    expect(r.value.mean[1]).toBe(0);
  });
});
