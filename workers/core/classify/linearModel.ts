/**
 * A multi-class linear classifier, one-vs-rest over the binary solvers (as LIBLINEAR and sklearn's
 * `LinearSVC` / `LogisticRegression(multi_class='ovr')`): one weight row per class, the class with
 * the highest score wins. Two classes need one binary problem; its weights are stored as two rows
 * of opposite sign so every caller sees K rows.
 */
import { deriveSeed } from '../random/rng.ts';
import { fitBinary, rowNorms, type LinearLoss } from './dualSolvers.ts';
import type { FeatureRows } from './tfidfSpace.ts';

export interface LinearFit {
  readonly loss: LinearLoss;
  readonly C: number;
  /** Number of classes K ≥ 2. */
  readonly classes: number;
  /** Feature columns; each weight row has cols + 1 entries, the intercept last. */
  readonly cols: number;
  readonly bias: number;
  /** K × (cols + 1), row-major. */
  readonly weights: Float64Array;
}

export interface LinearFitOptions {
  readonly loss: LinearLoss;
  readonly C: number;
  readonly seed: number;
  /** Stopping tolerance of the solver; default 0.1. */
  readonly eps?: number;
}

/**
 * Fits `x` to classes `y` (0 .. classes − 1). Every class needs a row, else its scores stay at the
 * intercept the other problems leave it (a caller passes only classes present).
 */
export function fitLinear(
  x: FeatureRows,
  y: ArrayLike<number>,
  classes: number,
  options: LinearFitOptions,
): LinearFit {
  if (classes < 2) throw new RangeError(`fitLinear: needs two classes or more, not ${classes}.`);
  const width = x.cols + 1;
  const weights = new Float64Array(classes * width);
  const norms = rowNorms(x);
  const binary = new Int8Array(x.rows);
  const problems = classes === 2 ? [1] : Array.from({ length: classes }, (_, k) => k);
  for (const k of problems) {
    for (let i = 0; i < x.rows; i++) binary[i] = y[i] === k ? 1 : -1;
    const w = fitBinary(
      x,
      binary,
      {
        loss: options.loss,
        C: options.C,
        seed: deriveSeed(options.seed, k),
        ...(options.eps !== undefined ? { eps: options.eps } : {}),
      },
      norms,
    );
    weights.set(w, k * width);
  }
  if (classes === 2) for (let j = 0; j < width; j++) weights[j] = -weights[width + j]!;
  return { loss: options.loss, C: options.C, classes, cols: x.cols, bias: 1, weights };
}

/** Each row's score for each class: rows × classes. */
export function decisionScores(fit: LinearFit, x: FeatureRows): Float64Array {
  const k = fit.classes;
  const cols = fit.cols;
  const width = cols + 1;
  const w = fit.weights;
  // the K weights of a feature side by side, so each stored entry is read once for every class
  const byFeature = new Float64Array(cols * k);
  for (let c = 0; c < k; c++)
    for (let j = 0; j < cols; j++) byFeature[j * k + c] = w[c * width + j]!;
  const out = new Float64Array(x.rows * k);
  const { indptr, indices, values } = x;
  for (let i = 0; i < x.rows; i++) {
    const base = i * k;
    for (let c = 0; c < k; c++) out[base + c] = w[c * width + cols]! * fit.bias;
    const end = indptr[i + 1]!;
    for (let p = indptr[i]!; p < end; p++) {
      const j = indices[p]!;
      if (j >= cols) continue;
      const v = values[p]!;
      const o = j * k;
      for (let c = 0; c < k; c++) out[base + c]! += v * byFeature[o + c]!;
    }
  }
  return out;
}

/** The highest-scoring class of each row (ties: the lower class). */
export function argmaxClasses(scores: Float64Array, classes: number): Uint8Array {
  const rows = scores.length / classes;
  const out = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    let best = 0;
    for (let c = 1; c < classes; c++)
      if (scores[i * classes + c]! > scores[i * classes + best]!) best = c;
    out[i] = best;
  }
  return out;
}

/**
 * How sure the model is of each row, in [0, 1]: for logistic loss the gap between the two most
 * probable classes (probabilities as sklearn's one-vs-rest: each sigmoid, normalised), for the
 * squared hinge the gap between the two highest scores squashed through tanh. 0 is a toss-up.
 */
export function confidence(scores: Float64Array, classes: number, loss: LinearLoss): Float64Array {
  const rows = scores.length / classes;
  const out = new Float64Array(rows);
  const p = new Float64Array(classes);
  for (let i = 0; i < rows; i++) {
    let total = 0;
    for (let c = 0; c < classes; c++) {
      const s = scores[i * classes + c]!;
      p[c] = loss === 'logistic' ? 1 / (1 + Math.exp(-s)) : s;
      total += p[c]!;
    }
    let first = -Infinity;
    let second = -Infinity;
    for (let c = 0; c < classes; c++) {
      const v = loss === 'logistic' ? p[c]! / total : p[c]!;
      if (v > first) {
        second = first;
        first = v;
      } else if (v > second) second = v;
    }
    out[i] = loss === 'logistic' ? first - second : Math.tanh(first - second);
  }
  return out;
}
