import { describe, expect, it } from 'vitest';
import { cleanText, cleanTokens, resolveCleanOptions } from './cleanText.ts';

describe('cleanText', () => {
  const post =
    'RT @NASA: It&#39;s NOT a drill!!! The launch is AMAZING 🚀🚀 #Artemis https://t.co/xYz &amp; more';

  it('decodes entities, drops URLs, mentions, punctuation and stopwords, lower-cases', () => {
    expect(cleanText(post)).toBe('rt not drill launch amazing 🚀 🚀 #artemis');
  });

  it('keeps negations unless told otherwise', () => {
    expect(cleanTokens("This isn't good, never again")).toEqual(["isn't", 'good', 'never']);
    expect(cleanTokens("This isn't good, never again", { keepNegations: false })).toEqual(['good']);
  });

  it('can keep mentions as tokens and strip or remove hashtags', () => {
    expect(cleanTokens('@Bob loves #Tea', { mentions: 'keep', hashtags: 'strip' })).toEqual([
      '@bob',
      'loves',
      'tea',
    ]);
    expect(cleanTokens('@Bob loves #Tea', { hashtags: 'remove' })).toEqual(['loves']);
  });

  it('can keep case, punctuation, URLs and every word', () => {
    expect(
      cleanTokens('The END! see www.example.com', {
        lowercase: false,
        removeSpecial: false,
        removeUrls: false,
        stopwords: 'none',
      }),
    ).toEqual(['The', 'END', '!', 'see', 'www.example.com']);
  });

  it('takes a stopword list of its own, matched case-insensitively', () => {
    expect(cleanTokens('Vaccine news today', { stopwords: ['News'] })).toEqual([
      'vaccine',
      'today',
    ]);
  });

  it('can drop emoji', () => {
    expect(cleanTokens('so happy 😀👍🏽', { keepEmoji: false })).toEqual(['happy']);
  });

  it('fills every option when resolving', () => {
    expect(resolveCleanOptions({ mentions: 'keep' })).toEqual({
      lowercase: true,
      decodeEntities: true,
      removeUrls: true,
      mentions: 'keep',
      hashtags: 'keep',
      keepEmoji: true,
      removeSpecial: true,
      stopwords: 'english',
      keepNegations: true,
    });
  });
});
