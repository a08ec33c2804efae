import { describe, expect, it } from 'vitest';
import { explainSentiment } from './explain.ts';
import { polarityScores, scoreTexts, sentimentScores } from './vader.ts';

const pick = (text: string) =>
  explainSentiment(text).tokens.map(({ token, start, end, kind }) => ({
    token,
    text: text.slice(start, end),
    kind,
  }));

describe('explainSentiment', () => {
  it('shows the negation and the word it flipped', () => {
    const e = explainSentiment('The food is NOT good.');
    expect(e.compound).toBe(-0.3412);
    const [, , , not, good] = e.tokens;
    expect(not).toMatchObject({ token: 'NOT', start: 12, end: 15, kind: 'negation', valence: 0 });
    expect(good).toMatchObject({ token: 'good', start: 16, end: 20, kind: 'word' });
    expect(good!.valence).toBeCloseTo(-1.406, 12);
    expect(good!.note).toContain('negated by "not"');
  });

  it('labels boosters, caps, idioms and "kind of"', () => {
    expect(pick('VADER is VERY SMART')).toEqual([
      { token: 'VADER', text: 'VADER', kind: 'none' },
      { token: 'is', text: 'is', kind: 'none' },
      { token: 'VERY', text: 'VERY', kind: 'booster' },
      { token: 'SMART', text: 'SMART', kind: 'caps' },
    ]);
    expect(explainSentiment('This movie is the bomb').tokens[4]).toMatchObject({
      kind: 'idiom',
      valence: 3,
    });
    const kindOf = explainSentiment('The book was kind of good.').tokens;
    expect(kindOf[3]).toMatchObject({ token: 'kind', kind: 'booster' });
    expect(kindOf[5]!.valence).toBeCloseTo(1.607, 12);
  });

  it('maps emoji back to their own offsets and merges their description words', () => {
    const text = 'I 𝒜 love it 😀!! ✌🏻';
    const e = explainSentiment(text);
    expect(
      e.tokens
        .filter((t) => t.kind === 'emoji')
        .map((t) => ({ token: t.token, text: text.slice(t.start, t.end), valence: t.valence })),
    ).toEqual([
      { token: '😀', text: '😀', valence: 1.5 },
      { token: '✌', text: '✌', valence: 2.2 },
      { token: '🏻', text: '🏻', valence: 0 },
    ]);
    expect(e.tokens.find((t) => t.token === '😀')!.note).toContain('"grinning face"');
    // ✌ is "victory hand" and "hand" is in the lexicon (2.2). "!!" amplifies by 2 x 0.292.
    expect(e.punctuationEmphasis).toBeCloseTo(0.584, 12);
  });

  it('keeps offsets right for text after an emoji that was glued to it', () => {
    const text = '😀good, but bad';
    expect(pick(text)).toEqual([
      { token: '😀good', text: '😀good', kind: 'emoji' },
      { token: 'but', text: 'but', kind: 'none' },
      { token: 'bad', text: 'bad', kind: 'word' },
    ]);
    const e = explainSentiment(text);
    // grinning 1.5 x 0.5 before "but"; bad -2.5 x 1.5 after it.
    expect(e.tokens.map((t) => t.valence)).toEqual([0.75, 0, -3.75]);
  });

  it('agrees with polarityScores and sums to the compound', () => {
    for (const text of [
      '',
      'no good',
      'Not bad at all!!',
      "I 😀love it 💔 but it's kind of bad??",
      'GREAT movie, NOT bad',
    ]) {
      const e = explainSentiment(text);
      expect({ neg: e.neg, neu: e.neu, pos: e.pos, compound: e.compound }).toEqual(
        polarityScores(text),
      );
      let sum = e.tokens.reduce((a, t) => a + t.valence, 0);
      sum += sum > 0 ? e.punctuationEmphasis : sum < 0 ? -e.punctuationEmphasis : 0;
      expect(sum / Math.sqrt(sum * sum + 15)).toBeCloseTo(e.compound, 4);
    }
  });

  it('sets aside @handles in social mode and says so; reference mode reads them as words', () => {
    const text = '@united flight 1234 to Denver is boarding now';
    // raw VADER reads "@united" as the lexicon word "united"
    expect(explainSentiment(text, 'reference').compound).toBe(0.4215);
    expect(explainSentiment(text, 'reference').setAside).toEqual([]);
    const social = explainSentiment(text, 'social');
    expect(social.compound).toBe(0);
    expect(social.setAside).toEqual([
      { kind: 'handle', start: 0, end: 7, text: '@united', replacement: '' },
    ]);
    expect(social.tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'flight',
      '1234',
      'to',
      'Denver',
      'is',
      'boarding',
      'now',
    ]);
  });

  it('reads a camel-case hashtag as words, highlighted where they were typed', () => {
    const text = 'RT @AmericanAir: I am #NotHappy with this https://t.co/x?y=1';
    const e = explainSentiment(text);
    expect(e.compound).toBe(-0.4585);
    expect(polarityScores(text).compound).toBe(0);
    const happy = e.tokens.find((t) => t.token === 'Happy')!;
    expect(text.slice(happy.start, happy.end)).toBe('Happy');
    expect(happy.valence).toBeLessThan(0);
    expect(e.setAside.map((s) => s.kind)).toEqual(['retweet', 'hashtag', 'url']);
  });
});

describe('scoring modes', () => {
  it('scores the batch, the one-text and the explanation paths alike in each mode', () => {
    const texts = ['@united thanks &amp; bye', 'plain good text', 'RT @x: #BestDayEver'];
    for (const mode of ['social', 'reference'] as const) {
      const batch = scoreTexts(texts, new Float64Array(12), mode);
      texts.forEach((t, i) => {
        expect(sentimentScores(t, mode).compound).toBe(batch[i * 4 + 3]);
        expect(explainSentiment(t, mode).compound).toBe(batch[i * 4 + 3]);
      });
    }
    // the default is social
    expect(scoreTexts(texts, new Float64Array(12))[3]).toBe(
      sentimentScores(texts[0]!, 'social').compound,
    );
    expect(sentimentScores(texts[0]!, 'reference')).toEqual(polarityScores(texts[0]!));
  });
});
