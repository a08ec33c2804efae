import { describe, expect, it } from 'vitest';
import { TokenBuffer, tokenize } from './tokens.ts';

const lexicon = new Map([['good', 1.9]]);

function words(text: string): string[] {
  const buffer = new TokenBuffer();
  tokenize(text, lexicon, buffer);
  return buffer.words.slice(0, buffer.count);
}

describe('tokenize (3.3.2 _words_and_emoticons)', () => {
  it('strips leading and trailing punctuation from words', () => {
    expect(words('#happy good!!!! (good) great:) "quoted",')).toEqual([
      'happy',
      'good',
      'good',
      'great',
      'quoted',
    ]);
  });

  it('keeps a piece whole when stripping would leave two code points or fewer', () => {
    expect(words(':) ok! !!! a. :-D ...')).toEqual([':)', 'ok!', '!!!', 'a.', ':-D', '...']);
  });

  it('counts code points, not UTF-16 units, for the two-character rule', () => {
    // Two astral letters: 4 UTF-16 units but len() 2, so "!" stays attached as in Python.
    expect(words('𝒜𝒷! 𝒜𝒷𝒸!')).toEqual(['𝒜𝒷!', '𝒜𝒷𝒸']);
  });

  it('keeps inner punctuation: contractions, hyphens and URLs', () => {
    expect(words("don't kind-of http://t.co/x.")).toEqual(["don't", 'kind-of', 'http://t.co/x']);
  });

  it('splits on Python whitespace only', () => {
    expect(words('good\u00a0good\u2003good\x1cgood\u200bgood\ufeffgood')).toEqual([
      'good',
      'good',
      'good',
      'good\u200bgood\ufeffgood',
    ]);
    expect(words('  \t\n ')).toEqual([]);
  });

  it('records offsets, lowercase form, caps and lexicon value per token', () => {
    const buffer = new TokenBuffer();
    tokenize('  GOOD, day', lexicon, buffer);
    expect(buffer.count).toBe(2);
    expect([buffer.starts[0], buffer.ends[0], buffer.starts[1], buffer.ends[1]]).toEqual([
      2, 6, 8, 11,
    ]);
    expect(buffer.lowers.slice(0, 2)).toEqual(['good', 'day']);
    expect([buffer.upper[0], buffer.upper[1]]).toEqual([1, 0]);
    expect(buffer.lex[0]).toBe(1.9);
    expect(Number.isNaN(buffer.lex[1])).toBe(true);
  });

  it('grows past its initial capacity', () => {
    const buffer = new TokenBuffer();
    tokenize('good '.repeat(1000), lexicon, buffer);
    expect(buffer.count).toBe(1000);
    expect(buffer.starts[999]).toBe(4995);
    expect(buffer.lex[999]).toBe(1.9);
  });
});
