import { describe, expect, it } from 'vitest';
import { bucketIndex, bucketStart, chooseTimeUnit, rowBuckets } from './timeBuckets.ts';

const DAY = 86_400_000;
const t = (iso: string): number => Date.parse(iso);

describe('time buckets', () => {
  it('chooses hour, day, week or month from the span', () => {
    const start = t('2025-01-01T00:00:00Z');
    expect(chooseTimeUnit(start, start + 2 * DAY)).toBe('hour');
    expect(chooseTimeUnit(start, start + 60 * DAY)).toBe('day');
    expect(chooseTimeUnit(start, start + 243 * DAY)).toBe('week');
    expect(chooseTimeUnit(t('2010-01-01T00:00:00Z'), t('2023-12-31T00:00:00Z'))).toBe('month');
  });

  it('starts weeks on Monday and months on the 1st (UTC)', () => {
    // Wednesday 2025-01-08 is in the week of Monday 2025-01-06.
    expect(new Date(bucketStart(bucketIndex(t('2025-01-08T15:00:00Z'), 'week'), 'week')).toISOString()).toBe('2025-01-06T00:00:00.000Z');
    expect(new Date(bucketStart(bucketIndex(t('2024-02-29T23:59:59Z'), 'month'), 'month')).toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(bucketIndex(t('2025-01-01T05:59:00Z'), 'hour') + 1).toBe(bucketIndex(t('2025-01-01T06:00:00Z'), 'hour'));
  });

  it('gives every row its bucket from the first, -1 for missing times, and coarsens past the cap', () => {
    const times = Float64Array.from([t('2025-01-03T10:00:00Z'), NaN, t('2025-01-01T00:00:00Z'), t('2025-01-05T23:00:00Z')]);
    const b = rowBuckets(times, 'day')!;
    expect(b.unit).toBe('day');
    expect(b.count).toBe(5);
    expect(Array.from(b.index)).toEqual([2, -1, 0, 4]);
    expect(rowBuckets(times, 'hour', 50)!.unit).toBe('day'); // 120 hours > 50
    expect(rowBuckets(Float64Array.from([NaN]), 'auto')).toBeNull();
  });
});
