/**
 * Spherical k-means (Dhillon & Modha 2001) for short texts: rows and centres on the unit sphere,
 * each row to the centre of highest cosine similarity. Plain k-means on unit TF-IDF rows lets a
 * diffuse cluster, whose mean is short, attract every post that shares little with any topic
 * (||x − c||² = 1 + ||c||² − 2x·c favours a short c): on generated complaint posts one cluster
 * took 48–61% of the posts. Normalised centres remove that pull (see docs/TOPICS.md).
 * Seeding is k-means++ with 1 − cosine as the distance; the best of `nInit` restarts wins.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { createRng, deriveSeed, type Rng } from '../random/rng.ts';
import type { CsrMatrix } from '../text/sparseMatrix.ts';
import { startingCentres, type KMeansData, type KMeansFit, type KMeansOptions } from './kmeans.ts';
import { abortable, throwIfAborted } from './progress.ts';

/** Relative gain in total similarity below which the iterations stop. */
const REL_TOL = 1e-5;

interface Run {
  readonly labels: Int32Array;
  /** cols × k, term-major, unit columns. */
  readonly centersT: Float64Array;
  readonly similarity: number;
  readonly nIter: number;
}

/** a[ai..ai+n) · b[bi..bi+n), in four running sums: a single sum waits on each addition. */
function dot(a: Float64Array, ai: number, b: Float64Array, bi: number, n: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let t = 0;
  for (; t + 3 < n; t += 4) {
    s0 += a[ai + t]! * b[bi + t]!;
    s1 += a[ai + t + 1]! * b[bi + t + 1]!;
    s2 += a[ai + t + 2]! * b[bi + t + 2]!;
    s3 += a[ai + t + 3]! * b[bi + t + 3]!;
  }
  for (; t < n; t++) s0 += a[ai + t]! * b[bi + t]!;
  return s0 + s1 + (s2 + s3);
}

/** Similarities of distinct rows to the centres loaded last: all k of a row, or one. */
interface Scorer {
  /** Takes the centres (cols × k, term-major) the next calls compare with. */
  load(centersT: Float64Array): void;
  /** Row i's similarity to every centre, into out[0..k). */
  all(i: number, out: Float64Array): void;
  one(i: number, c: number): number;
}

function scorer(m: CsrMatrix, k: number): Scorer {
  const { indptr, indices, values, cols: d } = m;
  // centres row-major too, for rows that hold every column (LSA rows): a plain dot product per
  // centre, several times faster than scattering each entry over the k centres
  let full = false;
  for (let i = 0; i < m.rows && !full; i++) full = indptr[i + 1]! - indptr[i]! === d;
  const centres = new Float64Array(full ? k * d : 0);
  let termMajor: Float64Array = new Float64Array(0);
  return {
    load(centersT) {
      termMajor = centersT;
      if (full)
        for (let t = 0; t < d; t++)
          for (let c = 0; c < k; c++) centres[c * d + t] = centersT[t * k + c]!;
    },
    all(i, out) {
      const start = indptr[i]!;
      const end = indptr[i + 1]!;
      if (end - start === d) {
        for (let c = 0; c < k; c++) out[c] = dot(values, start, centres, c * d, d);
        return;
      }
      out.fill(0);
      for (let p = start; p < end; p++) {
        const v = values[p]!;
        const t = indices[p]! * k;
        for (let c = 0; c < k; c++) out[c]! += v * termMajor[t + c]!;
      }
    },
    one(i, c) {
      const start = indptr[i]!;
      const end = indptr[i + 1]!;
      if (end - start === d) return dot(values, start, centres, c * d, d);
      let s = 0;
      for (let p = start; p < end; p++) s += values[p]! * termMajor[indices[p]! * k + c]!;
      return s;
    },
  };
}

/** Cosine similarity of every distinct row to each centre, written to `sims` (rows × k). */
function similarities(
  data: KMeansData,
  centersT: Float64Array,
  k: number,
  sims: Float64Array,
): void {
  const m = data.unique.matrix;
  const score = scorer(m, k);
  score.load(centersT);
  for (let i = 0; i < m.rows; i++) score.all(i, sims.subarray(i * k, (i + 1) * k));
}

function setCentreToRow(
  data: KMeansData,
  row: number,
  c: number,
  k: number,
  centersT: Float64Array,
): void {
  const m = data.unique.matrix;
  for (let t = 0; t < m.cols; t++) centersT[t * k + c] = 0;
  let sq = 0;
  for (let p = m.indptr[row]!; p < m.indptr[row + 1]!; p++) sq += m.values[p]! ** 2;
  const norm = Math.sqrt(sq) || 1;
  for (let p = m.indptr[row]!; p < m.indptr[row + 1]!; p++)
    centersT[m.indices[p]! * k + c] = m.values[p]! / norm;
}

/** Row drawn with probability ∝ weight × score. */
function draw(rng: Rng, weight: Float64Array, score: Float64Array): number {
  let total = 0;
  for (let i = 0; i < score.length; i++) total += weight[i]! * score[i]!;
  if (!(total > 0)) return rng.int(score.length);
  let r = rng.next() * total;
  for (let i = 0; i < score.length; i++) {
    r -= weight[i]! * score[i]!;
    if (r < 0) return i;
  }
  return score.length - 1;
}

function seed(data: KMeansData, k: number, rng: Rng): Float64Array {
  const m = data.unique.matrix;
  const centersT = new Float64Array(m.cols * k);
  const distance = new Float64Array(m.rows).fill(1);
  for (let i = 0; i < m.rows; i++) if (m.indptr[i] === m.indptr[i + 1]) distance[i] = 0;
  const single = new Float64Array(m.cols);
  for (let c = 0; c < k; c++) {
    const row = draw(rng, data.unique.weight, distance);
    setCentreToRow(data, row, c, k, centersT);
    for (let t = 0; t < m.cols; t++) single[t] = centersT[t * k + c]!;
    for (let i = 0; i < m.rows; i++) {
      const start = m.indptr[i]!;
      const end = m.indptr[i + 1]!;
      let s = 0;
      if (end - start === m.cols) s = dot(m.values, start, single, 0, m.cols);
      else for (let p = start; p < end; p++) s += m.values[p]! * single[m.indices[p]!]!;
      distance[i] = Math.min(distance[i]!, Math.max(0, 1 - s));
    }
  }
  return centersT;
}

/** Angle of a cosine, clamped against rounding. */
const angle = (cos: number): number => Math.acos(Math.min(1, Math.max(-1, cos)));
/** Slack on the angle bounds (radians): rounding never lets a bound skip a row it should not. */
const BOUND_SLACK = 1e-9;

/**
 * Lloyd's iterations on the sphere, with Elkan's bounds in angles (the triangle inequality holds
 * for angles between unit vectors): each row keeps an upper bound on its angle to its own centre
 * and a lower bound on its angle to every other, loosened by how far the centres moved. A centre
 * whose lower bound exceeds the upper one cannot be nearer and is not compared, so the labels are
 * those of comparing every row with every centre, at a fraction of the cost once most rows have
 * settled. The clusters' sums are kept up to date as rows move, so a round costs what moved.
 */
function lloyd(
  data: KMeansData,
  k: number,
  centersT: Float64Array,
  maxIter: number,
  signal: AbortSignal | undefined,
): Run {
  const m = data.unique.matrix;
  const { indptr, indices, values } = m;
  const w = data.unique.weight;
  const cols = m.cols;
  const labels = new Int32Array(m.rows).fill(-1);
  const upper = new Float64Array(m.rows);
  const lower = new Float64Array(m.rows * k);
  const row = new Float64Array(k);
  const drift = new Float64Array(k);
  const previousCentres = new Float64Array(centersT.length);
  /** Per cluster (row-major, k × cols): the weighted sum of its rows, and their weight. */
  const sums = new Float64Array(k * cols);
  const members = new Float64Array(k);
  const move = (i: number, from: number, to: number): void => {
    const wi = w[i]!;
    for (let p = indptr[i]!; p < indptr[i + 1]!; p++) {
      const v = wi * values[p]!;
      if (from >= 0) sums[from * cols + indices[p]!]! -= v;
      sums[to * cols + indices[p]!]! += v;
    }
    if (from >= 0) members[from]! -= wi;
    members[to]! += wi;
  };
  const score = scorer(m, k);
  let nIter = 0;
  let previous = -Infinity;
  let similarity = 0;
  for (let iter = 0; iter < maxIter; iter++) {
    throwIfAborted(signal);
    nIter = iter + 1;
    score.load(centersT);
    let changed = 0;
    for (let i = 0; i < m.rows; i++) {
      const own = labels[i]!;
      const base = i * k;
      if (own < 0) {
        score.all(i, row);
        let arg = 0;
        for (let c = 1; c < k; c++) if (row[c]! > row[arg]!) arg = c;
        for (let c = 0; c < k; c++) lower[base + c] = angle(row[c]!);
        upper[i] = lower[base + arg]!;
        labels[i] = arg;
        move(i, -1, arg);
        changed++;
        continue;
      }
      upper[i]! += drift[own]!;
      for (let c = 0; c < k; c++) if (c !== own) lower[base + c]! -= drift[c]!;
      let arg = own;
      let ownSim = NaN; // measured once a centre's bound does not rule it out
      let top = NaN;
      for (let c = 0; c < k; c++) {
        if (c === own || upper[i]! + BOUND_SLACK < lower[base + c]!) continue;
        if (Number.isNaN(ownSim)) {
          ownSim = score.one(i, own);
          top = ownSim;
          upper[i] = angle(ownSim);
          if (upper[i]! + BOUND_SLACK < lower[base + c]!) continue;
        }
        const sc = score.one(i, c);
        lower[base + c] = angle(sc);
        // as comparing with every centre in order: the first of equals wins
        if (sc > top || (sc === top && c < arg)) {
          arg = c;
          top = sc;
          upper[i] = lower[base + c]!;
        }
      }
      if (arg !== own) {
        lower[base + own] = angle(ownSim);
        labels[i] = arg;
        move(i, own, arg);
        changed++;
      }
    }
    // total similarity of the rows to the centres they were just given: Σ sum_c · centre_c
    let total = 0;
    for (let c = 0; c < k; c++)
      for (let t = 0; t < cols; t++) total += sums[c * cols + t]! * centersT[t * k + c]!;
    similarity = total;
    // stable labels, or a total similarity that no longer improves by a relative 1e-5
    // (a handful of posts swapping between two near-equal centres for dozens of rounds)
    if ((changed === 0 && iter > 0) || (iter > 0 && total - previous <= REL_TOL * total)) break;
    previous = total;
    // new centres: the normalised sums of their rows
    previousCentres.set(centersT);
    let fit: Float64Array | null = null;
    for (let c = 0; c < k; c++) {
      let sq = 0;
      for (let t = 0; t < cols; t++) sq += sums[c * cols + t]! ** 2;
      if (members[c] === 0 || sq === 0) {
        // an empty cluster restarts at the row its centre explains worst
        if (!fit) fit = Float64Array.from(labels, (l, i) => score.one(i, l));
        let worst = 0;
        for (let i = 1; i < m.rows; i++) if (fit[i]! < fit[worst]!) worst = i;
        setCentreToRow(data, worst, c, k, centersT);
        fit[worst] = 1;
        continue;
      }
      const inv = 1 / Math.sqrt(sq);
      for (let t = 0; t < cols; t++) centersT[t * k + c] = sums[c * cols + t]! * inv;
    }
    drift.fill(0);
    for (let t = 0; t < cols; t++)
      for (let c = 0; c < k; c++) drift[c]! += previousCentres[t * k + c]! * centersT[t * k + c]!;
    for (let c = 0; c < k; c++) drift[c] = angle(drift[c]!);
  }
  return { labels, centersT, similarity, nIter };
}

/**
 * Spherical k-means on prepared unit rows, the best (highest total cosine) of `nInit` seeded
 * restarts. `inertia` is the squared euclidean distance to the unit centres, comparable to k-means'.
 * k above the number of distinct rows is capped.
 */
export function fitSphericalKMeans(
  data: KMeansData,
  kRequested: number,
  options: KMeansOptions = {},
): Result<KMeansFit> {
  const nInit = options.nInit ?? 10;
  const maxIter = options.maxIter ?? 100;
  const seedValue = options.seed ?? 0;
  if (!Number.isInteger(kRequested) || kRequested < 1)
    return fail('INVALID_OPTIONS', `k must be a whole number ≥ 1, not ${kRequested}.`);
  if (!Number.isInteger(nInit) || nInit < 1)
    return fail('INVALID_OPTIONS', `nInit must be a whole number ≥ 1, not ${nInit}.`);
  if (data.rows === 0) return fail('TOO_FEW_DOCUMENTS', 'There are no documents to cluster.');
  const m = data.unique.matrix;
  const k = Math.min(kRequested, m.rows);
  const start = startingCentres(options.init, k, m.cols);
  if (!start.ok) return start;
  return abortable(() => {
    let best: Run | null = null;
    const runs = start.value ? 1 : nInit;
    for (let run = 0; run < runs; run++) {
      throwIfAborted(options.signal);
      const rng = createRng(deriveSeed(seedValue, run));
      const result = lloyd(data, k, start.value ?? seed(data, k, rng), maxIter, options.signal);
      if (best === null || result.similarity > best.similarity) best = result;
      options.onProgress?.({
        phase: 'kmeans',
        done: run + 1,
        total: runs,
        unit: 'fits',
        message: `k = ${k}`,
      });
    }
    const b = best!;
    const labels = new Int32Array(data.rows);
    const sizes = new Uint32Array(k);
    let inertia = 0;
    for (let i = 0; i < data.rows; i++) {
      const u = data.unique.of[i]!;
      const c = b.labels[u]!;
      labels[i] = c;
      sizes[c]!++;
    }
    const sims = new Float64Array(m.rows * k);
    similarities(data, b.centersT, k, sims);
    for (let u = 0; u < m.rows; u++) {
      let sq = 0;
      for (let p = m.indptr[u]!; p < m.indptr[u + 1]!; p++) sq += m.values[p]! ** 2;
      inertia += data.unique.weight[u]! * Math.max(0, sq + 1 - 2 * sims[u * k + b.labels[u]!]!);
    }
    const cols = m.cols;
    const centroids = new Float64Array(k * cols);
    for (let t = 0; t < cols; t++)
      for (let c = 0; c < k; c++) centroids[c * cols + t] = b.centersT[t * k + c]!;
    return ok({ k, kRequested, labels, centroids, cols, inertia, nIter: b.nIter, sizes });
  });
}
