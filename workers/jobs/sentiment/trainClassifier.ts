/**
 * Trains the sentiment classifier two ways on the same seeded grouped stratified split, and keeps
 * the better: the neural network (cleaned text → TF-IDF of a capped vocabulary, optional word pairs
 * → one hidden layer → softmax; early stopping watches a validation slice of the training rows) and
 * the word-pattern model (word and character n-gram TF-IDF → a linear model whose loss and C are
 * chosen by cross-validation on the training rows). The choice between them is cross-validated
 * too: the network goes through the same folds (of a sample of at most 2,000 training rows, so its
 * extra fits stay small), and the one right more often there is kept (classifierChoice.ts). Both,
 * and VADER, are then scored on the same held-out rows, unseen by either and by the choice, so the
 * figure shown is not flattered by it. Loads tfjs: import lazily.
 */
import type {
  ClassifierChoice,
  SentimentClassifier,
  SentimentEvaluation,
  SentimentTrainOptions,
  SentimentTrainResult,
  SentimentThresholds,
} from '../../api/sentiment.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import { argmaxRows, type EpochStats } from '../../core/nn/index.ts';
import { createCleaner, resolveCleanOptions } from '../../core/preprocess/index.ts';
import { deriveSeed } from '../../core/random/rng.ts';
import { evaluateSentiment } from '../../core/sentiment/evaluation.ts';
import {
  DEFAULT_THRESHOLDS,
  scoreTexts,
  sentimentLabel,
  type SentimentLabel,
} from '../../core/sentiment/index.ts';
import { SENTIMENT_CLASSES } from '../../core/sentiment/labelMapping.ts';
import { encodeLinearClassifier } from '../../core/bundle/linearClassifier.ts';
import { readyClassifier } from '../../core/bundle/sentimentClassifier.ts';
import { DEFAULT_NGRAMS, ngramCounts, type NgramCounts } from '../../core/classify/ngramCounts.ts';
import { trainLinearSentiment } from '../../core/classify/sentimentLinear.ts';
import { chooseClassifier } from './classifierChoice.ts';
import { CLASSIFIER_KIND, encodeLayer, termsOf } from './classifierModel.ts';
import { stratifiedSplit } from './stratifiedSplit.ts';
import { splitOverlap, textGroups } from '../../core/split/groups.ts';
import { stratifiedGroupShuffleSplit } from '../../core/split/stratifiedGroups.ts';
import {
  crossValidateNetwork,
  earlyStoppingSplit,
  fitNetwork,
  type NetworkData,
  type SharedFolds,
} from './networkFit.ts';

export const DEFAULT_TRAIN_OPTIONS: Required<SentimentTrainOptions> = {
  seed: 42,
  testShare: 0.2,
  maxFeatures: 3000,
  bigrams: true,
  hidden: 32,
  epochs: 30,
  patience: 4,
  learningRate: 0.003,
  maxRows: 50_000,
};

const MIN_ROWS = 20;

export interface TrainHooks {
  readonly signal?: AbortSignal;
  readonly onEpoch?: (stats: EpochStats, history: readonly EpochStats[]) => void;
  readonly onBatch?: (epoch: number, batch: number, batches: number) => void;
  /** Progress of the word-pattern model: fits done of the cross-validation and the final fit. */
  readonly onLinearStep?: (done: number, total: number) => void;
  /**
   * Trains the word-pattern model instead of trainWordPatterns (e.g. a model per language,
   * languageWordPatterns.ts); also given each text's row in the input (`rows`).
   */
  readonly wordPatterns?: (
    ...args: [...Parameters<typeof trainWordPatterns>, rows: readonly number[]]
  ) => ReturnType<typeof trainWordPatterns>;
  /** Progress of the network's cross-validation on the word-pattern model's folds. */
  readonly onNetworkFold?: (done: number, total: number) => void;
}

function validate(o: Required<SentimentTrainOptions>): Result<true> {
  const bad = (what: string, hint: string): Result<true> => fail('INVALID_OPTIONS', what, hint);
  if (!(o.testShare >= 0.05 && o.testShare <= 0.5))
    return bad(
      `The held-out share must be between 0.05 and 0.5, not ${o.testShare}.`,
      'Use 0.2 to hold out a fifth of the labelled rows.',
    );
  if (!Number.isInteger(o.maxFeatures) || o.maxFeatures < 10 || o.maxFeatures > 50_000)
    return bad(
      `The vocabulary cap must be a whole number from 10 to 50,000, not ${o.maxFeatures}.`,
      'Use 2,000 to 5,000 terms.',
    );
  if (!Number.isInteger(o.hidden) || o.hidden < 1 || o.hidden > 512)
    return bad(`The hidden layer needs 1 to 512 units, not ${o.hidden}.`, 'Use 16 to 64 units.');
  if (!Number.isInteger(o.epochs) || o.epochs < 1 || o.epochs > 500)
    return bad(
      `Epochs must be a whole number from 1 to 500, not ${o.epochs}.`,
      'Use 10 to 50; early stopping ends sooner when it stops improving.',
    );
  if (!(o.learningRate > 0 && o.learningRate <= 1))
    return bad(`The learning rate must be in (0, 1], not ${o.learningRate}.`, 'Use 0.001 to 0.01.');
  if (!Number.isInteger(o.patience) || o.patience < 1)
    return bad(`Patience must be a whole number of epochs ≥ 1, not ${o.patience}.`, 'Use 3 to 5.');
  if (!Number.isInteger(o.maxRows) || o.maxRows < MIN_ROWS)
    return bad(
      `The row cap must be a whole number ≥ ${MIN_ROWS}, not ${o.maxRows}.`,
      'Use 50,000: more rows train slower and rarely help a network this small.',
    );
  return ok(true);
}

/**
 * The network's three sets, each keeping groups whole (posts that share a normalised text, so a
 * copy that differs by an @handle, a link or case is never on two sides): the held-out rows, and
 * within the training rows the slice early stopping watches and the rows the network learns from.
 * `classes` and `groups` per row; positions into them.
 */
export function classifierSplits(
  classes: readonly number[],
  groups: ArrayLike<number>,
  testShare: number,
  seed: number,
): { split: { train: Uint32Array; test: Uint32Array }; fitPos: number[]; valPos: number[] } {
  const split = stratifiedGroupShuffleSplit(classes, groups, testShare, deriveSeed(seed, 0));
  const inner = earlyStoppingSplit(classes, groups, Array.from(split.train), deriveSeed(seed, 1));
  return { split, ...inner };
}

/**
 * Trains on `texts` with classes `y` (0 negative, 1 neutral, 2 positive). Fails with TOO_FEW_ROWS
 * below 20 rows, TOO_FEW_LABELS with fewer than two classes of two rows each, ABORTED on the signal.
 */
export async function trainSentimentClassifier(
  texts: readonly string[],
  y: ArrayLike<number>,
  options: SentimentTrainOptions = {},
  thresholds: SentimentThresholds = DEFAULT_THRESHOLDS,
  hooks: TrainHooks = {},
): Promise<Result<Omit<SentimentTrainResult, 'backend'>>> {
  const started = performance.now();
  const o: Required<SentimentTrainOptions> = {
    ...DEFAULT_TRAIN_OPTIONS,
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  };
  const valid = validate(o);
  if (!valid.ok) return valid;
  if (texts.length !== y.length)
    throw new RangeError(`trainSentimentClassifier: ${texts.length} texts but ${y.length} labels.`);
  if (texts.length < MIN_ROWS) {
    return fail(
      'TOO_FEW_ROWS',
      `Only ${texts.length} rows have a mapped label; training needs at least ${MIN_ROWS}.`,
      'Map more label values to positive, neutral or negative.',
    );
  }
  const perClass = [0, 0, 0];
  for (let i = 0; i < y.length; i++) perClass[y[i]!]!++;
  const present = SENTIMENT_CLASSES.filter((_, k) => perClass[k]! >= 2);
  if (present.length < 2) {
    return fail(
      'TOO_FEW_LABELS',
      'Training needs at least two classes with two or more labelled rows each.',
      'Map label values to at least two of positive, neutral and negative.',
    );
  }
  // Classes with a single row cannot be both learned and tested: leave those rows out.
  let keep: number[] = [];
  for (let i = 0; i < y.length; i++) if (perClass[y[i]!]! >= 2) keep.push(i);
  const classOf = (i: number): number => present.indexOf(SENTIMENT_CLASSES[y[i]!]!);
  const labelled = keep.length;
  if (keep.length > o.maxRows) {
    // A seeded stratified sample: the held-out share of a split whose share is what we keep.
    const sample = stratifiedSplit(
      keep.map(classOf),
      o.maxRows / keep.length,
      deriveSeed(o.seed, 2),
    ).test;
    keep = Array.from(sample, (p) => keep[p]!);
  }
  const classes = keep.map(classOf);
  // posts sharing a normalised text are one group, never on both sides of a split (copies would
  // be recalled, not classified)
  const groups = textGroups(keep.map((i) => texts[i] ?? ''));
  const { split, fitPos, valPos } = classifierSplits(classes, groups, o.testShare, o.seed);
  const trainPos = Array.from(split.train);

  const clean = resolveCleanOptions({});
  const terms = termsOf(createCleaner(clean), o.bigrams);
  const data: NetworkData = {
    docs: keep.map((i) => terms(texts[i] ?? '')),
    classes,
    groups,
    present,
  };
  const history: EpochStats[] = [];
  const fitted = await fitNetwork(data, { trainPos, fitPos, valPos }, o, {
    ...(hooks.signal ? { signal: hooks.signal } : {}),
    onEpoch: (s) => {
      history.push(s);
      hooks.onEpoch?.(s, history);
    },
    ...(hooks.onBatch ? { onBatch: hooks.onBatch } : {}),
  });
  if (!fitted.ok) return fitted;
  const { trained, tfidf } = fitted.value;

  const testPos = Array.from(split.test);
  const model = trained.model;
  const truth = testPos.map((p) => present[classes[p]!]!);
  const predicted = fitted.value.predict(testPos).map((k) => present[k]!);
  const testTexts = testPos.map((p) => texts[keep[p]!] ?? '');
  const vaderScores = scoreTexts(testTexts, new Float64Array(testTexts.length * 4));
  const vader = testTexts.map((_, k): SentimentLabel =>
    sentimentLabel(vaderScores[k * 4 + 3]!, thresholds),
  );
  const modelEval = evaluateSentiment(truth, predicted);
  const vaderEval = evaluateSentiment(truth, vader);
  if (!modelEval.ok) return modelEval;
  if (!vaderEval.ok) return vaderEval;
  const networkSeconds = (performance.now() - started) / 1000;

  const network: SentimentClassifier = {
    kind: CLASSIFIER_KIND,
    version: 1,
    classes: present,
    features: { clean, bigrams: o.bigrams, tfidf },
    layers: model.layers.map(encodeLayer),
    training: {
      trainedAt: Date.now(),
      trainRows: trainPos.length,
      heldOutRows: testPos.length,
      seed: o.seed,
      epochs: trained.history.length,
      bestEpoch: trained.bestEpoch,
      heldOutAccuracy: modelEval.value.accuracy,
      heldOutMacroF1: modelEval.value.macroF1,
    },
  };

  if (hooks.signal?.aborted) return fail('ABORTED', 'Training was cancelled.');
  const linear = (hooks.wordPatterns ?? trainWordPatterns)(
    keep.map((i) => texts[i] ?? ''),
    keep.map((i) => y[i]!),
    groups,
    trainPos,
    testPos,
    o.seed,
    hooks.onLinearStep,
    keep,
  );
  if (!linear.ok) return linear;
  // the network through the same folds the word-pattern model was chosen on
  const cvStarted = performance.now();
  let networkCv: number | null = null;
  if (linear.value.folds) {
    const cv = await crossValidateNetwork(data, linear.value.folds, o, {
      ...(hooks.signal ? { signal: hooks.signal } : {}),
      ...(hooks.onNetworkFold ? { onFold: hooks.onNetworkFold } : {}),
    });
    if (!cv.ok) return cv;
    networkCv = cv.value;
  }
  const { kept, basis } = chooseClassifier(
    { cv: linear.value.figures.cvAccuracy, heldOut: linear.value.heldOut },
    { cv: networkCv, heldOut: modelEval.value },
  );
  const choice: ClassifierChoice = {
    kept,
    basis,
    linear: { ...linear.value.figures, heldOut: linear.value.heldOut },
    network: {
      heldOut: modelEval.value,
      seconds: networkSeconds + (performance.now() - cvStarted) / 1000,
      cvAccuracy: networkCv,
    },
  };

  return ok({
    classifier: kept === 'linear' ? linear.value.classifier : network,
    history: trained.history,
    bestEpoch: trained.bestEpoch,
    stoppedEarly: trained.stoppedEarly,
    heldOut: {
      n: testPos.length,
      model: kept === 'linear' ? linear.value.heldOut : modelEval.value,
      vader: vaderEval.value,
      split: { kind: 'grouped', overlap: splitOverlap(groups, split.train, split.test) },
    },
    choice,
    trainRows: trainPos.length,
    labelledRows: labelled,
    vocabulary: tfidf.vocabulary.length,
    seconds: (performance.now() - started) / 1000,
  });
}

/**
 * The word-pattern model on the network's rows: word 1–2-gram and character 2–5-gram TF-IDF with a
 * linear model whose loss and C are chosen by grouped stratified cross-validation on the training
 * rows (sentimentLinear.ts), then scored on the held-out rows through its JSON form, so the figure
 * is the one live scoring and bundles reproduce. `texts`/`y` (0 negative, 1 neutral, 2 positive)
 * and `groups` per row; `trainPos`/`testPos` positions into them.
 */
export function trainWordPatterns(
  texts: readonly string[],
  y: readonly number[],
  groups: ArrayLike<number>,
  trainPos: readonly number[],
  testPos: readonly number[],
  seed: number,
  onStep?: (done: number, total: number) => void,
): Result<{
  classifier: SentimentClassifier;
  heldOut: SentimentEvaluation;
  figures: Omit<ClassifierChoice['linear'], 'heldOut'>;
  /** The folds its loss and C were chosen on (null with too few rows to fold). */
  folds: SharedFolds | null;
  /** The n-gram counts of `texts`, for a caller that trains more models on them. */
  counts: NgramCounts;
}> {
  const started = performance.now();
  const counts = ngramCounts(texts, DEFAULT_NGRAMS);
  const trained = trainLinearSentiment(
    counts,
    trainPos,
    trainPos.map((p) => y[p]!),
    { seed: deriveSeed(seed, 5), groups, ...(onStep ? { onStep } : {}) },
    DEFAULT_NGRAMS,
  );
  if (!trained.ok) return trained;
  const m = trained.value;
  const training = {
    trainedAt: Date.now(),
    trainRows: trainPos.length,
    heldOutRows: testPos.length,
    seed,
    folds: m.selection?.folds ?? 0,
    heldOutAccuracy: 0,
    heldOutMacroF1: 0,
  };
  const json = encodeLinearClassifier(m, training);
  const ready = readyClassifier(json);
  if (typeof ready === 'string') throw new Error(`trainWordPatterns: ${ready}`);
  const k = json.classes.length;
  const testTexts = testPos.map((p) => texts[p] ?? '');
  const predicted = Array.from(
    argmaxRows(ready.probabilities(testTexts), k),
    (c) => json.classes[c]!,
  );
  const truth = testPos.map((p) => SENTIMENT_CLASSES[y[p]!]!);
  const heldOut = evaluateSentiment(truth, predicted);
  if (!heldOut.ok) return heldOut;
  const chosen = m.selection?.chosen ?? m.fit;
  const cv = m.selection?.scores.find((c) => c.loss === chosen.loss && c.C === chosen.C);
  return ok({
    classifier: {
      ...json,
      training: {
        ...training,
        heldOutAccuracy: heldOut.value.accuracy,
        heldOutMacroF1: heldOut.value.macroF1,
      },
    },
    heldOut: heldOut.value,
    counts,
    folds: m.selection
      ? { positions: m.selection.rowIds, fold: m.selection.fold, folds: m.selection.folds }
      : null,
    figures: {
      cvAccuracy: cv ? cv.accuracy : null,
      folds: m.selection?.folds ?? 0,
      cvRows: m.selection?.rows ?? 0,
      loss: m.fit.loss,
      C: m.fit.C,
      features: m.space.buckets.length,
      seconds: (performance.now() - started) / 1000,
    },
  });
}
