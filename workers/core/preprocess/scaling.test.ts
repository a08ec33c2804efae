import { describe, expect, it } from 'vitest';
import { fitScaler, log1pCounts, scaleValue } from './scaling.ts';

describe('fitScaler', () => {
  it('z-scores with the population standard deviation', () => {
    const p = fitScaler('zscore', [1, 2, 3, 4]);
    // mean 2.5, variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25
    expect(p).toEqual({ method: 'zscore', mean: 2.5, std: Math.sqrt(1.25) });
    expect(scaleValue(p, 4)).toBeCloseTo(1.5 / Math.sqrt(1.25), 15);
  });

  it('gives a constant column a scale of 1, as StandardScaler does', () => {
    const p = fitScaler('zscore', [7, 7, 7]);
    expect(p).toEqual({ method: 'zscore', mean: 7, std: 1 });
    expect(scaleValue(p, 9)).toBe(2);
  });

  it('maps the fitted range onto [0, 1] and extrapolates beyond it', () => {
    const p = fitScaler('minmax', [10, 20, 30]);
    expect(scaleValue(p, 10)).toBe(0);
    expect(scaleValue(p, 25)).toBe(0.75);
    expect(scaleValue(p, 40)).toBe(1.5);
    expect(scaleValue(fitScaler('minmax', [3, 3]), 3)).toBe(0);
  });

  it('centres on the median and divides by the interquartile range', () => {
    // sorted [1, 2, 3, 4, 100]: median 3, q25 = 2, q75 = 4, IQR 2
    const p = fitScaler('robust', [100, 1, 3, 2, 4]);
    expect(p).toEqual({ method: 'robust', median: 3, iqr: 2 });
    expect(scaleValue(p, 100)).toBe(48.5);
  });
});

describe('log1pCounts', () => {
  it('takes log(1 + x) of counts', () => {
    const r = log1pCounts('likes', Float64Array.from([0, Math.E - 1, 99]));
    expect(r.ok && Array.from(r.value)).toEqual([0, 1, Math.log(100)]);
  });

  it('refuses a negative count, naming the column and the row', () => {
    const r = log1pCounts('likes', Float64Array.from([3, -2]), (i) => i + 10);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('COLUMN_WRONG_TYPE');
      expect(r.error.message).toContain('"likes"');
      expect(r.error.message).toContain('-2 in row 12');
    }
  });
});
