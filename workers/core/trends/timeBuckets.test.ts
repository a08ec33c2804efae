import { describe, expect, it } from 'vitest';
import { bucketOf, bucketStart, bucketTimes, trendUnitFor } from './timeBuckets.ts';

const H = 3_600_000;
const D = 24 * H;
const t = (iso: string): number => Date.parse(iso);

describe('trend time buckets', () => {
  it('chooses hours for up to 3 days, days up to 120, weeks up to 3 years, then months', () => {
    expect(trendUnitFor(3 * D)).toBe('hour');
    expect(trendUnitFor(3 * D + 1)).toBe('day');
    expect(trendUnitFor(120 * D)).toBe('day');
    expect(trendUnitFor(121 * D)).toBe('week');
    expect(trendUnitFor(4 * 365 * D)).toBe('month');
  });

  it('starts weeks on Monday and months on the 1st (UTC)', () => {
    // 2025-03-05 is a Wednesday; its week starts Monday 2025-03-03
    expect(
      new Date(bucketStart(bucketOf(t('2025-03-05T13:00:00Z'), 'week'), 'week')).toISOString(),
    ).toBe('2025-03-03T00:00:00.000Z');
    expect(
      new Date(bucketStart(bucketOf(t('2025-03-05T13:00:00Z'), 'month'), 'month')).toISOString(),
    ).toBe('2025-03-01T00:00:00.000Z');
    expect(bucketOf(t('2025-03-09T23:59:59Z'), 'week')).toBe(
      bucketOf(t('2025-03-03T00:00:00Z'), 'week'),
    );
    expect(bucketOf(t('2025-03-10T00:00:00Z'), 'week')).toBe(
      bucketOf(t('2025-03-03T00:00:00Z'), 'week') + 1,
    );
  });

  it('puts each post in its bucket from the first to the last, and counts the undated ones', () => {
    const times = [
      t('2025-01-01T10:30:00Z'),
      NaN,
      t('2025-01-03T00:00:00Z'),
      t('2025-01-01T23:59:00Z'),
    ];
    const b = bucketTimes(times, 'day')!;
    expect(b.count).toBe(3);
    expect(Array.from(b.index)).toEqual([0, -1, 2, 0]);
    expect(b.undated).toBe(1);
    expect(b.starts).toEqual([
      t('2025-01-01T00:00:00Z'),
      t('2025-01-02T00:00:00Z'),
      t('2025-01-03T00:00:00Z'),
    ]);
    expect(bucketTimes(times)!.unit).toBe('hour');
  });

  it('is null when no time is readable', () => {
    expect(bucketTimes([NaN, NaN])).toBeNull();
    expect(bucketTimes([])).toBeNull();
  });
});
