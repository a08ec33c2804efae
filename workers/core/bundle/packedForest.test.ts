import { describe, expect, it } from 'vitest';
import { splitNodeMeans } from '../features/contributions.ts';
import { prepareEngagementData } from '../features/engagementData.ts';
import { generatePosts } from '../features/posts.testutil.ts';
import { fitForest } from '../forest/forest.ts';
import { predictWithSpread } from '../forest/predict.ts';
import { serializeForest } from '../forest/serialize.ts';
import { engagementBundle } from './bundles.testutil.ts';
import { floatsToBase64 } from './typedBase64.ts';
import { packForest, packNodeMeans, unpackForest, unpackNodeMeans } from './packedForest.ts';

describe('packed forests', () => {
  it('unpack to the same trees, bit for bit', () => {
    const { forest } = engagementBundle(200, 15);
    const back = unpackForest(JSON.parse(JSON.stringify(packForest(forest))), 'forest');
    if (!back.ok) throw new Error(back.error.message);
    for (const key of [
      'treeRoot',
      'feature',
      'threshold',
      'left',
      'right',
      'leafValue',
      'featureImportances',
    ] as const) {
      expect(Array.from(back.value[key])).toEqual(Array.from(forest[key]));
    }
    expect(back.value.params).toEqual(forest.params);
  });

  it('keep root means exact and other node means within 1/65535 of their range', () => {
    const { posts } = engagementBundle(200, 1);
    const d = prepareEngagementData(posts.table, posts.schema, {
      target: { expression: 'likes', log1p: true },
    });
    if (!d.ok) throw new Error(d.error.message);
    const fit = fitForest(
      d.value.train.X,
      { kind: 'regression', y: d.value.train.y },
      { nEstimators: 5 },
    );
    if (!fit.ok) throw new Error(fit.error.message);
    const means = Float32Array.from(splitNodeMeans(fit.value, d.value.train.X, d.value.train.y));
    const packed = packNodeMeans(fit.value, means);
    const back = unpackNodeMeans(packed, fit.value) as Float32Array;
    const step = (packed.max - packed.min) / 65535;
    for (let i = 0; i < means.length; i++)
      expect(Math.abs(back[i]! - means[i]!)).toBeLessThanOrEqual(step / 2 + 1e-6);
    for (const r of fit.value.treeRoot) expect(back[r]).toBe(means[r]);
    expect(unpackNodeMeans({ ...packed, count: means.length - 1 }, fit.value)).toBe(
      `expected ${means.length.toLocaleString('en-US')} entries, found ${(means.length - 1).toLocaleString('en-US')}`,
    );
  });

  it('name the field and both lengths when an array is cut', () => {
    const { forest } = engagementBundle(100, 3);
    const packed = packForest(forest);
    const r = unpackForest(
      { ...packed, splits: packed.splits - 1, leaves: packed.leaves },
      'engagement.forest',
    );
    expect(!r.ok && r.error.message).toBe(
      `engagement.forest.shape: expected ${(packed.splits - 1 + packed.leaves).toLocaleString('en-US')} entries, found ${(packed.splits + packed.leaves).toLocaleString('en-US')}.`,
    );
    const cut = unpackForest(
      { ...packed, featureImportances: floatsToBase64(new Float64Array(forest.nFeatures - 1)) },
      'engagement.forest',
    );
    expect(!cut.ok && cut.error.message).toBe(
      `engagement.forest.featureImportances: expected ${forest.nFeatures} entries, found ${forest.nFeatures - 1}.`,
    );
  });

  it('export a 200-tree, depth-20 forest trained on 10,000 posts in under 10 MB', () => {
    const posts = generatePosts(12_500, 3);
    const d = prepareEngagementData(posts.table, posts.schema, {
      target: { expression: 'likes', log1p: true },
      testSize: 0.2,
      // a plain split of rows: exactly 10,000 train (a grouped split holds out a share of texts)
      split: 'random',
    });
    if (!d.ok) throw new Error(d.error.message);
    expect(d.value.train.X.rows).toBe(10_000);
    const fit = fitForest(
      d.value.train.X,
      { kind: 'regression', y: d.value.train.y },
      { nEstimators: 200, maxDepth: 20, maxFeatures: 'sqrt' },
    );
    if (!fit.ok) throw new Error(fit.error.message);
    const means = Float32Array.from(splitNodeMeans(fit.value, d.value.train.X, d.value.train.y));
    const bytes = JSON.stringify({
      forest: packForest(fit.value),
      nodeMeans: packNodeMeans(fit.value, means),
    }).length;
    const before =
      JSON.stringify(serializeForest(fit.value)).length + Math.ceil((means.length * 4) / 3) * 4;
    console.info(
      `packed forest: ${(bytes / 1e6).toFixed(2)} MB (serializeForest + float32 means: ${(before / 1e6).toFixed(2)} MB), ${fit.value.feature.length.toLocaleString('en-US')} splits`,
    );
    expect(bytes).toBeLessThan(10_000_000);
    const back = unpackForest(JSON.parse(JSON.stringify(packForest(fit.value))), 'forest');
    if (!back.ok) throw new Error(back.error.message);
    const a = predictWithSpread(fit.value, d.value.test.X);
    const b = predictWithSpread(back.value, d.value.test.X);
    expect(b.ok && Array.from(b.value.mean)).toEqual(a.ok && Array.from(a.value.mean));
  });
});
