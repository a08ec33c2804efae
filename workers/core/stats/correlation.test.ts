import { describe, expect, it } from 'vitest';
import { pearson, pearsonMatrix } from './correlation.ts';

const f = (xs: number[]): Float64Array => new Float64Array(xs);

describe('pearson', () => {
  it('is 1 and -1 for exact lines', () => {
    expect(pearson(f([1, 2, 3]), f([2, 4, 6]))).toEqual({ r: 1, n: 3 });
    expect(pearson(f([1, 2, 3]), f([3, 2, 1]))).toEqual({ r: -1, n: 3 });
  });

  it('uses the rows where both have a value', () => {
    // Complete pairs: (1,1) (2,3) (4,4): means 7/3 and 8/3; sxy = 13/3, sxx = 14/3, syy = 14/3.
    const { r, n } = pearson(f([1, 2, NaN, 4, 5]), f([1, 3, 9, 4, NaN]));
    expect(n).toBe(3);
    expect(r).toBeCloseTo(13 / 14, 12);
  });

  it('is NaN for a constant column or fewer than two rows', () => {
    expect(pearson(f([1, 1, 1]), f([1, 2, 3])).r).toBeNaN();
    expect(pearson(f([1, NaN]), f([NaN, 2]))).toEqual({ r: NaN, n: 0 });
  });
});

describe('pearsonMatrix', () => {
  it('is symmetric with n per pair', () => {
    const m = pearsonMatrix(['a', 'b'], [f([1, 2, 3, NaN]), f([1, 2, 4, 8])]);
    expect(m.columns).toEqual(['a', 'b']);
    expect(m.n).toEqual([
      [3, 3],
      [3, 4],
    ]);
    expect(m.r[0]![1]).toBe(m.r[1]![0]);
    expect(m.r[0]![1]).toBeCloseTo(3 / Math.sqrt(2 * (14 / 3)), 12);
  });
});
