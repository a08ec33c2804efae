import { describe, expect, it } from 'vitest';
import { fitTfidf } from '../text/tfidf.ts';
import {
  classTfidf,
  clusterName,
  isMixed,
  MIXED_LABEL,
  representativeDocuments,
} from './clusterNames.ts';

const DOCS = [
  ['lost', 'luggage', 'lost luggage', 'call'],
  ['lost', 'luggage', 'lost luggage', 'bag'],
  ['lost', 'bag', 'call'],
  ['late', 'flight', 'call'],
  ['late', 'delay', 'flight', 'call'],
  ['delay', 'flight'],
];
const LABELS = [0, 0, 0, 1, 1, 1];

describe('cluster names', () => {
  it('ranks the words of each cluster by class-based TF-IDF and skips stop words and shared words', () => {
    const [a, b] = classTfidf(DOCS, LABELS, 2, { stopwords: new Set(['call']) });
    expect(a!.map((t) => t.term)).toEqual(['lost', 'bag', 'lost luggage', 'luggage']);
    expect(b!.map((t) => t.term)).toEqual(['flight', 'delay', 'late']);
    // "lost": 3 of the cluster's 11 words, 3 of all 20 words, 10 words per cluster
    expect(a![0]!.lift).toBeCloseTo(3 / 11 / (3 / 20), 12);
    expect(a![0]!.weight).toBeCloseTo((3 / 11) * Math.log(1 + 10 / 3), 12);
    expect(a![0]!.docShare).toBe(1);
  });

  it('names a cluster by a phrase instead of its words, and a mixed one never by a term', () => {
    const terms = [
      { term: 'customer', weight: 3 },
      { term: 'service', weight: 2.5 },
      { term: 'customer service', weight: 2 },
      { term: 'rude', weight: 1 },
      { term: 'hold', weight: 0.5 },
    ];
    expect(clusterName(terms, false)).toBe('customer service · rude · hold');
    expect(clusterName(terms, true)).toBe(MIXED_LABEL);
    expect(clusterName([], false)).toBe(MIXED_LABEL);
  });

  it('calls a cluster mixed when its silhouette is negative or no distinctive word is common in it', () => {
    const term = [{ term: 'x', weight: 1, lift: 3, docShare: 0.4 }];
    expect(isMixed(-0.09, term)).toBe(true);
    expect(isMixed(0.02, [])).toBe(true);
    expect(isMixed(0.02, [{ ...term[0]!, docShare: 0.12 }])).toBe(true);
    expect(isMixed(0.02, term)).toBe(false);
    expect(isMixed(null, term)).toBe(false);
  });

  it('picks the posts nearest each centre, one per distinct post', () => {
    const docs = [['a', 'b'], ['a', 'b'], ['a'], ['a', 'c'], ['c']];
    const tf = fitTfidf(docs);
    if (!tf.ok) throw new Error(tf.error.message);
    const x = tf.value.matrix;
    // one cluster whose centre is the mean of the rows
    const centre = new Float64Array(x.cols);
    for (let p = 0; p < x.values.length; p++) centre[x.indices[p]!]! += x.values[p]! / x.rows;
    const reps = representativeDocuments(x, [0, 0, 0, 0, 0], centre, 1, [0, 0, 1, 2, 3], 3);
    expect(reps[0]).toHaveLength(3);
    expect(reps[0]).not.toContain(1);
    expect(reps[0]![0]).toBe(3);
  });
});
