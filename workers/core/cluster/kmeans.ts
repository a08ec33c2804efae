/**
 * K-Means on sparse L2-normalised rows, as scikit-learn 1.2 `KMeans(n_init=10, max_iter=300,
 * tol=1e-4, algorithm='lloyd')`: greedy k-means++ seeding (2 + ⌊ln k⌋ local trials), Lloyd
 * iterations until the labels stop changing or the total squared centre shift is at most
 * `tol` × the mean per-feature variance of the data, empty clusters moved to the farthest points,
 * best inertia of `nInit` seeded restarts. Identical rows are merged into weighted rows first.
 *
 * With the same seed it draws the same initial centres as sklearn (see numpyRandom.ts). On the
 * reference hashtag data it reproduces sklearn's inertia exactly at 12 of the 22 (dataset, k)
 * pairs; the others differ by sklearn's own float noise: numpy's SIMD `log` gives idf values one
 * ulp away from `Math.log` for 1,991 of the 2,707 vaccination terms, and sklearn fed our idf
 * values lands where we do at k = 6, 7, 12 (vaccination) and 5, 8, 9 (sentimentdataset).
 *
 * Why not ml-kmeans (v7.0.1, the library named in the plan): it takes dense `number[][]` only.
 * Measured on the vaccination hashtag documents (7,262 × 2,707, `npm run bench -- --only topics`,
 * 2 cores): one k-means++ start at k = 8 took 12.1 s in ml-kmeans (10 iterations, 0.2 s and
 * ~450 MB to densify) against 0.02 s here (19 iterations); a sweep of k = 2..12 with 10 restarts
 * would take over 20 minutes with it, and about 1 s here.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { rowSquaredNorms, toCsc, type CscMatrix, type CsrMatrix } from '../text/sparseMatrix.ts';
import { numpyRandomState, type NumpyRandomState } from './numpyRandom.ts';
import { abortable, throwIfAborted, type LongRunOptions } from './progress.ts';
import { projectLsa, type LsaModel } from './lsa.ts';
import { uniqueRows, type UniqueRows } from './uniqueRows.ts';

export interface KMeansOptions extends LongRunOptions {
  /** Seeded restarts; the lowest inertia wins. Integer ≥ 1, default 10 (sklearn `n_init`). */
  readonly nInit?: number;
  /** Lloyd iterations per restart. Integer ≥ 1, default 300 (sklearn `max_iter`). */
  readonly maxIter?: number;
  /** Relative tolerance on the centre shift, default 1e-4 (sklearn `tol`). 0 waits for stable labels. */
  readonly tol?: number;
  /** Seed, an integer in [0, 2³²): the same seed draws the same centres as sklearn `random_state`. Default 0. */
  readonly seed?: number;
  /**
   * Centres to start from (k × cols, row-major, as a fit's `centroids`): one Lloyd run from them
   * instead of `nInit` seeded restarts. Refits a k chosen on a sample on every row at the cost of
   * one run, starting where the sample's best restart ended.
   */
  readonly init?: Float64Array;
}

export interface KMeansFit {
  /** Clusters fitted: the requested k, capped at the number of distinct rows. */
  readonly k: number;
  readonly kRequested: number;
  /** Cluster of each input row, 0..k-1. */
  readonly labels: Int32Array;
  /** Cluster centres, k × cols, row-major. */
  readonly centroids: Float64Array;
  readonly cols: number;
  /** Sum of squared euclidean distances of rows to their centre, as sklearn `inertia_`. */
  readonly inertia: number;
  /** Lloyd iterations of the winning restart, as sklearn `n_iter_`. */
  readonly nIter: number;
  /** Rows per cluster. */
  readonly sizes: Uint32Array;
}

/** Rows prepared once and fitted at several k (see `kSweep`). */
export interface KMeansData {
  readonly rows: number;
  readonly unique: UniqueRows;
  /** Squared norms of the distinct rows. */
  readonly sqNorms: Float64Array;
  /** The distinct rows by column (term → rows), for the seeding's distance passes. */
  readonly columns: CscMatrix;
  /** Mean over features of the per-feature variance (sklearn `_tolerance` before × tol). */
  readonly meanVariance: number;
}

/**
 * Merges identical rows and measures what every fit needs. With `lsa`, the distinct rows are
 * clustered in its space (merged as the TF-IDF rows they come from).
 */
export function prepareKMeans(x: CsrMatrix, lsa?: LsaModel | null): KMeansData {
  const distinct = uniqueRows(x);
  const unique = lsa ? { ...distinct, matrix: projectLsa(distinct.matrix, lsa) } : distinct;
  const m = unique.matrix;
  const sum = new Float64Array(m.cols);
  const sumSq = new Float64Array(m.cols);
  for (let i = 0; i < m.rows; i++) {
    const w = unique.weight[i]!;
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) {
      const v = m.values[p]!;
      sum[m.indices[p]!]! += w * v;
      sumSq[m.indices[p]!]! += w * v * v;
    }
  }
  let variance = 0;
  for (let t = 0; t < m.cols; t++) {
    const mean = sum[t]! / x.rows;
    variance += sumSq[t]! / x.rows - mean * mean;
  }
  return {
    rows: x.rows,
    unique,
    sqNorms: rowSquaredNorms(m),
    columns: toCsc(m),
    meanVariance: m.cols > 0 && x.rows > 0 ? variance / m.cols : 0,
  };
}

/** K-Means of the rows of `x` (see the module comment). Fails on no rows or bad options. */
export function kmeans(x: CsrMatrix, k: number, options: KMeansOptions = {}): Result<KMeansFit> {
  return fitKMeans(prepareKMeans(x), k, options);
}

/** K-Means on prepared rows; k above the number of distinct rows is capped (see `KMeansFit.k`). */
export function fitKMeans(
  data: KMeansData,
  kRequested: number,
  options: KMeansOptions = {},
): Result<KMeansFit> {
  const nInit = options.nInit ?? 10;
  const maxIter = options.maxIter ?? 300;
  const tol = options.tol ?? 1e-4;
  const seed = options.seed ?? 0;
  if (!Number.isInteger(kRequested) || kRequested < 1)
    return fail('INVALID_OPTIONS', `k must be a whole number ≥ 1, not ${kRequested}.`);
  if (!Number.isInteger(nInit) || nInit < 1)
    return fail('INVALID_OPTIONS', `nInit must be a whole number ≥ 1, not ${nInit}.`);
  if (!Number.isInteger(maxIter) || maxIter < 1)
    return fail('INVALID_OPTIONS', `maxIter must be a whole number ≥ 1, not ${maxIter}.`);
  if (!(tol >= 0)) return fail('INVALID_OPTIONS', `tol must be ≥ 0, not ${tol}.`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    return fail('INVALID_OPTIONS', `seed must be a whole number in [0, 2³²), not ${seed}.`);
  if (data.rows === 0)
    return fail(
      'TOO_FEW_DOCUMENTS',
      'There are no documents to cluster.',
      'Choose posts that have hashtags.',
    );
  const k = Math.min(kRequested, data.unique.matrix.rows);
  const start = startingCentres(options.init, k, data.unique.matrix.cols);
  if (!start.ok) return start;
  return abortable(() => {
    // one stream for all restarts, as sklearn's `random_state`
    const rng = numpyRandomState(seed);
    let best: Run | null = null;
    const runs = start.value ? 1 : nInit;
    for (let run = 0; run < runs; run++) {
      throwIfAborted(options.signal);
      const init = start.value ?? kmeansPlusPlus(data, k, rng);
      const result = lloyd(data, k, init, maxIter, tol * data.meanVariance, options.signal);
      if (
        best === null ||
        (result.inertia < best.inertia && !sameClustering(result.labels, best.labels, k))
      )
        best = result;
      options.onProgress?.({
        phase: 'kmeans',
        done: run + 1,
        total: runs,
        unit: 'fits',
        message: `k = ${k}`,
      });
    }
    return ok(toFit(data, kRequested, k, best!));
  });
}

/**
 * `init` (k × cols, row-major) as the cols × k layout both Lloyd loops use, or null without one;
 * INVALID_OPTIONS when its size is not k × cols or it holds a value that is not finite.
 */
export function startingCentres(
  init: Float64Array | undefined,
  k: number,
  cols: number,
): Result<Float64Array | null> {
  if (init === undefined) return ok(null);
  if (init.length !== k * cols || !init.every(Number.isFinite))
    return fail(
      'INVALID_OPTIONS',
      `The starting centres must be ${k} × ${cols} finite numbers, not ${init.length} values.`,
    );
  const centersT = new Float64Array(cols * k);
  for (let c = 0; c < k; c++)
    for (let t = 0; t < cols; t++) centersT[t * k + c] = init[c * cols + t]!;
  return ok(centersT);
}

/** The same partition under other names (sklearn `_is_same_clustering`): rounding alone must not swap runs. */
function sameClustering(a: Int32Array, b: Int32Array, k: number): boolean {
  const map = new Int32Array(k).fill(-1);
  for (let i = 0; i < a.length; i++) {
    if (map[a[i]!] === -1) map[a[i]!] = b[i]!;
    else if (map[a[i]!] !== b[i]) return false;
  }
  return true;
}

interface Run {
  /** Cluster of each distinct row. */
  readonly labels: Int32Array;
  /** Centres, cols × k (term-major, so one term's k weights are adjacent). */
  readonly centersT: Float64Array;
  readonly inertia: number;
  readonly nIter: number;
}

function toFit(data: KMeansData, kRequested: number, k: number, run: Run): KMeansFit {
  const cols = data.unique.matrix.cols;
  const labels = new Int32Array(data.rows);
  const sizes = new Uint32Array(k);
  for (let i = 0; i < data.rows; i++) {
    const c = run.labels[data.unique.of[i]!]!;
    labels[i] = c;
    sizes[c]!++;
  }
  const centroids = new Float64Array(k * cols);
  for (let t = 0; t < cols; t++)
    for (let c = 0; c < k; c++) centroids[c * cols + t] = run.centersT[t * k + c]!;
  return { k, kRequested, labels, centroids, cols, inertia: run.inertia, nIter: run.nIter, sizes };
}

/**
 * Squared distances from every distinct row to distinct row `r` into `out`. Products come from the
 * inverted index (only rows sharing a term), summed in term order as a row-by-row loop would.
 */
function distancesToRow(
  data: KMeansData,
  r: number,
  dot: Float64Array,
  out: Float64Array,
): Float64Array {
  const m = data.unique.matrix;
  const { colPtr, rowIndices, values } = data.columns;
  dot.fill(0);
  for (let p = m.indptr[r]!; p < m.indptr[r + 1]!; p++) {
    const v = m.values[p]!;
    const t = m.indices[p]!;
    for (let q = colPtr[t]!; q < colPtr[t + 1]!; q++) dot[rowIndices[q]!]! += values[q]! * v;
  }
  const rsq = data.sqNorms[r]!;
  for (let i = 0; i < m.rows; i++) out[i] = Math.max(data.sqNorms[i]! + rsq - 2 * dot[i]!, 0);
  return out;
}

/** First index whose cumulative value reaches `x` (numpy `searchsorted`, side 'left'), clipped. */
function searchSorted(cumulative: Float64Array, x: number): number {
  let lo = 0;
  let hi = cumulative.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, cumulative.length - 1);
}

function weightedPotential(weight: Float64Array, dist: Float64Array): number {
  let s = 0;
  for (let i = 0; i < dist.length; i++) s += weight[i]! * dist[i]!;
  return s;
}

/**
 * Greedy k-means++ as sklearn `_kmeans_plusplus`, drawing from `rng` exactly as it does: the
 * first centre by `randint(n)` and candidates by inverse CDF over the input rows (not the distinct
 * rows), so the same seed picks the same rows.
 */
function kmeansPlusPlus(data: KMeansData, k: number, rng: NumpyRandomState): Float64Array {
  const m = data.unique.matrix;
  const { of, weight: w } = data.unique;
  const dot = new Float64Array(m.rows);
  const trials = 2 + Math.floor(Math.log(k));
  // distances: the closest so far, the best trial yet, and one to write the next trial into
  const buffers = Array.from({ length: 3 }, () => new Float64Array(m.rows));
  const cumulative = new Float64Array(data.rows);
  const chosen = [of[rng.randint(data.rows)]!];
  let closest = distancesToRow(data, chosen[0]!, dot, buffers[0]!);
  let potential = weightedPotential(w, closest);
  for (let c = 1; c < k; c++) {
    let s = 0;
    for (let i = 0; i < data.rows; i++) cumulative[i] = s += closest[of[i]!]!;
    const candidates = Array.from(
      { length: trials },
      () => of[searchSorted(cumulative, rng.uniform() * potential)]!,
    );
    const previous = closest;
    let bestPot = Infinity;
    for (const candidate of candidates) {
      const d = distancesToRow(
        data,
        candidate,
        dot,
        buffers.find((b) => b !== previous && b !== closest)!,
      );
      for (let i = 0; i < d.length; i++) if (previous[i]! < d[i]!) d[i] = previous[i]!;
      const pot = weightedPotential(w, d);
      if (pot < bestPot) {
        bestPot = pot;
        chosen[c] = candidate;
        closest = d;
      }
    }
    potential = bestPot;
  }
  const centersT = new Float64Array(m.cols * k);
  chosen.forEach((r, c) => {
    for (let p = m.indptr[r]!; p < m.indptr[r + 1]!; p++)
      centersT[m.indices[p]! * k + c] = m.values[p]!;
  });
  return centersT;
}

function squaredNormsT(centersT: Float64Array, k: number): Float64Array {
  const out = new Float64Array(k);
  for (let base = 0; base < centersT.length; base += k) {
    for (let c = 0; c < k; c++) out[c]! += centersT[base + c]! * centersT[base + c]!;
  }
  return out;
}

/** E-step: nearest centre of every distinct row, its squared distance, and the weighted inertia. */
function assign(
  data: KMeansData,
  k: number,
  centersT: Float64Array,
  labels: Int32Array,
  dist: Float64Array,
): number {
  const { indptr, indices, values, rows } = data.unique.matrix;
  const sqNorms = data.sqNorms;
  const weight = data.unique.weight;
  const cn = squaredNormsT(centersT, k);
  const dots = new Float64Array(k);
  let inertia = 0;
  for (let i = 0; i < rows; i++) {
    for (let c = 0; c < k; c++) dots[c] = 0;
    const end = indptr[i + 1]!;
    for (let p = indptr[i]!; p < end; p++) {
      const v = values[p]!;
      const base = indices[p]! * k;
      for (let c = 0; c < k; c++) dots[c]! += v * centersT[base + c]!;
    }
    // the first nearest centre wins a tie, as sklearn's `<`
    let best = 0;
    let bestD = cn[0]! - 2 * dots[0]!;
    for (let c = 1; c < k; c++) {
      const d = cn[c]! - 2 * dots[c]!;
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    labels[i] = best;
    const sq = Math.max(sqNorms[i]! + bestD, 0);
    dist[i] = sq;
    inertia += weight[i]! * sq;
  }
  return inertia;
}

/** Adds `copies` of distinct row `i` (negative to remove) to the sums of cluster `c`. */
function addRow(
  data: KMeansData,
  k: number,
  sums: Float64Array,
  i: number,
  c: number,
  copies: number,
): void {
  const m = data.unique.matrix;
  for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++)
    sums[m.indices[p]! * k + c]! += copies * m.values[p]!;
}

/**
 * M-step into `out`: weighted means, after each empty cluster takes one copy of the farthest
 * rows, as sklearn `_relocate_empty_clusters_sparse` moves single samples.
 */
function update(
  data: KMeansData,
  k: number,
  labels: Int32Array,
  dist: Float64Array,
  out: Float64Array,
): void {
  const rows = data.unique.matrix.rows;
  const w = data.unique.weight;
  out.fill(0);
  const mass = new Float64Array(k);
  for (let i = 0; i < rows; i++) {
    addRow(data, k, out, i, labels[i]!, w[i]!);
    mass[labels[i]!]! += w[i]!;
  }
  const empty: number[] = [];
  for (let c = 0; c < k; c++) if (mass[c] === 0) empty.push(c);
  if (empty.length > 0) {
    const byDistance = Array.from(dist.keys()).sort((a, b) => dist[b]! - dist[a]! || a - b);
    const far: number[] = [];
    for (const i of byDistance) {
      for (let copy = 0; copy < w[i]! && far.length < empty.length; copy++) far.push(i);
      if (far.length === empty.length) break;
    }
    far.forEach((i, e) => {
      addRow(data, k, out, i, labels[i]!, -1);
      mass[labels[i]!]! -= 1;
      addRow(data, k, out, i, empty[e]!, 1);
      mass[empty[e]!] = 1;
    });
  }
  const scale = Float64Array.from(mass, (m) => (m > 0 ? 1 / m : 1));
  for (let base = 0; base < out.length; base += k) {
    for (let c = 0; c < k; c++) out[base + c]! *= scale[c]!;
  }
}

function sameLabels(a: Int32Array, b: Int32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Lloyd iterations from `init` (sklearn `_kmeans_single_lloyd`), then a final assignment. */
function lloyd(
  data: KMeansData,
  k: number,
  init: Float64Array,
  maxIter: number,
  tolAbs: number,
  signal: AbortSignal | undefined,
): Run {
  const rows = data.unique.matrix.rows;
  let centers: Float64Array = init;
  let next: Float64Array = new Float64Array(init.length);
  const labels = new Int32Array(rows).fill(-1);
  const previous = new Int32Array(rows).fill(-1);
  const dist = new Float64Array(rows);
  let iter = 0;
  while (iter < maxIter) {
    if (iter % 8 === 7) throwIfAborted(signal);
    assign(data, k, centers, labels, dist);
    update(data, k, labels, dist, next);
    let shift = 0;
    for (let p = 0; p < centers.length; p++) shift += (next[p]! - centers[p]!) ** 2;
    [centers, next] = [next, centers];
    iter++;
    if (sameLabels(labels, previous) || shift <= tolAbs) break;
    previous.set(labels);
  }
  const inertia = assign(data, k, centers, labels, dist);
  return { labels, centersT: centers, inertia, nIter: iter };
}
