import { describe, expect, it } from 'vitest';
import { SeriesRing } from './seriesRing.ts';

describe('SeriesRing', () => {
  it('sums posts, sentiment, labels, engagement and topics per bucket span', () => {
    const r = new SeriesRing(1000, 10);
    r.add(1_000, 0.5, 2, 10, 0);
    r.add(1_500, -0.5, 0, NaN, 1);
    r.add(2_000, 0.2, 2, 4, -1);
    const t = r.sum(1, 2);
    expect(t.posts).toBe(3);
    expect(t.meanCompound).toBeCloseTo(0.2 / 3, 12);
    expect(t.labels).toEqual([1, 0, 2]);
    expect(t.meanEngagement).toBe(7);
    expect(t.topics).toEqual([1, 1]);
    expect(r.sum(2, 2)).toMatchObject({ posts: 1, meanCompound: 0.2 });
    expect(r.sum(5, 9).posts).toBe(0);
    expect(r.sum(5, 9).meanCompound).toBeNaN();
  });

  it('counts unscored posts among the posts, in no label and out of the mean compound', () => {
    const r = new SeriesRing(1000, 10);
    r.add(1_000, 0.6, 2, NaN, -1);
    r.add(1_100, NaN, 3, NaN, -1);
    r.add(1_200, NaN, 3, 5, 0);
    const t = r.sum(1, 1);
    expect(t).toMatchObject({ posts: 3, unscored: 2, labels: [0, 0, 1], meanEngagement: 5 });
    expect(t.meanCompound).toBeCloseTo(0.6, 12);
    // the trained classifier labels a post no word list reads: a label, and no compound
    r.add(1_300, NaN, 0, NaN, -1);
    expect(r.sum(1, 1)).toMatchObject({ posts: 4, unscored: 2, labels: [1, 0, 1] });
    expect(r.sum(1, 1).meanCompound).toBeCloseTo(0.6, 12);
  });

  it('reuses a slot a full turn later and forgets what it held, ignoring posts older than the span', () => {
    const r = new SeriesRing(1000, 10);
    r.add(3_000, 1, 2, NaN, -1);
    r.add(13_000, -1, 0, NaN, -1); // bucket 13 takes bucket 3's slot
    expect(r.sum(3, 3).posts).toBe(0);
    expect(r.sum(13, 13)).toMatchObject({ posts: 1, meanCompound: -1 });
    r.add(3_500, 1, 2, NaN, -1); // too old now
    expect(r.sum(4, 13).posts).toBe(1);
  });

  it('gives consecutive steps ending with a bucket', () => {
    const r = new SeriesRing(1000, 100);
    for (let s = 0; s < 10; s++) for (let k = 0; k <= s; k++) r.add(s * 1000 + k, 0, 1, NaN, -1);
    // steps of 2 buckets ending with bucket 9: (6,7) (8,9) preceded by (4,5)
    expect(r.series(9, 2, 3).map((p) => p.posts)).toEqual([5 + 6, 7 + 8, 9 + 10]);
  });
});
