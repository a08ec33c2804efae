import { describe, expect, it } from 'vitest';
import { countTerms, indexTerms, postsWithTerm } from './termIndex.ts';

describe('term index', () => {
  const index = indexTerms([['b', 'a', 'b'], [], ['a'], ['c', 'a'], ['c']]);

  it('counts each term once per post', () => {
    expect(index.terms).toEqual(['b', 'a', 'c']);
    expect(Array.from(index.postCounts)).toEqual([1, 3, 2]);
    expect(Array.from(index.ptr)).toEqual([0, 2, 2, 3, 5, 6]);
  });

  it('lists the posts that use a term', () => {
    expect(postsWithTerm(index, 'a')).toEqual([0, 2, 3]);
    expect(postsWithTerm(index, 'zzz')).toEqual([]);
  });

  it('ranks terms by posts, ties in code-point order, over all posts or a subset', () => {
    expect(countTerms(index, null)).toEqual([
      { term: 'a', count: 3 },
      { term: 'c', count: 2 },
      { term: 'b', count: 1 },
    ]);
    // post 0 uses b and a, post 4 uses c
    expect(countTerms(index, [0, 4], 5)).toEqual([
      { term: 'a', count: 1 },
      { term: 'b', count: 1 },
      { term: 'c', count: 1 },
    ]);
    expect(countTerms(index, null, 1)).toEqual([{ term: 'a', count: 3 }]);
  });

  it('keeps the exact top when many terms tie below the cut', () => {
    const lists = [
      ['x'],
      ['x'],
      ['y'],
      ...Array.from({ length: 50 }, (_, i) => [`t${String(i).padStart(2, '0')}`]),
    ];
    expect(countTerms(indexTerms(lists), null, 3)).toEqual([
      { term: 'x', count: 2 },
      { term: 't00', count: 1 },
      { term: 't01', count: 1 },
    ]);
  });
});
