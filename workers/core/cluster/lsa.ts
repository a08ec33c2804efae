/**
 * LSA (latent semantic analysis): a truncated SVD of the TF-IDF rows, as scikit-learn's
 * `TruncatedSVD` (randomized: 10 extra columns, 5 power iterations), then each row projected and
 * scaled to unit length (sklearn's `Normalizer`). Short posts share few words, so two posts about
 * one topic in other words ("bill", "charged") have a cosine of 0 in TF-IDF; in the LSA space
 * words that occur together lie close and such posts meet (docs/TOPICS.md has the measurements).
 */
import { createRng, seededRows } from '../random/rng.ts';
import { selectRows, type CsrMatrix } from '../text/sparseMatrix.ts';
import { gram, orthonormalise, symmetricEigen, timesQ, transposeTimes } from './subspace.ts';

export interface LsaModel {
  readonly dims: number;
  /** Vocabulary size of the rows it was fitted on. */
  readonly cols: number;
  /** cols × dims, term-major: the right singular vectors (sklearn `components_`, transposed). */
  readonly componentsT: Float64Array;
}

/** Columns of the random start beyond those wanted, and power iterations (sklearn's defaults). */
const OVERSAMPLE = 10;
const POWER_ITERATIONS = 5;
/** The SVD is fitted on a seeded sample of this many rows at most; every row is then projected. */
export const LSA_FIT_ROWS = 20_000;

/**
 * The top `dims` right singular vectors of `x` (fitted on a seeded sample above LSA_FIT_ROWS
 * rows), or null when `dims` would not reduce anything: with `dims` ≥ the rank bound min(rows,
 * cols) the projection only rotates the rows and every cosine stays as it was.
 */
export function fitLsa(x: CsrMatrix, dims: number, seed = 0): LsaModel | null {
  if (!(Number.isInteger(dims) && dims >= 1) || dims >= Math.min(x.rows, x.cols)) return null;
  const a = x.rows > LSA_FIT_ROWS ? selectRows(x, seededRows(x.rows, LSA_FIT_ROWS, seed)) : x;
  const cols = a.cols;
  const p = Math.min(dims + OVERSAMPLE, cols);
  const zero = new Float64Array(cols);
  const rng = createRng(seed ^ 0x15a);
  let q: Float64Array = Float64Array.from({ length: cols * p }, () => rng.normal());
  orthonormalise(q, cols, p);
  for (let it = 0; it < POWER_ITERATIONS; it++) {
    q = transposeTimes(a, zero, timesQ(a, zero, q, p), p);
    orthonormalise(q, cols, p);
  }
  const { values, vectors } = symmetricEigen(gram(timesQ(a, zero, q, p), a.rows, p), p);
  const order = Array.from(values.keys()).sort((i, j) => values[j]! - values[i]!);
  const componentsT = new Float64Array(cols * dims);
  for (let c = 0; c < dims; c++) {
    const e = order[c]!;
    // sign: the largest loading positive, so a seed gives one answer
    let big = 0;
    for (let t = 0; t < cols; t++) {
      let l = 0;
      for (let r = 0; r < p; r++) l += q[t * p + r]! * vectors[r * p + e]!;
      componentsT[t * dims + c] = l;
      if (Math.abs(l) > Math.abs(big)) big = l;
    }
    if (big < 0) for (let t = 0; t < cols; t++) componentsT[t * dims + c]! *= -1;
  }
  return { dims, cols, componentsT };
}

/**
 * The rows of `x` in the LSA space, each scaled to unit length, stored densely as CSR (every row
 * holds all `dims` columns) so k-means reads them as it reads TF-IDF; a row with nothing in the
 * space (no word the model knows) stays empty.
 */
export function projectLsa(x: CsrMatrix, lsa: LsaModel): CsrMatrix {
  const d = lsa.dims;
  const indptr = new Uint32Array(x.rows + 1);
  const values = new Float64Array(x.rows * d);
  const z = new Float64Array(d);
  let at = 0;
  for (let i = 0; i < x.rows; i++) {
    z.fill(0);
    for (let p = x.indptr[i]!; p < x.indptr[i + 1]!; p++) {
      const v = x.values[p]!;
      const base = x.indices[p]! * d;
      for (let j = 0; j < d; j++) z[j]! += v * lsa.componentsT[base + j]!;
    }
    let sq = 0;
    for (let j = 0; j < d; j++) sq += z[j]! * z[j]!;
    if (sq > 1e-24) {
      const inv = 1 / Math.sqrt(sq);
      for (let j = 0; j < d; j++) values[at + j] = z[j]! * inv;
      at += d;
    }
    indptr[i + 1] = at;
  }
  const indices = new Uint32Array(at);
  for (let p = 0; p < at; p++) indices[p] = p % d;
  return { rows: x.rows, cols: d, indptr, indices, values: values.subarray(0, at) };
}

/**
 * Centres found in the LSA space (k × dims, row-major) as centres over the vocabulary (k × cols):
 * c ↦ Vc. The components are orthonormal, so unit centres stay unit, and a document's dot product
 * with Vc is its LSA projection's with c: the nearest centre over the vocabulary is the nearest
 * in the LSA space, and new text is read as the posts were.
 */
export function centresInTermSpace(centres: Float64Array, k: number, lsa: LsaModel): Float64Array {
  const d = lsa.dims;
  const out = new Float64Array(k * lsa.cols);
  for (let c = 0; c < k; c++)
    for (let t = 0; t < lsa.cols; t++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += lsa.componentsT[t * d + j]! * centres[c * d + j]!;
      out[c * lsa.cols + t] = s;
    }
  return out;
}
