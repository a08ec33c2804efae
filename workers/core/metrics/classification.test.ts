import { describe, expect, it } from 'vitest';
import {
  accuracy,
  confusionMatrix,
  macroF1,
  precisionRecallF1,
  weightedF1,
} from './classification.ts';

describe('classification metrics', () => {
  const yTrue = ['cat', 'dog', 'cat', 'bird', 'dog', 'cat'];
  const yPred = ['cat', 'cat', 'cat', 'dog', 'dog', 'bird'];
  it('counts accuracy', () => expect(accuracy(yTrue, yPred)).toBe(0.5));
  it('builds the confusion matrix with true labels as rows, sorted labels by default', () => {
    expect(confusionMatrix(yTrue, yPred)).toEqual([
      [0, 0, 1], // bird → dog
      [1, 2, 0], // cat → bird, cat, cat
      [0, 1, 1], // dog → cat, dog
    ]);
    expect(confusionMatrix(yTrue, yPred, ['dog', 'cat'])).toEqual([
      [1, 1],
      [0, 2],
    ]);
  });
  it('computes per-class precision, recall and F1 by hand', () => {
    // bird: tp 0 / predicted 1 / true 1; cat: 2/3/3; dog: 1/2/2
    const s = precisionRecallF1(yTrue, yPred);
    expect(s.map((c) => c.label)).toEqual(['bird', 'cat', 'dog']);
    expect(s.map((c) => c.precision)).toEqual([0, 2 / 3, 0.5]);
    expect(s.map((c) => c.recall)).toEqual([0, 2 / 3, 0.5]);
    expect(s[1]!.f1).toBeCloseTo(2 / 3, 15);
    expect(s.map((c) => c.support)).toEqual([1, 3, 2]);
    expect(macroF1(yTrue, yPred)).toBeCloseTo(7 / 18, 15); // (0 + 2/3 + 1/2) / 3
    expect(weightedF1(yTrue, yPred)).toBeCloseTo(0.5, 15); // (0·1 + 2/3·3 + 1/2·2) / 6
  });
  it('scores 0 where a ratio has a zero denominator, as sklearn zero_division="warn"', () => {
    // class 0 is never predicted: precision 0/0 → 0; class 1: p 2/3, r 1, F1 0.8
    const s = precisionRecallF1([0, 1, 1], [1, 1, 1]);
    expect(s.map((c) => [c.precision, c.recall, c.f1])).toEqual([
      [0, 0, 0],
      [2 / 3, 1, 0.8],
    ]);
    expect(weightedF1([0, 1], [0, 1], ['fish'])).toBe(0);
  });
  it('refuses labels that mix strings and numbers', () => {
    expect(() => macroF1(['1', 2], ['1', 2])).toThrow(/mix strings and numbers/);
  });
});
