import { describe, expect, it } from 'vitest';
import { csrFromDense } from '../text/sparseMatrix.ts';
import { fitTfidf } from '../text/tfidf.ts';
import { kmeans } from './kmeans.ts';

const points = [
  [0, 0],
  [1, 0],
  [0, 1],
  [1, 1],
  [5, 5],
  [6, 5],
  [5, 6],
  [6, 6.5],
  [0, 9],
  [1, 9.5],
  [0.5, 8],
  [3, 3],
];

describe('kmeans', () => {
  it('finds what sklearn KMeans(n_init=10, random_state=0) finds on sparse input, labels included', () => {
    // printed by sklearn 1.2.1: KMeans(n_clusters=k, n_init=10, random_state=0).fit(csr_matrix(points))
    const expected = [
      { k: 2, inertia: 76.85714285714285, labels: [1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1] },
      { k: 3, inertia: 16.354166666666657, labels: [1, 1, 1, 1, 2, 2, 2, 2, 0, 0, 0, 1] },
      { k: 4, inertia: 6.354166666666657, labels: [2, 2, 2, 2, 3, 3, 3, 3, 1, 1, 1, 0] },
    ];
    for (const e of expected) {
      const r = kmeans(csrFromDense(points), e.k);
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.inertia).toBeCloseTo(e.inertia, 10);
      expect(Array.from(r.value.labels)).toEqual(e.labels);
    }
    // sklearn KMeans(n_clusters=3, n_init=1, random_state=7): a worse local optimum, the same one
    const single = kmeans(csrFromDense(points), 3, { nInit: 1, seed: 7 });
    if (!single.ok) throw new Error(single.error.message);
    expect(single.value.inertia).toBeCloseTo(16.866666666666667, 10);
    expect(Array.from(single.value.labels)).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 2, 2, 2, 0]);
  });

  it('puts centres at the cluster means and reports inertia as the sum of squared distances (hand-computed)', () => {
    const r = kmeans(csrFromDense([[0], [1], [10], [11]]), 2);
    if (!r.ok) throw new Error(r.error.message);
    expect(Array.from(r.value.centroids).sort((a, b) => a - b)).toEqual([0.5, 10.5]);
    expect(r.value.inertia).toBeCloseTo(1, 12); // four points each 0.5 from their centre
    expect(Array.from(r.value.sizes)).toEqual([2, 2]);
  });

  it('recovers three separated hashtag topics', () => {
    const topics = [
      ['vaccine', 'pfizer', 'covid'],
      ['election', 'vote', 'ballot'],
      ['football', 'goal', 'league'],
    ];
    const docs = Array.from({ length: 60 }, (_, i) => {
      const t = topics[i % 3]!;
      return [t[0]!, t[1 + (i % 2)]!];
    });
    const tfidf = fitTfidf(docs);
    if (!tfidf.ok) throw new Error(tfidf.error.message);
    const r = kmeans(tfidf.value.matrix, 3);
    if (!r.ok) throw new Error(r.error.message);
    const labelOfTopic = [0, 1, 2].map((t) => r.value.labels[t]!);
    expect(new Set(labelOfTopic).size).toBe(3);
    r.value.labels.forEach((l, i) => expect(l).toBe(labelOfTopic[i % 3]));
    expect(Array.from(r.value.sizes)).toEqual([20, 20, 20]);
  });

  it('caps k at the number of distinct rows and says so through k and kRequested', () => {
    const r = kmeans(
      csrFromDense([
        [1, 0],
        [1, 0],
        [0, 1],
        [1, 0],
        [0, 1],
      ]),
      4,
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.k).toBe(2);
    expect(r.value.kRequested).toBe(4);
    expect(r.value.inertia).toBe(0);
  });

  it('gives the same clusters for the same seed', () => {
    const a = kmeans(csrFromDense(points), 3, { seed: 12, nInit: 2 });
    const b = kmeans(csrFromDense(points), 3, { seed: 12, nInit: 2 });
    if (!a.ok || !b.ok) throw new Error('fit failed');
    expect(Array.from(a.value.labels)).toEqual(Array.from(b.value.labels));
  });

  it('rejects bad options with INVALID_OPTIONS and no rows with TOO_FEW_DOCUMENTS', () => {
    for (const [k, o] of [
      [0, {}],
      [2, { nInit: 0 }],
      [2, { maxIter: 0 }],
      [2, { tol: -1 }],
      [2, { seed: -1 }],
      [2.5, {}],
    ] as const) {
      const r = kmeans(csrFromDense(points), k, o);
      expect(r.ok ? 'ok' : r.error.code).toBe('INVALID_OPTIONS');
    }
    const empty = kmeans(csrFromDense([], 2), 2);
    expect(empty.ok ? 'ok' : empty.error.code).toBe('TOO_FEW_DOCUMENTS');
  });

  it('reports each restart and stops with ABORTED when the signal fires', () => {
    const seen: number[] = [];
    const controller = new AbortController();
    const r = kmeans(csrFromDense(points), 3, {
      nInit: 5,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.done);
        if (p.done === 2) controller.abort();
      },
    });
    expect(seen).toEqual([1, 2]);
    expect(r.ok ? 'ok' : r.error.code).toBe('ABORTED');
  });
});
