/** Calendar buckets (UTC) for sentiment over time: the unit from the span, and each row's bucket. */
import type { SentimentTimeUnit } from '../../api/sentiment.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 1970-01-01 was a Thursday: shift by 3 days so weeks start on Monday. */
const MONDAY_SHIFT = 3 * DAY;

/**
 * hour up to 3 days, day up to 6 months, week up to 3 years, month beyond: between about 30 and
 * 180 points on the chart.
 */
export function chooseTimeUnit(min: number, max: number): SentimentTimeUnit {
  const span = max - min;
  if (span <= 3 * DAY) return 'hour';
  if (span <= 183 * DAY) return 'day';
  if (span <= 3 * 366 * DAY) return 'week';
  return 'month';
}

/** Index of the bucket holding `t` (consecutive buckets have consecutive indices). */
export function bucketIndex(t: number, unit: SentimentTimeUnit): number {
  switch (unit) {
    case 'hour':
      return Math.floor(t / HOUR);
    case 'day':
      return Math.floor(t / DAY);
    case 'week':
      return Math.floor((t + MONDAY_SHIFT) / (7 * DAY));
    case 'month': {
      const d = new Date(t);
      return d.getUTCFullYear() * 12 + d.getUTCMonth();
    }
  }
}

/** Epoch ms where bucket `k` starts. */
export function bucketStart(k: number, unit: SentimentTimeUnit): number {
  switch (unit) {
    case 'hour':
      return k * HOUR;
    case 'day':
      return k * DAY;
    case 'week':
      return k * 7 * DAY - MONDAY_SHIFT;
    case 'month':
      return Date.UTC(Math.floor(k / 12), k % 12, 1);
  }
}

/** Every row's bucket, relative to the first one (-1 where the time is missing), with the bucket count. */
export interface RowBuckets {
  readonly unit: SentimentTimeUnit;
  readonly first: number;
  readonly count: number;
  readonly index: Int32Array;
}

/** Buckets of epoch-ms `times` (NaN = missing); null when no time is readable. Buckets are capped at `maxBuckets` by coarsening the unit. */
export function rowBuckets(times: Float64Array, unit: SentimentTimeUnit | 'auto', maxBuckets = 2000): RowBuckets | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  if (!(max >= min)) return null;
  const order: SentimentTimeUnit[] = ['hour', 'day', 'week', 'month'];
  let u = unit === 'auto' ? chooseTimeUnit(min, max) : unit;
  // An hourly chart of ten years would be 87,600 points: take the finest unit that fits.
  while (u !== 'month' && bucketIndex(max, u) - bucketIndex(min, u) + 1 > maxBuckets) u = order[order.indexOf(u) + 1]!;
  const first = bucketIndex(min, u);
  const index = new Int32Array(times.length);
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    index[i] = Number.isFinite(t) ? bucketIndex(t, u) - first : -1;
  }
  return { unit: u, first, count: bucketIndex(max, u) - first + 1, index };
}
