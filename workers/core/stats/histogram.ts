/** Equal-width histograms of numbers. */
import type { Histogram } from './types.ts';

/** Whole-number columns spanning at most this many values get one bin per value. */
const MAX_UNIT_BINS = 30;

/**
 * `bins` equal-width bins over [min, max] of the finite values (the last bin includes max);
 * whole numbers spanning at most 30 values get one bin per value, edges at the values.
 * A single distinct value gives one bin [v, v].
 */
export function histogram(
  values: Float64Array,
  min: number,
  max: number,
  bins = 20,
  integer = false,
): Histogram {
  if (!(max > min)) return { edges: [min, max], counts: [countFinite(values)] };
  if (integer && max - min + 1 <= MAX_UNIT_BINS) {
    const n = max - min + 1;
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < values.length; i++) {
      const x = values[i]!;
      if (Number.isFinite(x)) counts[x - min]!++;
    }
    return { edges: Array.from({ length: n + 1 }, (_, k) => min + k), counts };
  }
  return binned(
    values,
    (x) => x,
    (e) => e,
    min,
    max,
    bins,
  );
}

/** Bins equal in log1p(x) for non-negative values, edges reported back in the original units. */
export function log1pHistogram(values: Float64Array, max: number, bins = 20): Histogram {
  return binned(values, Math.log1p, Math.expm1, 0, Math.log1p(max), bins);
}

function binned(
  values: Float64Array,
  to: (x: number) => number,
  back: (e: number) => number,
  lo: number,
  hi: number,
  bins: number,
): Histogram {
  const counts = new Array<number>(bins).fill(0);
  const width = (hi - lo) / bins;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (!Number.isFinite(x)) continue;
    const k = Math.floor((to(x) - lo) / width);
    counts[k >= bins ? bins - 1 : k < 0 ? 0 : k]!++;
  }
  const edges = Array.from({ length: bins + 1 }, (_, k) => back(lo + k * width));
  edges[bins] = back(hi);
  return { edges, counts };
}

function countFinite(values: Float64Array): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) n++;
  return n;
}
