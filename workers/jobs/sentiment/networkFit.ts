/**
 * The sentiment network's training procedure, and its cross-validation: TF-IDF of a capped
 * vocabulary fitted on the training rows, one hidden layer, softmax, early stopping on a grouped
 * slice of the training rows. The final fit and every fold go through `fitNetwork`, so the
 * cross-validated figure is the one of the procedure that is kept. Loads tfjs: import lazily.
 */
import { fail, ok, type Result } from '../../core/errors/index.ts';
import { foldSplit } from '../../core/classify/folds.ts';
import {
  argmaxRows,
  predictMlp,
  sparseRows,
  trainMlp,
  type EpochStats,
  type SparseRows,
  type TrainedMlp,
} from '../../core/nn/index.ts';
import { deriveSeed } from '../../core/random/rng.ts';
import type { SentimentLabel } from '../../core/sentiment/index.ts';
import { stratifiedGroupShuffleSplit } from '../../core/split/stratifiedGroups.ts';
import { fitTfidf, transformTfidf, type TfidfModel } from '../../core/text/index.ts';

/** Share of the training rows watched for early stopping. */
const VALIDATION_SHARE = 0.1;

export interface NetworkSettings {
  readonly maxFeatures: number;
  readonly hidden: number;
  readonly epochs: number;
  readonly patience: number;
  readonly learningRate: number;
  readonly seed: number;
}

/** The rows a network learns from: cleaned terms and class (index into `present`) per row. */
export interface NetworkData {
  readonly docs: readonly (readonly string[])[];
  readonly classes: readonly number[];
  /** A group id per row (posts sharing a normalised text): splits keep groups whole. */
  readonly groups: ArrayLike<number>;
  readonly present: readonly SentimentLabel[];
}

export interface NetworkHooks {
  readonly signal?: AbortSignal;
  readonly onEpoch?: (stats: EpochStats) => void;
  readonly onBatch?: (epoch: number, batch: number, batches: number) => void;
}

export interface FittedNetwork {
  readonly trained: TrainedMlp;
  readonly tfidf: TfidfModel;
  /** Network outputs (index into `present`) for rows of the data. */
  readonly predict: (positions: readonly number[]) => number[];
}

function pick<T>(items: readonly T[], positions: readonly number[]): T[] {
  return positions.map((p) => items[p]!);
}

/**
 * Splits `trainPos` (positions into `classes`/`groups`) into the rows the network learns from and
 * the slice early stopping watches, keeping groups whole.
 */
export function earlyStoppingSplit(
  classes: readonly number[],
  groups: ArrayLike<number>,
  trainPos: readonly number[],
  seed: number,
): { fitPos: number[]; valPos: number[] } {
  const inner = stratifiedGroupShuffleSplit(
    pick(classes, trainPos),
    pick(Array.from(groups), trainPos),
    VALIDATION_SHARE,
    seed,
  );
  return {
    fitPos: Array.from(inner.train, (p) => trainPos[p]!),
    valPos: Array.from(inner.test, (p) => trainPos[p]!),
  };
}

/** The training rows (positions into the data) and their two parts (earlyStoppingSplit). */
export interface NetworkRows {
  readonly trainPos: readonly number[];
  readonly fitPos: readonly number[];
  readonly valPos: readonly number[];
}

/**
 * The vocabulary from all of `trainPos`, then a fit on `fitPos` stopping early on `valPos`. Fails
 * with TOO_FEW_ROWS when no training row has a word, ABORTED on the signal.
 */
export async function fitNetwork(
  data: NetworkData,
  { trainPos, fitPos, valPos }: NetworkRows,
  o: NetworkSettings,
  hooks: NetworkHooks = {},
): Promise<Result<FittedNetwork>> {
  const trainDocs = pick(data.docs, trainPos);
  if (trainDocs.every((d) => d.length === 0)) {
    return fail(
      'TOO_FEW_ROWS',
      'None of the labelled texts has a word left after cleaning.',
      'Check that the text column holds the post text.',
    );
  }
  // Terms seen in a single post are mostly noise; keep them only for small datasets.
  const fitted = fitTfidf(trainDocs, {
    maxFeatures: o.maxFeatures,
    minDf: trainDocs.length >= 500 ? 2 : 1,
  });
  if (!fitted.ok) return fitted;
  const tfidf = fitted.value.model;
  const rowsOf = (positions: readonly number[]): SparseRows =>
    sparseRows(transformTfidf(tfidf, pick(data.docs, positions)));
  const target = (positions: readonly number[]): Float32Array =>
    Float32Array.from(positions, (p) => data.classes[p]!);
  const trained = await trainMlp(
    { x: rowsOf(fitPos), y: target(fitPos) },
    { x: rowsOf(valPos), y: target(valPos) },
    {
      task: 'classification',
      classes: data.present,
      hidden: [o.hidden],
      epochs: o.epochs,
      batchSize: 32,
      learningRate: o.learningRate,
      patience: o.patience,
      seed: o.seed,
      ...(hooks.signal ? { signal: hooks.signal } : {}),
      ...(hooks.onEpoch ? { onEpoch: hooks.onEpoch } : {}),
      ...(hooks.onBatch ? { onBatch: hooks.onBatch } : {}),
    },
  );
  if (!trained.ok) return trained;
  const model = trained.value.model;
  return ok({
    trained: trained.value,
    tfidf,
    predict: (positions) =>
      Array.from(argmaxRows(predictMlp(model, rowsOf(positions)), data.present.length)),
  });
}

/** Where the word-pattern model was cross-validated: row positions and each one's fold. */
export interface SharedFolds {
  readonly positions: readonly number[];
  readonly fold: Uint8Array;
  readonly folds: number;
}

/**
 * The network's cross-validated accuracy on the folds the word-pattern model was chosen on: in
 * each fold the whole procedure (vocabulary, early-stopping slice, fit) on the other folds, scored
 * on this one. A fold whose training part holds one class scores nothing, as it does for the
 * word-pattern model, so the two figures share a denominator.
 */
export async function crossValidateNetwork(
  data: NetworkData,
  shared: SharedFolds,
  o: NetworkSettings,
  hooks: { readonly signal?: AbortSignal; readonly onFold?: (done: number, total: number) => void },
): Promise<Result<number>> {
  let correct = 0;
  for (let f = 0; f < shared.folds; f++) {
    const { train, test } = foldSplit(shared.fold, f);
    const trainPos = Array.from(train, (p) => shared.positions[p]!);
    const testPos = Array.from(test, (p) => shared.positions[p]!);
    if (new Set(pick(data.classes, trainPos)).size >= 2 && testPos.length > 0) {
      const seed = deriveSeed(o.seed, 20 + f);
      const inner = earlyStoppingSplit(data.classes, data.groups, trainPos, seed);
      const fit = await fitNetwork(
        data,
        { trainPos, ...inner },
        { ...o, seed },
        hooks.signal ? { signal: hooks.signal } : {},
      );
      if (!fit.ok && fit.error.code !== 'TOO_FEW_ROWS') return fit;
      if (fit.ok) {
        const predicted = fit.value.predict(testPos);
        testPos.forEach((p, t) => {
          if (predicted[t] === data.classes[p]) correct++;
        });
      }
    }
    hooks.onFold?.(f + 1, shared.folds);
  }
  return ok(shared.positions.length === 0 ? 0 : correct / shared.positions.length);
}
