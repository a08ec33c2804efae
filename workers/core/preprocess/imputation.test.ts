import { describe, expect, it } from 'vitest';
import { fitCategoricalFill, fitNumericFill } from './imputation.ts';

describe('fitNumericFill', () => {
  it('fits median, mean and mode from the present values', () => {
    expect(fitNumericFill('x', [1, 2, 2, 10], 'median')).toEqual({ ok: true, value: 2 });
    expect(fitNumericFill('x', [1, 2, 2, 10], 'mean')).toEqual({ ok: true, value: 3.75 });
    expect(fitNumericFill('x', [1, 2, 2, 10], 'mode')).toEqual({ ok: true, value: 2 });
    expect(fitNumericFill('x', [1, 2], 'drop')).toEqual({ ok: true, value: null });
    expect(fitNumericFill('x', [], 'constant', -1)).toEqual({ ok: true, value: -1 });
  });

  it('fails when a statistic has nothing to work on, or a constant is not given', () => {
    const empty = fitNumericFill('followers', [], 'median');
    expect(!empty.ok && empty.error.code).toBe('COLUMN_WRONG_TYPE');
    expect(!empty.ok && empty.error.message).toContain('"followers"');
    const noConstant = fitNumericFill('x', [1], 'constant');
    expect(!noConstant.ok && noConstant.error.code).toBe('INVALID_OPTIONS');
    expect(fitNumericFill('x', [1], 'constant', NaN).ok).toBe(false);
  });
});

describe('fitCategoricalFill', () => {
  it('fills with the most frequent value, ties to the first in code-point order', () => {
    expect(fitCategoricalFill('c', ['b', 'a', 'b', 'a'], 'mode')).toEqual({ ok: true, value: 'a' });
    expect(fitCategoricalFill('c', ['x'], 'category')).toEqual({ ok: true, value: '__missing__' });
    expect(fitCategoricalFill('c', ['x'], 'constant', 'unknown')).toEqual({
      ok: true,
      value: 'unknown',
    });
    expect(fitCategoricalFill('c', [], 'mode').ok).toBe(false);
  });
});
