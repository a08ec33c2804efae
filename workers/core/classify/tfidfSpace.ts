/**
 * TF-IDF over hashed n-gram counts, fitted on the training rows only: the buckets seen in at least
 * `minDf` training texts become the features, each weighted by sklearn's smoothed idf
 * (ln((1 + n) / (1 + df)) + 1) and a sublinear term frequency (1 + ln tf), and each text's word part
 * and character part are scaled to unit length separately, as sklearn's
 * `make_union(TfidfVectorizer(sublinear_tf=True), TfidfVectorizer(analyzer='char_wb', sublinear_tf=True))`.
 */
import { gatherCsrRows } from '../text/sparseMatrix.ts';
import type { NgramCounts } from './ngramCounts.ts';

/** The fitted feature space: which buckets, with what idf. */
export interface TfidfSpace {
  /** Kept buckets, increasing; feature j is bucket `buckets[j]`. Word buckets come first. */
  readonly buckets: Uint32Array;
  readonly idf: Float32Array;
  /** Features [0, wordFeatures) are words, the rest characters. */
  readonly wordFeatures: number;
  /** Buckets in the hashed space the counts came from. */
  readonly dim: number;
}

/** Sparse feature rows (CSR) in a fitted space, float32 values. */
export interface FeatureRows {
  readonly rows: number;
  readonly cols: number;
  readonly indptr: Uint32Array;
  readonly indices: Uint32Array;
  readonly values: Float32Array;
}

function rowList(counts: NgramCounts, rows?: ArrayLike<number>): ArrayLike<number> {
  if (rows) return rows;
  const all = new Uint32Array(counts.rows);
  for (let i = 0; i < all.length; i++) all[i] = i;
  return all;
}

/** Learns the features and their idf from `rows` of `counts` (default all). `minDf` ≥ 1. */
export function fitTfidfSpace(
  counts: NgramCounts,
  rows?: ArrayLike<number>,
  minDf = 1,
): TfidfSpace {
  const which = rowList(counts, rows);
  const df = new Uint32Array(counts.dim);
  for (let r = 0; r < which.length; r++) {
    const i = which[r]!;
    for (let p = counts.indptr[i]!; p < counts.indptr[i + 1]!; p++) df[counts.indices[p]!]!++;
  }
  let kept = 0;
  for (let b = 0; b < df.length; b++) if (df[b]! >= minDf && df[b]! > 0) kept++;
  const buckets = new Uint32Array(kept);
  const idf = new Float32Array(kept);
  const n = which.length;
  let j = 0;
  let wordFeatures = 0;
  for (let b = 0; b < df.length; b++) {
    if (df[b]! < minDf || df[b] === 0) continue;
    buckets[j] = b;
    // as sklearn TfidfTransformer(smooth_idf=True)
    idf[j] = Math.log((1 + n) / (1 + df[b]!)) + 1;
    if (b < counts.wordDim) wordFeatures++;
    j++;
  }
  const space = { buckets, idf, wordFeatures, dim: counts.dim };
  if (!rows && counts.indices.length <= CACHED_ENTRIES) fittedOnAll.set(space, counts);
  return space;
}

/**
 * Above this many stored n-gram entries the rows of a space are not kept (8 bytes an entry: 240 MB
 * at most), and each call computes the rows it asks for.
 */
const CACHED_ENTRIES = 30_000_000;
/** Spaces fitted on every row of these counts: their rows are computed once and gathered after. */
const fittedOnAll = new WeakMap<TfidfSpace, NgramCounts>();
const allRows = new WeakMap<TfidfSpace, FeatureRows>();

const lookups = new WeakMap<TfidfSpace, Int32Array>();

/** Bucket → feature index (−1 for a bucket outside the space), built once per space. */
function lookupOf(space: TfidfSpace): Int32Array {
  let map = lookups.get(space);
  if (!map) {
    map = new Int32Array(space.dim).fill(-1);
    for (let j = 0; j < space.buckets.length; j++) map[space.buckets[j]!] = j;
    lookups.set(space, map);
  }
  return map;
}

/**
 * The TF-IDF rows of `rows` of `counts` (default all) in `space`; buckets outside it are dropped.
 * For a space fitted on every row of `counts` (the labelling loop's, which retrains and predicts on
 * the same posts many times), every row is computed on the first call and later calls gather
 * theirs: the logarithms and the bucket lookups, most of a retraining's feature cost, happen once.
 * The result is shared with other callers: never write into it.
 */
export function tfidfRows(
  space: TfidfSpace,
  counts: NgramCounts,
  rows?: ArrayLike<number>,
): FeatureRows {
  if (fittedOnAll.get(space) !== counts) return computeRows(space, counts, rows);
  let all = allRows.get(space);
  if (!all) allRows.set(space, (all = computeRows(space, counts)));
  if (!rows) return all;
  const g = gatherCsrRows(all.indptr, rows, [all.indices, all.values] as const);
  const [indices, values] = g.entries;
  return { rows: rows.length, cols: all.cols, indptr: g.indptr, indices, values };
}

function computeRows(
  space: TfidfSpace,
  counts: NgramCounts,
  rows?: ArrayLike<number>,
): FeatureRows {
  const which = rowList(counts, rows);
  const map = lookupOf(space);
  let nnz = 0;
  for (let r = 0; r < which.length; r++) {
    const i = which[r]!;
    for (let p = counts.indptr[i]!; p < counts.indptr[i + 1]!; p++)
      if (map[counts.indices[p]!]! >= 0) nnz++;
  }
  const indptr = new Uint32Array(which.length + 1);
  const indices = new Uint32Array(nnz);
  const values = new Float32Array(nnz);
  let q = 0;
  for (let r = 0; r < which.length; r++) {
    const i = which[r]!;
    const start = q;
    let wordSq = 0;
    let charSq = 0;
    // buckets are increasing, and so are their features: word features first
    for (let p = counts.indptr[i]!; p < counts.indptr[i + 1]!; p++) {
      const j = map[counts.indices[p]!]!;
      if (j < 0) continue;
      const v = (1 + Math.log(counts.counts[p]!)) * space.idf[j]!;
      indices[q] = j;
      values[q++] = v;
      if (j < space.wordFeatures) wordSq += v * v;
      else charSq += v * v;
    }
    const wordScale = wordSq > 0 ? 1 / Math.sqrt(wordSq) : 0;
    const charScale = charSq > 0 ? 1 / Math.sqrt(charSq) : 0;
    for (let p = start; p < q; p++)
      values[p] = values[p]! * (indices[p]! < space.wordFeatures ? wordScale : charScale);
    indptr[r + 1] = q;
  }
  return { rows: which.length, cols: space.buckets.length, indptr, indices, values };
}
