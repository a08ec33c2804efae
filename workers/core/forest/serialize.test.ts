import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { fitForest } from './forest.ts';
import { matrixFromRows } from './matrix.ts';
import { predict, predictProba } from './predict.ts';
import { deserializeForest, serializeForest } from './serialize.ts';

const rng = createRng(11);
const rows = Array.from({ length: 300 }, () => [rng.normal(), rng.next() * 100, rng.int(3)]);
const y = rows.map((r) => r[0]! * 2 + Math.log1p(r[1]!) + rng.normal() / 3);
const X = matrixFromRows(rows, ['a', 'b', 'c']);
const probe = matrixFromRows(Array.from({ length: 500 }, () => [rng.normal() * 2, rng.next() * 120, rng.int(4)]));

/** Through JSON text and back, as a saved file would go. */
const viaJson = (model: Parameters<typeof serializeForest>[0]) => deserializeForest(JSON.parse(JSON.stringify(serializeForest(model))));

describe('serializeForest / deserializeForest', () => {
  it('round-trips a regression forest with bit-identical predictions', () => {
    const fit = fitForest(X, { kind: 'regression', y }, { nEstimators: 20, seed: 3 });
    if (!fit.ok) throw new Error(fit.error.message);
    const back = viaJson(fit.value);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.params).toEqual(fit.value.params);
    expect(back.value.featureNames).toEqual(['a', 'b', 'c']);
    expect(back.value.featureImportances).toEqual(fit.value.featureImportances);
    const before = predict(fit.value, probe);
    const after = predict(back.value, probe);
    if (!before.ok || !after.ok) throw new Error('predict failed');
    expect(Buffer.from(after.value.buffer).equals(Buffer.from(before.value.buffer))).toBe(true);
  });

  it('round-trips a classifier with its labels', () => {
    const labels = y.map((v) => (v > 3 ? 'high' : 'low'));
    const fit = fitForest(X, { kind: 'classification', labels }, { nEstimators: 10 });
    if (!fit.ok) throw new Error(fit.error.message);
    const back = viaJson(fit.value);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.classes).toEqual(['high', 'low']);
    const before = predictProba(fit.value, probe);
    const after = predictProba(back.value, probe);
    expect(after.ok && before.ok && Buffer.from(after.value.proba.buffer).equals(Buffer.from(before.value.proba.buffer))).toBe(true);
  });

  it('refuses damaged or foreign data', () => {
    const fit = fitForest(X, { kind: 'regression', y }, { nEstimators: 2 });
    if (!fit.ok) throw new Error(fit.error.message);
    const good = serializeForest(fit.value);
    const code = (data: unknown) => {
      const r = deserializeForest(data);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code({ hello: 'world' })).toBe('BUNDLE_INVALID');
    expect(code({ ...good, version: 99 })).toBe('BUNDLE_TOO_NEW');
    expect(code({ ...good, arrays: { ...good.arrays, threshold: '***' } })).toBe('BUNDLE_INVALID');
    // a right child pointing back at the root would loop forever
    const right = new Int32Array(fit.value.right);
    right[0] = 0;
    const looping = { ...fit.value, right };
    expect(code(serializeForest(looping))).toBe('BUNDLE_INVALID');
    expect(code(good)).toBe('ok');
  });
});
