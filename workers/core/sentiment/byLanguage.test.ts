import { describe, expect, it } from 'vitest';
import { loadLexicons, scoreInLanguage, sentimentRoute } from './byLanguage.ts';
import { emojiValence } from './emojiValence.ts';
import { LEXICON_LANGUAGES } from './languageLexicons.ts';
import { buildLanguageLexicon, lexiconWords, scoreWithLexicon } from './lexiconScorer.ts';
import { polarityScores } from './vader.ts';

const lexicons = await loadLexicons(LEXICON_LANGUAGES);

function label(text: string, language: string): string {
  return scoreInLanguage(text, language, lexicons, new Float64Array(4), 0);
}

describe('sentimentRoute', () => {
  it('sends English and short Latin or emoji-only posts to VADER, lexicon languages to theirs, the rest nowhere', () => {
    expect(sentimentRoute('great', 'en')).toBe('vader');
    expect(sentimentRoute('so good', 'unknown')).toBe('vader');
    expect(sentimentRoute('😍😍', 'unknown')).toBe('vader');
    expect(sentimentRoute('très bien', 'fr')).toBe('lexicon');
    expect(sentimentRoute('最高', 'unknown')).toBe('unscored');
    expect(sentimentRoute('Отличный день', 'ru')).toBe('unscored');
  });
});

describe('scoreInLanguage', () => {
  it('scores English exactly as VADER', () => {
    const out = new Float64Array(4);
    for (const text of ['Not bad at all :) 😍', 'The WORST service, but the food was great!!!']) {
      scoreInLanguage(text, 'en', lexicons, out, 0);
      const v = polarityScores(text);
      expect([...out]).toEqual([v.neg, v.neu, v.pos, v.compound]);
    }
  });
  it('reads German, Spanish, French, Italian, Portuguese and Arabic in their own words', () => {
    expect(label('Das Essen war wunderbar, ich bin so glücklich', 'de')).toBe('positive');
    expect(label('El servicio fue horrible, estoy muy enfadado', 'es')).toBe('negative');
    expect(label('Quelle belle journée, je suis heureux', 'fr')).toBe('positive');
    expect(label('Che schifo, un servizio terribile', 'it')).toBe('negative');
    expect(label('Adorei o presente, muito obrigado', 'pt')).toBe('positive');
    expect(label('هذا رائع جدا', 'ar')).toBe('positive');
  });
  it('flips a word after a negator', () => {
    expect(label('El servicio fue bueno', 'es')).toBe('positive');
    expect(label('El servicio no fue bueno', 'es')).toBe('negative');
  });
  it('labels a language without a lexicon unscored, with NaN scores, never neutral', () => {
    const out = new Float64Array([1, 1, 1, 1]);
    expect(scoreInLanguage('Отличный день, наконец-то солнце!', 'ru', lexicons, out, 0)).toBe(
      'unscored',
    );
    expect([...out].every(Number.isNaN)).toBe(true);
    expect(scoreInLanguage('Wunderbar', 'de', new Map(), out, 0)).toBe('unscored');
  });
  it('counts emoji in every language', () => {
    expect(label('Heute im Büro 😍', 'de')).toBe('positive');
    expect(label('Hoy en la oficina 😢', 'es')).toBe('negative');
  });
});

describe('lexiconScorer', () => {
  const lexicon = buildLanguageLexicon('xx', { Bueno: 3, 'no me gusta': -2, mal: -3 }, ['no']);
  it('lowercases words and splits on apostrophes and digits', () => {
    expect(lexiconWords("C'est TRÈS bien 2day")).toEqual(['c', 'est', 'très', 'bien', 'day']);
  });
  it('matches phrases before words, and a word by its stem when it has five letters or more', () => {
    const out = new Float64Array(4);
    scoreWithLexicon('no me gusta', lexicon, out, 0);
    expect(out[3]).toBeLessThan(-0.05);
    scoreWithLexicon('buena', lexicon, out, 0);
    expect(out[3]).toBeGreaterThan(0.05);
    scoreWithLexicon('mar', lexicon, out, 0);
    expect(out[3]).toBe(0);
  });
  it('puts AFINN on VADER scale: one +3 word reads as VADER reads a +2.4 word', () => {
    const out = new Float64Array(4);
    scoreWithLexicon('bueno', lexicon, out, 0);
    expect(out[3]).toBeCloseTo(2.4 / Math.sqrt(2.4 * 2.4 + 15), 4);
  });
});

describe('emojiValence', () => {
  it('gives emoji the valence of their English description, whatever the text around', () => {
    const [love] = emojiValence('😍');
    const [sad] = emojiValence('texto 😢');
    expect(love).toBeGreaterThan(0);
    expect(sad).toBeLessThan(0);
    expect(emojiValence('no emoji here')).toEqual([]);
  });
});
