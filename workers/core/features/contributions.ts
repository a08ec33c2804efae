/**
 * Which features pushed one prediction up or down: tree-path contributions (Saabas; the
 * `treeinterpreter` package). Walking a post down a tree, each split moves the expected value
 * from the parent node's mean to the child's; that change is credited to the split's feature.
 * Summed over the path it telescopes to leaf − root, so bias + Σ contributions = the prediction,
 * exactly (averaged over trees).
 *
 * Our forests store leaf values only, so the split nodes' means are computed here by sending the
 * training rows down each tree (treeinterpreter uses sklearn's bootstrap-weighted node values;
 * ours are unweighted over all training rows, which only moves credit between splits of a path,
 * never changes the sum).
 */
import type { ForestModel } from '../forest/forest.ts';
import type { Matrix } from '../forest/matrix.ts';

/**
 * The mean of `y` over the training rows reaching each split node (forest-wide numbering), for
 * classification pass 1/0 for the class explained. Rows × trees × depth steps.
 */
export function splitNodeMeans(model: ForestModel, X: Matrix, y: ArrayLike<number>): Float64Array {
  const { feature, threshold, left, right, treeRoot } = model;
  const sum = new Float64Array(feature.length);
  const count = new Float64Array(feature.length);
  const { data, rows } = X;
  for (let t = 0; t < treeRoot.length; t++) {
    for (let r = 0; r < rows; r++) {
      let ref = treeRoot[t]!;
      const v = y[r]!;
      while (ref >= 0) {
        sum[ref]! += v;
        count[ref]!++;
        ref = data[feature[ref]! * rows + r]! <= threshold[ref]! ? left[ref]! : right[ref]!;
      }
    }
  }
  for (let i = 0; i < sum.length; i++) sum[i] = count[i]! > 0 ? sum[i]! / count[i]! : 0;
  return sum;
}

export interface Contributions {
  /** The forest's starting point: the mean over trees of the root's value (about the training mean). */
  readonly bias: number;
  /** Per feature, in the model's feature order. */
  readonly values: Float64Array;
  /** bias + Σ values: the forest's prediction for the row (class-`channel` probability for a classifier). */
  readonly prediction: number;
}

/** Contributions of every feature to the prediction for row `row` of `X`; `channel` picks the class of a classifier's leaves. */
export function treeContributions(
  model: ForestModel,
  nodeMeans: ArrayLike<number>,
  X: Matrix,
  row: number,
  channel = 0,
): Contributions {
  const { feature, threshold, left, right, treeRoot, leafValue, nOutputs } = model;
  const values = new Float64Array(model.nFeatures);
  const nTrees = treeRoot.length;
  let bias = 0;
  for (let t = 0; t < nTrees; t++) {
    let ref = treeRoot[t]!;
    if (ref < 0) {
      bias += leafValue[~ref * nOutputs + channel]!;
      continue;
    }
    let previous = nodeMeans[ref]!;
    bias += previous;
    while (ref >= 0) {
      const f = feature[ref]!;
      const next = X.data[f * X.rows + row]! <= threshold[ref]! ? left[ref]! : right[ref]!;
      const value = next >= 0 ? nodeMeans[next]! : leafValue[~next * nOutputs + channel]!;
      values[f]! += value - previous;
      previous = value;
      ref = next;
    }
  }
  let total = bias;
  for (let f = 0; f < values.length; f++) {
    total += values[f]!;
    values[f]! /= nTrees;
  }
  return { bias: bias / nTrees, values, prediction: total / nTrees };
}
