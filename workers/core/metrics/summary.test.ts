import { describe, expect, it } from 'vitest';
import { meanAndStd } from './summary.ts';

describe('meanAndStd', () => {
  it('gives the mean and the population standard deviation', () => {
    // mean 2.5; squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, / 4 = 1.25
    const s = meanAndStd([1, 2, 3, 4]);
    expect(s.mean).toBe(2.5);
    expect(s.std).toBeCloseTo(Math.sqrt(1.25), 15);
    expect(meanAndStd([7])).toEqual({ mean: 7, std: 0 });
  });
  it('is NaN for no values', () => {
    expect(meanAndStd([]).mean).toBeNaN();
  });
});
