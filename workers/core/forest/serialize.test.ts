import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { fitForest } from './forest.ts';
import { matrixFromRows } from './matrix.ts';
import { predict, predictProba } from './predict.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import { deserializeForest, serializeForest } from './serialize.ts';

const rng = createRng(11);
const rows = Array.from({ length: 300 }, () => [rng.normal(), rng.next() * 100, rng.int(3)]);
const y = rows.map((r) => r[0]! * 2 + Math.log1p(r[1]!) + rng.normal() / 3);
const X = matrixFromRows(rows, ['a', 'b', 'c']);
const probe = matrixFromRows(
  Array.from({ length: 500 }, () => [rng.normal() * 2, rng.next() * 120, rng.int(4)]),
);

/** Through JSON text and back, as a saved file would go. */
const viaJson = (model: Parameters<typeof serializeForest>[0]) =>
  deserializeForest(JSON.parse(JSON.stringify(serializeForest(model))));

describe('serializeForest / deserializeForest', () => {
  it('round-trips a regression forest with bit-identical predictions', () => {
    const fit = fitForest(X, { kind: 'regression', y }, { nEstimators: 20, seed: 3 });
    if (!fit.ok) throw new Error(fit.error.message);
    const back = viaJson(fit.value);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.params).toEqual(fit.value.params);
    expect(back.value.featureNames).toEqual(['a', 'b', 'c']);
    expect(back.value.featureImportances).toEqual(fit.value.featureImportances);
    expect(back.value.treeRoot).toEqual(fit.value.treeRoot);
    expect(back.value.left).toEqual(fit.value.left);
    expect(back.value.right).toEqual(fit.value.right);
    expect(back.value.threshold).toEqual(fit.value.threshold);
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
    expect(
      after.ok &&
        before.ok &&
        Buffer.from(after.value.proba.buffer).equals(Buffer.from(before.value.proba.buffer)),
    ).toBe(true);
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
    const shape = (text: string, edit: (bytes: Uint8Array) => Uint8Array) => ({
      ...good,
      arrays: { ...good.arrays, shape: bytesToBase64(edit(base64ToBytes(text)!)) },
    });
    // the last tree cut short, an extra node, a node of unknown kind
    expect(code(shape(good.arrays.shape, (b) => b.slice(0, -1)))).toBe('BUNDLE_INVALID');
    expect(code(shape(good.arrays.shape, (b) => Uint8Array.from([...b, 0])))).toBe(
      'BUNDLE_INVALID',
    );
    expect(code(shape(good.arrays.shape, (b) => b.map((v, i) => (i === 0 ? 2 : v))))).toBe(
      'BUNDLE_INVALID',
    );
    // a split on a feature the model does not have
    const feature = new Int32Array(fit.value.feature);
    feature[0] = 7;
    expect(code(serializeForest({ ...fit.value, feature }))).toBe('BUNDLE_INVALID');
    expect(code(good)).toBe('ok');
  });
});
