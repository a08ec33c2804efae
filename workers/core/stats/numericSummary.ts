/** Location, spread and shape of a numeric column. */
import { histogram, log1pHistogram } from './histogram.ts';
import type { NumericSummary } from './types.ts';

/** Counts whose max exceeds this many times (q3 + 1) also get a log1p histogram. */
const HEAVY_TAIL_RATIO = 20;

/** Summary of the finite values of `values` (NaN = missing), or null when there are none. */
export function numericSummary(values: Float64Array, bins = 20): NumericSummary | null {
  const finite = new Float64Array(values.length);
  let count = 0;
  let sum = 0;
  let zeros = 0;
  let integer = true;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (!Number.isFinite(x)) continue;
    finite[count++] = x;
    sum += x;
    if (x === 0) zeros++;
    if (integer && !Number.isInteger(x)) integer = false;
  }
  if (count === 0) return null;
  const sorted = finite.subarray(0, count).sort();
  const mean = sum / count;
  let squares = 0;
  for (let i = 0; i < count; i++) squares += (sorted[i]! - mean) ** 2;
  const min = sorted[0]!;
  const max = sorted[count - 1]!;
  const q3 = quantileSorted(sorted, 0.75);
  const summary: NumericSummary = {
    count,
    min,
    max,
    mean,
    std: count < 2 ? NaN : Math.sqrt(squares / (count - 1)),
    q1: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    q3,
    zeros,
    histogram: histogram(sorted, min, max, bins, integer),
  };
  return min >= 0 && max > HEAVY_TAIL_RATIO * (q3 + 1)
    ? { ...summary, log1pHistogram: log1pHistogram(sorted, max, bins) }
    : summary;
}

/** The q-quantile of ascending `sorted` with linear interpolation, as numpy/pandas' default. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
