import { describe, expect, it } from 'vitest';
import { featuresPerSplit, resolveParams } from './params.ts';

describe('featuresPerSplit', () => {
  it('follows sklearn 1.2 max_features semantics', () => {
    expect(featuresPerSplit('sqrt', 36)).toBe(6);
    expect(featuresPerSplit('sqrt', 28)).toBe(5); // floor(5.29)
    expect(featuresPerSplit('sqrt', 2)).toBe(1);
    expect(featuresPerSplit('log2', 36)).toBe(5); // floor(5.17)
    expect(featuresPerSplit('all', 36)).toBe(36);
    expect(featuresPerSplit(1, 36)).toBe(36); // max_features=1.0
    expect(featuresPerSplit(0.5, 36)).toBe(18);
    expect(featuresPerSplit(0.3, 10)).toBe(3);
    expect(featuresPerSplit(0.01, 10)).toBe(1); // at least one
    expect(featuresPerSplit(4, 36)).toBe(4);
    expect(featuresPerSplit(40, 36)).toBe(36);
  });
});

describe('resolveParams', () => {
  it('fills sklearn defaults per kind', () => {
    const r = resolveParams({}, 'regression');
    expect(r).toEqual({
      ok: true,
      value: {
        nEstimators: 100,
        maxDepth: null,
        minSamplesSplit: 2,
        minSamplesLeaf: 1,
        maxFeatures: 'all',
        bootstrap: true,
        seed: 0,
        maxBins: 1024,
      },
    });
    const c = resolveParams({}, 'classification');
    expect(c.ok && c.value.maxFeatures).toBe('sqrt');
  });
  it('names the option that is out of range', () => {
    for (const [options, name] of [
      [{ nEstimators: 0 }, 'nEstimators'],
      [{ maxDepth: 0 }, 'maxDepth'],
      [{ minSamplesSplit: 1 }, 'minSamplesSplit'],
      [{ minSamplesLeaf: 0.5 }, 'minSamplesLeaf'],
      [{ maxFeatures: 1.5 }, 'maxFeatures'],
      [{ maxFeatures: 0 }, 'maxFeatures'],
      [{ maxBins: 70000 }, 'maxBins'],
    ] as const) {
      const r = resolveParams(options, 'regression');
      expect(r.ok ? '' : `${r.error.code} ${r.error.message}`).toMatch(
        new RegExp(`^INVALID_OPTIONS Forest option ${name} `),
      );
    }
  });
});
