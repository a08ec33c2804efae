import { describe, expect, it } from 'vitest';
import type { ForestModel } from './forest.ts';
import { matrixFromColumns } from './matrix.ts';
import { resolveParams } from './params.ts';
import { predict, predictLabels, predictProba, predictWithSpread } from './predict.ts';

const params = resolveParams({}, 'regression');
if (!params.ok) throw new Error('defaults rejected');

/**
 * Three regression trees on one feature: x ≤ 0.5 → 1 else 10; x ≤ 0.5 → 2 else 20; always 4.
 * Row x = 0 gets 1, 2, 4; row x = 1 gets 10, 20, 4. (Child reference ~l = leaf l.)
 */
const regression: ForestModel = {
  kind: 'regression',
  nFeatures: 1,
  featureNames: ['x'],
  classes: [],
  nOutputs: 1,
  params: params.value,
  treeRoot: Int32Array.from([0, 1, ~4]),
  feature: Int32Array.from([0, 0]),
  threshold: Float64Array.from([0.5, 0.5]),
  left: Int32Array.from([~0, ~2]),
  right: Int32Array.from([~1, ~3]),
  leafValue: Float64Array.from([1, 10, 2, 20, 4]),
  featureImportances: Float64Array.from([1]),
};

/** Two trees over classes a, b: x ≤ 0.5 → (1, 0) else (0.25, 0.75); always (0.5, 0.5). */
const classifier: ForestModel = {
  ...regression,
  kind: 'classification',
  classes: ['a', 'b'],
  nOutputs: 2,
  treeRoot: Int32Array.from([0, ~2]),
  feature: Int32Array.from([0]),
  threshold: Float64Array.from([0.5]),
  left: Int32Array.from([~0]),
  right: Int32Array.from([~1]),
  leafValue: Float64Array.from([1, 0, 0.25, 0.75, 0.5, 0.5]),
};

const X = matrixFromColumns([[0, 1]]);

describe('predict', () => {
  it('averages the trees', () => {
    const p = predict(regression, X);
    expect(p.ok && [...p.value]).toEqual([7 / 3, 34 / 3]);
  });
  it('sends x equal to the threshold left, as sklearn', () => {
    const p = predict(regression, matrixFromColumns([[0.5]]));
    expect(p.ok && [...p.value]).toEqual([7 / 3]);
  });
  it('refuses data with another feature count or non-finite values', () => {
    const wide = predict(regression, matrixFromColumns([[0], [1]]));
    expect(wide.ok ? null : wide.error.code).toBe('BUNDLE_MISMATCH');
    const nan = predict(regression, matrixFromColumns([[Number.NaN]]));
    expect(nan.ok ? null : nan.error.code).toBe('NON_FINITE_VALUES');
    const kind = predict(classifier, X);
    expect(kind.ok ? null : kind.error.code).toBe('INVALID_OPTIONS');
  });
});

describe('predictWithSpread', () => {
  it('gives linearly interpolated quantiles across trees, as numpy quantile', () => {
    // row 0: sorted 1, 2, 4 → q0.1 at h = 0.2: 1.2; q0.5: 2; q0.9 at h = 1.8: 2 + 0.8·2 = 3.6
    // row 1: sorted 4, 10, 20 → 4 + 0.2·6 = 5.2; 10; 10 + 0.8·10 = 18
    const s = predictWithSpread(regression, X);
    if (!s.ok) throw new Error(s.error.message);
    expect([...s.value.mean]).toEqual([7 / 3, 34 / 3]);
    expect(s.value.quantiles).toEqual([0.1, 0.5, 0.9]);
    expect([...s.value.values[0]!].map((v) => +v.toFixed(12))).toEqual([1.2, 5.2]);
    expect([...s.value.values[1]!]).toEqual([2, 10]);
    expect([...s.value.values[2]!].map((v) => +v.toFixed(12))).toEqual([3.6, 18]);
  });
  it('gives the extremes at quantiles 0 and 1', () => {
    const s = predictWithSpread(regression, X, [0, 1]);
    expect(s.ok && s.value.values.map((v) => [...v])).toEqual([
      [1, 4],
      [4, 20],
    ]);
  });
});

describe('classification predictions', () => {
  it('averages leaf class shares and picks the most probable class', () => {
    // x = 0: ((1, 0) + (0.5, 0.5)) / 2; x = 1: ((0.25, 0.75) + (0.5, 0.5)) / 2
    const p = predictProba(classifier, X);
    expect(p.ok && [...p.value.proba]).toEqual([0.75, 0.25, 0.375, 0.625]);
    expect(predictLabels(classifier, X)).toEqual({ ok: true, value: ['a', 'b'] });
  });
});
