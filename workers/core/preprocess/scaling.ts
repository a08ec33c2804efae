/**
 * Numeric scaling fitted on training values and re-applied to new ones, with scikit-learn 1.2's
 * formulas and zero guards, so results match its scalers to rounding.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { mean, populationStd, quantileSorted, sortedCopy, median } from './statistics.ts';
import type { ScaleMethod, ScalerParams } from './types.ts';

const EPS = Number.EPSILON;

/** sklearn `_handle_zeros_in_scale`: a scale this close to 0 means a constant column, so use 1. */
function guardScale(scale: number): number {
  return scale < 10 * EPS ? 1 : scale;
}

/**
 * Fits a scaler on values with no NaN (missing already filled or dropped).
 * - zscore: mean and population std, as `StandardScaler` (std 1 for a constant column);
 * - minmax: min and max, to [0, 1], as `MinMaxScaler()`;
 * - robust: median and IQR (25th–75th percentile, linear), as `RobustScaler()`.
 */
export function fitScaler(method: ScaleMethod, values: ArrayLike<number>): ScalerParams {
  switch (method) {
    case 'none':
      return { method };
    case 'zscore': {
      const m = mean(values);
      const std = populationStd(values, m);
      // sklearn `_is_constant_feature`: a variance within float error of 0 is a constant column.
      const n = values.length;
      const constant = std * std <= n * EPS * std * std + (n * m * EPS) ** 2;
      return { method, mean: m, std: constant ? 1 : std };
    }
    case 'minmax': {
      let min = Infinity;
      let max = -Infinity;
      for (let i = 0; i < values.length; i++) {
        if (values[i]! < min) min = values[i]!;
        if (values[i]! > max) max = values[i]!;
      }
      return { method, min, max };
    }
    case 'robust': {
      const sorted = sortedCopy(values);
      return {
        method,
        median: median(sorted),
        iqr: guardScale(quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25)),
      };
    }
  }
}

/** Scales one value with fitted params (unseen values may fall outside [0, 1] for minmax, as in sklearn). */
export function scaleValue(params: ScalerParams, x: number): number {
  switch (params.method) {
    case 'none':
      return x;
    case 'zscore':
      return (x - params.mean) / params.std;
    case 'minmax': {
      // MinMaxScaler stores scale_ and min_ and computes x * scale_ + min_; same here, same bits.
      const scale = 1 / guardScale(params.max - params.min);
      return x * scale + (0 - params.min * scale);
    }
    case 'robust':
      return (x - params.median) / params.iqr;
  }
}

/**
 * log1p of counts, in place. Negative values are refused (a count cannot be negative, and
 * log1p of -1 or less is not a number), naming the column and the first offending row.
 */
export function log1pCounts(
  name: string,
  values: Float64Array,
  rowOf: (i: number) => number = (i) => i,
): Result<Float64Array> {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < 0) {
      return fail(
        'COLUMN_WRONG_TYPE',
        `Column "${name}" has a negative value (${v} in row ${rowOf(i) + 1}), so it cannot be log1p-transformed as a count.`,
        'Turn off log1p for this column, or fix the negative values in the data.',
      );
    }
    values[i] = Math.log1p(v);
  }
  return ok(values);
}
