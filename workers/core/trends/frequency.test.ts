import { describe, expect, it } from 'vitest';
import { termsOverTime } from './frequency.ts';
import { indexTerms } from './termIndex.ts';
import { bucketTimes } from './timeBuckets.ts';

const day = (d: number): number => Date.UTC(2025, 0, d, 12);

describe('terms over time', () => {
  it('counts posts per day for the most used terms', () => {
    const lists = [['vax'], ['vax', 'pfizer'], ['pfizer'], ['vax'], ['rare'], ['vax']];
    const times = [day(1), day(1), day(2), day(3), day(3), NaN];
    const r = termsOverTime(indexTerms(lists), bucketTimes(times, 'day')!, 2);
    expect(r.unit).toBe('day');
    expect(r.posts).toEqual([2, 1, 2]);
    // the undated sixth post counts for neither the totals nor the buckets
    expect(r.series).toEqual([
      { term: 'vax', total: 3, counts: [2, 0, 1] },
      { term: 'pfizer', total: 2, counts: [1, 1, 0] },
    ]);
  });
});
