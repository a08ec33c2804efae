/** Mean and population standard deviation (ddof = 0, as numpy `std` and sklearn's cv_results_); NaN when empty. */
export function meanAndStd(values: ArrayLike<number>): {
  readonly mean: number;
  readonly std: number;
} {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i]!;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i]! - mean) * (values[i]! - mean);
  return { mean, std: Math.sqrt(ss / n) };
}
