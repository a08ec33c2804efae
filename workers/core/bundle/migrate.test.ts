import { describe, expect, it } from 'vitest';
import { splitNodeMeans } from '../features/contributions.ts';
import { prepareEngagementData } from '../features/engagementData.ts';
import { regressionReport } from '../features/evaluation.ts';
import { generatePosts } from '../features/posts.testutil.ts';
import { fitForest } from '../forest/forest.ts';
import { predict } from '../forest/predict.ts';
import { serializeForest } from '../forest/serialize.ts';
import { fingerprintTable } from './fingerprint.ts';
import { loadBundle } from './loadBundle.ts';
import { floatsToBase64 } from './typedBase64.ts';

/** A bundle as the first engagement release wrote it (schema version 1), e.g. `murmur train --save`. */
function version1() {
  const posts = generatePosts(150, 4);
  const data = prepareEngagementData(posts.table, posts.schema, {
    target: { expression: 'likes', log1p: true },
  });
  if (!data.ok) throw new Error(data.error.message);
  const d = data.value;
  const fit = fitForest(d.train.X, { kind: 'regression', y: d.train.y }, { nEstimators: 8 });
  if (!fit.ok) throw new Error(fit.error.message);
  const pred = predict(fit.value, d.test.X);
  if (!pred.ok) throw new Error(pred.error.message);
  const means = Float32Array.from(splitNodeMeans(fit.value, d.train.X, d.train.y));
  const v1 = {
    format: 'murmur-bundle',
    schemaVersion: 1,
    appVersion: '0.1.0',
    createdAt: '2025-01-02T03:04:05.000Z',
    fingerprint: fingerprintTable(posts.table),
    features: d.features,
    preprocessing: null,
    engagement: {
      task: 'regression',
      target: d.target,
      threshold: null,
      forest: serializeForest(fit.value),
      nodeMeans: floatsToBase64(means),
      cv: {
        scoring: 'neg_mse',
        folds: 5,
        bestParams: { nEstimators: 8 },
        bestScore: -1,
        points: 1,
      },
      metrics: regressionReport(d.train.y, d.test.y, pred.value, true, d.train.raw, d.test.raw),
    },
  };
  return {
    v1: JSON.parse(JSON.stringify(v1)) as typeof v1,
    test: d.test.X,
    expected: pred.value,
    means,
    roots: fit.value.treeRoot,
  };
}

describe('migrating bundles', () => {
  it('reads a version-1 engagement bundle as version 3: builder moved, forest packed, same predictions', () => {
    const { v1, test, expected, means, roots } = version1();
    const r = loadBundle(v1);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.migratedFrom).toBe(1);
    expect(r.value.bundle).toMatchObject({
      schemaVersion: 3,
      createdAt: '2025-01-02T03:04:05.000Z',
      dataset: '',
    });
    expect(r.value.bundle.engagement!.features).toEqual(v1.features);
    expect(r.value.bundle.engagement!.forest.format).toBe('murmur-forest-packed');
    expect('features' in r.value.bundle).toBe(false);
    const p = predict(r.value.engagement!.forest, test);
    expect(p.ok && Array.from(p.value)).toEqual(Array.from(expected));
    for (const root of roots) expect(r.value.engagement!.nodeMeans[root]).toBe(means[root]);
  });

  it('refuses a version-1 bundle whose node means do not fit its forest, saying so', () => {
    const { v1 } = version1();
    const r = loadBundle({
      ...v1,
      engagement: { ...v1.engagement, nodeMeans: floatsToBase64(new Float32Array(3)) },
    });
    expect(!r.ok && r.error.message).toMatch(
      /engagement\.nodeMeans: expected [\d,]+ float32 values, found 3/,
    );
  });
});
