import { describe, expect, it } from 'vitest';
import { tableFromRows } from '../csv/tableFromRows.ts';
import { splitNodeMeans } from '../features/contributions.ts';
import { prepareEngagementData } from '../features/engagementData.ts';
import { regressionReport } from '../features/evaluation.ts';
import { generatePosts } from '../features/posts.testutil.ts';
import { fitForest } from '../forest/forest.ts';
import { predict } from '../forest/predict.ts';
import { serializeForest } from '../forest/serialize.ts';
import { createBundle, loadEngagementBundle, type ModelBundle } from './bundle.ts';
import { fingerprintTable } from './fingerprint.ts';
import { floatsToBase64 } from './typedBase64.ts';

function trainedBundle(): { bundle: ModelBundle; expected: Float64Array } {
  const { table, schema } = generatePosts(120);
  const data = prepareEngagementData(table, schema, { target: { expression: 'likes' } });
  if (!data.ok) throw new Error(data.error.message);
  const d = data.value;
  const fit = fitForest(d.train.X, { kind: 'regression', y: d.train.y }, { nEstimators: 10 });
  if (!fit.ok) throw new Error(fit.error.message);
  const pred = predict(fit.value, d.test.X);
  if (!pred.ok) throw new Error(pred.error.message);
  const bundle = createBundle({
    appVersion: '0.1.0',
    createdAt: new Date(0),
    fingerprint: fingerprintTable(table),
    features: d.features,
    preprocessing: null,
    engagement: {
      task: 'regression',
      target: d.target,
      threshold: null,
      forest: serializeForest(fit.value),
      nodeMeans: floatsToBase64(Float32Array.from(splitNodeMeans(fit.value, d.train.X, d.train.y))),
      cv: { scoring: 'neg_mse', folds: 5, bestParams: { nEstimators: 10 }, bestScore: -1, points: 1 },
      metrics: regressionReport(d.train.y, d.test.y, pred.value, true, d.train.raw, d.test.raw),
    },
  });
  return { bundle, expected: pred.value };
}

describe('model bundles', () => {
  it('round-trips through JSON and predicts exactly as before', () => {
    const { bundle, expected } = trainedBundle();
    expect(bundle).toMatchObject({ format: 'murmur-bundle', schemaVersion: 1, appVersion: '0.1.0', createdAt: '1970-01-01T00:00:00.000Z' });
    const loaded = loadEngagementBundle(JSON.parse(JSON.stringify(bundle)));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const { table, schema } = generatePosts(120);
    const again = prepareEngagementData(table, schema, { target: { expression: 'likes' } });
    if (!again.ok) throw new Error(again.error.message);
    const p = predict(loaded.value.forest, again.value.test.X);
    expect(p.ok && Array.from(p.value)).toEqual(Array.from(expected));
  });

  it('fingerprints the data: same table same hash, one cell changed another', () => {
    const a = tableFromRows(['a', 'b'], [['1', 'x'], ['2', 'y']]);
    const b = tableFromRows(['a', 'b'], [['1', 'x'], ['2', 'z']]);
    expect(fingerprintTable(a)).toEqual(fingerprintTable(tableFromRows(['a', 'b'], [['1', 'x'], ['2', 'y']])));
    expect(fingerprintTable(a).hash).not.toBe(fingerprintTable(b).hash);
    expect(fingerprintTable(a)).toMatchObject({ rows: 2, columns: ['a', 'b'] });
  });

  it('refuses damaged, foreign and newer bundles with a code', () => {
    const { bundle } = trainedBundle();
    const code = (v: unknown) => {
      const r = loadEngagementBundle(v);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code(null)).toBe('BUNDLE_INVALID');
    expect(code({ format: 'something-else' })).toBe('BUNDLE_INVALID');
    expect(code({ ...bundle, schemaVersion: 2 })).toBe('BUNDLE_TOO_NEW');
    expect(code({ ...bundle, engagement: { ...bundle.engagement, nodeMeans: 'AAAA' } })).toBe('BUNDLE_INVALID');
    expect(code({ ...bundle, features: { ...bundle.features, names: ['one'] } })).toBe('BUNDLE_MISMATCH');
  });
});
