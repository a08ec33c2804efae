import { describe, expect, it } from 'vitest';
import { chooseClassifier } from './classifierChoice.ts';

const heldOut = (accuracy: number, macroF1: number) => ({ accuracy, macroF1 });

describe('chooseClassifier', () => {
  it('keeps the model right more often in cross-validation, whatever the held-out posts say', () => {
    expect(
      chooseClassifier(
        { cv: 0.79, heldOut: heldOut(0.7, 0.6) },
        { cv: 0.76, heldOut: heldOut(0.8, 0.75) },
      ),
    ).toEqual({ kept: 'linear', basis: 'cross-validation' });
    expect(
      chooseClassifier(
        { cv: 0.74, heldOut: heldOut(0.81, 0.7) },
        { cv: 0.78, heldOut: heldOut(0.77, 0.7) },
      ),
    ).toEqual({ kept: 'network', basis: 'cross-validation' });
    expect(
      chooseClassifier(
        { cv: 0.8, heldOut: heldOut(0.7, 0.6) },
        { cv: 0.8, heldOut: heldOut(0.9, 0.9) },
      ).kept,
    ).toBe('linear');
  });

  it('without folds, keeps the one right on more held-out posts, then the better macro-F1, then the word patterns', () => {
    const choose = (l: [number, number], n: [number, number]) =>
      chooseClassifier({ cv: null, heldOut: heldOut(...l) }, { cv: 0.9, heldOut: heldOut(...n) });
    expect(choose([0.81, 0.7], [0.77, 0.75])).toEqual({ kept: 'linear', basis: 'held-out' });
    expect(choose([0.74, 0.72], [0.78, 0.7])).toEqual({ kept: 'network', basis: 'held-out' });
    expect(choose([0.8, 0.66], [0.8, 0.71]).kept).toBe('network');
    expect(choose([0.8, 0.71], [0.8, 0.66]).kept).toBe('linear');
    expect(choose([0.8, 0.7], [0.8, 0.7]).kept).toBe('linear');
  });
});
