/**
 * Which of the two trained sentiment models to keep: the one right on more held-out posts; on a
 * tie, the one with the higher macro-F1 (fairer to the rare classes); still tied, the word-pattern
 * model, which is smaller, deterministic and quicker to score.
 */
import type { ClassifierKind } from '../../api/sentiment.ts';

export interface HeldOutFigures {
  readonly accuracy: number;
  readonly macroF1: number;
}

export function chooseClassifier(linear: HeldOutFigures, network: HeldOutFigures): ClassifierKind {
  if (linear.accuracy !== network.accuracy)
    return linear.accuracy > network.accuracy ? 'linear' : 'network';
  return network.macroF1 > linear.macroF1 ? 'network' : 'linear';
}
