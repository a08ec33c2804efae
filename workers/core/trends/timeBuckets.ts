/**
 * Calendar buckets (UTC) for trends: the unit chosen from the data's time span, and each post's
 * bucket. Weeks start on Monday.
 */

export type TrendUnit = 'hour' | 'day' | 'week' | 'month';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 1970-01-01 was a Thursday: shift by 3 days so weeks start on Monday. */
const MONDAY_SHIFT = 3 * DAY;

/** Length of one unit in ms (a month counts as 30 days: only used to size windows). */
export function unitMs(unit: TrendUnit): number {
  return unit === 'hour' ? HOUR : unit === 'day' ? DAY : unit === 'week' ? 7 * DAY : 30 * DAY;
}

/** hour up to 3 days of data, day up to 120 days, week up to 3 years, month beyond: 24 to ~160 points. */
export function trendUnitFor(spanMs: number): TrendUnit {
  if (spanMs <= 3 * DAY) return 'hour';
  if (spanMs <= 120 * DAY) return 'day';
  if (spanMs <= 3 * 366 * DAY) return 'week';
  return 'month';
}

/** Index of the bucket holding epoch-ms `t` (consecutive buckets have consecutive indices). */
export function bucketOf(t: number, unit: TrendUnit): number {
  if (unit === 'month') {
    const d = new Date(t);
    return d.getUTCFullYear() * 12 + d.getUTCMonth();
  }
  return Math.floor((t + (unit === 'week' ? MONDAY_SHIFT : 0)) / unitMs(unit));
}

/** Epoch ms where bucket `k` starts. */
export function bucketStart(k: number, unit: TrendUnit): number {
  if (unit === 'month') return Date.UTC(Math.floor(k / 12), k % 12, 1);
  return k * unitMs(unit) - (unit === 'week' ? MONDAY_SHIFT : 0);
}

export interface TimeBuckets {
  readonly unit: TrendUnit;
  /** Earliest and latest readable time, epoch ms. */
  readonly min: number;
  readonly max: number;
  /** Buckets from the one holding `min` to the one holding `max`. */
  readonly count: number;
  /** Epoch ms where each bucket starts. */
  readonly starts: readonly number[];
  /** Each post's bucket (0..count-1), -1 where its time is missing. */
  readonly index: Int32Array;
  /** Posts without a readable time. */
  readonly undated: number;
}

/** The span of epoch-ms `times` (NaN = missing), or null when none is readable. */
export function timeSpan(times: ArrayLike<number>): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  return max >= min ? { min, max } : null;
}

/** Buckets of epoch-ms `times` (NaN = missing) in `unit`, or in the unit the span calls for; null when no time is readable. */
export function bucketTimes(
  times: ArrayLike<number>,
  unit: TrendUnit | 'auto' = 'auto',
): TimeBuckets | null {
  const span = timeSpan(times);
  if (!span) return null;
  const u = unit === 'auto' ? trendUnitFor(span.max - span.min) : unit;
  const first = bucketOf(span.min, u);
  const count = bucketOf(span.max, u) - first + 1;
  const index = new Int32Array(times.length);
  let undated = 0;
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (Number.isFinite(t)) index[i] = bucketOf(t, u) - first;
    else {
      index[i] = -1;
      undated++;
    }
  }
  return {
    unit: u,
    ...span,
    count,
    starts: Array.from({ length: count }, (_, k) => bucketStart(first + k, u)),
    index,
    undated,
  };
}
