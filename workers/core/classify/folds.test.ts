import { describe, expect, it } from 'vitest';
import { foldSplit, stratifiedFolds } from './folds.ts';

describe('stratifiedFolds', () => {
  it('spreads every class evenly over the folds', () => {
    const y = Array.from({ length: 103 }, (_, i) => (i < 60 ? 0 : i < 90 ? 1 : 2));
    const fold = stratifiedFolds(y, 5, 3);
    for (const c of [0, 1, 2]) {
      const per = [0, 0, 0, 0, 0];
      y.forEach((v, i) => v === c && per[fold[i]!]!++);
      expect(Math.max(...per) - Math.min(...per)).toBeLessThanOrEqual(1);
    }
    const sizes = [0, 1, 2, 3, 4].map((f) => foldSplit(fold, f).test.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('keeps a group whole, so a copied text never sits on both sides', () => {
    const y = Array.from({ length: 60 }, (_, i) => i % 3);
    const groups = y.map((_, i) => Math.floor(i / 4));
    const fold = stratifiedFolds(y, 3, 1, groups);
    for (let g = 0; g < 15; g++)
      expect(new Set([0, 1, 2, 3].map((k) => fold[g * 4 + k])).size).toBe(1);
  });

  it('is repeatable from its seed and differs across seeds', () => {
    const y = Array.from({ length: 50 }, (_, i) => i % 2);
    expect(stratifiedFolds(y, 5, 7)).toEqual(stratifiedFolds(y, 5, 7));
    expect(stratifiedFolds(y, 5, 7)).not.toEqual(stratifiedFolds(y, 5, 8));
  });

  it('refuses fewer than two folds', () => {
    expect(() => stratifiedFolds([0, 1], 1, 0)).toThrow(RangeError);
  });
});
