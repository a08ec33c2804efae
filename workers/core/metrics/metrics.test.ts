import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { accuracy, confusionMatrix, macroF1, mae, meanBaseline, mse, precisionRecallF1, r2, rocAuc, weightedF1 } from './index.ts';

describe('regression metrics', () => {
  // sklearn docs example. errors 0.5,-0.5,0,-1: MSE 1.5/4, MAE 2/4; mean y 2.875, SS_tot 29.1875.
  const yTrue = [3, -0.5, 2, 7];
  const yPred = [2.5, 0, 2, 8];
  it('matches hand-worked MSE, MAE and R²', () => {
    expect(mse(yTrue, yPred)).toBe(0.375);
    expect(mae(yTrue, yPred)).toBe(0.5);
    expect(r2(yTrue, yPred)).toBeCloseTo(1 - 1.5 / 29.1875, 15);
  });
  it('gives R² = 1 for a perfect fit of a constant target and 0 otherwise, as sklearn force_finite', () => {
    expect(r2([4, 4, 4], [4, 4, 4])).toBe(1);
    expect(r2([4, 4, 4], [4, 5, 4])).toBe(0);
    expect(r2([1], [1])).toBeNaN();
  });
  it('scores the predict-the-training-mean baseline', () => {
    // train mean 2 → predictions [2, 2] on test [2, 4]: MSE 2, MAE 1; test mean 3, SS_tot 2, SS_res 4.
    expect(meanBaseline([1, 2, 3], [2, 4])).toEqual({ trainMean: 2, mse: 2, mae: 1, r2: -1 });
  });
  it('refuses arrays of different length', () => {
    expect(() => mse([1, 2], [1])).toThrow(/2 true values but 1 predictions/);
  });
});

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

describe('rocAuc', () => {
  it('matches the sklearn docs example', () => {
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toEqual({ ok: true, value: 0.75 });
  });
  it('counts tied scores as half a win', () => {
    // positive scores 0.5, 0.9 vs negative 0.5, 0.5: pairs ½ + ½ + 1 + 1 = 3 of 4
    expect(rocAuc(['no', 'yes', 'no', 'yes'], [0.5, 0.5, 0.5, 0.9])).toEqual({ ok: true, value: 0.75 });
    expect(rocAuc(['no', 'yes', 'no', 'yes'], [0.5, 0.5, 0.5, 0.9], 'no')).toEqual({ ok: true, value: 0.25 });
  });
  it('fails when the truth holds one class only', () => {
    const r = rocAuc([1, 1], [0.2, 0.4]);
    expect(r.ok ? null : r.error.code).toBe('TOO_FEW_LABELS');
  });
});

const sklearnAvailable = spawnSync('/usr/bin/python3', ['-c', 'import sklearn'], { encoding: 'utf8' }).status === 0;
if (!sklearnAvailable) console.warn('metrics.test: /usr/bin/python3 with scikit-learn not found; skipping the sklearn cross-check');

describe.skipIf(!sklearnAvailable)('metrics against scikit-learn on random data', () => {
  it('agrees with sklearn on every metric', () => {
    const rng = createRng(7);
    const names = ['negative', 'neutral', 'positive'];
    const yTrue = Array.from({ length: 300 }, () => names[rng.int(3)]!);
    const yPred = yTrue.map((l) => (rng.next() < 0.6 ? l : names[rng.int(3)]!));
    const binary = yTrue.map((l) => (l === 'positive' ? 1 : 0));
    const scores = binary.map((b) => Math.round((b * 0.3 + rng.next()) * 20) / 20); // rounded: many ties
    const yReal = Array.from({ length: 300 }, () => rng.normal() * 3);
    const yRealPred = yReal.map((v) => v + rng.normal());
    const code = `
import json, sys
from sklearn import metrics as m
d = json.load(sys.stdin)
t, p, labs = d['t'], d['p'], ['negative', 'neutral', 'positive']
prf = m.precision_recall_fscore_support(t, p, labels=labs, zero_division=0)
print(json.dumps({'acc': m.accuracy_score(t, p), 'cm': m.confusion_matrix(t, p, labels=labs).tolist(),
  'prf': [x.tolist() for x in prf[:3]], 'macro': m.f1_score(t, p, average='macro'),
  'weighted': m.f1_score(t, p, average='weighted'), 'auc': m.roc_auc_score(d['b'], d['s']),
  'mse': m.mean_squared_error(d['y'], d['yp']), 'mae': m.mean_absolute_error(d['y'], d['yp']), 'r2': m.r2_score(d['y'], d['yp'])}))`;
    const run = spawnSync('/usr/bin/python3', ['-c', code], {
      input: JSON.stringify({ t: yTrue, p: yPred, b: binary, s: scores, y: yReal, yp: yRealPred }),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const sk = JSON.parse(run.stdout) as { acc: number; cm: number[][]; prf: number[][]; macro: number; weighted: number; auc: number; mse: number; mae: number; r2: number };
    expect(accuracy(yTrue, yPred)).toBeCloseTo(sk.acc, 12);
    expect(confusionMatrix(yTrue, yPred, names)).toEqual(sk.cm);
    const ours = precisionRecallF1(yTrue, yPred, names);
    ours.forEach((c, k) => {
      expect(c.precision).toBeCloseTo(sk.prf[0]![k]!, 12);
      expect(c.recall).toBeCloseTo(sk.prf[1]![k]!, 12);
      expect(c.f1).toBeCloseTo(sk.prf[2]![k]!, 12);
    });
    expect(macroF1(yTrue, yPred)).toBeCloseTo(sk.macro, 12);
    expect(weightedF1(yTrue, yPred)).toBeCloseTo(sk.weighted, 12);
    const auc = rocAuc(binary, scores);
    expect(auc.ok && auc.value).toBeCloseTo(sk.auc, 12);
    expect(mse(yReal, yRealPred)).toBeCloseTo(sk.mse, 12);
    expect(mae(yReal, yRealPred)).toBeCloseTo(sk.mae, 12);
    expect(r2(yReal, yRealPred)).toBeCloseTo(sk.r2, 12);
  });
});
