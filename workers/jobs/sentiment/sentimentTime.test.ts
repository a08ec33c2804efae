import { describe, expect, it } from 'vitest';
import { sentimentBuckets } from './sentimentTime.ts';

const t = (iso: string): number => Date.parse(iso);

describe('sentimentBuckets', () => {
  const times = Float64Array.from([
    t('2025-01-03T10:00:00Z'),
    NaN,
    t('2025-01-01T00:00:00Z'),
    t('2025-01-05T23:00:00Z'),
  ]);

  it('gives every row its bucket from the first, -1 where the time is missing', () => {
    const b = sentimentBuckets(times, 'day')!;
    expect([b.unit, b.count, b.undated]).toEqual(['day', 5, 1]);
    expect(Array.from(b.index)).toEqual([2, -1, 0, 4]);
    expect(b.starts[1]).toBe(t('2025-01-02T00:00:00Z'));
  });

  it('coarsens a unit that would need more buckets than the cap', () => {
    // 120 hours > 50: days (5) fit
    expect(sentimentBuckets(times, 'hour', 50)!.unit).toBe('day');
    expect(sentimentBuckets(times, 'hour')!.unit).toBe('hour');
    expect(sentimentBuckets(Float64Array.from([NaN]), 'auto')).toBeNull();
  });
});
