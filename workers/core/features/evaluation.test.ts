import { describe, expect, it } from 'vitest';
import {
  classificationReport,
  predictionPoints,
  regressionReport,
  residualHistogram,
} from './evaluation.ts';

describe('engagement metrics', () => {
  it('scores a log1p model on both scales beside the mean baseline', () => {
    const trainY = [0, 2]; // mean 1
    const testY = [1, 3];
    const pred = [1, 2];
    const r = regressionReport(trainY, testY, pred, true, [0, 6], [1, 19]);
    expect(r.fitted.model).toEqual({ mse: 0.5, mae: 0.5, r2: 0.5 });
    expect(r.fitted.baseline).toEqual({ trainMean: 1, mse: 2, mae: 1, r2: -1 });
    // raw scale: predictions expm1'd, the baseline predicts the raw training mean 3
    const back = [Math.expm1(1), Math.expm1(2)];
    expect(r.raw!.model.mae).toBeCloseTo(
      (Math.abs(1 - back[0]!) + Math.abs(19 - back[1]!)) / 2,
      12,
    );
    expect(r.raw!.baseline).toMatchObject({ trainMean: 3, mse: (4 + 256) / 2, mae: 9 });
    expect(regressionReport(trainY, testY, pred, false).raw).toBeNull();
  });

  it('scores a classifier with accuracy, F1, AUC and the majority baseline', () => {
    const r = classificationReport([1, 1, 0], [1, 0, 1, 0], [0.9, 0.6, 0.4, 0.1]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.accuracy).toBe(0.5);
    expect(r.value.confusion).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(r.value.f1).toBe(0.5);
    expect(r.value.rocAuc).toBe(0.75);
    expect(r.value.baseline).toEqual({ accuracy: 0.5, f1: 2 / 3, majority: 1 });
  });

  it('samples at most the asked number of points, seeded', () => {
    const a = Array.from({ length: 5000 }, (_, i) => i);
    const p = predictionPoints(a, a, a, a, 100, 7);
    expect(p.actual.length).toBe(100);
    expect(p.sampled).toBe(true);
    expect(Array.from(predictionPoints(a, a, a, a, 100, 7).actual)).toEqual(Array.from(p.actual));
  });

  it('bins residuals', () => {
    const h = residualHistogram([1, 2, 3, 10], [1, 1, 1, 1], 3);
    expect(h.counts).toEqual([3, 0, 1]);
    expect(h.edges).toEqual([0, 3, 6, 9]);
  });
});
