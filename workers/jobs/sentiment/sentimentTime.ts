/** Sentiment over time: calendar buckets (`core/trends/timeBuckets.ts`) with a cap on their number. */
import type { SentimentTimeUnit } from '../../api/sentiment.ts';
import {
  bucketOf,
  bucketTimes,
  timeSpan,
  trendUnitFor,
  type TimeBuckets,
} from '../../core/trends/timeBuckets.ts';

const ORDER: readonly SentimentTimeUnit[] = ['hour', 'day', 'week', 'month'];

/**
 * Each row's bucket of `unit` (or of the unit the span calls for), coarsened to the finest unit
 * with at most `maxBuckets` buckets: hours over ten years would be 87,600 points. Null when no
 * time is readable.
 */
export function sentimentBuckets(
  times: ArrayLike<number>,
  unit: SentimentTimeUnit | 'auto',
  maxBuckets = 2000,
): TimeBuckets | null {
  const span = timeSpan(times);
  if (!span) return null;
  let u = unit === 'auto' ? trendUnitFor(span.max - span.min) : unit;
  while (u !== 'month' && bucketOf(span.max, u) - bucketOf(span.min, u) + 1 > maxBuckets)
    u = ORDER[ORDER.indexOf(u) + 1]!;
  return bucketTimes(times, u);
}
