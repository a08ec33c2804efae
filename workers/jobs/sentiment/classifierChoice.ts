/**
 * Which of the two trained sentiment models to keep. With cross-validated accuracies of both on the
 * same folds, the higher one; a tie keeps the word-pattern model, which is smaller, deterministic
 * and quicker to score. With too few rows to fold, the one right on more held-out posts, then the
 * higher macro-F1 (fairer to the rare classes), then the word-pattern model.
 */
import type { ClassifierBasis, ClassifierKind } from '../../api/sentiment.ts';

export interface HeldOutFigures {
  readonly accuracy: number;
  readonly macroF1: number;
}

export interface ModelFigures {
  /** Cross-validated accuracy on the shared folds; null when there were too few rows to fold. */
  readonly cv: number | null;
  readonly heldOut: HeldOutFigures;
}

export function chooseClassifier(
  linear: ModelFigures,
  network: ModelFigures,
): { kept: ClassifierKind; basis: ClassifierBasis } {
  if (linear.cv !== null && network.cv !== null)
    return { kept: network.cv > linear.cv ? 'network' : 'linear', basis: 'cross-validation' };
  const l = linear.heldOut;
  const n = network.heldOut;
  const kept =
    l.accuracy !== n.accuracy
      ? l.accuracy > n.accuracy
        ? 'linear'
        : 'network'
      : n.macroF1 > l.macroF1
        ? 'network'
        : 'linear';
  return { kept, basis: 'held-out' };
}
