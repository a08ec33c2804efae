import { describe, expect, it } from 'vitest';
import { ENGLISH_STOPWORDS, isNegation } from './stopwords.ts';

describe('ENGLISH_STOPWORDS', () => {
  it('is a few hundred unique lower-case words with straight apostrophes', () => {
    expect(ENGLISH_STOPWORDS.length).toBeGreaterThanOrEqual(150);
    expect(ENGLISH_STOPWORDS.length).toBeLessThanOrEqual(320);
    expect(new Set(ENGLISH_STOPWORDS).size).toBe(ENGLISH_STOPWORDS.length);
    for (const w of ENGLISH_STOPWORDS) expect(w).toMatch(/^[a-z']+$/);
  });

  it('covers function words and contractions but no sentiment words', () => {
    for (const w of ['the', 'and', 'of', "it's", "i'm", 'would'])
      expect(ENGLISH_STOPWORDS).toContain(w);
    for (const w of ['good', 'bad', 'love', 'hate', 'great'])
      expect(ENGLISH_STOPWORDS).not.toContain(w);
  });
});

describe('isNegation', () => {
  it("knows negation words and any n't contraction", () => {
    for (const w of ['not', 'never', 'no', 'without', "isn't", "ain't"])
      expect(isNegation(w)).toBe(true);
    for (const w of ['note', 'know', 'nothingness']) expect(isNegation(w)).toBe(false);
  });
});
