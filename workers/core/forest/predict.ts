import { fail, ok, type Result } from '../errors/index.ts';
import type { Label } from '../metrics/labels.ts';
import type { ForestModel } from './forest.ts';
import { checkMatrix, type Matrix } from './matrix.ts';

/** Per-row quantiles of the trees' predictions: how much the trees disagree. */
export interface SpreadPrediction {
  /** Mean over trees (the prediction). */
  readonly mean: Float64Array;
  readonly quantiles: readonly number[];
  /** values[q][row]: quantile quantiles[q] of the tree predictions for that row. */
  readonly values: readonly Float64Array[];
}

/** Class probabilities, as sklearn `predict_proba`. */
export interface ClassProbabilities {
  readonly classes: readonly Label[];
  /** Row-major rows × classes. */
  readonly proba: Float64Array;
}

function checkInput(model: ForestModel, X: Matrix, kind: ForestModel['kind']): Result<Matrix> {
  if (model.kind !== kind) {
    return fail(
      'INVALID_OPTIONS',
      `This is a ${model.kind} forest; it cannot ${kind === 'regression' ? 'predict numbers' : 'predict classes'}.`,
      `Use ${model.kind === 'regression' ? 'predict' : 'predictProba or predictLabels'}.`,
    );
  }
  if (X.cols !== model.nFeatures) {
    return fail(
      'BUNDLE_MISMATCH',
      `The model was trained on ${model.nFeatures} features but the data has ${X.cols}.`,
      'Build the features exactly as for training (same columns, same order).',
    );
  }
  return checkMatrix(X, 'Prediction features');
}

/** Fills `leaves[r]` with the leaf index that row r of X reaches in tree t, for rows r0 ≤ r < r1 (default all). */
export function treeLeaves(
  model: ForestModel,
  t: number,
  X: Matrix,
  leaves: Int32Array,
  r0 = 0,
  r1 = X.rows,
): void {
  const { feature, threshold, left, right } = model;
  const { data, rows } = X;
  const root = model.treeRoot[t]!;
  for (let r = r0; r < r1; r++) {
    let ref = root;
    while (ref >= 0)
      ref = data[feature[ref]! * rows + r]! <= threshold[ref]! ? left[ref]! : right[ref]!;
    leaves[r] = ~ref;
  }
}

/** Mean of the per-tree outputs: rows × nOutputs, row-major. */
function meanOutputs(model: ForestModel, X: Matrix): Float64Array {
  const k = model.nOutputs;
  const out = new Float64Array(X.rows * k);
  const leaves = new Int32Array(X.rows);
  const nTrees = model.treeRoot.length;
  const lv = model.leafValue;
  for (let t = 0; t < nTrees; t++) {
    treeLeaves(model, t, X, leaves);
    if (k === 1) for (let r = 0; r < X.rows; r++) out[r]! += lv[leaves[r]!]!;
    else
      for (let r = 0; r < X.rows; r++)
        for (let c = 0; c < k; c++) out[r * k + c]! += lv[leaves[r]! * k + c]!;
  }
  for (let i = 0; i < out.length; i++) out[i]! /= nTrees;
  return out;
}

/** Regression prediction per row: the mean of the trees, as sklearn `RandomForestRegressor.predict`. */
export function predict(model: ForestModel, X: Matrix): Result<Float64Array> {
  const checked = checkInput(model, X, 'regression');
  return checked.ok ? ok(meanOutputs(model, X)) : checked;
}

/** Class probabilities: the mean of the trees' leaf class shares, as sklearn `predict_proba`. */
export function predictProba(model: ForestModel, X: Matrix): Result<ClassProbabilities> {
  const checked = checkInput(model, X, 'classification');
  return checked.ok ? ok({ classes: model.classes, proba: meanOutputs(model, X) }) : checked;
}

/** The most probable class per row (the first on ties, as numpy `argmax`). */
export function predictLabels(model: ForestModel, X: Matrix): Result<Label[]> {
  const p = predictProba(model, X);
  if (!p.ok) return p;
  const k = model.nOutputs;
  const out = new Array<Label>(X.rows);
  for (let r = 0; r < X.rows; r++) {
    let best = 0;
    for (let c = 1; c < k; c++)
      if (p.value.proba[r * k + c]! > p.value.proba[r * k + best]!) best = c;
    out[r] = model.classes[best]!;
  }
  return ok(out);
}

/** Rows handled per block in predictWithSpread, bounding its buffer to rows × trees of this many rows. */
const SPREAD_BLOCK_ROWS = 4096;

/** Quantile `q` of ascending `sorted`, interpolated linearly as numpy `quantile`. */
function sortedQuantile(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** block[(r - r0) · trees + t]: tree t's prediction for row r, for rows r0 ≤ r < r1. */
function blockPredictions(
  model: ForestModel,
  X: Matrix,
  block: Float64Array,
  leaves: Int32Array,
  r0: number,
  r1: number,
): void {
  const nTrees = model.treeRoot.length;
  const lv = model.leafValue;
  for (let t = 0; t < nTrees; t++) {
    treeLeaves(model, t, X, leaves, r0, r1);
    for (let r = r0; r < r1; r++) block[(r - r0) * nTrees + t] = lv[leaves[r]!]!;
  }
}

/** mean[r] and values[q][r] for rows r0 ≤ r < r1 of a block of per-tree predictions. */
function blockSpread(
  block: Float64Array,
  nTrees: number,
  r0: number,
  r1: number,
  quantiles: readonly number[],
  mean: Float64Array,
  values: readonly Float64Array[],
): void {
  const perRow = new Float64Array(nTrees);
  for (let r = r0; r < r1; r++) {
    const at = (r - r0) * nTrees;
    let s = 0;
    for (let t = 0; t < nTrees; t++) {
      const v = block[at + t]!;
      perRow[t] = v;
      s += v;
    }
    mean[r] = s / nTrees;
    perRow.sort();
    for (let i = 0; i < quantiles.length; i++)
      values[i]![r] = sortedQuantile(perRow, quantiles[i]!);
  }
}

/**
 * Regression prediction with the spread across trees: per row, the mean and the given quantiles
 * (each in [0, 1]) of the individual trees' predictions, interpolated linearly as numpy `quantile`.
 * Its loops are small functions of their own, with no closure and no view per row, so V8 optimises
 * each once its types are known instead of recompiling the whole as each loop warms up: compiling
 * runs on a second core, which two shards on two cores do not have to spare.
 */
export function predictWithSpread(
  model: ForestModel,
  X: Matrix,
  quantiles: readonly number[] = [0.1, 0.5, 0.9],
): Result<SpreadPrediction> {
  const checked = checkInput(model, X, 'regression');
  if (!checked.ok) return checked;
  if (quantiles.some((q) => !(q >= 0 && q <= 1)))
    return fail(
      'INVALID_OPTIONS',
      `Quantiles must lie in [0, 1]; got ${quantiles.join(', ')}.`,
      'Use for example 0.1, 0.5, 0.9.',
    );
  const nTrees = model.treeRoot.length;
  const mean = new Float64Array(X.rows);
  const values = quantiles.map(() => new Float64Array(X.rows));
  const leaves = new Int32Array(X.rows);
  const block = new Float64Array(Math.min(X.rows, SPREAD_BLOCK_ROWS) * nTrees);
  for (let r0 = 0; r0 < X.rows; r0 += SPREAD_BLOCK_ROWS) {
    const r1 = Math.min(X.rows, r0 + SPREAD_BLOCK_ROWS);
    blockPredictions(model, X, block, leaves, r0, r1);
    blockSpread(block, nTrees, r0, r1, quantiles, mean, values);
  }
  return ok({ mean, quantiles: [...quantiles], values });
}
