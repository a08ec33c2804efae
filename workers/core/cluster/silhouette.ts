/**
 * Silhouette with cosine and euclidean distance at once, as sklearn `silhouette_samples` /
 * `silhouette_score(X, labels, metric='cosine' | 'euclidean')`, for rows of unit (or zero) L2
 * norm such as TF-IDF output: ‖a−b‖² = ‖a‖² + ‖b‖² − 2a·b and cosine distance = 1 − a·b.
 *
 * Exact, without an n × n matrix: most pairs of hashtag documents share no term, so a·b = 0 and
 * their distances depend only on the norms. Each row's distance sums per cluster start from that
 * baseline and are corrected only for the pairs that share a term, found through an inverted
 * index over the distinct rows. Cost: Σ over terms of (distinct rows holding it)², not n².
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { seededRows } from '../random/rng.ts';
import { rowSquaredNorms, selectRows, toCsc, type CsrMatrix } from '../text/sparseMatrix.ts';
import { abortable, throwIfAborted, type LongRunOptions } from './progress.ts';
import { uniqueRows } from './uniqueRows.ts';

export interface SilhouetteOptions extends LongRunOptions {
  /**
   * Exact on up to this many rows; above it, on a seeded sample of this many rows (sklearn
   * `sample_size`). Integer ≥ 2, default 10,000.
   */
  readonly sampleSize?: number;
  /** Seed of the sample. Default 0. */
  readonly seed?: number;
}

export interface SilhouetteResult {
  /** Mean silhouette with cosine distance (sklearn `silhouette_score(metric='cosine')`). */
  readonly cosine: number;
  /** Mean silhouette with euclidean distance. */
  readonly euclidean: number;
  /** The rows scored, increasing: all rows, or the sample. */
  readonly rows: Uint32Array;
  /** Per-row silhouette (sklearn `silhouette_samples`), aligned with `rows`. */
  readonly samplesCosine: Float64Array;
  readonly samplesEuclidean: Float64Array;
  readonly sampled: boolean;
  /** Rows scored (= rows.length) and rows in the input. */
  readonly sampleSize: number;
  readonly totalRows: number;
}

/** Rows whose squared norm is this close to 1 count as unit rows. */
const UNIT_TOLERANCE = 1e-6;

/**
 * Silhouettes of `labels` (cluster ids ≥ 0, one per row of `x`). Fails with TOO_FEW_DOCUMENTS when
 * the scored rows hold fewer than 2 labels or as many labels as rows (sklearn's valid range), and
 * with INVALID_OPTIONS when rows are not unit-norm or empty.
 */
export function silhouette(
  x: CsrMatrix,
  labels: ArrayLike<number>,
  options: SilhouetteOptions = {},
): Result<SilhouetteResult> {
  const sampleSize = options.sampleSize ?? 10_000;
  if (!Number.isInteger(sampleSize) || sampleSize < 2)
    return fail('INVALID_OPTIONS', `sampleSize must be a whole number ≥ 2, not ${sampleSize}.`);
  if (labels.length !== x.rows)
    return fail('INVALID_OPTIONS', `There are ${labels.length} labels for ${x.rows} rows.`);
  const sampled = x.rows > sampleSize;
  const rows = seededRows(x.rows, sampleSize, options.seed ?? 0);
  const sub = sampled ? selectRows(x, rows) : x;
  // dense cluster ids, as sklearn's LabelEncoder: only labels present in the scored rows count
  const ids = new Map<number, number>();
  const subLabels = new Int32Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const l = labels[rows[r]!]!;
    if (!(Number.isInteger(l) && l >= 0))
      return fail('INVALID_OPTIONS', `Cluster labels must be whole numbers ≥ 0, not ${l}.`);
    let id = ids.get(l);
    if (id === undefined) ids.set(l, (id = ids.size));
    subLabels[r] = id;
  }
  const nLabels = ids.size;
  if (nLabels < 2 || nLabels > sub.rows - 1) {
    return fail(
      'TOO_FEW_DOCUMENTS',
      `A silhouette needs 2 to ${Math.max(sub.rows - 1, 1)} clusters among ${sub.rows} documents; there are ${nLabels}.`,
      'Choose a k between 2 and the number of distinct documents minus one.',
    );
  }
  const norms = rowSquaredNorms(sub);
  for (let i = 0; i < norms.length; i++) {
    if (norms[i] !== 0 && Math.abs(norms[i]! - 1) > UNIT_TOLERANCE) {
      return fail(
        'INVALID_OPTIONS',
        `Row ${rows[i]} has squared L2 norm ${norms[i]}; the silhouette here needs unit-norm rows.`,
        'Pass the TF-IDF matrix (its rows are L2-normalised).',
      );
    }
  }
  return abortable(() => {
    const perUnique = scoreDistinct(sub, subLabels, nLabels, options.signal);
    const samplesCosine = Float64Array.from(perUnique.of, (u) => perUnique.cosine[u]!);
    const samplesEuclidean = Float64Array.from(perUnique.of, (u) => perUnique.euclidean[u]!);
    return ok({
      cosine: mean(samplesCosine),
      euclidean: mean(samplesEuclidean),
      rows,
      samplesCosine,
      samplesEuclidean,
      sampled,
      sampleSize: rows.length,
      totalRows: x.rows,
    });
  });
}

function mean(a: Float64Array): number {
  let s = 0;
  for (const v of a) s += v;
  return s / a.length;
}

/** sklearn's per-sample rule: (b − a) / max(a, b), 0 for a lone member or when a = b = 0. */
function score(intra: number, inter: number, ownCount: number): number {
  if (ownCount <= 1) return 0;
  const m = Math.max(intra, inter);
  return m > 0 ? (inter - intra) / m : 0;
}

/** Silhouettes per distinct (row, label) pair, and which pair each row is. */
function scoreDistinct(
  x: CsrMatrix,
  labels: Int32Array,
  k: number,
  signal: AbortSignal | undefined,
): { cosine: Float64Array; euclidean: Float64Array; of: Uint32Array } {
  const uniq = uniqueRows(x, labels);
  const m = uniq.matrix;
  const w = uniq.weight;
  const lab = uniq.labels!;
  const u = m.rows;
  // 0 or 1: the norms were checked above; snapping keeps sqrt(2 − 2) at 0 for equal rows
  const unit = Float64Array.from(rowSquaredNorms(m), (n) => (n === 0 ? 0 : 1));
  const members = new Float64Array(k);
  const unitMembers = new Float64Array(k);
  for (let j = 0; j < u; j++) {
    members[lab[j]!]! += w[j]!;
    unitMembers[lab[j]!]! += w[j]! * unit[j]!;
  }
  // inverted index over the distinct rows: term → rows holding it, with their values
  const { colPtr, rowIndices: colRows, values: colVals } = toCsc(m);
  const dot = new Float64Array(u);
  const stamp = new Int32Array(u).fill(-1);
  const touched = new Uint32Array(u);
  const cosSum = new Float64Array(k);
  const eucSum = new Float64Array(k);
  const cosine = new Float64Array(u);
  const euclidean = new Float64Array(u);
  for (let i = 0; i < u; i++) {
    if (i % 256 === 255) throwIfAborted(signal);
    let nTouched = 0;
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) {
      const v = m.values[p]!;
      const t = m.indices[p]!;
      for (let q = colPtr[t]!; q < colPtr[t + 1]!; q++) {
        const j = colRows[q]!;
        if (stamp[j] !== i) {
          stamp[j] = i;
          dot[j] = 0;
          touched[nTouched++] = j;
        }
        dot[j]! += v * colVals[q]!;
      }
    }
    const ni = unit[i]!;
    const baseUnit = Math.sqrt(ni + 1);
    const baseZero = Math.sqrt(ni);
    // baseline: every other row at a·b = 0 (cosine distance 1, euclidean √(‖a‖² + ‖b‖²))
    for (let c = 0; c < k; c++) {
      cosSum[c] = members[c]!;
      eucSum[c] = unitMembers[c]! * baseUnit + (members[c]! - unitMembers[c]!) * baseZero;
    }
    const own = lab[i]!;
    cosSum[own]! -= 1;
    eucSum[own]! -= Math.sqrt(2 * ni);
    for (let r = 0; r < nTouched; r++) {
      const j = touched[r]!;
      const copies = j === i ? w[j]! - 1 : w[j]!;
      if (copies === 0) continue;
      const s = dot[j]!;
      const nj = unit[j]!;
      const c = lab[j]!;
      // as sklearn: cosine distance clipped to [0, 2], squared euclidean floored at 0
      cosSum[c]! += copies * (Math.min(Math.max(1 - s, 0), 2) - 1);
      eucSum[c]! += copies * (Math.sqrt(Math.max(ni + nj - 2 * s, 0)) - Math.sqrt(ni + nj));
    }
    let interCos = Infinity;
    let interEuc = Infinity;
    for (let c = 0; c < k; c++) {
      if (c === own || members[c] === 0) continue;
      interCos = Math.min(interCos, cosSum[c]! / members[c]!);
      interEuc = Math.min(interEuc, eucSum[c]! / members[c]!);
    }
    const ownCount = members[own]!;
    cosine[i] = score(cosSum[own]! / Math.max(ownCount - 1, 1), interCos, ownCount);
    euclidean[i] = score(eucSum[own]! / Math.max(ownCount - 1, 1), interEuc, ownCount);
  }
  return { cosine, euclidean, of: uniq.of };
}
