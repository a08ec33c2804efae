import type { Matrix } from '../forest/matrix.ts';
import { pearson, pearsonMatrix } from '../stats/correlation.ts';
import type { CorrelationMatrix } from '../stats/types.ts';

/**
 * Pearson correlations among the features and the target (the target last), as pandas
 * `DataFrame.corr()`. With more than `max` features (default 20), the `max` most correlated with
 * the target (by |r|) are kept so the heatmap stays readable.
 */
export function featureCorrelation(
  X: Matrix,
  y: Float64Array,
  targetLabel: string,
  max = 20,
): CorrelationMatrix {
  const columns = Array.from(
    { length: X.cols },
    (_, c) => X.data.subarray(c * X.rows, (c + 1) * X.rows) as Float64Array,
  );
  const names = X.names ?? columns.map((_, c) => `feature ${c}`);
  const strength = columns.map((col) => Math.abs(pearson(Float64Array.from(col), y).r) || 0);
  const keep = columns.map((_, c) => c);
  if (keep.length > max) keep.sort((a, b) => strength[b]! - strength[a]!).splice(max);
  keep.sort((a, b) => a - b);
  return pearsonMatrix(
    [...keep.map((c) => names[c]!), targetLabel],
    [...keep.map((c) => Float64Array.from(columns[c]!)), y],
  );
}
