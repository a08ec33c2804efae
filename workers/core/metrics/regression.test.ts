import { describe, expect, it } from 'vitest';
import { mae, meanBaseline, mse, r2 } from './regression.ts';

describe('regression metrics', () => {
  // sklearn docs example. errors 0.5,-0.5,0,-1: MSE 1.5/4, MAE 2/4; mean y 2.875, SS_tot 29.1875.
  const yTrue = [3, -0.5, 2, 7];
  const yPred = [2.5, 0, 2, 8];
  it('matches hand-worked MSE, MAE and R²', () => {
    expect(mse(yTrue, yPred)).toBe(0.375);
    expect(mae(yTrue, yPred)).toBe(0.5);
    expect(r2(yTrue, yPred)).toBeCloseTo(1 - 1.5 / 29.1875, 15);
  });
  it('gives R² = 1 for a perfect fit of a constant target and 0 otherwise, as sklearn force_finite', () => {
    expect(r2([4, 4, 4], [4, 4, 4])).toBe(1);
    expect(r2([4, 4, 4], [4, 5, 4])).toBe(0);
    expect(r2([1], [1])).toBeNaN();
  });
  it('scores the predict-the-training-mean baseline', () => {
    // train mean 2 → predictions [2, 2] on test [2, 4]: MSE 2, MAE 1; test mean 3, SS_tot 2, SS_res 4.
    expect(meanBaseline([1, 2, 3], [2, 4])).toEqual({ trainMean: 2, mse: 2, mae: 1, r2: -1 });
  });
  it('refuses arrays of different length', () => {
    expect(() => mse([1, 2], [1])).toThrow(/2 true values but 1 predictions/);
  });
});
