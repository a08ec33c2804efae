/** Pearson correlations between numeric columns, over the rows where both have a value. */
import type { CorrelationMatrix } from './types.ts';

/**
 * The Pearson correlation of every pair of `columns` (NaN = missing), each pair over its
 * pairwise-complete rows, as pandas `DataFrame.corr(method='pearson')` (two-pass: means first).
 */
export function pearsonMatrix(
  names: readonly string[],
  columns: readonly Float64Array[],
): CorrelationMatrix {
  const k = columns.length;
  const r = Array.from({ length: k }, () => new Array<number>(k).fill(NaN));
  const n = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const { r: rij, n: nij } = pearson(columns[i]!, columns[j]!);
      r[i]![j] = r[j]![i] = rij;
      n[i]![j] = n[j]![i] = nij;
    }
  }
  return { columns: [...names], r, n };
}

/** Pearson r of `x` and `y` over rows where both are finite, and how many rows that was. */
export function pearson(x: Float64Array, y: Float64Array): { r: number; n: number } {
  let n = 0;
  let sx = 0;
  let sy = 0;
  const len = Math.min(x.length, y.length);
  for (let i = 0; i < len; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (Number.isFinite(a) && Number.isFinite(b)) {
      n++;
      sx += a;
      sy += b;
    }
  }
  if (n < 2) return { r: NaN, n };
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < len; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (Number.isFinite(a) && Number.isFinite(b)) {
      const dx = a - mx;
      const dy = b - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
  }
  if (sxx === 0 || syy === 0) return { r: NaN, n };
  // Rounding can push |r| a hair past 1.
  return { r: Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))), n };
}
