import { assertPaired } from './labels.ts';

/** Regression scores of one set of predictions. */
export interface RegressionScores {
  readonly mse: number;
  readonly mae: number;
  readonly r2: number;
}

/** Mean squared error, as sklearn `mean_squared_error`. */
export function mse(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  assertPaired(yTrue, yPred, 'mse');
  let s = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const d = yTrue[i]! - yPred[i]!;
    s += d * d;
  }
  return s / yTrue.length;
}

/** Mean absolute error, as sklearn `mean_absolute_error`. */
export function mae(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  assertPaired(yTrue, yPred, 'mae');
  let s = 0;
  for (let i = 0; i < yTrue.length; i++) s += Math.abs(yTrue[i]! - yPred[i]!);
  return s / yTrue.length;
}

/**
 * Coefficient of determination, as sklearn `r2_score` (force_finite=True): when y is constant
 * it is 1 for perfect predictions and 0 otherwise; NaN with fewer than two rows.
 */
export function r2(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  assertPaired(yTrue, yPred, 'r2');
  const n = yTrue.length;
  if (n < 2) return Number.NaN;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += yTrue[i]!;
  mean /= n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    const d = yTrue[i]! - yPred[i]!;
    const c = yTrue[i]! - mean;
    num += d * d;
    den += c * c;
  }
  if (den === 0) return num === 0 ? 1 : 0;
  return 1 - num / den;
}

/** MSE, MAE and R² together. */
export function regressionScores(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
): RegressionScores {
  return { mse: mse(yTrue, yPred), mae: mae(yTrue, yPred), r2: r2(yTrue, yPred) };
}

/**
 * The predict-the-training-mean baseline scored on a test set, as sklearn
 * `DummyRegressor(strategy='mean')`: a model is only useful if it beats this.
 */
export function meanBaseline(
  yTrain: ArrayLike<number>,
  yTest: ArrayLike<number>,
): RegressionScores & { readonly trainMean: number } {
  assertPaired(yTrain, yTrain, 'meanBaseline');
  let m = 0;
  for (let i = 0; i < yTrain.length; i++) m += yTrain[i]!;
  m /= yTrain.length;
  return { trainMean: m, ...regressionScores(yTest, new Float64Array(yTest.length).fill(m)) };
}
