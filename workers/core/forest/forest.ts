import { fail, ok, type Result } from '../errors/index.ts';
import { sortedLabels, type Label } from '../metrics/labels.ts';
import { createRng, deriveSeed } from '../random/rng.ts';
import { binFeatures } from './binning.ts';
import { checkMatrix, checkTarget, type Matrix } from './matrix.ts';
import {
  featuresPerSplit,
  resolveParams,
  type ForestKind,
  type ForestOptions,
  type ForestParams,
} from './params.ts';
import type { ForestTarget } from './target.ts';
import { TreeGrower, type GrowTarget, type GrownTree } from './treeGrower.ts';

/**
 * A fitted forest in flat typed arrays (transferable to a worker as is; see serializeForest for
 * JSON). Internal (split) nodes of all trees share feature/threshold/left/right, leaves share
 * leafValue; a child reference c ≥ 0 is internal node c, c < 0 is leaf ~c. Both are numbered in
 * depth-first preorder, tree after tree. Leaves live apart from split nodes so neither carries
 * unused fields (40 → 28 bytes per leaf, regression).
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
  /** Reference to each tree's root. */
  readonly treeRoot: Int32Array;
  /** Per internal node: split feature, threshold (x ≤ threshold goes left), child references. */
  readonly feature: Int32Array;
  readonly threshold: Float64Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** nOutputs values per leaf: the weighted mean of the in-bag target, or the class shares. */
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
export function createForestBuilder(
  X: Matrix,
  target: ForestTarget,
  options: ForestOptions = {},
): Result<ForestBuilder> {
  const params = resolveParams(options, target.kind);
  if (!params.ok) return params;
  const checked = checkMatrix(X, 'Training features');
  if (!checked.ok) return checked;
  if (X.cols < 1)
    return fail(
      'NO_FEATURES',
      'The training matrix has no feature columns.',
      'Choose at least one numeric feature.',
    );
  if (X.rows < 2)
    return fail(
      'TOO_FEW_ROWS',
      `A forest needs at least 2 training rows; got ${X.rows}.`,
      'Use a larger dataset or a smaller test share.',
    );
  let growTarget: GrowTarget;
  let classes: Label[] = [];
  if (target.kind === 'regression') {
    const y = checkTarget(target.y, X.rows, 'Training target');
    if (!y.ok) return y;
    growTarget = { kind: 'regression', y: Float64Array.from(y.value) };
  } else {
    if (target.labels.length !== X.rows)
      return fail(
        'INVALID_OPTIONS',
        `${target.labels.length} labels for ${X.rows} rows.`,
        'Pass one label per row.',
      );
    classes = sortedLabels(target.labels);
    const index = new Map(classes.map((c, i) => [c, i]));
    growTarget = {
      kind: 'classification',
      classIndex: Int32Array.from(target.labels, (l) => index.get(l)!),
      nClasses: classes.length,
    };
  }
  return ok(new Builder(X, growTarget, classes, params.value));
}

class Builder implements ForestBuilder {
  readonly nTrees: number;
  treesDone = 0;
  private readonly grower: TreeGrower;
  private readonly weights: Float64Array;
  private readonly store: TreeStore;
  private readonly importance: Float64Array;
  private readonly treeImportance: Float64Array;

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
    this.store = new TreeStore(
      target.kind === 'regression' ? 1 : target.nClasses,
      params.nEstimators,
    );
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
    this.store.append(grown);
    // as sklearn: each tree's importances are normalised to sum 1, averaged over trees that split, normalised again
    let sum = 0;
    for (const v of this.treeImportance) sum += v;
    if (grown.internalCount > 0 && sum > 0)
      for (let f = 0; f < this.importance.length; f++)
        this.importance[f]! += this.treeImportance[f]! / sum;
    this.treesDone++;
  }

  finish(): ForestModel {
    const featureImportances = new Float64Array(this.importance.length);
    let total = 0;
    for (const v of this.importance) total += v;
    if (total > 0)
      for (let f = 0; f < featureImportances.length; f++)
        featureImportances[f] = this.importance[f]! / total;
    return {
      kind: this.target.kind,
      nFeatures: this.X.cols,
      featureNames: this.X.names ? [...this.X.names] : [],
      classes: this.classes,
      nOutputs: this.target.kind === 'regression' ? 1 : this.target.nClasses,
      params: this.params,
      ...this.store.arrays(),
      featureImportances,
    };
  }
}

function grown<T extends Int32Array | Float64Array>(
  a: T,
  capacity: number,
  make: (n: number) => T,
): T {
  const b = make(capacity);
  b.set(a);
  return b;
}

/**
 * Trees appended into flat arrays with forest-wide references. After the first tree, room for all
 * trees of that size (+25 %) is reserved, so a fit rarely reallocates, and the model gets views of
 * the used part: per-tree copies would leave the allocator fragmented (RSS well above the model).
 */
class TreeStore {
  private internal = 0;
  private leaves = 0;
  private trees = 0;
  private readonly treeRoot: Int32Array;
  private feature = new Int32Array(0);
  private threshold = new Float64Array(0);
  private left = new Int32Array(0);
  private right = new Int32Array(0);
  private leafValue = new Float64Array(0);

  constructor(
    private readonly k: number,
    private readonly nTrees: number,
  ) {
    this.treeRoot = new Int32Array(nTrees);
  }

  /** A tree-local reference made forest-wide. */
  private shift(ref: number): number {
    return ref >= 0 ? ref + this.internal : ~(~ref + this.leaves);
  }

  append(t: GrownTree): void {
    const trees = this.trees + 1;
    const needNodes = this.internal + t.internalCount;
    if (needNodes > this.feature.length) {
      const cap = Math.max(
        needNodes,
        Math.ceil(this.feature.length * 1.5),
        Math.ceil((needNodes / trees) * this.nTrees * 1.25),
      );
      this.feature = grown(this.feature, cap, (n) => new Int32Array(n));
      this.threshold = grown(this.threshold, cap, (n) => new Float64Array(n));
      this.left = grown(this.left, cap, (n) => new Int32Array(n));
      this.right = grown(this.right, cap, (n) => new Int32Array(n));
    }
    const needValues = (this.leaves + t.leafCount) * this.k;
    if (needValues > this.leafValue.length) {
      const cap = Math.max(
        needValues,
        Math.ceil(this.leafValue.length * 1.5),
        Math.ceil((needValues / trees) * this.nTrees * 1.25),
      );
      this.leafValue = grown(this.leafValue, cap, (n) => new Float64Array(n));
    }
    this.treeRoot[this.trees] = this.shift(t.root);
    this.feature.set(t.feature, this.internal);
    this.threshold.set(t.threshold, this.internal);
    for (let j = 0; j < t.internalCount; j++) {
      this.left[this.internal + j] = this.shift(t.left[j]!);
      this.right[this.internal + j] = this.shift(t.right[j]!);
    }
    this.leafValue.set(t.leafValue, this.leaves * this.k);
    this.internal += t.internalCount;
    this.leaves += t.leafCount;
    this.trees = trees;
  }

  /**
   * Views of exactly the grown nodes. Not copies: the reserved tail was never written, so its
   * pages were never resident, while a trimmed copy left the freed reservation in the allocator
   * (bench, 200 trees on 10k rows: RSS +25.4 MB with views, +49–52 MB with copies).
   */
  arrays(): Pick<
    ForestModel,
    'treeRoot' | 'feature' | 'threshold' | 'left' | 'right' | 'leafValue'
  > {
    return {
      treeRoot: this.treeRoot.slice(0, this.trees),
      feature: this.feature.subarray(0, this.internal),
      threshold: this.threshold.subarray(0, this.internal),
      left: this.left.subarray(0, this.internal),
      right: this.right.subarray(0, this.internal),
      leafValue: this.leafValue.subarray(0, this.leaves * this.k),
    };
  }
}

const aborted = (): Result<never> => fail('ABORTED', 'Training was cancelled.');

/**
 * Fits a random forest synchronously (sklearn RandomForestRegressor/Classifier semantics on
 * binned features). Fails with NON_FINITE_VALUES, INVALID_OPTIONS, TOO_FEW_ROWS, NO_FEATURES or ABORTED.
 */
export function fitForest(
  X: Matrix,
  target: ForestTarget,
  options: ForestOptions = {},
  control: FitControl = {},
): Result<ForestModel> {
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

/** As fitForest, but when given a signal yields to the event loop between trees (every ~50 ms) so an abort can land mid-fit. */
export async function fitForestAsync(
  X: Matrix,
  target: ForestTarget,
  options: ForestOptions = {},
  control: FitControl = {},
): Promise<Result<ForestModel>> {
  const builder = createForestBuilder(X, target, options);
  if (!builder.ok) return builder;
  const b = builder.value;
  let last = performance.now();
  while (b.treesDone < b.nTrees) {
    // yielding costs a timer tick (≥ 4 ms in browsers once nested): only worth it when someone may abort
    if (control.signal && performance.now() - last > YIELD_EVERY_MS) {
      await yieldToEventLoop();
      last = performance.now();
    }
    if (control.signal?.aborted) return aborted();
    b.growTree();
    control.onProgress?.(b.treesDone, b.nTrees);
  }
  return ok(b.finish());
}
