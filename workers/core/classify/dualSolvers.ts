/**
 * Binary linear classifiers by dual coordinate descent, the solvers of LIBLINEAR 2.x (what sklearn's
 * `LinearSVC` and `LogisticRegression(solver='liblinear', dual=True)` call): L2-regularised squared
 * hinge loss (`solve_l2r_l1l2_svc` with shrinking, Hsieh et al. 2008) and L2-regularised logistic
 * loss (`solve_l2r_lr_dual`, Yu, Huang and Lin 2011). Each pass visits every row once in a seeded
 * order and costs one sparse dot product and one sparse update per row, so a fit on 15,000 posts
 * takes a few passes of a few million multiply-adds. The intercept is a constant feature `bias`,
 * regularised like the others (LIBLINEAR's `-B 1`, sklearn's `intercept_scaling=1`).
 */
import { createRng } from '../random/rng.ts';
import type { FeatureRows } from './tfidfSpace.ts';

export type LinearLoss = 'logistic' | 'squared-hinge';

export interface BinaryFitOptions {
  readonly loss: LinearLoss;
  /** Inverse regularisation strength, > 0. */
  readonly C: number;
  /** Value of the constant feature that carries the intercept; default 1. */
  readonly bias?: number;
  /** Stopping tolerance on the projected gradient; default 0.1 (LIBLINEAR's for dual solvers). */
  readonly eps?: number;
  /** Passes over the rows at most; default 100. */
  readonly maxPasses?: number;
  readonly seed: number;
}

/** Squared L2 norm of each row. */
export function rowNorms(x: FeatureRows): Float64Array {
  const out = new Float64Array(x.rows);
  for (let i = 0; i < x.rows; i++) {
    let s = 0;
    for (let p = x.indptr[i]!; p < x.indptr[i + 1]!; p++) s += x.values[p]! * x.values[p]!;
    out[i] = s;
  }
  return out;
}

// The arrays are passed one by one (not as the FeatureRows object) so the loops read locals only.
function dot(
  indptr: Uint32Array,
  indices: Uint32Array,
  values: Float32Array,
  i: number,
  w: Float64Array,
): number {
  let s = 0;
  const end = indptr[i + 1]!;
  for (let p = indptr[i]!; p < end; p++) s += values[p]! * w[indices[p]!]!;
  return s;
}

function axpy(
  indptr: Uint32Array,
  indices: Uint32Array,
  values: Float32Array,
  i: number,
  a: number,
  w: Float64Array,
): void {
  const end = indptr[i + 1]!;
  for (let p = indptr[i]!; p < end; p++) w[indices[p]!]! += a * values[p]!;
}

function shuffle(index: Uint32Array, n: number, rng: { int(n: number): number }): void {
  for (let s = 0; s < n; s++) {
    const j = s + rng.int(n - s);
    const t = index[s]!;
    index[s] = index[j]!;
    index[j] = t;
  }
}

/** Passes made by the last fit, for tests and the benchmark. */
export interface FitStats {
  passes: number;
}

function svm(
  x: FeatureRows,
  y: Int8Array,
  o: Required<BinaryFitOptions>,
  norms: Float64Array,
  stats?: FitStats,
): Float64Array {
  const n = x.cols;
  const l = x.rows;
  const { indptr: ip, indices: ix, values: xv } = x;
  const w = new Float64Array(n + 1);
  const alpha = new Float64Array(l);
  const diag = 0.5 / o.C;
  const qd = new Float64Array(l);
  for (let i = 0; i < l; i++) qd[i] = diag + norms[i]! + o.bias * o.bias;
  const index = new Uint32Array(l);
  for (let i = 0; i < l; i++) index[i] = i;
  const rng = createRng(o.seed);
  let active = l;
  let pgMaxOld = Infinity;
  let pgMinOld = -Infinity;
  let pass = 0;
  while (pass < o.maxPasses) {
    let pgMaxNew = -Infinity;
    let pgMinNew = Infinity;
    shuffle(index, active, rng);
    for (let s = 0; s < active; s++) {
      const i = index[s]!;
      const yi = y[i]!;
      const g = yi * (dot(ip, ix, xv, i, w) + w[n]! * o.bias) - 1 + alpha[i]! * diag;
      let pg = 0;
      if (alpha[i] === 0) {
        if (g > pgMaxOld) {
          // shrink: this row is at its bound and likely to stay there
          active--;
          index[s] = index[active]!;
          index[active] = i;
          s--;
          continue;
        } else if (g < 0) pg = g;
      } else pg = g;
      if (pg > pgMaxNew) pgMaxNew = pg;
      if (pg < pgMinNew) pgMinNew = pg;
      if (Math.abs(pg) > 1e-12) {
        const old = alpha[i]!;
        alpha[i] = Math.max(old - g / qd[i]!, 0);
        const d = (alpha[i]! - old) * yi;
        axpy(ip, ix, xv, i, d, w);
        w[n]! += d * o.bias;
      }
    }
    pass++;
    if (pgMaxNew - pgMinNew <= o.eps) {
      if (active === l) break;
      // converged on the active rows: check every row once more
      active = l;
      pgMaxOld = Infinity;
      pgMinOld = -Infinity;
      continue;
    }
    pgMaxOld = pgMaxNew <= 0 ? Infinity : pgMaxNew;
    pgMinOld = pgMinNew >= 0 ? -Infinity : pgMinNew;
  }
  if (stats) stats.passes = pass;
  void pgMinOld;
  return w;
}

function logistic(
  x: FeatureRows,
  y: Int8Array,
  o: Required<BinaryFitOptions>,
  norms: Float64Array,
  stats?: FitStats,
): Float64Array {
  const n = x.cols;
  const l = x.rows;
  const C = o.C;
  const { indptr: ip, indices: ix, values: xv } = x;
  const w = new Float64Array(n + 1);
  // alpha[2i] is the dual variable of row i, alpha[2i+1] = C − alpha[2i]
  const alpha = new Float64Array(2 * l);
  const qd = new Float64Array(l);
  const start = Math.min(0.001 * C, 1e-8);
  for (let i = 0; i < l; i++) {
    alpha[2 * i] = start;
    alpha[2 * i + 1] = C - start;
    qd[i] = norms[i]! + o.bias * o.bias;
    axpy(ip, ix, xv, i, y[i]! * start, w);
    w[n]! += y[i]! * start * o.bias;
  }
  const index = new Uint32Array(l);
  for (let i = 0; i < l; i++) index[i] = i;
  const rng = createRng(o.seed);
  const innerEpsMin = Math.min(1e-8, o.eps);
  let innerEps = 1e-2;
  let pass = 0;
  while (pass < o.maxPasses) {
    shuffle(index, l, rng);
    let newtonSteps = 0;
    let gMax = 0;
    for (let s = 0; s < l; s++) {
      const i = index[s]!;
      const yi = y[i]!;
      const a = qd[i]!;
      const b = yi * (dot(ip, ix, xv, i, w) + w[n]! * o.bias);
      // minimise over whichever of the pair keeps the Newton steps away from the bound
      let ind1 = 2 * i;
      let ind2 = 2 * i + 1;
      let sign = 1;
      if (0.5 * a * (alpha[ind2]! - alpha[ind1]!) + b < 0) {
        ind1 = 2 * i + 1;
        ind2 = 2 * i;
        sign = -1;
      }
      const old = alpha[ind1]!;
      let z = old;
      if (C - z < 0.5 * C) z *= 0.1;
      let gp = a * (z - old) + sign * b + Math.log(z / (C - z));
      gMax = Math.max(gMax, Math.abs(gp));
      let inner = 0;
      while (inner <= 100) {
        if (Math.abs(gp) < innerEps) break;
        const gpp = a + C / (C - z) / z;
        const next = z - gp / gpp;
        z = next <= 0 ? z * 0.1 : next;
        gp = a * (z - old) + sign * b + Math.log(z / (C - z));
        newtonSteps++;
        inner++;
      }
      if (inner > 0) {
        alpha[ind1] = z;
        alpha[ind2] = C - z;
        const d = sign * (z - old) * yi;
        axpy(ip, ix, xv, i, d, w);
        w[n]! += d * o.bias;
      }
    }
    pass++;
    if (gMax < o.eps) break;
    if (newtonSteps <= l / 10) innerEps = Math.max(innerEpsMin, 0.1 * innerEps);
  }
  if (stats) stats.passes = pass;
  return w;
}

/**
 * Fits one binary problem: `y` is +1 or −1 per row. Returns the weights, one per column of `x`
 * and the intercept's weight last (multiply it by `bias`). `norms` are `rowNorms(x)` when the
 * caller already has them.
 */
export function fitBinary(
  x: FeatureRows,
  y: Int8Array,
  options: BinaryFitOptions,
  norms: Float64Array = rowNorms(x),
  stats?: FitStats,
): Float64Array {
  if (!(options.C > 0)) throw new RangeError(`fitBinary: C must be > 0, not ${options.C}.`);
  if (y.length !== x.rows)
    throw new RangeError(`fitBinary: ${x.rows} rows but ${y.length} labels.`);
  const o: Required<BinaryFitOptions> = { bias: 1, eps: 0.1, maxPasses: 100, ...options };
  return o.loss === 'logistic' ? logistic(x, y, o, norms, stats) : svm(x, y, o, norms, stats);
}
