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

/** Cosine similarity of every distinct row to each centre, written to `sims` (rows × k). */
function similarities(
  data: KMeansData,
  centersT: Float64Array,
  k: number,
  sims: Float64Array,
): void {
  const m = data.unique.matrix;
  sims.fill(0);
  for (let i = 0; i < m.rows; i++) {
    const base = i * k;
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) {
      const v = m.values[p]!;
      const t = m.indices[p]! * k;
      for (let c = 0; c < k; c++) sims[base + c]! += v * centersT[t + c]!;
    }
  }
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
      let s = 0;
      for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++)
        s += m.values[p]! * single[m.indices[p]!]!;
      distance[i] = Math.min(distance[i]!, Math.max(0, 1 - s));
    }
  }
  return centersT;
}

function lloyd(
  data: KMeansData,
  k: number,
  centersT: Float64Array,
  maxIter: number,
  signal: AbortSignal | undefined,
): Run {
  const m = data.unique.matrix;
  const w = data.unique.weight;
  const labels = new Int32Array(m.rows).fill(-1);
  const best = new Float64Array(m.rows);
  const sims = new Float64Array(m.rows * k);
  let nIter = 0;
  let previous = -Infinity;
  for (let iter = 0; iter < maxIter; iter++) {
    throwIfAborted(signal);
    nIter = iter + 1;
    similarities(data, centersT, k, sims);
    let changed = 0;
    for (let i = 0; i < m.rows; i++) {
      let arg = 0;
      for (let c = 1; c < k; c++) if (sims[i * k + c]! > sims[i * k + arg]!) arg = c;
      best[i] = sims[i * k + arg]!;
      if (labels[i] !== arg) {
        labels[i] = arg;
        changed++;
      }
    }
    let total = 0;
    for (let i = 0; i < m.rows; i++) total += w[i]! * best[i]!;
    // stable labels, or a total similarity that no longer improves by a relative 1e-5
    // (a handful of posts swapping between two near-equal centres for dozens of rounds)
    if ((changed === 0 && iter > 0) || (iter > 0 && total - previous <= REL_TOL * total)) break;
    previous = total;
    // new centres: the normalised weighted sum of their rows
    centersT.fill(0);
    const members = new Float64Array(k);
    for (let i = 0; i < m.rows; i++) {
      const c = labels[i]!;
      members[c]! += w[i]!;
      for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++)
        centersT[m.indices[p]! * k + c]! += w[i]! * m.values[p]!;
    }
    const norms = new Float64Array(k);
    for (let t = 0; t < m.cols; t++)
      for (let c = 0; c < k; c++) norms[c]! += centersT[t * k + c]! ** 2;
    for (let c = 0; c < k; c++) {
      if (members[c] === 0 || norms[c] === 0) {
        // an empty cluster restarts at the row its centre explains worst
        let worst = 0;
        for (let i = 1; i < m.rows; i++) if (best[i]! < best[worst]!) worst = i;
        setCentreToRow(data, worst, c, k, centersT);
        best[worst] = 1;
        continue;
      }
      const inv = 1 / Math.sqrt(norms[c]!);
      for (let t = 0; t < m.cols; t++) centersT[t * k + c]! *= inv;
    }
  }
  let similarity = 0;
  for (let i = 0; i < m.rows; i++) similarity += w[i]! * best[i]!;
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
