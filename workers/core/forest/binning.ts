import type { Matrix } from './matrix.ts';

/** Upper bound of bins per feature: codes are 16-bit. */
export const MAX_BINS = 65536;

/**
 * Features replaced by small bin codes, computed once per fit so a node's best split is found
 * from a histogram instead of a sort. A feature with at most `maxBins` distinct values gets one
 * bin per value (splits are then exactly sklearn's); otherwise bins hold about equal row counts.
 * (Greedy quantile bins, in the spirit of LightGBM's; thresholds are then refined to the midpoint
 * of neighbouring training values.)
 */
export interface BinnedFeatures {
  readonly rows: number;
  readonly cols: number;
  /** Column-major bin codes, as Matrix.data. */
  readonly codes: Uint16Array;
  /** Bins used per feature. */
  readonly binCount: Int32Array;
  /** Feature f's bins start at binStart[f] in binLow and binHigh. */
  readonly binStart: Int32Array;
  /** Smallest and largest training value in each bin. */
  readonly binLow: Float64Array;
  readonly binHigh: Float64Array;
}

/** Bins every column of `X` into at most `maxBins` (2..65536) quantile bins. */
export function binFeatures(X: Matrix, maxBins: number): BinnedFeatures {
  const { rows, cols } = X;
  const codes = new Uint16Array(rows * cols);
  const binCount = new Int32Array(cols);
  const binStart = new Int32Array(cols + 1);
  const sorted = new Float64Array(rows);
  const edgesPerFeature: Float64Array[] = [];
  for (let f = 0; f < cols; f++) {
    sorted.set(X.data.subarray(f * rows, (f + 1) * rows));
    sorted.sort();
    const edges = binEdges(sorted, maxBins);
    edgesPerFeature.push(edges);
    binCount[f] = edges.length + 1;
    binStart[f + 1] = binStart[f]! + binCount[f]!;
  }
  const binLow = new Float64Array(binStart[cols]!).fill(Infinity);
  const binHigh = new Float64Array(binStart[cols]!).fill(-Infinity);
  for (let f = 0; f < cols; f++) {
    const edges = edgesPerFeature[f]!;
    const col = X.data.subarray(f * rows, (f + 1) * rows);
    const base = binStart[f]!;
    for (let r = 0; r < rows; r++) {
      const x = col[r]!;
      // bin = number of edges ≤ x (binary search)
      let lo = 0;
      let hi = edges.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (edges[mid]! <= x) lo = mid + 1;
        else hi = mid;
      }
      codes[f * rows + r] = lo;
      if (x < binLow[base + lo]!) binLow[base + lo] = x;
      if (x > binHigh[base + lo]!) binHigh[base + lo] = x;
    }
  }
  return { rows, cols, codes, binCount, binStart, binLow, binHigh };
}

/**
 * Lower edges of bins 1.. for one sorted column: every distinct value when there are few; else
 * bins closed greedily once they hold their share of the rows not yet binned, so a heavily
 * repeated value (zero counts) takes one bin and the other values still share the rest evenly.
 */
function binEdges(sorted: Float64Array, maxBins: number): Float64Array {
  const n = sorted.length;
  let distinct = n > 0 ? 1 : 0;
  for (let i = 1; i < n && distinct <= maxBins; i++) if (sorted[i] !== sorted[i - 1]) distinct++;
  const edges: number[] = [];
  if (distinct <= maxBins) {
    for (let i = 1; i < n; i++) if (sorted[i] !== sorted[i - 1]) edges.push(sorted[i]!);
    return Float64Array.from(edges);
  }
  let binsLeft = maxBins;
  let rowsLeft = n;
  let target = n / maxBins;
  let inBin = 0;
  for (let i = 0; i < n; i++) {
    inBin++;
    const lastOfValue = i + 1 === n || sorted[i + 1] !== sorted[i];
    if (lastOfValue && inBin >= target && binsLeft > 1 && i + 1 < n) {
      edges.push(sorted[i + 1]!);
      rowsLeft -= inBin;
      binsLeft--;
      target = rowsLeft / binsLeft;
      inBin = 0;
    }
  }
  return Float64Array.from(edges);
}

/**
 * The threshold separating bin `left` from the next occupied bin `right` of feature f: the
 * midpoint of the two neighbouring training values, as sklearn `BestSplitter` (x ≤ threshold goes left).
 */
export function splitThreshold(b: BinnedFeatures, f: number, left: number, right: number): number {
  const lo = b.binHigh[b.binStart[f]! + left]!;
  const hi = b.binLow[b.binStart[f]! + right]!;
  const t = lo / 2 + hi / 2;
  // as sklearn: rounding may land on the upper value (or overflow); then split at the lower one
  return t === hi || !Number.isFinite(t) ? lo : t;
}
