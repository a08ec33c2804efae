import { describe, expect, it } from 'vitest';
import { kFold, trainTestSplit } from './splits.ts';

describe('kFold', () => {
  it('makes consecutive folds with the first n % k one row larger, as sklearn KFold', () => {
    const r = kFold(10, 3);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((s) => [...s.test])).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    expect([...r.value[1]!.train]).toEqual([0, 1, 2, 3, 7, 8, 9]);
  });
  it('refuses fewer than 2 folds or more folds than rows', () => {
    const one = kFold(10, 1);
    expect(one.ok ? null : one.error.code).toBe('INVALID_OPTIONS');
    const many = kFold(3, 5);
    expect(many.ok ? null : many.error.code).toBe('TOO_FEW_ROWS');
  });
});

describe('trainTestSplit', () => {
  it('sizes the test side as ceil(share × n) and covers every row once', () => {
    const r = trainTestSplit(10, 0.25, 1);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.test.length).toBe(3); // ceil(2.5)
    expect(r.value.train.length).toBe(7);
    expect([...r.value.train, ...r.value.test].sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });
  it('takes an integer as a row count and repeats for a seed', () => {
    const a = trainTestSplit(100, 20, 5);
    const b = trainTestSplit(100, 20, 5);
    const c = trainTestSplit(100, 20, 6);
    if (!a.ok || !b.ok || !c.ok) throw new Error('split failed');
    expect(a.value.test.length).toBe(20);
    expect(b.value.test).toEqual(a.value.test);
    expect(c.value.test).not.toEqual(a.value.test);
  });
  it('refuses sizes that leave one side empty', () => {
    for (const size of [0, 1.5, 10, -0.2]) {
      const r = trainTestSplit(10, size);
      expect(r.ok ? null : r.error.code).toBe('INVALID_OPTIONS');
    }
  });
});
