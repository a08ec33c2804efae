import { describe, expect, it } from 'vitest';
import { normalizeHashtag, normalizeHashtags, splitHashtagCell } from './hashtags.ts';

describe('hashtag normalisation', () => {
  it('strips the # and case-folds', () => {
    expect(normalizeHashtag('#ClimateAction')).toBe('climateaction');
    expect(normalizeHashtag('AI')).toBe('ai');
    expect(normalizeHashtag('#ΠΡΆΣΙΝΟ')).toBe('πράσινο');
  });

  it('normalises a list, dropping empty tags and keeping order and repeats', () => {
    expect(normalizeHashtags(['#AI', ' ', '#', 'ai', '##Data', '\uFF03Tokyo'])).toEqual(['ai', 'ai', 'data', 'tokyo']);
  });

  it('splits the list formats exports write', () => {
    expect(splitHashtagCell('#climate #Renewables')).toEqual(['climate', 'Renewables']);
    expect(splitHashtagCell('climate, renewables')).toEqual(['climate', 'renewables']);
    expect(splitHashtagCell("['PfizerBioNTech', 'Covid19']")).toEqual(['PfizerBioNTech', 'Covid19']);
    expect(splitHashtagCell('["東京", "café"]')).toEqual(['東京', 'café']);
    expect(splitHashtagCell('')).toEqual([]);
  });
});
