import { describe, expect, it } from 'vitest';
import { chooseClassifier } from './classifierChoice.ts';

describe('chooseClassifier', () => {
  it('keeps the model right on more held-out posts', () => {
    expect(
      chooseClassifier({ accuracy: 0.81, macroF1: 0.7 }, { accuracy: 0.77, macroF1: 0.75 }),
    ).toBe('linear');
    expect(
      chooseClassifier({ accuracy: 0.74, macroF1: 0.72 }, { accuracy: 0.78, macroF1: 0.7 }),
    ).toBe('network');
  });

  it('breaks a tie by macro-F1, then keeps the word-pattern model', () => {
    expect(
      chooseClassifier({ accuracy: 0.8, macroF1: 0.66 }, { accuracy: 0.8, macroF1: 0.71 }),
    ).toBe('network');
    expect(
      chooseClassifier({ accuracy: 0.8, macroF1: 0.71 }, { accuracy: 0.8, macroF1: 0.66 }),
    ).toBe('linear');
    expect(chooseClassifier({ accuracy: 0.8, macroF1: 0.7 }, { accuracy: 0.8, macroF1: 0.7 })).toBe(
      'linear',
    );
  });
});
