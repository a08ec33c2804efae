/**
 * A 2-D map of documents: their first two principal components (PCA, i.e. the data centred on
 * its mean), found by randomized subspace iteration on the sparse matrix without ever centring
 * or densifying it: (X − 1μᵀ)·Q = X·Q − 1(μᵀQ). On a seeded sample when there are many rows.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { createRng, seededRows } from '../random/rng.ts';
import { selectRows, type CsrMatrix } from '../text/sparseMatrix.ts';
import { abortable, throwIfAborted, type LongRunOptions } from './progress.ts';
import { gram, orthonormalise, symmetricEigen, timesQ, transposeTimes } from './subspace.ts';

export interface ProjectionOptions extends LongRunOptions {
  /** Project all rows up to this many, else a seeded sample of this many. Integer ≥ 2, default 10,000. */
  readonly maxPoints?: number;
  /** Power iterations; more converge further when the leading components are close. Default 12. */
  readonly iterations?: number;
  /** Seed of the sample and of the random start. Default 0. */
  readonly seed?: number;
}

export interface Projection2d {
  /** The rows projected, increasing: all rows, or the sample. */
  readonly rows: Uint32Array;
  /** Coordinates on the first and second principal component, aligned with `rows`. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Share of the total variance each component explains, as sklearn `PCA.explained_variance_ratio_`. */
  readonly explainedVarianceRatio: readonly [number, number];
  readonly sampled: boolean;
  readonly sampleSize: number;
  readonly totalRows: number;
}

/** Columns of the random start beyond the two wanted; they speed up convergence. */
const OVERSAMPLE = 8;

/**
 * Projects the rows of `x` onto their first two principal components. Signs are fixed so that each
 * component's largest loading is positive. Fails with TOO_FEW_DOCUMENTS under 2 rows.
 */
export function projectPca2d(x: CsrMatrix, options: ProjectionOptions = {}): Result<Projection2d> {
  const maxPoints = options.maxPoints ?? 10_000;
  const iterations = options.iterations ?? 12;
  const seed = options.seed ?? 0;
  if (!Number.isInteger(maxPoints) || maxPoints < 2)
    return fail('INVALID_OPTIONS', `maxPoints must be a whole number ≥ 2, not ${maxPoints}.`);
  if (!Number.isInteger(iterations) || iterations < 1)
    return fail('INVALID_OPTIONS', `iterations must be a whole number ≥ 1, not ${iterations}.`);
  if (x.rows < 2)
    return fail(
      'TOO_FEW_DOCUMENTS',
      `A map needs at least 2 documents; there ${x.rows === 1 ? 'is 1' : 'are none'}.`,
    );
  const sampled = x.rows > maxPoints;
  const rows = seededRows(x.rows, maxPoints, seed);
  const a = sampled ? selectRows(x, rows) : x;
  return abortable(() => {
    const pca = centredPca(a, Math.min(2 + OVERSAMPLE, a.cols), iterations, seed, options);
    return ok({ rows, ...pca, sampled, sampleSize: rows.length, totalRows: x.rows });
  });
}

function centredPca(
  a: CsrMatrix,
  p: number,
  iterations: number,
  seed: number,
  options: LongRunOptions,
): Omit<Projection2d, 'rows' | 'sampled' | 'sampleSize' | 'totalRows'> {
  const n = a.rows;
  const d = a.cols;
  const mean = new Float64Array(d);
  let sumSq = 0;
  for (let k = 0; k < a.values.length; k++) {
    mean[a.indices[k]!]! += a.values[k]! / n;
    sumSq += a.values[k]! ** 2;
  }
  let meanSq = 0;
  for (const m of mean) meanSq += m * m;
  // Σ‖xᵢ − μ‖², the total variance × n (the ratio's denominator)
  const totalScatter = sumSq - n * meanSq;
  const rng = createRng(seed ^ 0x5eed);
  let q: Float64Array = Float64Array.from({ length: d * p }, () => rng.normal());
  orthonormalise(q, d, p);
  for (let it = 0; it < iterations; it++) {
    throwIfAborted(options.signal);
    q = transposeTimes(a, mean, timesQ(a, mean, q, p), p);
    orthonormalise(q, d, p);
    options.onProgress?.({ phase: 'projection', done: it + 1, total: iterations, unit: 'steps' });
  }
  const b = timesQ(a, mean, q, p);
  const { values, vectors } = symmetricEigen(gram(b, n, p), p);
  const order = Array.from(values.keys()).sort((i, j) => values[j]! - values[i]!);
  const coords = [new Float64Array(n), new Float64Array(n)] as const;
  const ratios: number[] = [];
  for (let c = 0; c < 2; c++) {
    const e = order[c];
    if (e === undefined) {
      ratios.push(0);
      continue;
    }
    const w = Float64Array.from({ length: p }, (_, r) => vectors[r * p + e]!);
    // sign: the loading (component in term space, Q·w) with the largest magnitude is positive
    let big = 0;
    for (let t = 0; t < d; t++) {
      let l = 0;
      for (let r = 0; r < p; r++) l += q[t * p + r]! * w[r]!;
      if (Math.abs(l) > Math.abs(big)) big = l;
    }
    const sign = big < 0 ? -1 : 1;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let r = 0; r < p; r++) s += b[i * p + r]! * w[r]!;
      coords[c][i] = sign * s;
    }
    ratios.push(totalScatter > 0 ? Math.max(values[e]!, 0) / totalScatter : 0);
  }
  return { x: coords[0], y: coords[1], explainedVarianceRatio: [ratios[0]!, ratios[1]!] };
}
