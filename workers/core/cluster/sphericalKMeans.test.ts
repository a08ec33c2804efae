import { describe, expect, it } from 'vitest';
import { fitTfidf } from '../text/tfidf.ts';
import { fitKMeans, prepareKMeans } from './kmeans.ts';
import { fitSphericalKMeans } from './sphericalKMeans.ts';

function docs(): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < 30; i++) {
    out.push(['lost', 'bag', ...(i % 3 === 0 ? ['claim'] : [])]);
    out.push(['late', 'delay', ...(i % 2 === 0 ? ['gate'] : [])]);
    out.push(['rude', 'agent', ...(i % 4 === 0 ? ['phone'] : [])]);
  }
  // short posts with one shared word, the kind k-means sweeps into a catch-all
  for (let i = 0; i < 10; i++) out.push([['bag', 'delay', 'agent'][i % 3]!]);
  return out;
}

describe('spherical k-means', () => {
  it('recovers three word groups, short posts joining the group of their word', () => {
    const tf = fitTfidf(docs());
    if (!tf.ok) throw new Error(tf.error.message);
    const fit = fitSphericalKMeans(prepareKMeans(tf.value.matrix), 3, { seed: 0 });
    if (!fit.ok) throw new Error(fit.error.message);
    const f = fit.value;
    expect([...f.sizes].sort()).toEqual([33, 33, 34]);
    // posts 0, 1, 2 start the three groups; every third post shares its group
    for (let i = 0; i < 90; i++) expect(f.labels[i]).toBe(f.labels[i % 3]);
    expect(f.labels[90]).toBe(f.labels[0]);
    expect(f.labels[91]).toBe(f.labels[1]);
    expect(f.labels[92]).toBe(f.labels[2]);
    // centres are unit vectors
    for (let c = 0; c < 3; c++) {
      let sq = 0;
      for (let t = 0; t < f.cols; t++) sq += f.centroids[c * f.cols + t]! ** 2;
      expect(sq).toBeCloseTo(1, 12);
    }
  });

  it('gives the same clusters for the same seed and caps k at the distinct rows', () => {
    const tf = fitTfidf([['a'], ['a'], ['b']]);
    if (!tf.ok) throw new Error(tf.error.message);
    const data = prepareKMeans(tf.value.matrix);
    const a = fitSphericalKMeans(data, 5, { seed: 7 });
    const b = fitSphericalKMeans(data, 5, { seed: 7 });
    if (!a.ok || !b.ok) throw new Error('fit failed');
    expect(a.value.k).toBe(2);
    expect(Array.from(a.value.labels)).toEqual(Array.from(b.value.labels));
    expect(a.value.inertia).toBeCloseTo(0, 12);
  });

  it('refits from given centres in one run, and refuses centres of the wrong size', () => {
    const tf = fitTfidf(docs());
    if (!tf.ok) throw new Error(tf.error.message);
    const data = prepareKMeans(tf.value.matrix);
    for (const fit of [fitSphericalKMeans, fitKMeans]) {
      const first = fit(data, 3, { seed: 0 });
      if (!first.ok) throw new Error(first.error.message);
      const runs: number[] = [];
      const again = fit(data, 3, {
        init: first.value.centroids,
        onProgress: (p) => runs.push(p.total),
      });
      if (!again.ok) throw new Error(again.error.message);
      // one run, not the 10 seeded restarts, that starts where the first fit ended
      expect(runs).toEqual([1]);
      expect(Array.from(again.value.labels)).toEqual(Array.from(first.value.labels));
      expect(again.value.inertia).toBeCloseTo(first.value.inertia, 10);
      const wrong = fit(data, 3, { init: first.value.centroids.subarray(1) });
      expect(wrong.ok ? null : wrong.error.code).toBe('INVALID_OPTIONS');
      const nan = Float64Array.from(first.value.centroids, (v, i) => (i === 0 ? NaN : v));
      expect(((r) => (r.ok ? null : r.error.code))(fit(data, 3, { init: nan }))).toBe(
        'INVALID_OPTIONS',
      );
    }
  });
});
