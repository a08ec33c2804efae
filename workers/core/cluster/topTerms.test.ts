import { describe, expect, it } from 'vitest';
import { topTerms } from './topTerms.ts';

describe('topTerms', () => {
  const vocabulary = ['a', 'b', 'c', 'd', 'e'];

  it('lists the heaviest terms first, ties in vocabulary order, from a dense centre', () => {
    expect(topTerms([0, 0.5, 0.2, 0.5, 0.1], vocabulary, 3)).toEqual([
      { term: 'b', weight: 0.5 },
      { term: 'd', weight: 0.5 },
      { term: 'c', weight: 0.2 },
    ]);
  });

  it('leaves out zero weights, so a small cluster lists fewer terms', () => {
    expect(
      topTerms({ indices: [1, 4], values: [0.3, 0.6] }, vocabulary, 10).map((t) => t.term),
    ).toEqual(['e', 'b']);
    expect(topTerms([0, 0, 0, 0, 0], vocabulary)).toEqual([]);
  });
});
