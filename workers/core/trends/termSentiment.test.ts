import { describe, expect, it } from 'vitest';
import { indexTerms } from './termIndex.ts';
import { termSentiment } from './termSentiment.ts';

describe('sentiment per term', () => {
  it('averages compound over the posts using each term and counts their labels', () => {
    const lists = [['a', 'b'], ['a'], ['a', 'a'], ['b'], ['c']];
    const compound = [0.5, -0.5, 0.02, NaN, 0.9];
    expect(termSentiment(indexTerms(lists), compound, { top: 2 })).toEqual([
      // a: 0.5, -0.5, 0.02 (once, though written twice)
      {
        term: 'a',
        posts: 3,
        meanCompound: (0.5 - 0.5 + 0.02) / 3,
        positive: 1,
        neutral: 1,
        negative: 1,
      },
      // b: only its first post is scored; c ties with b on one post and sorts after it
      { term: 'b', posts: 1, meanCompound: 0.5, positive: 1, neutral: 0, negative: 0 },
    ]);
  });

  it('uses the given thresholds', () => {
    const r = termSentiment(indexTerms([['x'], ['x']]), [0.3, -0.3], {
      thresholds: { positive: 0.5, negative: -0.5 },
    });
    expect(r[0]).toMatchObject({ positive: 0, neutral: 2, negative: 0, meanCompound: 0 });
  });
});
