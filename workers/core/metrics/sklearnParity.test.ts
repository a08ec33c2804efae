/** Every metric against scikit-learn on random data, through /usr/bin/python3 (skipped with a notice without sklearn). */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import {
  accuracy,
  confusionMatrix,
  macroF1,
  mae,
  mse,
  precisionRecallF1,
  r2,
  rocAuc,
  weightedF1,
} from './index.ts';

const sklearnAvailable =
  spawnSync('/usr/bin/python3', ['-c', 'import sklearn'], { encoding: 'utf8' }).status === 0;
if (!sklearnAvailable)
  console.warn(
    'metrics sklearnParity.test: /usr/bin/python3 with scikit-learn not found; skipping the sklearn cross-check',
  );

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
    const sk = JSON.parse(run.stdout) as {
      acc: number;
      cm: number[][];
      prf: number[][];
      macro: number;
      weighted: number;
      auc: number;
      mse: number;
      mae: number;
      r2: number;
    };
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
