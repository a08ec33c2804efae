/**
 * Sentiment predictions against human labels, in three classes, with scikit-learn's definitions
 * (`accuracy_score`, `f1_score(labels=['negative','neutral','positive'], average='macro')`,
 * `confusion_matrix(labels=…)`): VADER's labels and a trained classifier's are scored alike.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import {
  accuracy,
  confusionMatrix,
  precisionRecallF1,
  type ClassScores,
} from '../metrics/index.ts';
import { SENTIMENT_CLASSES, applyLabelMapping, type LabelMapping } from './labelMapping.ts';
import type { SentimentLabel, SentimentThresholds } from './types.ts';

export interface SentimentClassScores extends ClassScores {
  readonly label: SentimentLabel;
}

export interface SentimentEvaluation {
  /** Rows scored: those with a true class. */
  readonly n: number;
  /** Class order of `perClass` and of the confusion matrix's rows and columns. */
  readonly labels: readonly SentimentLabel[];
  readonly accuracy: number;
  /** Unweighted mean F1 over the three classes (a class absent from truth and predictions counts 0, as sklearn with `labels=`). */
  readonly macroF1: number;
  /** F1 weighted by each class's support. */
  readonly weightedF1: number;
  readonly perClass: readonly SentimentClassScores[];
  /** confusion[t][p]: rows whose true class is labels[t] and predicted class labels[p]. */
  readonly confusion: readonly (readonly number[])[];
  readonly truthCounts: Readonly<Record<SentimentLabel, number>>;
  readonly predictedCounts: Readonly<Record<SentimentLabel, number>>;
}

function countOf(labels: readonly SentimentLabel[]): Record<SentimentLabel, number> {
  const c = { negative: 0, neutral: 0, positive: 0 };
  for (const l of labels) c[l]++;
  return c;
}

/**
 * Scores `predicted` against `truth` (paired, same length). Fails with TOO_FEW_LABELS when there
 * is no row to score.
 */
export function evaluateSentiment(
  truth: readonly SentimentLabel[],
  predicted: readonly SentimentLabel[],
): Result<SentimentEvaluation> {
  if (truth.length !== predicted.length)
    throw new RangeError(
      `evaluateSentiment: ${truth.length} true labels but ${predicted.length} predictions.`,
    );
  if (truth.length === 0) {
    return fail(
      'TOO_FEW_LABELS',
      'No row has a label mapped to positive, neutral or negative.',
      'Map at least some label values to a class in the mapping table.',
    );
  }
  const labels = SENTIMENT_CLASSES;
  const perClass = precisionRecallF1(truth, predicted, labels) as SentimentClassScores[];
  const total = perClass.reduce((s, c) => s + c.support, 0);
  return ok({
    n: truth.length,
    labels,
    accuracy: accuracy(truth, predicted),
    macroF1: perClass.reduce((s, c) => s + c.f1, 0) / perClass.length,
    weightedF1: total === 0 ? 0 : perClass.reduce((s, c) => s + c.f1 * c.support, 0) / total,
    perClass,
    confusion: confusionMatrix(truth, predicted, labels),
    truthCounts: countOf(truth),
    predictedCounts: countOf(predicted),
  });
}

/**
 * A compound score's class, compared at float32 precision so that scores kept in a Float32Array
 * get the class their exact value has (`sentimentLabel`): float32(0.7) is below 0.7, for one.
 * Compound scores have 4 decimals, far apart compared with float32's spacing, so no two collide.
 */
export function storedLabel(compound: number, thresholds: SentimentThresholds): SentimentLabel {
  const c = Math.fround(compound);
  if (c >= Math.fround(thresholds.positive)) return 'positive';
  if (c <= Math.fround(thresholds.negative)) return 'negative';
  return 'neutral';
}

export interface VaderEvaluation extends SentimentEvaluation {
  /** Rows left out: label missing, ignored or not in the mapping. */
  readonly excluded: number;
}

/**
 * VADER's labels (compound with `thresholds`) against a label column under `mapping`.
 * `compound(i)` gives row i's compound score; rows whose label maps to no class are left out.
 * @param rows restricts the evaluation to these row indices (e.g. a held-out split); default all.
 */
export function evaluateVader(
  labelCells: readonly string[],
  compound: (row: number) => number,
  mapping: LabelMapping,
  thresholds: SentimentThresholds,
  rows?: ArrayLike<number>,
): Result<VaderEvaluation> {
  const classes = applyLabelMapping(labelCells, mapping);
  const truth: SentimentLabel[] = [];
  const predicted: SentimentLabel[] = [];
  const total = rows ? rows.length : labelCells.length;
  for (let k = 0; k < total; k++) {
    const i = rows ? rows[k]! : k;
    const t = classes[i]!;
    if (t < 0) continue;
    truth.push(SENTIMENT_CLASSES[t]!);
    predicted.push(storedLabel(compound(i), thresholds));
  }
  const r = evaluateSentiment(truth, predicted);
  return r.ok ? ok({ ...r.value, excluded: total - truth.length }) : r;
}
