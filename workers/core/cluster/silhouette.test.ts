import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { csrFromDense, type CsrMatrix } from '../text/sparseMatrix.ts';
import { fitTfidf } from '../text/tfidf.ts';
import { silhouette } from './silhouette.ts';

/** The definition, pair by pair (sklearn `silhouette_samples`), as an independent oracle. */
function bruteForce(x: CsrMatrix, labels: number[], metric: 'cosine' | 'euclidean'): number[] {
  const dense = Array.from({ length: x.rows }, (_, i) => {
    const row = new Float64Array(x.cols);
    for (let p = x.indptr[i]!; p < x.indptr[i + 1]!; p++) row[x.indices[p]!] = x.values[p]!;
    return row;
  });
  const dist = (a: Float64Array, b: Float64Array): number => {
    let dot = 0;
    let aa = 0;
    let bb = 0;
    let sq = 0;
    for (let t = 0; t < a.length; t++) {
      dot += a[t]! * b[t]!;
      aa += a[t]! ** 2;
      bb += b[t]! ** 2;
      sq += (a[t]! - b[t]!) ** 2;
    }
    return metric === 'euclidean' ? Math.sqrt(sq) : 1 - (aa && bb ? dot / Math.sqrt(aa * bb) : 0);
  };
  return dense.map((a, i) => {
    const sums = new Map<number, { s: number; n: number }>();
    dense.forEach((b, j) => {
      if (i === j) return;
      const e = sums.get(labels[j]!) ?? { s: 0, n: 0 };
      e.s += dist(a, b);
      e.n++;
      sums.set(labels[j]!, e);
    });
    const own = sums.get(labels[i]!);
    if (!own) return 0;
    const intra = own.s / own.n;
    const inter = Math.min(...[...sums].filter(([l]) => l !== labels[i]).map(([, e]) => e.s / e.n));
    return (inter - intra) / Math.max(intra, inter) || 0;
  });
}

describe('silhouette', () => {
  it('scores two clean clusters of duplicates as 1 with both metrics', () => {
    const r = silhouette(
      csrFromDense([
        [1, 0],
        [1, 0],
        [0, 1],
        [0, 1],
      ]),
      [0, 0, 1, 1],
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.cosine).toBe(1);
    expect(r.value.euclidean).toBe(1);
    // any non-negative ids will do, as with sklearn
    const ids = silhouette(
      csrFromDense([
        [1, 0],
        [1, 0],
        [0, 1],
        [0, 1],
      ]),
      [7, 7, 1_000_000, 1_000_000],
    );
    expect(ids.ok && ids.value.cosine).toBe(1);
  });

  it('matches a hand-computed example, singleton scored 0', () => {
    // x1 = (1, 0), x2 = (0.6, 0.8), x3 = (0, 1); labels 0, 0, 1
    // cosine: d12 = 0.4, d13 = 1, d23 = 0.2 → s1 = 0.6, s2 = (0.2 − 0.4) / 0.4 = −0.5, s3 = 0
    // euclidean: d12 = √0.8, d13 = √2, d23 = √0.4 → s1 = 1 − √0.4, s2 = √0.5 − 1
    const r = silhouette(
      csrFromDense([
        [1, 0],
        [0.6, 0.8],
        [0, 1],
      ]),
      [0, 0, 1],
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(Array.from(r.value.samplesCosine)).toEqual([
      expect.closeTo(0.6, 14),
      expect.closeTo(-0.5, 14),
      0,
    ]);
    expect(r.value.cosine).toBeCloseTo(0.1 / 3, 14);
    expect(r.value.samplesEuclidean[0]).toBeCloseTo(1 - Math.sqrt(0.4), 14);
    expect(r.value.samplesEuclidean[1]).toBeCloseTo(Math.sqrt(0.5) - 1, 14);
    expect(r.value.euclidean).toBeCloseTo(0.02488374971762, 12);
  });

  it('equals the pairwise definition on TF-IDF rows with duplicates, empty rows and arbitrary labels', () => {
    const rng = createRng(3);
    const tags = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const docs = Array.from({ length: 120 }, () =>
      Array.from({ length: rng.int(4) }, () => tags[rng.int(rng.int(7) + 1)]!),
    );
    const tfidf = fitTfidf(docs);
    if (!tfidf.ok) throw new Error(tfidf.error.message);
    const labels = docs.map(() => rng.int(4));
    const r = silhouette(tfidf.value.matrix, labels);
    if (!r.ok) throw new Error(r.error.message);
    const cos = bruteForce(tfidf.value.matrix, labels, 'cosine');
    const euc = bruteForce(tfidf.value.matrix, labels, 'euclidean');
    cos.forEach((s, i) => expect(r.value.samplesCosine[i]).toBeCloseTo(s, 10));
    euc.forEach((s, i) => expect(r.value.samplesEuclidean[i]).toBeCloseTo(s, 7));
    expect(r.value.sampled).toBe(false);
  });

  it('scores a seeded sample above sampleSize, and says so', () => {
    const rows = Array.from({ length: 40 }, (_, i) =>
      i % 3 === 0 ? [1, 0, 0] : i % 3 === 1 ? [0, 0.6, 0.8] : [0, 0.8, 0.6],
    );
    const labels = rows.map((_, i) => i % 3);
    const a = silhouette(csrFromDense(rows), labels, { sampleSize: 10, seed: 5 });
    const b = silhouette(csrFromDense(rows), labels, { sampleSize: 10, seed: 5 });
    if (!a.ok || !b.ok) throw new Error('silhouette failed');
    expect(a.value).toMatchObject({ sampled: true, sampleSize: 10, totalRows: 40 });
    expect(Array.from(a.value.rows)).toEqual(Array.from(b.value.rows));
    const subset = Array.from(a.value.rows);
    const oracle = bruteForce(
      csrFromDense(subset.map((i) => rows[i]!)),
      subset.map((i) => labels[i]!),
      'cosine',
    );
    oracle.forEach((s, i) => expect(a.value.samplesCosine[i]).toBeCloseTo(s, 12));
  });

  it('fails clearly on one cluster, mismatched labels, non-unit rows and a tiny sample', () => {
    const unit = csrFromDense([
      [1, 0],
      [0, 1],
      [1, 0],
    ]);
    const cases = [
      [silhouette(unit, [0, 0, 0]), 'TOO_FEW_DOCUMENTS'],
      [silhouette(unit, [0, 1, 2]), 'TOO_FEW_DOCUMENTS'],
      [silhouette(unit, [0, 1]), 'INVALID_OPTIONS'],
      [silhouette(unit, [0, 1.5, 0]), 'INVALID_OPTIONS'],
      [
        silhouette(
          csrFromDense([
            [2, 0],
            [0, 1],
            [1, 0],
          ]),
          [0, 1, 0],
        ),
        'INVALID_OPTIONS',
      ],
      [silhouette(unit, [0, 1, 0], { sampleSize: 1 }), 'INVALID_OPTIONS'],
    ] as const;
    for (const [r, code] of cases) expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });
});
