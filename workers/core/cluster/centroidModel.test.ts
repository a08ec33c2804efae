import { describe, expect, it } from 'vitest';
import { csrRow } from '../text/sparseMatrix.ts';
import { fitTfidf, transformTfidf } from '../text/tfidf.ts';
import { centroidModel, nearestCluster, parseCentroidModel } from './centroidModel.ts';
import { kmeans } from './kmeans.ts';

function fitted() {
  // two topics of identical documents: each centre is that document's unit vector
  const docs = [...Array(5).fill(['a', 'b']), ...Array(5).fill(['c', 'd'])] as string[][];
  const tfidf = fitTfidf(docs);
  if (!tfidf.ok) throw new Error(tfidf.error.message);
  const fit = kmeans(tfidf.value.matrix, 2);
  if (!fit.ok) throw new Error(fit.error.message);
  return { tfidf: tfidf.value.model, fit: fit.value, model: centroidModel(fit.value) };
}

describe('centroidModel', () => {
  it('stores the centres sparse and survives JSON', () => {
    const { model, fit } = fitted();
    expect(model.centroids.map((c) => c.indices.length)).toEqual([2, 2]);
    expect(model.sizes).toEqual([5, 5]);
    const parsed = parseCentroidModel(JSON.parse(JSON.stringify(model)));
    expect(parsed.ok && parsed.value.centroids).toEqual(model.centroids);
    expect(fit.k).toBe(2);
  });

  it('rejects malformed models with BUNDLE_INVALID', () => {
    const { model } = fitted();
    const bad = [
      { ...model, kind: 'x' },
      { ...model, k: 3 },
      { ...model, centroids: [{ indices: [1, 0], values: [1, 1] }, model.centroids[1]] },
      { ...model, centroids: [{ indices: [9], values: [1] }, model.centroids[1]] },
      { ...model, centroids: [{ indices: [0], values: [] }, model.centroids[1]] },
    ];
    for (const b of bad) {
      const r = parseCentroidModel(b);
      expect(r.ok ? 'ok' : r.error.code).toBe('BUNDLE_INVALID');
    }
  });
});

describe('nearestCluster', () => {
  it('places a document on the centre it shares terms with, with its cosine similarity (hand-computed)', () => {
    const { tfidf, model, fit } = fitted();
    const [ab, a, cd] = [['a', 'b'], ['a'], ['d', 'c', 'zzz']].map((doc) =>
      csrRow(transformTfidf(tfidf, [doc]), 0),
    );
    const abCluster = fit.labels[0]!;
    expect(nearestCluster(ab!, model)).toEqual({
      cluster: abCluster,
      similarity: expect.closeTo(1, 12),
      distance: expect.closeTo(0, 6),
    });
    // 'a' alone against (a + b)/√2 with equal idf: cos = 1/√2, distance² = 2 − 2/√2
    expect(nearestCluster(a!, model)).toEqual({
      cluster: abCluster,
      similarity: expect.closeTo(Math.SQRT1_2, 12),
      distance: expect.closeTo(Math.sqrt(2 - Math.SQRT2), 12),
    });
    expect(nearestCluster(cd!, model)?.cluster).toBe(1 - abCluster);
  });

  it('returns null for a document with no known term', () => {
    const { tfidf, model } = fitted();
    expect(nearestCluster(csrRow(transformTfidf(tfidf, [['nothing']]), 0), model)).toBeNull();
  });
});
