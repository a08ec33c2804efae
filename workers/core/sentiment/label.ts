import type { SentimentLabel, SentimentThresholds } from './types.ts';

/** The VADER authors' recommended cut-offs: compound >= 0.05 positive, <= -0.05 negative. */
export const DEFAULT_THRESHOLDS: SentimentThresholds = { positive: 0.05, negative: -0.05 };

/**
 * Three-class label from a compound score, as the reference labels it: `compound >= positive`
 * is positive, `compound <= negative` is negative, anything between (or NaN) is neutral.
 */
export function sentimentLabel(
  compound: number,
  thresholds: SentimentThresholds = DEFAULT_THRESHOLDS,
): SentimentLabel {
  if (compound >= thresholds.positive) return 'positive';
  if (compound <= thresholds.negative) return 'negative';
  return 'neutral';
}
