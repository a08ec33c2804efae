/**
 * The linear sentiment classifier: word and character n-gram TF-IDF (ngramCounts.ts, tfidfSpace.ts)
 * with logistic regression or a linear SVM (dualSolvers.ts), the loss and its C chosen by
 * stratified cross-validation on the training rows. Works on any language: character n-grams need
 * no word list. Everything takes the n-gram counts of all texts once (`ngramCounts`) and row
 * numbers into them, so cross-validation, cross-fitting and prediction never count a text twice.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { createRng, deriveSeed, permutation } from '../random/rng.ts';
import type { LinearLoss } from './dualSolvers.ts';
import { foldSplit, stratifiedFolds } from './folds.ts';
import {
  argmaxClasses,
  confidence,
  decisionScores,
  fitLinear,
  type LinearFit,
} from './linearModel.ts';
import type { NgramCounts, NgramSpec } from './ngramCounts.ts';
import { fitTfidfSpace, tfidfRows, type FeatureRows, type TfidfSpace } from './tfidfSpace.ts';

export interface LinearCandidate {
  readonly loss: LinearLoss;
  readonly C: number;
}

/**
 * What cross-validation chooses from, most regularised first within each loss (a tie keeps the
 * earlier one). The grid spans what wins on a few dozen labels (weak regularisation) to what wins
 * on thousands.
 */
export const LINEAR_CANDIDATES: readonly LinearCandidate[] = [
  { loss: 'squared-hinge', C: 0.1 },
  { loss: 'logistic', C: 1 },
  { loss: 'squared-hinge', C: 0.3 },
  { loss: 'logistic', C: 4 },
  { loss: 'squared-hinge', C: 1 },
  { loss: 'logistic', C: 16 },
];

/** Used without cross-validation when too few rows are labelled to split (under 10). */
export const FALLBACK_CANDIDATE: LinearCandidate = { loss: 'logistic', C: 4 };

export interface LinearTrainOptions {
  readonly seed: number;
  /** Folds of the selection; default 5 (fewer when rows are few). */
  readonly folds?: number;
  /** A group id per row of `counts` (rows with the same normalised text share one): folds keep groups whole. */
  readonly groups?: ArrayLike<number>;
  /** Candidates to choose from; default LINEAR_CANDIDATES. One candidate skips the selection. */
  readonly candidates?: readonly LinearCandidate[];
  /** Above this many training rows the selection runs on a stratified sample of it (3 folds); default 2,000 (keeps a 15k-post fit near 6 s). */
  readonly selectionRows?: number;
  /**
   * A feature space fitted beforehand (e.g. on every post, labelled or not: idf needs no labels);
   * default: fitted on the training rows only, as an sklearn pipeline does.
   */
  readonly space?: TfidfSpace;
  /** Called after each candidate × fold fit of the selection, and once before the final fit. */
  readonly onStep?: (done: number, total: number) => void;
}

/** One candidate's cross-validated accuracy (NaN when skipped: a smaller C of its loss did as well). */
export interface CandidateScore extends LinearCandidate {
  readonly accuracy: number;
}

export interface LinearSelection {
  /** Rows the selection used (a sample of the training rows when there are many). */
  readonly rows: number;
  readonly folds: number;
  readonly scores: readonly CandidateScore[];
  readonly chosen: LinearCandidate;
  /** The rows it used (ids into the counts) and each one's fold: another model can be scored on the same folds. */
  readonly rowIds: readonly number[];
  readonly fold: Uint8Array;
}

/** A trained classifier, ready to predict: classes are indices into SENTIMENT_CLASSES order. */
export interface LinearSentiment {
  /** The class index (0 negative, 1 neutral, 2 positive) of each model output. */
  readonly classes: readonly number[];
  readonly spec: NgramSpec;
  readonly minDf: number;
  readonly space: TfidfSpace;
  readonly fit: LinearFit;
  readonly selection: LinearSelection | null;
  readonly trainRows: number;
}

/** Terms seen once are mostly noise, and they are most of the character n-grams: drop them once there is enough text. */
export function minDfFor(rows: number): number {
  return rows >= 1000 ? 2 : 1;
}

/** The feature space of `rows` (or the one given) and their rows in it. */
function featuresOf(
  counts: NgramCounts,
  rows: ArrayLike<number>,
  given: TfidfSpace | undefined,
): { space: TfidfSpace; x: FeatureRows; minDf: number } {
  const minDf = minDfFor(rows.length);
  const space = given ?? fitTfidfSpace(counts, rows, minDf);
  return { space, x: tfidfRows(space, counts, rows), minDf };
}

function fitCandidate(
  x: FeatureRows,
  y: ArrayLike<number>,
  outputs: readonly number[],
  candidate: LinearCandidate,
  seed: number,
): LinearFit {
  const target = Uint8Array.from(y as ArrayLike<number>, (v) => outputs.indexOf(v));
  return fitLinear(x, target, outputs.length, { ...candidate, seed });
}

/** A stratified sample of `n` positions of `y` (seeded). */
function stratifiedSample(y: ArrayLike<number>, n: number, seed: number): Uint32Array {
  const rng = createRng(seed);
  const order = permutation(y.length, rng);
  const byClass = new Map<number, number[]>();
  for (const i of order) {
    const list = byClass.get(y[i]!);
    if (list) list.push(i);
    else byClass.set(y[i]!, [i]);
  }
  const out: number[] = [];
  for (const list of byClass.values())
    out.push(...list.slice(0, Math.max(1, Math.round((list.length * n) / y.length))));
  return Uint32Array.from(out).sort();
}

/**
 * Chooses a candidate by stratified K-fold accuracy on `rows` of `counts` with classes `y`
 * (paired with rows). Fewer than 10 rows: the fallback, unscored.
 */
export function selectLinear(
  counts: NgramCounts,
  rows: ArrayLike<number>,
  y: ArrayLike<number>,
  options: LinearTrainOptions,
): LinearSelection | null {
  const candidates = options.candidates ?? LINEAR_CANDIDATES;
  if (candidates.length === 1 || rows.length < 10) return null;
  const cap = options.selectionRows ?? 2000;
  let pos: Uint32Array | null = null;
  let k = Math.min(options.folds ?? 5, Math.floor(rows.length / 2));
  if (rows.length > cap) {
    pos = stratifiedSample(y, cap, deriveSeed(options.seed, 7));
    k = Math.min(k, 3);
  }
  const selRows = pos ? Array.from(pos, (p) => rows[p]!) : Array.from(rows as ArrayLike<number>);
  const selY = pos ? Array.from(pos, (p) => y[p]!) : Array.from(y);
  const groups = options.groups ? selRows.map((r) => options.groups![r]!) : undefined;
  const fold = stratifiedFolds(selY, k, deriveSeed(options.seed, 3), groups);
  // each fold's features once, shared by every candidate
  const folds: {
    xTrain: FeatureRows;
    xTest: FeatureRows;
    trainY: number[];
    outputs: number[];
    test: Uint32Array;
  }[] = [];
  for (let f = 0; f < k; f++) {
    const { train, test } = foldSplit(fold, f);
    const trainRows = Array.from(train, (p) => selRows[p]!);
    const trainY = Array.from(train, (p) => selY[p]!);
    const outputs = [...new Set(trainY)].sort((a, b) => a - b);
    if (outputs.length < 2 || test.length === 0) continue;
    const { space, x: xTrain } = featuresOf(counts, trainRows, options.space);
    const xTest = tfidfRows(
      space,
      counts,
      Array.from(test, (p) => selRows[p]!),
    );
    folds.push({ xTrain, xTest, trainY, outputs, test });
  }
  const total = candidates.length * k + 1;
  let done = 0;
  const scores: CandidateScore[] = [];
  // Within a loss, candidates come in increasing C: once a larger C scores no better than the one
  // before, larger ones are skipped (weaker regularisation costs more passes and rarely recovers).
  const stopped = new Set<LinearLoss>();
  const lastOf = new Map<LinearLoss, number>();
  for (const c of candidates) {
    if (stopped.has(c.loss)) {
      scores.push({ ...c, accuracy: Number.NaN });
      options.onStep?.((done += k), total);
      continue;
    }
    let correct = 0;
    folds.forEach(({ xTrain, xTest, trainY, outputs, test }, f) => {
      const fit = fitCandidate(xTrain, trainY, outputs, c, deriveSeed(options.seed, 11 + f));
      const pred = argmaxClasses(decisionScores(fit, xTest), outputs.length);
      test.forEach((p, t) => {
        if (outputs[pred[t]!] === selY[p]) correct++;
      });
      options.onStep?.(++done, total);
    });
    const accuracy = correct / selRows.length;
    const before = lastOf.get(c.loss);
    if (before !== undefined && accuracy <= before) stopped.add(c.loss);
    lastOf.set(c.loss, accuracy);
    scores.push({ ...c, accuracy });
  }
  let best = 0;
  for (let ci = 1; ci < scores.length; ci++)
    if (scores[ci]!.accuracy > scores[best]!.accuracy) best = ci;
  return {
    rows: selRows.length,
    folds: k,
    scores,
    chosen: candidates[best]!,
    rowIds: selRows,
    fold,
  };
}

/**
 * Trains on `rows` of `counts` with classes `y` (0 negative, 1 neutral, 2 positive; paired with
 * rows): the candidate chosen by cross-validation, then one fit on all of them. Fails with
 * TOO_FEW_LABELS when fewer than two classes are present.
 */
export function trainLinearSentiment(
  counts: NgramCounts,
  rows: ArrayLike<number>,
  y: ArrayLike<number>,
  options: LinearTrainOptions,
  spec: NgramSpec,
): Result<LinearSentiment> {
  if (rows.length !== y.length)
    throw new RangeError(`trainLinearSentiment: ${rows.length} rows but ${y.length} classes.`);
  const outputs = [...new Set(Array.from(y))].sort((a, b) => a - b);
  if (outputs.length < 2) {
    return fail(
      'TOO_FEW_LABELS',
      outputs.length === 0
        ? 'No post is labelled yet.'
        : 'Every labelled post has the same label, so there is nothing to tell apart.',
      'Label posts of at least two kinds (positive, neutral, negative).',
    );
  }
  const selection = selectLinear(counts, rows, y, options);
  const chosen = selection?.chosen ?? options.candidates?.[0] ?? FALLBACK_CANDIDATE;
  const { space, x, minDf } = featuresOf(counts, rows, options.space);
  const fit = fitCandidate(x, y, outputs, chosen, deriveSeed(options.seed, 1));
  const total = selection ? selection.scores.length * selection.folds + 1 : 1;
  options.onStep?.(total, total);
  return ok({
    classes: outputs,
    spec,
    minDf,
    space,
    fit,
    selection,
    trainRows: rows.length,
  });
}

/** Predictions of `rows` of `counts` (default all): class index (SENTIMENT_CLASSES order) and confidence in [0, 1]. */
export interface LinearPredictions {
  readonly label: Uint8Array;
  readonly confidence: Float64Array;
}

export function predictLinear(
  model: LinearSentiment,
  counts: NgramCounts,
  rows?: ArrayLike<number>,
): LinearPredictions {
  const x = tfidfRows(model.space, counts, rows);
  const scores = decisionScores(model.fit, x);
  const k = model.classes.length;
  const out = argmaxClasses(scores, k);
  return {
    label: Uint8Array.from(out, (c) => model.classes[c]!),
    confidence: confidence(scores, k, model.fit.loss),
  };
}
