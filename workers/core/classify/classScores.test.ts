import { describe, expect, it } from 'vitest';
import { classScores, classShares } from './classScores.ts';

describe('classScores', () => {
  it('scores accuracy and macro-F1 as sklearn does over the classes present', () => {
    // truth 0 0 1 2, predicted 0 1 1 1: accuracy 0.5; F1 class0 = 2/3, class1 = 0.5, class2 = 0
    const s = classScores([0, 0, 1, 2], [0, 1, 1, 1], [0, 1, 2, 3]);
    expect(s.accuracy).toBe(0.5);
    expect(s.macroF1).toBeCloseTo((2 / 3 + 0.5 + 0) / 3, 10);
    expect(classShares([0, 0, 1, 2], [0, 1, 2, 3])).toEqual([0.5, 0.25, 0.25]);
  });
});
