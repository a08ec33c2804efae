import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { csrFromDense } from '../text/sparseMatrix.ts';
import { fitTfidf } from '../text/tfidf.ts';
import { kSweep } from './kSweep.ts';
import type { ClusterProgress } from './progress.ts';

/** n documents, each 3 tags drawn from one of three disjoint 5-tag topics (many distinct documents). */
function threeTopics(n: number): ReturnType<typeof fitTfidf> {
  const rng = createRng(11);
  return fitTfidf(
    Array.from({ length: n }, (_, i) => Array.from({ length: 3 }, () => `t${i % 3}_${rng.int(5)}`)),
  );
}

describe('kSweep', () => {
  it('recommends the k with the highest cosine silhouette: 3 for three separated topics', () => {
    const tfidf = threeTopics(90);
    if (!tfidf.ok) throw new Error(tfidf.error.message);
    const progress: ClusterProgress[] = [];
    const r = kSweep(tfidf.value.matrix, { kMin: 2, kMax: 5, onProgress: (p) => progress.push(p) });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.entries.map((e) => e.k)).toEqual([2, 3, 4, 5]);
    expect(r.value.recommendedK).toBe(3);
    expect(r.value.rule).toMatch(/highest cosine silhouette/);
    const at3 = r.value.entries[1]!;
    expect([at3.minClusterSize, at3.maxClusterSize]).toEqual([30, 30]);
    expect(Array.from(r.value.fits[1]!.labels.slice(0, 6))).toEqual(
      Array.from(r.value.fits[1]!.labels.slice(3, 9)),
    );
    expect(progress.map((p) => `${p.done}/${p.total}`)).toEqual(['1/4', '2/4', '3/4', '4/4']);
    // inertia never rises with k on this data
    r.value.entries
      .slice(1)
      .forEach((e, i) => expect(e.inertia).toBeLessThanOrEqual(r.value.entries[i]!.inertia + 1e-9));
  });

  it('caps k at the number of distinct documents, with a note', () => {
    const r = kSweep(
      csrFromDense([
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
        [1, 0, 0],
        [0, 1, 0],
      ]),
      { kMin: 2, kMax: 12 },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.entries.map((e) => e.k)).toEqual([2, 3]);
    expect(r.value.notes[0]).toMatch(/k capped at 3: there are only 3 distinct documents/);
    expect(r.value.entries[1]!.silhouetteCosine).toBeCloseTo(0.8, 12); // two pairs score 1, the singleton 0
  });

  it('leaves the silhouette empty when every document is its own cluster', () => {
    const r = kSweep(
      csrFromDense([
        [1, 0],
        [0, 1],
      ]),
      { kMin: 2, kMax: 2 },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.entries[0]!.silhouetteCosine).toBeNull();
    expect(r.value.rule).toMatch(/no silhouette/);
  });

  it('fails with TOO_FEW_DOCUMENTS when all documents are the same, and INVALID_OPTIONS on a bad range', () => {
    const same = kSweep(
      csrFromDense([
        [1, 0],
        [1, 0],
        [1, 0],
      ]),
    );
    expect(same.ok ? 'ok' : same.error.code).toBe('TOO_FEW_DOCUMENTS');
    if (!same.ok) expect(same.error.message).toMatch(/same hashtags/);
    for (const o of [{ kMin: 1 }, { kMin: 5, kMax: 4 }, { kMax: 2.5 }]) {
      const r = kSweep(
        csrFromDense([
          [1, 0],
          [0, 1],
          [1, 0],
        ]),
        o,
      );
      expect(r.ok ? 'ok' : r.error.code).toBe('INVALID_OPTIONS');
    }
  });

  it('stops with ABORTED when the signal has fired', () => {
    const tfidf = threeTopics(30);
    if (!tfidf.ok) throw new Error(tfidf.error.message);
    const r = kSweep(tfidf.value.matrix, { signal: AbortSignal.abort() });
    expect(r.ok ? 'ok' : r.error.code).toBe('ABORTED');
  });
});
