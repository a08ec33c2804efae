/** The few statistics fitting needs, on values already stripped of missing ones. */
import { compareCodePoints } from '../text/codePointOrder.ts';

/** Arithmetic mean; NaN for no values. */
export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return values.length === 0 ? NaN : sum / values.length;
}

/** Population standard deviation (ddof 0), as sklearn `StandardScaler.scale_` before its zero guard. */
export function populationStd(values: ArrayLike<number>, centre = mean(values)): number {
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - centre;
    ss += d * d;
  }
  return values.length === 0 ? NaN : Math.sqrt(ss / values.length);
}

/** A sorted copy (ascending). */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/**
 * Quantile q in [0, 1] of ascending values, as numpy `percentile(method='linear')`
 * (including numpy's two-sided lerp, so results agree to the last bit). NaN for no values.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = q * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const t = pos - lo;
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** Median: the mean of the two middle values for an even count, as numpy `median` computes it. */
export function median(values: ArrayLike<number>): number {
  const s = sortedCopy(values);
  const n = s.length;
  if (n === 0) return NaN;
  const h = n >> 1;
  return n % 2 === 1 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/** Most frequent number, ties to the smallest, as sklearn `SimpleImputer(strategy='most_frequent')`. */
export function modeOfNumbers(values: ArrayLike<number>): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < values.length; i++) counts.set(values[i]!, (counts.get(values[i]!) ?? 0) + 1);
  let best = NaN;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && v < best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/** Value counts, most frequent first, ties by value in code-point order (as Python `sorted`). */
export function rankedCounts(values: Iterable<string>): [value: string, count: number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0]));
}
