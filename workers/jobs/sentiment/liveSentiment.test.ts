import { describe, expect, it } from 'vitest';
import { liveSentiment, textLanguage } from './liveSentiment.ts';

describe('liveSentiment', () => {
  it('scores "good" and "not good" with the negation explained', () => {
    const good = liveSentiment('good', null);
    // +1.9 → 1.9 / sqrt(1.9² + 15) = 0.4404
    expect([good.compound, good.label]).toEqual([0.4404, 'positive']);
    const notGood = liveSentiment('not good', null);
    // 1.9 × -0.74 = -1.406 → -1.406 / sqrt(1.406² + 15) = -0.3412
    expect([notGood.compound, notGood.label]).toEqual([-0.3412, 'negative']);
    const good2 = notGood.tokens.find((t) => t.token === 'good')!;
    expect(good2.note).toMatch(/negat/i);
    expect(notGood.tokens.find((t) => t.token === 'not')!.kind).toBe('negation');
    expect(notGood.classifier).toBeNull();
  });

  it('answers empty and whitespace-only text with zeros, neutral and no tokens', () => {
    for (const text of ['', '   \n\t ']) {
      const r = liveSentiment(text, null);
      expect([r.neg, r.neu, r.pos, r.compound, r.label, r.tokens.length]).toEqual([
        0,
        0,
        0,
        0,
        'neutral',
        0,
      ]);
    }
  });

  it('cuts the tokens of a 100,000-character text and still scores it all', () => {
    const text = 'I love this, it is great but the ending was awful. '
      .repeat(2000)
      .slice(0, 100_000);
    const r = liveSentiment(text, null, undefined, 500);
    expect(r.tokens).toHaveLength(500);
    expect(r.tokensOmitted).toBeGreaterThan(10_000);
    expect(r.compound).toBeGreaterThan(-1);
    expect(r.compound).toBeLessThanOrEqual(1);
  });

  it('copes with lone surrogates and right-to-left text', () => {
    const lone = liveSentiment('good \uD800 day \uDC00 😀', null);
    expect(lone.label).toBe('positive');
    for (const t of lone.tokens) expect(t.end).toBeGreaterThan(t.start);
    const arabic = liveSentiment('هذا رائع جدا', null);
    expect([arabic.compound, arabic.label, arabic.tokens.every((t) => t.valence === 0)]).toEqual([
      0,
      'neutral',
      true,
    ]);
    const mixed = liveSentiment('مرحبا great news שלום', null);
    expect(mixed.label).toBe('positive');
    expect(mixed.tokens.find((t) => t.token === 'great')).toMatchObject({ start: 6, end: 11 });
  });

  it('reads typed text in its language: German by its word list, Japanese unscored, never neutral', async () => {
    const german = 'Das Essen war wunderbar und der Service einfach großartig, ich liebe es';
    const de = await textLanguage(german);
    expect(de.code).toBe('de');
    const read = liveSentiment(german, null, undefined, undefined, 'social', de);
    expect(read.language).toEqual({ code: 'de', route: 'lexicon' });
    expect(read.label).toBe('positive');
    expect(read.compound).toBeGreaterThan(0.05);
    // VADER's word-by-word view does not apply to another language's word list
    expect(read.tokens).toEqual([]);
    // English VADER alone reads hardly a word of it
    expect(liveSentiment(german, null).compound).toBeLessThan(read.compound);

    const japanese = '今日のフライトはまた遅れて、本当にがっかりしました';
    const ja = await textLanguage(japanese);
    const unread = liveSentiment(japanese, null, undefined, undefined, 'social', ja);
    expect(unread.language.route).toBe('unscored');
    expect(unread.label).toBe('unscored');
    expect(unread.compound).toBeNaN();

    // English stays VADER with its explanation; the reference switch reads everything with VADER
    const en = await textLanguage('The crew were lovely and the flight was on time');
    expect(en.code).toBe('en');
    const english = liveSentiment('The crew were lovely', null, undefined, undefined, 'social', en);
    expect(english.language).toEqual({ code: 'en', route: 'vader' });
    expect(english.tokens.length).toBeGreaterThan(0);
    const reference = liveSentiment(german, null, undefined, undefined, 'reference', de);
    expect(reference.language).toEqual({ code: 'de', route: 'vader' });
    expect(reference.label).not.toBe('unscored');
  });
});
