import { describe, expect, it } from 'vitest';
import { detectPhrases } from './phrases.ts';
import { GAP } from './topicTokens.ts';

describe('phrases', () => {
  it('keeps pairs that occur often and mostly together, not frequent words that meet by chance', () => {
    const docs = [
      ...Array.from({ length: 6 }, () => ['lost', 'luggage', 'again']),
      ...Array.from({ length: 20 }, () => ['flight', 'again', GAP, 'flight']),
    ];
    const found = detectPhrases(docs, { minCount: 5 });
    const lost = found.find((p) => p.phrase === 'lost luggage');
    expect(lost?.count).toBe(6);
    // the words only ever appear together
    expect(lost?.npmi).toBeCloseTo(1, 12);
    // "flight" follows "again" only across a gap
    expect(found.some((p) => p.phrase === 'again flight')).toBe(false);
  });
});
