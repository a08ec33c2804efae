/**
 * Subspace iteration on a sparse matrix, shared by the 2-D map (PCA, centred) and LSA (truncated
 * SVD, not centred): X·Q and Xᵀ·B without densifying X, optionally centred on a column mean, and
 * the small dense steps (Gram–Schmidt, Jacobi eigen-decomposition). Q is row-major d × p.
 */
import type { CsrMatrix } from '../text/sparseMatrix.ts';

/** Row-major d × p matrix helpers: Q[t * p + j]. */
export function orthonormalise(q: Float64Array, d: number, p: number): void {
  for (let j = 0; j < p; j++) {
    for (let i = 0; i < j; i++) {
      let dot = 0;
      for (let t = 0; t < d; t++) dot += q[t * p + i]! * q[t * p + j]!;
      for (let t = 0; t < d; t++) q[t * p + j]! -= dot * q[t * p + i]!;
    }
    let norm = 0;
    for (let t = 0; t < d; t++) norm += q[t * p + j]! ** 2;
    norm = Math.sqrt(norm);
    // a column that vanished (rank below p) stays zero and yields a zero eigenvalue
    const scale = norm > 1e-12 ? 1 / norm : 0;
    for (let t = 0; t < d; t++) q[t * p + j]! *= scale;
  }
}

/** B = (X − 1μᵀ)·Q, n × p. */
export function timesQ(a: CsrMatrix, mean: Float64Array, q: Float64Array, p: number): Float64Array {
  const muQ = new Float64Array(p);
  for (let t = 0; t < a.cols; t++) for (let j = 0; j < p; j++) muQ[j]! += mean[t]! * q[t * p + j]!;
  const b = new Float64Array(a.rows * p);
  for (let i = 0; i < a.rows; i++) {
    for (let k = a.indptr[i]!; k < a.indptr[i + 1]!; k++) {
      const v = a.values[k]!;
      const base = a.indices[k]! * p;
      for (let j = 0; j < p; j++) b[i * p + j]! += v * q[base + j]!;
    }
    for (let j = 0; j < p; j++) b[i * p + j]! -= muQ[j]!;
  }
  return b;
}

/** Z = (X − 1μᵀ)ᵀ·B, d × p. */
export function transposeTimes(
  a: CsrMatrix,
  mean: Float64Array,
  b: Float64Array,
  p: number,
): Float64Array {
  const z = new Float64Array(a.cols * p);
  const colSum = new Float64Array(p);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < p; j++) colSum[j]! += b[i * p + j]!;
    for (let k = a.indptr[i]!; k < a.indptr[i + 1]!; k++) {
      const v = a.values[k]!;
      const base = a.indices[k]! * p;
      for (let j = 0; j < p; j++) z[base + j]! += v * b[i * p + j]!;
    }
  }
  for (let t = 0; t < a.cols; t++)
    for (let j = 0; j < p; j++) z[t * p + j]! -= mean[t]! * colSum[j]!;
  return z;
}

/** Bᵀ·B (p × p) of a row-major n × p matrix B. */
export function gram(b: Float64Array, n: number, p: number): Float64Array {
  const g = new Float64Array(p * p);
  for (let i = 0; i < n; i++)
    for (let r = 0; r < p; r++)
      for (let s = 0; s < p; s++) g[r * p + s]! += b[i * p + r]! * b[i * p + s]!;
  return g;
}

/** Eigen-decomposition of a small symmetric p × p matrix by cyclic Jacobi rotations. */
export function symmetricEigen(
  g: Float64Array,
  p: number,
): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(g);
  const v = new Float64Array(p * p);
  for (let i = 0; i < p; i++) v[i * p + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let total = 0;
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < p; j++) {
        total += a[i * p + j]! ** 2;
        if (i !== j) off += a[i * p + j]! ** 2;
      }
    }
    if (off <= 1e-30 * total || off === 0) break;
    for (let r = 0; r < p - 1; r++) {
      for (let s = r + 1; s < p; s++) {
        const ars = a[r * p + s]!;
        if (ars === 0) continue;
        const theta = (a[s * p + s]! - a[r * p + r]!) / (2 * ars);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < p; k++) {
          const akr = a[k * p + r]!;
          const aks = a[k * p + s]!;
          a[k * p + r] = c * akr - sn * aks;
          a[k * p + s] = sn * akr + c * aks;
        }
        for (let k = 0; k < p; k++) {
          const ark = a[r * p + k]!;
          const ask = a[s * p + k]!;
          a[r * p + k] = c * ark - sn * ask;
          a[s * p + k] = sn * ark + c * ask;
        }
        for (let k = 0; k < p; k++) {
          const vkr = v[k * p + r]!;
          const vks = v[k * p + s]!;
          v[k * p + r] = c * vkr - sn * vks;
          v[k * p + s] = sn * vkr + c * vks;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: p }, (_, i) => a[i * p + i]!), vectors: v };
}
