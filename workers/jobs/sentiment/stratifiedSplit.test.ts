import { describe, expect, it } from 'vitest';
import { stratifiedSplit } from './stratifiedSplit.ts';

describe('stratifiedSplit', () => {
  const y = [
    ...new Array<number>(50).fill(0),
    ...new Array<number>(30).fill(1),
    ...new Array<number>(20).fill(2),
    1,
  ];

  it('holds out the share of each class, and is repeatable for a seed', () => {
    const { train, test } = stratifiedSplit(y, 0.2, 7);
    const count = (rows: Uint32Array, k: number) =>
      Array.from(rows).filter((r) => y[r] === k).length;
    // 50 → 10, 31 → round(6.2) = 6, 20 → 4
    expect([count(test, 0), count(test, 1), count(test, 2)]).toEqual([10, 6, 4]);
    expect(train.length + test.length).toBe(y.length);
    expect(new Set([...train, ...test]).size).toBe(y.length);
    expect(Array.from(stratifiedSplit(y, 0.2, 7).test)).toEqual(Array.from(test));
    expect(Array.from(stratifiedSplit(y, 0.2, 8).test)).not.toEqual(Array.from(test));
  });

  it('keeps a lone row of a class in training and holds out at least one of two', () => {
    const classes = [0, 1, 1, 2, 2, 2, 2, 2, 2, 2];
    const { train, test } = stratifiedSplit(classes, 0.1, 1);
    expect(Array.from(train)).toContain(0);
    // class 1: 2 rows × 0.1 rounds to 0, raised to 1; class 2: 7 × 0.1 rounds to 1
    expect(Array.from(test, (r) => classes[r])).toEqual([1, 2]);
  });
});
