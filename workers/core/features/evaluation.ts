/**
 * Honest test metrics of an engagement model: next to the predict-the-mean (or majority) baseline,
 * on the scale the model learned and, for a log1p target, back on the raw scale (expm1), with
 * the points and histograms the charts draw (sampled, so the page never gets every row).
 */
import { ok, type Result } from '../errors/index.ts';
import { accuracy, confusionMatrix, precisionRecallF1 } from '../metrics/classification.ts';
import { meanBaseline, regressionScores, type RegressionScores } from '../metrics/regression.ts';
import { rocAuc } from '../metrics/rocAuc.ts';
import { seededRows } from '../random/rng.ts';
import { histogram } from '../stats/histogram.ts';
import type { Histogram } from '../stats/types.ts';

export interface ScoredBaseline extends RegressionScores {
  /** The constant the baseline predicts: the training mean. */
  readonly trainMean: number;
}

/** Test scores of a model and of the mean baseline on one scale. */
export interface ScaleScores {
  readonly model: RegressionScores;
  readonly baseline: ScoredBaseline;
}

export interface RegressionReport {
  readonly kind: 'regression';
  /** On the scale the model learned (log1p when the target is log1p'd). */
  readonly fitted: ScaleScores;
  /** Back on the raw scale (predictions expm1'd; baseline = the raw training mean). Null without log1p. */
  readonly raw: ScaleScores | null;
}

export interface ClassificationReport {
  readonly kind: 'classification';
  readonly accuracy: number;
  /** F1 of class 1 ("above the median"). */
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  /** Null when the test rows hold one class only. */
  readonly rocAuc: number | null;
  /** Rows true 0/1, columns predicted 0/1. */
  readonly confusion: readonly (readonly number[])[];
  /** Always predicting the training majority class. */
  readonly baseline: { readonly accuracy: number; readonly f1: number; readonly majority: number };
}

/** Test metrics of a regression on the learned scale and, for log1p, on the raw scale. */
export function regressionReport(
  trainY: ArrayLike<number>,
  testY: ArrayLike<number>,
  predicted: ArrayLike<number>,
  log1p: boolean,
  trainRaw?: ArrayLike<number>,
  testRaw?: ArrayLike<number>,
): RegressionReport {
  const fitted = {
    model: regressionScores(testY, predicted),
    baseline: meanBaseline(trainY, testY),
  };
  if (!log1p || !trainRaw || !testRaw) return { kind: 'regression', fitted, raw: null };
  const back = Float64Array.from(predicted, Math.expm1);
  return {
    kind: 'regression',
    fitted,
    raw: { model: regressionScores(testRaw, back), baseline: meanBaseline(trainRaw, testRaw) },
  };
}

/** Accuracy, F1, ROC AUC (from the class-1 probability) and the confusion matrix, beside the majority baseline. */
export function classificationReport(
  trainY: ArrayLike<number>,
  testY: ArrayLike<number>,
  probability: ArrayLike<number>,
): Result<ClassificationReport> {
  const truth = Array.from(testY);
  const predicted = Array.from(probability, (p) => (p > 0.5 ? 1 : 0));
  let ones = 0;
  for (let i = 0; i < trainY.length; i++) ones += trainY[i]! === 1 ? 1 : 0;
  const majority = ones * 2 > trainY.length ? 1 : 0;
  const scores = precisionRecallF1(truth, predicted, [0, 1])[1]!;
  const baselineScores = precisionRecallF1(
    truth,
    truth.map(() => majority),
    [0, 1],
  )[1]!;
  const auc = rocAuc(truth, probability, 1);
  return ok({
    kind: 'classification',
    accuracy: accuracy(truth, predicted),
    f1: scores.f1,
    precision: scores.precision,
    recall: scores.recall,
    rocAuc: auc.ok ? auc.value : null,
    confusion: confusionMatrix(truth, predicted, [0, 1]),
    baseline: {
      accuracy: accuracy(
        truth,
        truth.map(() => majority),
      ),
      f1: baselineScores.f1,
      majority,
    },
  });
}

/** Test posts for the scatter and residual charts: actual, predicted and the trees' 10th–90th percentile. */
export interface PredictionPoints {
  readonly actual: Float64Array;
  readonly predicted: Float64Array;
  readonly low: Float64Array;
  readonly high: Float64Array;
  /** True when the points are a seeded sample of the test posts. */
  readonly sampled: boolean;
}

/** At most `max` (default 1500) of the test posts, a seeded sample when there are more. */
export function predictionPoints(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  low: ArrayLike<number>,
  high: ArrayLike<number>,
  max = 1500,
  seed = 0,
): PredictionPoints {
  const n = actual.length;
  const pick = seededRows(n, max, seed);
  const take = (a: ArrayLike<number>) => Float64Array.from(pick, (i) => a[i]!);
  return {
    actual: take(actual),
    predicted: take(predicted),
    low: take(low),
    high: take(high),
    sampled: n > max,
  };
}

/** Residuals (actual − predicted) of every test post in `bins` equal bins. */
export function residualHistogram(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  bins = 30,
): Histogram {
  const residuals = Float64Array.from(
    { length: actual.length },
    (_, i) => actual[i]! - predicted[i]!,
  );
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of residuals) {
    if (r < lo) lo = r;
    if (r > hi) hi = r;
  }
  return histogram(residuals, lo, hi, bins);
}
