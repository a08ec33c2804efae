import type { SentimentThresholds } from '../../api/sentiment.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import { DEFAULT_THRESHOLDS } from '../../core/sentiment/index.ts';

/** The requested cut-offs (VADER's ±0.05 when none), or INVALID_OPTIONS unless -1 ≤ negative ≤ positive ≤ 1. */
export function checkThresholds(t: SentimentThresholds | undefined): Result<SentimentThresholds> {
  const th = t ?? DEFAULT_THRESHOLDS;
  if (!(
    Number.isFinite(th.positive) &&
    Number.isFinite(th.negative) &&
    th.negative <= th.positive &&
    th.negative >= -1 &&
    th.positive <= 1
  )) {
    return fail(
      'INVALID_OPTIONS',
      `Thresholds must satisfy -1 ≤ negative ≤ positive ≤ 1 (got ${th.negative} and ${th.positive}).`,
      'The usual cut-offs are -0.05 and 0.05.',
    );
  }
  return ok({ positive: th.positive, negative: th.negative });
}
