/** Confidence intervals for shares and accuracies: Wilson's score interval and Student's t quantile. */

/** Two-sided 95% quantiles of Student's t for 1..30 degrees of freedom (from the standard table). */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

/** The 97.5% quantile of Student's t with `df` degrees of freedom (1.96 beyond the table, within 0.02 from 31 on). */
export function t975(df: number): number {
  if (df < 1) return Infinity;
  if (df <= 30) return T975[Math.floor(df) - 1]!;
  // Cornish–Fisher's first correction to the normal quantile
  const z = 1.959964;
  return z + (z ** 3 + z) / (4 * df);
}

/**
 * Wilson's 95% score interval for `successes` of `n` (Wilson 1927): never outside [0, 1], and
 * sensible for small n and for shares near 0 or 1, where the normal interval is not.
 */
export function wilson(successes: number, n: number): [number, number] {
  if (n <= 0) return [0, 1];
  const z = 1.959964;
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
