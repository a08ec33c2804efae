import { describe, expect, it } from 'vitest';
import { getLexicon } from './lexicon.ts';
import { polarityScores, scoreTexts } from './vader.ts';

/*
 * Every expected value below was worked out by hand from vaderSentiment 3.3.2's rules, e.g.
 * "The food is NOT good.": good 1.9 negated x-0.74 = -1.406; compound = -1.406 / sqrt(1.406^2 + 15)
 * = -0.3412; 4 neutral tokens, so neg = 2.406 / 6.406 = 0.376 and neu = 4 / 6.406 = 0.624.
 * Lexicon values used: good 1.9, bad -2.5, happy 2.7, great 3.1, :) 2.0, doubt -1.5, bomb -2.2,
 * yeah 1.2, grinning 1.5, broken -2.1, heart 3.2, badass 1.4, no -1.2.
 */
const compound = (text: string): number => polarityScores(text).compound;

describe('polarityScores: negation', () => {
  it('negates case-insensitively', () => {
    expect(polarityScores('The food is NOT good.')).toEqual({
      neg: 0.376,
      neu: 0.624,
      pos: 0,
      compound: -0.3412,
    });
    expect(compound('The food is not good.')).toBe(-0.3412);
  });

  it('treats "no" before a lexicon word as a negation, not as a negative word', () => {
    expect(polarityScores('no good')).toEqual({
      neg: 0.706,
      neu: 0.294,
      pos: 0,
      compound: -0.3412,
    });
  });

  it("negates with n't, never, without and a non-initial least", () => {
    expect(compound("it isn't good")).toBe(-0.3412);
    expect(compound('never good')).toBe(-0.3412);
    expect(compound('this is the least good movie')).toBe(-0.3412);
    expect(compound('at least good')).toBe(0.4404);
    expect(polarityScores('Not bad at all')).toEqual({
      neg: 0,
      neu: 0.513,
      pos: 0.487,
      compound: 0.431,
    });
  });

  it('keeps "without doubt" positive while "without" still negates "doubt"', () => {
    // doubt -1.5 x -0.74 = 1.11, good stays 1.9: sum 3.01.
    expect(polarityScores('without doubt good')).toEqual({
      neg: 0,
      neu: 0.166,
      pos: 0.834,
      compound: 0.6136,
    });
  });

  it('multiplies by 1.25 (not 1.5) after "never so", twice through the three-back rule', () => {
    // (1.9 + 0.293 for "so") x 1.25 x 1.25 = 3.4265625.
    expect(polarityScores('It was never so good')).toEqual({
      neg: 0,
      neu: 0.475,
      pos: 0.525,
      compound: 0.6626,
    });
  });
});

describe('polarityScores: boosters, caps and "kind of"', () => {
  it('adds a booster, scaled 0.95 two words back', () => {
    expect(compound('very good')).toBe(0.4927);
    expect(compound('very really good')).toBe(0.5379);
    expect(compound('slightly good')).toBe(0.3832);
  });

  it('adds ALL-CAPS emphasis only when the text mixes case', () => {
    expect(compound('GOOD')).toBe(0.4404);
    expect(compound('GOOD food')).toBe(0.5622);
  });

  it('dampens after "kind of"', () => {
    expect(compound('The book was kind of good.')).toBe(0.3832);
  });
});

describe('polarityScores: "but", idioms and punctuation', () => {
  it('weights words after a sentence-initial "But" by 1.5', () => {
    expect(polarityScores('But the movie was good')).toEqual({
      neg: 0,
      neu: 0.51,
      pos: 0.49,
      compound: 0.5927,
    });
  });

  it('applies special-case idioms only from the fourth token on, as 3.3.2 does', () => {
    expect(compound('This movie is the bomb')).toBe(0.6124);
    expect(compound('the bomb')).toBe(-0.4939);
    expect(compound('It is just yeah right')).toBe(-0.4588);
  });

  it('amplifies with up to four "!" and with two or more "?"', () => {
    expect(polarityScores('good!!!')).toEqual({ neg: 0, neu: 0, pos: 1, compound: 0.5826 });
    expect(compound('good!!!!!!')).toBe(0.6209);
    expect(compound('good?')).toBe(0.4404);
    expect(compound('good??')).toBe(0.504);
    expect(compound('good????')).toBe(0.594);
  });
});

describe('polarityScores: tokens and emoji', () => {
  it('scores words wrapped in punctuation', () => {
    expect(compound('#happy')).toBe(0.5719);
    expect(compound('(good)')).toBe(0.4404);
    expect(compound('great:)')).toBe(0.6249);
    expect(compound(':)')).toBe(0.4588);
    // "ok!" keeps its "!" (stripping would leave two characters) and misses the lexicon.
    expect(polarityScores('ok!')).toEqual({ neg: 0, neu: 1, pos: 0, compound: 0 });
  });

  it('scores emoji through their descriptions', () => {
    expect(polarityScores('😀')).toEqual({ neg: 0, neu: 0.286, pos: 0.714, compound: 0.3612 });
    expect(compound('😀 good')).toBe(0.6597);
    // No space after the emoji: "grinning facegood", as the reference.
    expect(compound('😀good')).toBe(0.3612);
    // "broken heart": -2.1 + 3.2, the idiom needs three tokens before it.
    expect(polarityScores('💔')).toEqual({ neg: 0.425, neu: 0, pos: 0.575, compound: 0.2732 });
  });

  it("uses 3.3.2's lexicon where the npm package's differs", () => {
    expect(compound('heart')).toBe(0.6369);
    expect(compound('badass')).toBe(0.34);
    expect(getLexicon().get('flawed')).toBe(-2.1);
    expect(getLexicon().get('hearts')).toBe(3.3);
  });
});

describe('polarityScores: robustness', () => {
  it('gives all zeros for empty and whitespace-only text', () => {
    const zero = { neg: 0, neu: 0, pos: 0, compound: 0 };
    expect(polarityScores('')).toEqual(zero);
    expect(polarityScores(' \t\n\u3000')).toEqual(zero);
  });

  it('never throws on lone surrogates, right-to-left scripts or control characters', () => {
    expect(compound('\ud83d good \udc00')).toBe(0.4404);
    expect(polarityScores('أنا سعيد جدا')).toEqual({ neg: 0, neu: 1, pos: 0, compound: 0 });
    expect(compound('שלום good')).toBe(0.4404);
    expect(polarityScores('\u0000\u200f\u202e')).toEqual({ neg: 0, neu: 1, pos: 0, compound: 0 });
  });

  it('scores a 100,000-character post', () => {
    const text = 'good but '.repeat(11_111) + 'ok';
    expect(text.length).toBeGreaterThan(100_000);
    // Only the first "but" counts: the first good 1.9 x 0.5, the other 11,110 x 1.5, "ok" 1.2 x 1.5.
    // pos = (1.95 + 11110 x 3.85 + 2.8) / (that + 11,111 neutral "but"s) = 0.794; compound saturates.
    expect(polarityScores(text)).toEqual({ neg: 0, neu: 0.206, pos: 0.794, compound: 1 });
  });
});

describe('scoreTexts', () => {
  it('writes neg, neu, pos, compound per text into one typed array', () => {
    const out = scoreTexts(['no good', '', 'good!!!']);
    expect(out).toBeInstanceOf(Float32Array);
    expect([...out]).toEqual([
      ...Float32Array.from([0.706, 0.294, 0, -0.3412, 0, 0, 0, 0, 0, 0, 1, 0.5826]),
    ]);
  });

  it('fills a caller-supplied Float64Array with the exact rounded values', () => {
    const out = scoreTexts(['The food is NOT good.'], new Float64Array(4));
    expect([...out]).toEqual([0.376, 0.624, 0, -0.3412]);
  });

  it('scores a chunk into a subarray of a larger output', () => {
    const out = new Float64Array(12);
    scoreTexts(['no good'], out.subarray(8, 12));
    expect([...out]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0.706, 0.294, 0, -0.3412]);
  });

  it('rejects an output array that is too short', () => {
    expect(() => scoreTexts(['a', 'b'], new Float32Array(4))).toThrow(/needs 8/);
  });
});
