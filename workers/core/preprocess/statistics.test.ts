import { describe, expect, it } from 'vitest';
import {
  mean,
  median,
  modeOfNumbers,
  populationStd,
  quantileSorted,
  rankedCounts,
} from './statistics.ts';

describe('statistics', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('interpolates quantiles linearly between ranks, as numpy percentile', () => {
    // positions q*(n-1) on [1, 2, 4, 8]: 0.25 → 0.75 → 1 + 0.75 * 1; 0.75 → 2.25 → 4 + 0.25 * 4
    expect(quantileSorted([1, 2, 4, 8], 0.25)).toBe(1.75);
    expect(quantileSorted([1, 2, 4, 8], 0.75)).toBe(5);
    expect(quantileSorted([7], 0.9)).toBe(7);
  });

  it('computes the population standard deviation (ddof 0)', () => {
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    expect(populationStd([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
  });

  it('breaks ties in the mode towards the smallest number', () => {
    expect(modeOfNumbers([3, 1, 3, 1, 2])).toBe(1);
    expect(modeOfNumbers([5, 5, 2])).toBe(5);
  });

  it('ranks values by count, then by code point', () => {
    expect(rankedCounts(['b', 'a', 'B', 'b', 'a', 'c'])).toEqual([
      ['a', 2],
      ['b', 2],
      ['B', 1],
      ['c', 1],
    ]);
  });
});
