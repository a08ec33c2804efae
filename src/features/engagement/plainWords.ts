/**
 * The engagement model's results in plain words: a headline in the target's own units ("typical
 * error ±16 likes; guessing the average is off by ±24"), what that means, and how it was measured.
 * The metric is the mean absolute error on the held-out test posts, on the raw scale.
 */
import type { ClassificationReport, RegressionReport, TargetInfo } from '../../../workers/api.ts';
import { columnWords } from '../../shared/featureNames.ts';
import { formatCount, formatInt } from '../../shared/format.ts';

/** The target's unit as a word: "likes" for the likes column, "points of likes + 2 * shares" for an expression. */
export function targetUnit(target: Pick<TargetInfo, 'expression' | 'columns'>): string {
  const only = target.columns.length === 1 ? target.columns[0]! : null;
  if (only !== null && target.expression.replace(/"/g, '').trim() === only)
    return columnWords(only);
  return `points of ${target.expression.replace(/"/g, '')}`;
}

export interface PlainResult {
  /** One sentence with the two figures. */
  readonly headline: string;
  /** Whether the model is worth using, in a sentence. */
  readonly verdict: string;
  /** How the figures were measured (the method note). */
  readonly method: string;
  /** The model's test error and the baseline's, in the target's units (MAE), or accuracies (0–1). */
  readonly error: number;
  readonly baseline: number;
}

/** A regression's test result in the target's units: mean absolute error beside guessing the training mean. */
export function regressionInWords(
  report: RegressionReport,
  target: Pick<TargetInfo, 'expression' | 'columns'>,
  testPosts: number,
): PlainResult {
  // learned on log1p: the raw scale is the target's own units; otherwise the learned scale is
  const scores = report.raw ?? report.fitted;
  const unit = targetUnit(target);
  const error = scores.model.mae;
  const baseline = scores.baseline.mae;
  const closer = baseline > 0 ? 1 - error / baseline : 0;
  return {
    headline: `Typical error ±${formatCount(error)} ${unit}; guessing the average is off by ±${formatCount(baseline)}.`,
    verdict:
      closer >= 0.02
        ? `The model’s predictions are ${Math.round(closer * 100)}% closer than guessing the average.`
        : `The model does no better than guessing the average: what is known before posting says little about ${unit} here.`,
    method: `Typical error is the mean absolute error: the average gap between predicted and actual ${unit} on ${formatInt(testPosts)} test posts the model never saw. Guessing the average means always predicting the training posts’ mean, ${formatCount(scores.baseline.trainMean)} ${unit}.`,
    error,
    baseline,
  };
}

/** A classifier's test result: how often it is right beside always guessing the commoner side. */
export function classificationInWords(
  report: ClassificationReport,
  target: Pick<TargetInfo, 'expression' | 'columns'>,
  threshold: number | null,
  testPosts: number,
): PlainResult {
  const unit = targetUnit(target);
  const above =
    threshold === null ? 'above the median' : `more than ${formatCount(threshold)} ${unit}`;
  const majority =
    report.baseline.majority === 1
      ? above
      : `at most ${threshold === null ? 'the median' : `${formatCount(threshold)} ${unit}`}`;
  const inHundred = (x: number) => Math.round(x * 100);
  const gain = inHundred(report.accuracy) - inHundred(report.baseline.accuracy);
  return {
    headline: `Right for ${inHundred(report.accuracy)} posts in 100 on whether a post gets ${above}; always guessing “${majority}” is right for ${inHundred(report.baseline.accuracy)}.`,
    verdict:
      gain >= 2
        ? `The model is right for ${gain} more posts in 100 than the guess.`
        : 'The model does no better than always guessing the commoner side.',
    method: `Measured on ${formatInt(testPosts)} test posts the model never saw (accuracy); a post counts as “${above}” against the training posts’ median.`,
    error: report.accuracy,
    baseline: report.baseline.accuracy,
  };
}
