import { fail, ok, type Result } from '../errors/index.ts';
import { sortedLabels, type Label } from '../metrics/labels.ts';
import { createRng, deriveSeed } from '../random/rng.ts';
import { binFeatures } from './binning.ts';
import { checkMatrix, checkTarget, type Matrix } from './matrix.ts';
import { featuresPerSplit, resolveParams, type ForestKind, type ForestOptions, type ForestParams } from './params.ts';
import type { ForestTarget } from './target.ts';
import { TreeGrower, type GrowTarget, type GrownTree } from './treeGrower.ts';

/**
 * A fitted forest. All trees live in flat typed arrays (node indices are absolute): tree t's root
 * is node treeStart[t]; an internal node's left child is the next node, its right child right[node];
 * a leaf has feature −1 and right[node] = its leaf index, whose values are
 * leafValue[leaf * nOutputs …]. Transferable to a worker as is; see serializeForest for JSON.
 */
export interface ForestModel {
  readonly kind: ForestKind;
  readonly nFeatures: number;
  /** Feature names from the training matrix ([] when it had none). */
  readonly featureNames: readonly string[];
  /** Sorted class labels (classification); [] for regression. */
  readonly classes: readonly Label[];
  /** Values per leaf: 1 for regression, the number of classes for classification. */
  readonly nOutputs: number;
  readonly params: ForestParams;
  /** nTrees + 1 node offsets. */
  readonly treeStart: Int32Array;
  readonly feature: Int32Array;
  readonly threshold: Float64Array;
  readonly right: Int32Array;
  readonly leafValue: Float64Array;
  /** Impurity-based importance per feature, summing to 1, as sklearn `feature_importances_`. */
  readonly featureImportances: Float64Array;
}

/** Cancellation and progress for a fit. */
export interface FitControl {
  /** Checked between trees; an aborted fit returns ABORTED. */
  readonly signal?: AbortSignal;
  /** Called after each tree. */
  readonly onProgress?: (treesDone: number, nTrees: number) => void;
}

/** Grows a forest one tree at a time, so callers can report progress and stop between trees. */
export interface ForestBuilder {
  readonly nTrees: number;
  readonly treesDone: number;
  /** Grows the next tree (a no-op once all are grown). */
  growTree(): void;
  /** The model of the trees grown so far. */
  finish(): ForestModel;
}

/** Checks the inputs and prepares a builder (binning happens here, once). */
export function createForestBuilder(X: Matrix, target: ForestTarget, options: ForestOptions = {}): Result<ForestBuilder> {
  const params = resolveParams(options, target.kind);
  if (!params.ok) return params;
  const checked = checkMatrix(X, 'Training features');
  if (!checked.ok) return checked;
  if (X.cols < 1) return fail('NO_FEATURES', 'The training matrix has no feature columns.', 'Choose at least one numeric feature.');
  if (X.rows < 2) return fail('TOO_FEW_ROWS', `A forest needs at least 2 training rows; got ${X.rows}.`, 'Use a larger dataset or a smaller test share.');
  let growTarget: GrowTarget;
  let classes: Label[] = [];
  if (target.kind === 'regression') {
    const y = checkTarget(target.y, X.rows, 'Training target');
    if (!y.ok) return y;
    growTarget = { kind: 'regression', y: Float64Array.from(y.value) };
  } else {
    if (target.labels.length !== X.rows) return fail('INVALID_OPTIONS', `${target.labels.length} labels for ${X.rows} rows.`, 'Pass one label per row.');
    classes = sortedLabels(target.labels);
    const index = new Map(classes.map((c, i) => [c, i]));
    growTarget = { kind: 'classification', classIndex: Int32Array.from(target.labels, (l) => index.get(l)!), nClasses: classes.length };
  }
  return ok(new Builder(X, growTarget, classes, params.value));
}

class Builder implements ForestBuilder {
  readonly nTrees: number;
  treesDone = 0;
  private readonly grower: TreeGrower;
  private readonly weights: Float64Array;
  private readonly trees: GrownTree[] = [];
  private readonly importance: Float64Array;
  private readonly treeImportance: Float64Array;
  private treesWithSplits = 0;

  constructor(
    private readonly X: Matrix,
    private readonly target: GrowTarget,
    private readonly classes: readonly Label[],
    private readonly params: ForestParams,
  ) {
    this.nTrees = params.nEstimators;
    this.grower = new TreeGrower(binFeatures(X, params.maxBins), target, {
      maxDepth: params.maxDepth ?? Infinity,
      minSamplesSplit: params.minSamplesSplit,
      minSamplesLeaf: params.minSamplesLeaf,
      featuresPerSplit: featuresPerSplit(params.maxFeatures, X.cols),
    });
    this.weights = new Float64Array(X.rows);
    this.importance = new Float64Array(X.cols);
    this.treeImportance = new Float64Array(X.cols);
  }

  growTree(): void {
    if (this.treesDone >= this.nTrees) return;
    const rng = createRng(deriveSeed(this.params.seed, this.treesDone));
    const n = this.X.rows;
    const w = this.weights;
    if (this.params.bootstrap) {
      w.fill(0);
      for (let i = 0; i < n; i++) w[rng.int(n)]!++;
    } else w.fill(1);
    this.treeImportance.fill(0);
    const grown = this.grower.grow(w, rng, this.treeImportance);
    this.trees.push({
      nodeCount: grown.nodeCount,
      leafCount: grown.leafCount,
      feature: grown.feature.slice(),
      threshold: grown.threshold.slice(),
      right: grown.right.slice(),
      leafValue: grown.leafValue.slice(),
    });
    // as sklearn: each tree's importances are normalised to sum 1, then averaged over trees that split
    let sum = 0;
    for (const v of this.treeImportance) sum += v;
    if (grown.nodeCount > 1) {
      this.treesWithSplits++;
      if (sum > 0) for (let f = 0; f < this.importance.length; f++) this.importance[f]! += this.treeImportance[f]! / sum;
    }
    this.treesDone++;
  }

  finish(): ForestModel {
    const k = this.target.kind === 'regression' ? 1 : this.target.nClasses;
    let nodes = 0;
    let leaves = 0;
    for (const t of this.trees) {
      nodes += t.nodeCount;
      leaves += t.leafCount;
    }
    const treeStart = new Int32Array(this.trees.length + 1);
    const feature = new Int32Array(nodes);
    const threshold = new Float64Array(nodes);
    const right = new Int32Array(nodes);
    const leafValue = new Float64Array(leaves * k);
    let nodeOffset = 0;
    let leafOffset = 0;
    this.trees.forEach((t, i) => {
      treeStart[i] = nodeOffset;
      feature.set(t.feature, nodeOffset);
      threshold.set(t.threshold, nodeOffset);
      for (let j = 0; j < t.nodeCount; j++) right[nodeOffset + j] = t.right[j]! + (t.feature[j]! < 0 ? leafOffset : nodeOffset);
      leafValue.set(t.leafValue, leafOffset * k);
      nodeOffset += t.nodeCount;
      leafOffset += t.leafCount;
    });
    treeStart[this.trees.length] = nodeOffset;
    const featureImportances = new Float64Array(this.importance.length);
    let total = 0;
    for (const v of this.importance) total += v;
    if (total > 0) for (let f = 0; f < featureImportances.length; f++) featureImportances[f] = this.importance[f]! / total;
    return {
      kind: this.target.kind,
      nFeatures: this.X.cols,
      featureNames: this.X.names ? [...this.X.names] : [],
      classes: this.classes,
      nOutputs: k,
      params: this.params,
      treeStart,
      feature,
      threshold,
      right,
      leafValue,
      featureImportances,
    };
  }
}

const aborted = (): Result<never> => fail('ABORTED', 'Training was cancelled.');

/**
 * Fits a random forest synchronously (sklearn RandomForestRegressor/Classifier semantics on
 * binned features). Fails with NON_FINITE_VALUES, INVALID_OPTIONS, TOO_FEW_ROWS, NO_FEATURES or ABORTED.
 */
export function fitForest(X: Matrix, target: ForestTarget, options: ForestOptions = {}, control: FitControl = {}): Result<ForestModel> {
  const builder = createForestBuilder(X, target, options);
  if (!builder.ok) return builder;
  const b = builder.value;
  while (b.treesDone < b.nTrees) {
    if (control.signal?.aborted) return aborted();
    b.growTree();
    control.onProgress?.(b.treesDone, b.nTrees);
  }
  return ok(b.finish());
}

/** Yield to the event loop at most this often (ms) so an abort can land mid-fit. */
const YIELD_EVERY_MS = 50;

/** Lets pending events (an abort, a progress paint) run. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** As fitForest, but yields to the event loop between trees (every ~50 ms) so `signal` can cancel a long fit. */
export async function fitForestAsync(X: Matrix, target: ForestTarget, options: ForestOptions = {}, control: FitControl = {}): Promise<Result<ForestModel>> {
  const builder = createForestBuilder(X, target, options);
  if (!builder.ok) return builder;
  const b = builder.value;
  let last = performance.now();
  while (b.treesDone < b.nTrees) {
    if (performance.now() - last > YIELD_EVERY_MS) {
      await yieldToEventLoop();
      last = performance.now();
    }
    if (control.signal?.aborted) return aborted();
    b.growTree();
    control.onProgress?.(b.treesDone, b.nTrees);
  }
  return ok(b.finish());
}
