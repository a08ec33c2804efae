import { describe, expect, it } from 'vitest';
import { numericSummary, quantileSorted } from './numericSummary.ts';

describe('numericSummary', () => {
  it('gives count, range, mean, sample std and quartiles, skipping NaN', () => {
    const s = numericSummary(new Float64Array([4, NaN, 1, 3, 2, 100]))!;
    expect(s).toMatchObject({
      count: 5,
      min: 1,
      max: 100,
      mean: 22,
      q1: 2,
      median: 3,
      q3: 4,
      zeros: 0,
    });
    // sum of squared deviations: 441 + 400 + 361 + 324 + 6084 = 7610; / 4
    expect(s.std).toBeCloseTo(Math.sqrt(7610 / 4), 12);
  });

  it('gives one bin per value for whole numbers spanning at most 30', () => {
    const s = numericSummary(new Float64Array([0, 1, 1, 3]))!;
    expect(s.histogram).toEqual({ edges: [0, 1, 2, 3, 4], counts: [1, 2, 0, 1] });
  });

  it('gives 20 equal bins otherwise, the maximum in the last', () => {
    const s = numericSummary(new Float64Array([0, 0.5, 9.99, 10, 100]))!;
    expect(s.histogram.edges).toHaveLength(21);
    expect(s.histogram.edges[1]).toBe(5);
    expect(s.histogram.counts[0]).toBe(2);
    expect(s.histogram.counts[1]).toBe(1);
    expect(s.histogram.counts[2]).toBe(1);
    expect(s.histogram.counts[19]).toBe(1);
  });

  it('adds a log1p histogram for heavy-tailed counts', () => {
    const counts = new Float64Array(100).map((_, i) => (i < 95 ? i % 3 : 1000 * i));
    const s = numericSummary(counts)!;
    expect(s.log1pHistogram).toBeDefined();
    expect(s.log1pHistogram!.edges[0]).toBe(0);
    expect(s.log1pHistogram!.edges[20]).toBeCloseTo(99000, 6);
    expect(s.log1pHistogram!.counts.reduce((a, b) => a + b, 0)).toBe(100);
    expect(numericSummary(new Float64Array([1, 2, 3]))!.log1pHistogram).toBeUndefined();
  });

  it('gives NaN std for one value and null for none', () => {
    expect(numericSummary(new Float64Array([5]))!.std).toBeNaN();
    expect(numericSummary(new Float64Array([NaN]))).toBeNull();
  });
});

describe('quantileSorted', () => {
  it('interpolates linearly as numpy does', () => {
    const xs = new Float64Array([1, 2, 3, 4]);
    expect([0, 0.25, 0.5, 0.75, 1].map((q) => quantileSorted(xs, q))).toEqual([
      1, 1.75, 2.5, 3.25, 4,
    ]);
  });
});
