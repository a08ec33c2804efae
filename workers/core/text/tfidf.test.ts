import { describe, expect, it } from 'vitest';
import { csrRow } from './sparseMatrix.ts';
import { fitTfidf, transformTfidf } from './tfidf.ts';
import { parseTfidfModel } from './tfidfModel.ts';

/** Row i as { term: value }. */
function rowOf(
  fit: { model: { vocabulary: readonly string[] }; matrix: Parameters<typeof csrRow>[0] },
  i: number,
): Record<string, number> {
  const r = csrRow(fit.matrix, i);
  return Object.fromEntries(
    Array.from(r.indices, (j, p) => [fit.model.vocabulary[j]!, r.values[p]!]),
  );
}

describe('fitTfidf', () => {
  it('weights counts by smooth idf and L2-normalises, as sklearn TfidfVectorizer (hand-computed)', () => {
    const r = fitTfidf([['a', 'b', 'a'], ['b', 'c'], ['c']]);
    if (!r.ok) throw new Error(r.error.message);
    // n = 3; df a = 1, b = 2, c = 2: idf = ln((1 + 3) / (1 + df)) + 1
    const idfA = Math.log(4 / 2) + 1;
    const idfB = Math.log(4 / 3) + 1;
    expect(r.value.model.vocabulary).toEqual(['a', 'b', 'c']);
    expect(r.value.model.idf[0]).toBeCloseTo(1.6931471805599454, 15);
    expect(r.value.model.idf[1]).toBeCloseTo(1.2876820724517808, 15);
    const norm0 = Math.hypot(2 * idfA, idfB);
    const row0 = rowOf(r.value, 0);
    expect(row0.a).toBeCloseTo((2 * idfA) / norm0, 15);
    expect(row0.b).toBeCloseTo(idfB / norm0, 15);
    // sklearn 1.2 gives 0.9347019636214327 and 0.35543246785041743 for this row
    expect(row0.a).toBeCloseTo(0.9347019636214327, 14);
    expect(row0.b).toBeCloseTo(0.35543246785041743, 14);
    expect(rowOf(r.value, 1)).toEqual({
      b: expect.closeTo(Math.SQRT1_2, 15),
      c: expect.closeTo(Math.SQRT1_2, 15),
    });
    expect(rowOf(r.value, 2)).toEqual({ c: 1 });
    expect(Array.from(r.value.matrix.indptr)).toEqual([0, 2, 4, 5]);
  });

  it('sorts the vocabulary by code point, as Python sorted() does', () => {
    const r = fitTfidf([
      ['ｚ', 'zeta'],
      ['𝐀x', 'alpha', 'Zed', 'é'],
    ]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.model.vocabulary).toEqual(['Zed', 'alpha', 'zeta', 'é', 'ｚ', '𝐀x']);
  });

  const corpus = [['a', 'a', 'a'], ['b'], ['b', 'c'], ['b', 'c', 'd'], ['d']];

  it('prunes with sklearn meanings of min_df (count), max_df (share) and max_features (corpus count, ties in vocabulary order)', () => {
    const byMin = fitTfidf(corpus, { minDf: 2 });
    const byMax = fitTfidf(corpus, { maxDf: 0.5 });
    const top2 = fitTfidf(corpus, { maxFeatures: 2 });
    const top3 = fitTfidf(corpus, { maxFeatures: 3 });
    if (!byMin.ok || !byMax.ok || !top2.ok || !top3.ok) throw new Error('fit failed');
    expect(byMin.value.model.vocabulary).toEqual(['b', 'c', 'd']);
    expect(byMax.value.model.vocabulary).toEqual(['a', 'c', 'd']); // b is in 3 of 5 > 2.5
    expect(top2.value.model.vocabulary).toEqual(['a', 'b']); // counts a 3, b 3, c 2, d 2
    expect(top3.value.model.vocabulary).toEqual(['a', 'b', 'c']);
    expect(top2.value.model.pruning).toEqual({
      minDf: 1,
      maxDf: 1,
      maxFeatures: 2,
      documents: 5,
      termsSeen: 4,
      termsKept: 2,
      droppedByMinDf: 0,
      droppedByMaxDf: 0,
      droppedByMaxFeatures: 2,
    });
    // idf still counts every document, including those left empty
    expect(top2.value.model.idf[0]).toBeCloseTo(Math.log(6 / 2) + 1, 15);
    expect(rowOf(top2.value, 4)).toEqual({});
  });

  it('fails with NO_HASHTAGS when no document has a term', () => {
    for (const docs of [[], [[], []]]) {
      const r = fitTfidf(docs);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('NO_HASHTAGS');
    }
  });

  it('fails with INVALID_OPTIONS on bad or over-strict pruning, saying what to change', () => {
    const bad = [
      { minDf: 0 },
      { minDf: 1.5 },
      { maxDf: 0 },
      { maxDf: 1.5 },
      { maxFeatures: 0 },
      { minDf: 3, maxDf: 0.4 },
      { minDf: 4 },
    ];
    for (const o of bad) {
      const r = fitTfidf(corpus, o);
      expect(r.ok, JSON.stringify(o)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('INVALID_OPTIONS');
    }
    const all = fitTfidf(corpus, { minDf: 4 });
    if (!all.ok) expect(all.error.hint).toMatch(/Lower minDf/);
  });

  it('handles 200,000 distinct hashtags, and caps them with maxFeatures', () => {
    const docs = Array.from({ length: 50_000 }, (_, i) =>
      [0, 1, 2, 3].map((j) => `tag${i * 4 + j}`),
    );
    const full = fitTfidf(docs);
    const capped = fitTfidf(docs, { maxFeatures: 1000 });
    if (!full.ok || !capped.ok) throw new Error('fit failed');
    expect(full.value.model.vocabulary.length).toBe(200_000);
    expect(full.value.matrix.values.length).toBe(200_000);
    // four equally weighted tags: each 1/2 after normalisation
    expect(rowOf(full.value, 123)).toEqual({ tag492: 0.5, tag493: 0.5, tag494: 0.5, tag495: 0.5 });
    expect(capped.value.model.pruning.termsKept).toBe(1000);
    expect(capped.value.model.pruning.droppedByMaxFeatures).toBe(199_000);
  });
});

describe('transformTfidf', () => {
  it('scores new documents with the fitted idf and ignores unknown terms', () => {
    const fit = fitTfidf([['a', 'b', 'a'], ['b', 'c'], ['c']]);
    if (!fit.ok) throw new Error(fit.error.message);
    const m = transformTfidf(fit.value.model, [['c', 'zzz', 'a'], ['unknown'], []]);
    const idfA = Math.log(2) + 1;
    const idfC = Math.log(4 / 3) + 1;
    const r0 = csrRow(m, 0);
    expect(Array.from(r0.indices)).toEqual([0, 2]);
    expect(r0.values[0]).toBeCloseTo(idfA / Math.hypot(idfA, idfC), 15);
    expect(csrRow(m, 1).indices.length).toBe(0);
    expect(m.rows).toBe(3);
  });

  it('works from a model that went through JSON', () => {
    const fit = fitTfidf([['x', 'y'], ['y']]);
    if (!fit.ok) throw new Error(fit.error.message);
    const parsed = parseTfidfModel(JSON.parse(JSON.stringify(fit.value.model)));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const again = transformTfidf(parsed.value, [['x', 'y'], ['y']]);
    expect(Array.from(again.values)).toEqual(Array.from(fit.value.matrix.values));
  });
});

describe('parseTfidfModel', () => {
  const good = {
    kind: 'murmur.tfidf',
    version: 1,
    vocabulary: ['a', 'b'],
    idf: [1.5, 1.2],
    pruning: {
      minDf: 1,
      maxDf: 1,
      maxFeatures: null,
      documents: 3,
      termsSeen: 2,
      termsKept: 2,
      droppedByMinDf: 0,
      droppedByMaxDf: 0,
      droppedByMaxFeatures: 0,
    },
  };

  it('accepts a well-formed model', () => {
    expect(parseTfidfModel(good).ok).toBe(true);
  });

  it('rejects other kinds, unsorted vocabularies and mismatched idf with BUNDLE_INVALID', () => {
    for (const bad of [
      { ...good, kind: 'other' },
      { ...good, vocabulary: ['b', 'a'] },
      { ...good, vocabulary: ['a', 'a'] },
      { ...good, idf: [1] },
      null,
    ]) {
      const r = parseTfidfModel(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('BUNDLE_INVALID');
    }
  });
});
